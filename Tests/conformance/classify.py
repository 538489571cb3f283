#!/usr/bin/env python3
"""Lists the "import-free core" `// run` tests of Go's test/ directory.

The walking-skeleton issue measures progress on the `// run` tests (no gc
flags, no program arguments) that import nothing and use none of arrays,
slices, structs, maps, interfaces, channels, goroutines, defer, range or
complex numbers. This script finds them with heuristics on the source text
(comments and literals are blanked first, so words in them do not count).

Usage:
  classify.py                 print the core tests, one a line, then the count
  classify.py --count         print only the count
  classify.py --why FILE...   print which features each given test uses
  classify.py --results R.json [--xfail xfail.txt]
                              with a lit JSON report (lit -o R.json) of the
                              conformance suite: pass/fail of the core tests
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gotest  # noqa: E402


def blank_literals(src):
    """Replaces comments with a space and string/rune literals with "" so
    that keywords inside them are not seen."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c == "`":
            j = src.find("`", i + 1)
            i = n if j < 0 else j + 1
            out.append('""')
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            out.append('""' if c == '"' else "'x'")
        else:
            out.append(c)
            i += 1
    return "".join(out)


# Each feature is a regexp over the blanked source. An index expression
# `x[i]` or `f()[i]` has `[` right after an operand; any other `[` starts an
# array or slice type (`[]int`, `[4]byte`, `[...]T{}`). Slicing `s[i:j]`
# and variadic parameters (`...`, a slice in disguise) count as slices too.
FEATURES = {
    "imports": r"^\s*import\b",
    "arrays/slices": r"(?:^|[^\w)\]\s])\s*\[|(?<=[\s=,(:;{}])\[|\bappend\s*\(|\bcap\s*\(|\bcopy\s*\(|\bmake\s*\(|\[[^\]\n]*:[^\]\n]*\]|\.\.\.",
    "structs": r"\bstruct\b",
    "maps": r"\bmap\s*\[",
    "interfaces": r"\binterface\b|\bany\b|\berror\b|\.\s*\(",
    "channels": r"\bchan\b|<-|\bselect\b",
    "goroutines": r"\bgo\s+[\w(]",
    "defer": r"\bdefer\b",
    "range": r"\brange\b",
    "complex": r"\bcomplex(?:64|128)?\b|\breal\s*\(|\bimag\s*\(|\b\d[\d_.eE+-]*i\b",
}
_COMPILED = {k: re.compile(v, re.M) for k, v in FEATURES.items()}


def features_of(src):
    code = blank_literals(src)
    # Drop the package clause line so `package main` never matches anything.
    return [name for name, rx in _COMPILED.items() if rx.search(code)]


def plain_run_tests(go_test_dir):
    """`// run` tests that need no gc flags and no arguments."""
    for rel in gotest.list_tests(go_test_dir):
        src = gotest.read_source(os.path.join(go_test_dir, rel))
        r = gotest.parse_recipe(src)
        if r.skip is None and r.action == "run" and not r.flags and not r.args:
            yield rel, src


def core_tests(go_test_dir):
    return [rel for rel, src in plain_run_tests(go_test_dir) if not features_of(src)]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--go-test-dir", default=os.environ.get("GOLLY_GO_TEST_DIR",
                                                            gotest.DEFAULT_GO_TEST_DIR))
    ap.add_argument("--count", action="store_true")
    ap.add_argument("--why", nargs="+", metavar="FILE")
    ap.add_argument("--results", metavar="R.json")
    ap.add_argument("--xfail", default=os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "xfail.txt"))
    a = ap.parse_args()

    if a.why:
        for rel in a.why:
            src = gotest.read_source(os.path.join(a.go_test_dir, rel))
            print("%s: %s" % (rel, ", ".join(features_of(src)) or "core"))
        return 0

    core = core_tests(a.go_test_dir)
    if a.results:
        with open(a.results) as f:
            report = json.load(f)
        codes = {}
        for t in report.get("tests", []):
            name = t["name"].split(" :: ", 1)[-1]
            codes[name] = t["code"]
        reasons = read_xfail_reasons(a.xfail)
        passed = [t for t in core if codes.get(t) == "PASS"]
        for t in core:
            code = codes.get(t, "NOT RUN")
            extra = ("  # " + reasons[t]) if reasons.get(t) else ""
            print("%-8s %s%s" % (code, t, extra))
        print("core tests: %d passed of %d" % (len(passed), len(core)))
        return 0

    if not a.count:
        for t in core:
            print(t)
    print(len(core))
    return 0


def read_xfail_reasons(path):
    reasons = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                body, _, comment = line.partition("#")
                body = body.strip()
                if body:
                    reasons[body] = comment.strip()
    return reasons


if __name__ == "__main__":
    sys.exit(main())
