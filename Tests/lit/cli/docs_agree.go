// The documentation agrees with the tree: every citation of the design doc in
// Sources/, runtime/ and Tests/ names one of its sections, every lit
// directory is listed in lit.cfg.py and README.md, and every runtime source
// file in runtime/README.md (Tests/lit/tools/check_docs.py).
// RUN: python3 %S/../tools/check_docs.py %S/../../..

package main
