# -*- Python -*-
# The conformance suite: Go 1.19's own test/ directory, read in place from
# golang-1.19-src (never copied here), run the way Go's test/run.go runs it.
#
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv -j 2 Tests/conformance
#   ... Tests/conformance/fixedbugs/bug000.go       one test (path as in test/)
#
# Parameters (lit -D NAME=VALUE):
#   golly=PATH         compiler to test (default: $GOLLY or .build/release/golly)
#   go_test_dir=DIR    Go's test/ (default: $GOLLY_GO_TEST_DIR or /usr/lib/go-1.19/test)
#   xfail=off          ignore xfail.txt (update_xfail.py uses this)
#   errorcheck=match   also match diagnostics against the // ERROR comments, as
#                      run.go does. Default `status`: exit 1 with gc-format
#                      diagnostics and no crash is enough (TODO: make `match`
#                      the default once golly's messages follow gc's).
#   crash_only=1       only check that the compiler neither crashes nor hangs,
#                      on every test it would compile (the "never crash" report)
#   keep=1             keep Output/<test>.d/ (executable, IR) of failed tests

import os
import sys

import lit.formats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goformat  # noqa: E402
import gotest  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))

params = lit_config.params
golly = params.get("golly") or os.environ.get("GOLLY") or \
    os.path.join(repo, ".build", "release", "golly")
golly = os.path.abspath(golly)
if not os.access(golly, os.X_OK):
    lit_config.fatal("golly not found at %s (run `make build`, or pass -D golly=PATH)" % golly)

go_test_dir = params.get("go_test_dir") or os.environ.get("GOLLY_GO_TEST_DIR") or \
    gotest.DEFAULT_GO_TEST_DIR
if not os.path.isfile(os.path.join(go_test_dir, "run.go")):
    lit_config.fatal("Go's test directory not found at %s (apt-get install golang-1.19-src)"
                     % go_test_dir)

config.name = "golly-conformance"
config.test_source_root = go_test_dir
config.test_exec_root = os.path.join(here, "Output")
config.suffixes = [".go"]
# Discovery is done by the format from run.go's directory list; keep lit from
# walking the rest of test/ (the *.dir packages, bench/, stress/, ...).
config.excludes = [d for d in os.listdir(go_test_dir)
                   if os.path.isdir(os.path.join(go_test_dir, d))]

xfails = set()
if params.get("xfail", "on") != "off":
    xfails = goformat.read_xfail_list(os.path.join(here, "xfail.txt"))

config.test_format = goformat.GoTestFormat(
    golly=golly,
    go_test_dir=go_test_dir,
    xfails=xfails,
    match_errors=params.get("errorcheck", "status") == "match",
    crash_only=params.get("crash_only", "0") not in ("0", "", "off"),
    go_bin=os.path.join(os.path.dirname(go_test_dir.rstrip("/")), "bin"),
    keep=params.get("keep", "0") not in ("0", "", "off"),
)
