// The slice of LLVM 19's C API that golly uses. The include directory comes
// from llvm-config (see Package.swift), never from a path written here.
#include <llvm-c/Core.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/Support.h>
#include <llvm-c/DebugInfo.h>
