// Package net from GOROOT: its import of golang.org/x/net/dns/dnsmessage
// is of GOROOT's vendored copy (vendor/golang.org/x/..., the loader's
// importMap; the checker reaches the package imported, whatever path the
// import wrote), and its fastrandu hook (std/runtime/os.go). Expected
// output from gc.
// RUN: %golly build -o %t.exe %s
// RUN: %t.exe 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
//
// CHECK:10.0.0.1 ::1 <nil>
// CHECK-NEXT:192.168.1.7 192.168.1.0/24 <nil> true
// CHECK-NEXT:[::1]:80
// CHECK-NEXT:example.com 443 <nil>
// CHECK-NEXT:address nope: missing port in address

package main

import (
	"fmt"
	"net"
)

func main() {
	fmt.Println(net.ParseIP("10.0.0.1"), net.ParseIP("::1"), net.ParseIP("bogus"))
	ip, n, err := net.ParseCIDR("192.168.1.7/24")
	fmt.Println(ip, n, err, n.Contains(net.ParseIP("192.168.1.200")))
	fmt.Println(net.JoinHostPort("::1", "80"))
	host, port, err := net.SplitHostPort("example.com:443")
	fmt.Println(host, port, err)
	_, _, err = net.SplitHostPort("nope")
	fmt.Println(err)
}
