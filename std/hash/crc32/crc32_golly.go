// golly's bodies for hash/crc32's assembly functions (crc32_amd64.s,
// std/README.md): the same updates of a non-inverted CRC, computed with
// the package's own tables where gc uses the CRC32 and PCLMULQDQ
// instructions.

package crc32

import _ "unsafe" // for go:linkname

// rawUpdate updates the non-inverted crc with p by the table tab.
func rawUpdate(crc uint32, tab *Table, p []byte) uint32 { return ^simpleUpdate(^crc, tab, p) }

//go:linkname gollyCastagnoliSSE42 hash/crc32.castagnoliSSE42
func gollyCastagnoliSSE42(crc uint32, p []byte) uint32 { return rawUpdate(crc, castagnoliTable, p) }

// castagnoliSSE42Triple updates three crcs with 24*rounds bytes of each
// buffer.
//
//go:linkname gollyCastagnoliSSE42Triple hash/crc32.castagnoliSSE42Triple
func gollyCastagnoliSSE42Triple(crcA, crcB, crcC uint32, a, b, c []byte, rounds uint32) (retA, retB, retC uint32) {
	n := 24 * int(rounds)
	return rawUpdate(crcA, castagnoliTable, a[:n]), rawUpdate(crcB, castagnoliTable, b[:n]),
		rawUpdate(crcC, castagnoliTable, c[:n])
}

//go:linkname gollyIeeeCLMUL hash/crc32.ieeeCLMUL
func gollyIeeeCLMUL(crc uint32, p []byte) uint32 { return rawUpdate(crc, IEEETable, p) }
