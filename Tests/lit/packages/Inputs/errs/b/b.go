package b

import "example.com/errs/a/internal/x"

var B = x.X
