// golly's body for crypto/md5's assembly block function (std/README.md):
// the package's own portable blockGeneric, as gc uses on other
// architectures.

package md5

import _ "unsafe" // for go:linkname

//go:linkname gollyBlock crypto/md5.block
func gollyBlock(dig *digest, p []byte) { blockGeneric(dig, p) }
