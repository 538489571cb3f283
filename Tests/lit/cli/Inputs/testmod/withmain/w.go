package withmain

var Ready bool
