// `golly version` names the compiler and exits 0.
// RUN: %golly version | FileCheck %s
//
// CHECK: golly

package main
