// golly's body for crypto/sha256's assembly block function (std/README.md):
// the package's own portable blockGeneric, as gc uses on other
// architectures.

package sha256

import _ "unsafe" // for go:linkname

//go:linkname gollyBlock crypto/sha256.block
func gollyBlock(dig *digest, p []byte) { blockGeneric(dig, p) }
