// encoding/binary: byte-order helpers in a loop, and binary.Write/Read of
// a struct through reflect.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
	Sum     [4]uint32
}

func main() {
	buf := make([]byte, 1<<16)
	var total uint64
	for round := 0; round < 3000; round++ {
		for i := 0; i+16 <= len(buf); i += 16 {
			binary.LittleEndian.PutUint64(buf[i:], uint64(i*round))
			binary.BigEndian.PutUint32(buf[i+8:], uint32(i))
			binary.LittleEndian.PutUint32(buf[i+12:], uint32(round))
		}
		for i := 0; i+16 <= len(buf); i += 16 {
			total += binary.LittleEndian.Uint64(buf[i:]) + uint64(binary.BigEndian.Uint32(buf[i+8:]))
		}
	}
	var b bytes.Buffer
	for i := 0; i < 200000; i++ {
		h := header{Magic: 0xfeedface, Version: uint16(i), Flags: 3, Length: uint64(i) * 9, Sum: [4]uint32{1, 2, 3, uint32(i)}}
		b.Reset()
		binary.Write(&b, binary.LittleEndian, &h)
		var back header
		binary.Read(&b, binary.LittleEndian, &back)
		total += back.Length + uint64(back.Sum[3])
	}
	fmt.Println(total)
}
