package a

import "example.com/errs/cyc/b"

var A = b.B
