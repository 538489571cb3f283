// A function whose frame would exceed 1 GB is rejected as gc rejects it
// (cmd/compile/internal/ssagen/pgen.go maxStackSize): golly's stack is no
// larger, so the program could never run. 110 variables of 10 MB each stay
// in the frame (neither escapes nor exceeds gc's 10 MB stack variable limit).
// RUN: %expect-exit 1 %golly build -o %t.exe %s 2>&1 | FileCheck %s --match-full-lines
//
// CHECK:{{.*}}stack_frame_too_large.go:14:6: stack frame too large (>1GB): 1100 MB locals + 0 MB args
// CHECK-NOT:{{.}}

package main

var z [10 << 20]byte

func main() {
	var x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 [10 << 20]byte
	var x11, x12, x13, x14, x15, x16, x17, x18, x19, x20 [10 << 20]byte
	var x21, x22, x23, x24, x25, x26, x27, x28, x29, x30 [10 << 20]byte
	var x31, x32, x33, x34, x35, x36, x37, x38, x39, x40 [10 << 20]byte
	var x41, x42, x43, x44, x45, x46, x47, x48, x49, x50 [10 << 20]byte
	var x51, x52, x53, x54, x55, x56, x57, x58, x59, x60 [10 << 20]byte
	var x61, x62, x63, x64, x65, x66, x67, x68, x69, x70 [10 << 20]byte
	var x71, x72, x73, x74, x75, x76, x77, x78, x79, x80 [10 << 20]byte
	var x81, x82, x83, x84, x85, x86, x87, x88, x89, x90 [10 << 20]byte
	var x91, x92, x93, x94, x95, x96, x97, x98, x99, x100 [10 << 20]byte
	var x101, x102, x103, x104, x105, x106, x107, x108, x109, x110 [10 << 20]byte
	z = x1; z = x2; z = x3; z = x4; z = x5; z = x6; z = x7; z = x8; z = x9; z = x10
	z = x11; z = x12; z = x13; z = x14; z = x15; z = x16; z = x17; z = x18; z = x19; z = x20
	z = x21; z = x22; z = x23; z = x24; z = x25; z = x26; z = x27; z = x28; z = x29; z = x30
	z = x31; z = x32; z = x33; z = x34; z = x35; z = x36; z = x37; z = x38; z = x39; z = x40
	z = x41; z = x42; z = x43; z = x44; z = x45; z = x46; z = x47; z = x48; z = x49; z = x50
	z = x51; z = x52; z = x53; z = x54; z = x55; z = x56; z = x57; z = x58; z = x59; z = x60
	z = x61; z = x62; z = x63; z = x64; z = x65; z = x66; z = x67; z = x68; z = x69; z = x70
	z = x71; z = x72; z = x73; z = x74; z = x75; z = x76; z = x77; z = x78; z = x79; z = x80
	z = x81; z = x82; z = x83; z = x84; z = x85; z = x86; z = x87; z = x88; z = x89; z = x90
	z = x91; z = x92; z = x93; z = x94; z = x95; z = x96; z = x97; z = x98; z = x99; z = x100
	z = x101; z = x102; z = x103; z = x104; z = x105; z = x106; z = x107; z = x108; z = x109; z = x110
}
