// The build cache: a first build compiles every package and stores its
// object under $GOLLYCACHE; a second build of the same sources compiles
// nothing (no irgen phase in -d=timing) and gives the same program;
// editing the program recompiles only it; `golly clean -cache` removes the
// cache. Two builds at once share the cache without corrupting it.
// RUN: rm -rf %t.cache %t.dir && mkdir -p %t.dir
// RUN: env GOLLYCACHE=%t.cache %golly build -d=timing -o %t.exe %s 2> %t.first
// RUN: FileCheck %s --check-prefix=COMPILED < %t.first
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: env GOLLYCACHE=%t.cache %golly build -d=timing -o %t.exe %s 2> %t.second
// RUN: FileCheck %s --check-prefix=CACHED < %t.second
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: sed 's/HELLO/EDITED/' %s > %t.dir/main.go
// RUN: env GOLLYCACHE=%t.cache %golly build -d=timing -o %t.edited %t.dir/main.go 2> %t.third
// RUN: FileCheck %s --check-prefix=ONE < %t.third
// RUN: %t.edited 2>&1 | FileCheck %s --check-prefix=EDITED
// RUN: sh -c 'env GOLLYCACHE=%t.cache2 %golly build -o %t.a %s & env GOLLYCACHE=%t.cache2 %golly build -o %t.b %s & wait'
// RUN: %t.a 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: %t.b 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: env GOLLYCACHE=%t.cache %golly clean -cache
// RUN: not test -e %t.cache
//
// COMPILED: irgen
// COMPILED: codegen
// CACHED-NOT: irgen
// CACHED: link
// ONE: irgen
// OUT: HELLO 3
// EDITED: EDITED 3
package main

import (
	"strconv"
	"strings"
)

func main() {
	println(strings.Repeat("HELLO", 1), strconv.Itoa(3))
}
