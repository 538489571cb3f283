#!/usr/bin/env python3
"""Regenerates Tests/conformance/xfail.txt from a conformance run.

Runs the suite with the list switched off (lit -D xfail=off) and writes every
failing test (FAIL, UNRESOLVED, TIMEOUT) to xfail.txt with a one-line reason
after `#`: the reason already written there for a test that still fails is
kept (edit reasons by hand freely), a new one is taken from the failure.

  Tests/conformance/update_xfail.py                run the suite, rewrite the list
  Tests/conformance/update_xfail.py --from R.json  use a report of a run made
                                                   with -D xfail=off instead
  ... --golly PATH                                 compiler to run (default
                                                   .build/release/golly)
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
XFAIL = os.path.join(HERE, "xfail.txt")
LIT = os.environ.get("LIT", "/usr/lib/llvm-19/build/utils/lit/lit.py")
FAILING = {"FAIL", "UNRESOLVED", "TIMEOUT"}

HEADER = """\
# Expected failures of the conformance suite (Tests/conformance).
# One test a line, as a path relative to Go's test/ directory; `#` starts a
# comment (the reason). A listed test that fails is XFAIL; a listed test that
# passes is XPASS, which fails the run: take it off the list. Regenerate with
# `make conformance-update-xfail` (Tests/conformance/update_xfail.py), which
# keeps the reasons of tests that still fail.
"""

_DIAG_RX = re.compile(r"^[^\s:]+:\d+(?::\d+)?: (.*)$")


def reason_of(output):
    """A short reason from a failure message written by goformat.py."""
    lines = output.splitlines()
    body = lines[1:] if lines else []
    if not body:
        return "failed"
    head = body[0]
    if head.startswith("compilation failed") or head.startswith("want exit status 1"):
        for line in body[1:]:
            m = _DIAG_RX.match(line)
            if m:
                return m.group(1)[:120]
        return head[:120]
    if head.startswith("compiler CRASH") or head.startswith("compiler HANG"):
        detail = next((l for l in body[2:] if l.strip()), "")
        return (head.split("\n")[0] + ": " + detail.strip())[:120]
    if head.startswith("program failed"):
        detail = next((l for l in body[1:] if l.startswith("panic:") or "fatal error" in l),
                      next((l for l in body[1:] if l.strip()), ""))
        return (head + (": " + detail.strip() if detail else ""))[:120]
    if head.startswith("Traceback") or head.startswith("Exception"):
        return ("runner error: " + lines[-1].strip())[:120]
    if head.startswith("output"):
        return "wrong output"
    return head[:120]


def read_reasons(path):
    reasons = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                body, _, comment = line.partition("#")
                name = body.strip()
                if name:
                    reasons[os.path.normpath(name)] = comment.strip()
    return reasons


def run_suite(golly, report):
    argv = [sys.executable, LIT, "-s", "-j", os.environ.get("JOBS", "2"),
            "-D", "xfail=off", "-o", report]
    if golly:
        argv += ["-D", "golly=" + golly]
    argv.append(os.path.join(HERE))
    print("$ " + " ".join(argv), flush=True)
    subprocess.run(argv, cwd=REPO)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="report", help="lit JSON report of a run with -D xfail=off")
    ap.add_argument("--golly")
    ap.add_argument("--fresh-reasons", action="store_true",
                    help="take every reason from this run, forgetting the ones written before")
    a = ap.parse_args()

    report = a.report
    if report is None:
        report = os.path.join(REPO, "build", "test-results", "conformance-noxfail.json")
        os.makedirs(os.path.dirname(report), exist_ok=True)
        if os.path.exists(report):
            os.remove(report)
        run_suite(a.golly, report)
    with open(report) as f:
        tests = json.load(f)["tests"]

    old = {} if a.fresh_reasons else read_reasons(XFAIL)
    entries = []
    for t in tests:
        if t["code"] not in FAILING:
            continue
        name = os.path.normpath(t["name"].split(" :: ", 1)[-1])
        entries.append((name, old.get(name) or reason_of(t.get("output", ""))))
    entries.sort()
    width = max([len(n) for n, _ in entries] + [0])
    with open(XFAIL, "w") as f:
        f.write(HEADER)
        for name, reason in entries:
            f.write(("%-*s  # %s" % (width, name, reason)).rstrip() + "\n" if reason else name + "\n")
    removed = sorted(set(old) - {n for n, _ in entries})
    print("xfail.txt: %d expected failures (%d taken off the list, %d new)"
          % (len(entries), len(removed), len([n for n, _ in entries if n not in old])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
