# -*- Python -*-
# golly's end-to-end lit suite (docs/DESIGN.md §9), one directory a concern:
#   run/          compile and run a program, check its output (always gc's:
#                 tools/update_checks.py writes the CHECK lines)
#   codegen/      the LLVM IR of `golly build -S`
#   diag/         gc-format diagnostics and exit status 1
#   cli/          the command line itself
#   defer/        defer records (IR, -d=defer) and defer/panic/recover programs
#   recover/      recover's rule in every shape of deferred call
#                 (tools/gen_recover_matrix.py) and Go's test/recover*.go
#                 ported at test time (tools/goroot_port.py)
#   gc/           the collector: objects reachable only from one kind of root
#                 survive forced collections (-D gcstress=1: GODEBUG=gcstress=1)
#   packages/     programs of several packages: modules under Inputs/ built
#                 by package pattern (import paths, init order, errors)
#   aggregates/, collections/, complex/, interfaces/, goroutines/, escape/:
#                 programs of each feature, output from gc
#
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv Tests/lit
#
# Parameters: -D golly=PATH (default $GOLLY or .build/release/golly).

import os
import shutil
import subprocess
import sys

import lit.formats

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))

config.name = "golly"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".go"]
config.excludes = ["tools", "Inputs", "gchelpers.go"]
config.test_source_root = here
config.test_exec_root = os.path.join(here, "Output")

golly = lit_config.params.get("golly") or os.environ.get("GOLLY") or \
    os.path.join(repo, ".build", "release", "golly")
golly = os.path.abspath(golly)
if not os.access(golly, os.X_OK):
    lit_config.fatal("golly not found at %s (run `make build`, or pass -D golly=PATH)" % golly)


def llvm_bindir():
    # LLVM is located once, through llvm-config (LLVM_CONFIG overrides), as
    # Package.swift does.
    tool = os.environ.get("LLVM_CONFIG", "llvm-config-19")
    try:
        return subprocess.check_output([tool, "--bindir"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "/usr/lib/llvm-19/bin"


bindir = llvm_bindir()
for tool in ("FileCheck", "not", "llvm-as"):
    if not os.access(os.path.join(bindir, tool), os.X_OK):
        lit_config.fatal("%s not found in %s (apt-get install llvm-19-tools)" % (tool, bindir))

# FileCheck, not and count come from LLVM's bin directory, ahead of anything
# else on PATH.
config.environment["PATH"] = os.pathsep.join([bindir, os.environ.get("PATH", "")])
# The programs under test must not depend on the caller's environment.
for var in ("GOLLY_RUNTIME",):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# golly's build cache is the one golly would use outside lit (lit passes
# neither HOME nor XDG_CACHE_HOME on): the standard library is compiled once,
# not once per test.
config.environment["GOLLYCACHE"] = os.environ.get("GOLLYCACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "golly")

# -D gcstress=1 (make test-gcstress): every program collects at every
# allocation (GODEBUG=gcstress=1, runtime/src/mgc.c).
if lit_config.params.get("gcstress"):
    config.environment["GODEBUG"] = "gcstress=1"

config.substitutions.append(("%golly", golly))
config.substitutions.append(("%llvm-as", os.path.join(bindir, "llvm-as")))
config.substitutions.append(("%goroot-port", "%s %s" % (
    shutil.which("python3") or sys.executable, os.path.join(here, "tools", "goroot_port.py"))))
config.substitutions.append(("%expect-exit", "%s %s" % (
    shutil.which("python3") or sys.executable, os.path.join(here, "tools", "expect_exit.py"))))
