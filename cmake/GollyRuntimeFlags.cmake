# Compiler flags for golly's C runtime (DESIGN.md sections 3-4).
#
#   -O2 -g                     optimized, with symbols for debugging the runtime
#   -fno-omit-frame-pointer    tracebacks (and later the GC's stack walk)
#                              follow the frame-pointer chain through runtime
#                              frames too
#   -mno-omit-leaf-frame-pointer  leaf functions with a stack frame as well
#                              (GCC still gives none to a leaf that needs no
#                              stack at all; see exported.c Breakpoint)
#   -ffp-contract=off          no fused multiply-add: printfloat must round
#                              exactly like gc's float64 arithmetic
#   -fno-strict-aliasing       the runtime reinterprets memory the compiler
#                              laid out (interface data, type descriptors)
#   -fcf-protection=none       GCC's __builtin_setjmp buffer must keep LLVM's
#                              layout (word 2 = sp); -fcf-protection=return,
#                              the default of some distributions' GCC, puts
#                              the shadow stack pointer there (defer.h)
include(CheckCCompilerFlag)
check_c_compiler_flag(-fcf-protection=none GOLLY_HAVE_FCF_PROTECTION_NONE)

function(golly_runtime_flags target)
  target_compile_options(${target} PRIVATE
    -O2 -g
    -fno-omit-frame-pointer
    -mno-omit-leaf-frame-pointer
    -ffp-contract=off
    -fno-strict-aliasing
    -Wall -Wextra -Wno-unused-parameter)
  if(GOLLY_HAVE_FCF_PROTECTION_NONE)
    target_compile_options(${target} PRIVATE -fcf-protection=none)
  endif()
  # sigaltstack, MAP_ANONYMOUS, dladdr, REG_RIP: POSIX and GNU extensions
  # of the C library, with the C11 language itself kept strict.
  target_compile_definitions(${target} PRIVATE _GNU_SOURCE)
  set_target_properties(${target} PROPERTIES
    C_STANDARD 11
    C_STANDARD_REQUIRED ON
    C_EXTENSIONS OFF
    # Linkable into PIE and non-PIE executables alike.
    POSITION_INDEPENDENT_CODE ON)
endfunction()
