package b

import "example.com/errs/cyc/a"

var B = a.A
