// golly's bodies for crypto/sha512's assembly block functions (std/README.md):
// the package's own portable blockGeneric, as gc uses on other
// architectures. internal/cpu reports no AVX2 under golly, so block
// calls blockAMD64.

package sha512

import _ "unsafe" // for go:linkname

//go:linkname gollyBlockAMD64 crypto/sha512.blockAMD64
func gollyBlockAMD64(dig *digest, p []byte) { blockGeneric(dig, p) }

//go:linkname gollyBlockAVX2 crypto/sha512.blockAVX2
func gollyBlockAVX2(dig *digest, p []byte) { blockGeneric(dig, p) }
