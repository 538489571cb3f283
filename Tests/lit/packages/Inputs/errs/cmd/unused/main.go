package main

import "example.com/errs/util"

func main() {}
