#!/usr/bin/env python3
"""Runs every test suite of golly and totals them (`make test`).

Suites, in order:
  unit         swift test (XCTest and Swift Testing), counted from --xunit-output
  runtime      the C runtime's self-tests (ctest in build/runtime: gollyrt_test
               and the defer ABI compiled by LLVM itself)
  lit          Tests/lit: every directory of it (lit.cfg.py lists them; LLVM lit + FileCheck)
  gcstress     the lit directories of programs (GCSTRESS_DIRS) again, every
               program collecting at every allocation (GODEBUG=gcstress=1)
  conformance  Tests/conformance: Go 1.19's test/ directory with xfail.txt

Prints one summary line per suite and, last, `N passed, N failed` over all
suites; the same line goes to build/test-results/summary.txt for .ci/run.
Exits 1 if any suite has a failure (FAIL, XPASS, UNRESOLVED, TIMEOUT, a
suite that could not run at all). Expected failures (XFAIL) and unsupported
tests are reported per suite but are neither passes nor failures.

  Tests/run_suites.py [--only unit,runtime,lit,gcstress,conformance] [--golly PATH] [--scratch-path DIR]
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(REPO, "build", "test-results")
LIT = os.environ.get("LIT", "/usr/lib/llvm-19/build/utils/lit/lit.py")
JOBS = os.environ.get("JOBS", "2")

# Whole-suite limits, so that a hang fails CI instead of stalling it.
SUITE_TIMEOUT = {"unit": 30 * 60, "runtime": 10 * 60, "lit": 15 * 60, "gcstress": 15 * 60,
                 "conformance": 20 * 60}
# What the gcstress suite runs: the lit directories whose tests run programs.
GCSTRESS_DIRS = ["run", "defer", "aggregates", "collections", "interfaces", "goroutines",
                 "escape", "gc"]

XCTEST_SUMMARY = re.compile(r"Test Suite 'All tests' (?:passed|failed) at .*\n"
                            r"\s*Executed (\d+) tests?, with (\d+) failures?")

LIT_PASS = {"PASS", "FLAKYPASS"}
LIT_FAIL = {"FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"}


class Tally:
    def __init__(self, name):
        self.name = name
        self.passed = self.failed = self.xfail = self.unsupported = 0
        self.notes = []

    def line(self):
        extra = []
        if self.xfail:
            extra.append("%d expected failures" % self.xfail)
        if self.unsupported:
            extra.append("%d unsupported" % self.unsupported)
        text = "%-12s %d passed, %d failed" % (self.name + ":", self.passed, self.failed)
        if extra:
            text += " (%s)" % ", ".join(extra)
        return text


def run(argv, timeout, capture=None):
    """Runs a suite's command with its output streamed (and appended to the
    list `capture` when given); returns the exit status, or None after
    killing it at the timeout."""
    print("$ " + " ".join(argv), flush=True)
    proc = subprocess.Popen(argv, cwd=REPO, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        for raw in proc.stdout:
            line = raw.decode("utf-8", errors="replace")
            sys.stdout.write(line)
            if capture is not None:
                capture.append(line)
        sys.stdout.flush()
        status = proc.wait()
    finally:
        expired = not timer.is_alive()
        timer.cancel()
    return None if expired and status != 0 else status


def unit_suite(args):
    t = Tally("unit")
    xunit = os.path.join(RESULTS, "unit.xml")
    for old in glob.glob(os.path.join(RESULTS, "unit*.xml")):
        os.remove(old)
    argv = ["swift", "test", "-j", JOBS, "--xunit-output", xunit]
    if args.scratch_path:
        argv += ["--scratch-path", args.scratch_path]
    output = []
    status = run(argv, SUITE_TIMEOUT["unit"], output)
    if status is None:
        t.failed += 1
        t.notes.append("swift test timed out")
        return t
    # XCTest writes its xUnit file only in --parallel mode, so its counts
    # come from the summary it prints for 'All tests'.
    summaries = list(XCTEST_SUMMARY.finditer("".join(output)))
    if summaries:
        executed, failures = (int(g) for g in summaries[-1].groups())
        t.passed += executed - failures
        t.failed += failures
    # Swift Testing writes unit-swift-testing.xml.
    for path in sorted(glob.glob(os.path.join(RESULTS, "unit*.xml"))):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as e:
            t.notes.append("unreadable %s: %s" % (path, e))
            continue
        for case in root.iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                t.failed += 1
            elif case.find("skipped") is not None:
                t.unsupported += 1
            else:
                t.passed += 1
    if status != 0 and t.failed == 0:
        # The build failed, or the runner crashed before reporting.
        t.failed += 1
        t.notes.append("swift test exited %d" % status)
    return t


def runtime_suite(args):
    """ctest over the runtime's build tree (`make build` configured it),
    counted from its JUnit report."""
    t = Tally("runtime")
    report = os.path.join(RESULTS, "runtime.xml")
    if os.path.exists(report):
        os.remove(report)
    argv = ["ctest", "--test-dir", os.path.join("build", "runtime"), "--output-on-failure",
            "--output-junit", report]
    status = run(argv, SUITE_TIMEOUT["runtime"])
    if status is None:
        t.failed += 1
        t.notes.append("ctest timed out")
        return t
    try:
        root = ET.parse(report).getroot()
        for case in root.iter("testcase"):
            if case.get("status") == "fail" or case.find("failure") is not None:
                t.failed += 1
            elif case.get("status") in ("notrun", "disabled") or case.find("skipped") is not None:
                t.unsupported += 1
            else:
                t.passed += 1
    except (OSError, ET.ParseError) as e:
        t.notes.append("no ctest report: %s" % e)
    if status != 0 and t.failed == 0:
        t.failed += 1
        t.notes.append("ctest exited %d" % status)
    return t


def lit_suite(name, paths, extra, args):
    t = Tally(name)
    report = os.path.join(RESULTS, name + ".json")
    if os.path.exists(report):
        os.remove(report)
    argv = [sys.executable, LIT, "-sv", "-j", JOBS, "-o", report] + extra
    if args.golly:
        argv += ["-D", "golly=" + args.golly]
    status = run(argv + paths, SUITE_TIMEOUT[name])
    if status is None:
        t.failed += 1
        t.notes.append("%s timed out" % name)
        return t
    if not os.path.exists(report):
        t.failed += 1
        t.notes.append("lit exited %d without a report" % status)
        return t
    with open(report) as f:
        for test in json.load(f).get("tests", []):
            code = test["code"]
            if code in LIT_PASS:
                t.passed += 1
            elif code in LIT_FAIL:
                t.failed += 1
            elif code == "XFAIL":
                t.xfail += 1
            else:
                t.unsupported += 1
    if status != 0 and t.failed == 0:
        t.failed += 1
        t.notes.append("lit exited %d" % status)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="unit,runtime,lit,gcstress,conformance")
    ap.add_argument("--golly", help="compiler for the lit suites (default .build/release/golly)")
    ap.add_argument("--scratch-path", help="SwiftPM build directory for swift test")
    args = ap.parse_args()
    os.makedirs(RESULTS, exist_ok=True)
    summary = os.path.join(RESULTS, "summary.txt")
    if os.path.exists(summary):
        os.remove(summary)

    suites = {
        "unit": lambda: unit_suite(args),
        "runtime": lambda: runtime_suite(args),
        "lit": lambda: lit_suite("lit", ["Tests/lit"], [], args),
        "gcstress": lambda: lit_suite("gcstress", ["Tests/lit/" + d for d in GCSTRESS_DIRS],
                                      ["-D", "gcstress=1"], args),
        "conformance": lambda: lit_suite("conformance", ["Tests/conformance"], [], args),
    }
    tallies = []
    for name in [s for s in re.split(r"[, ]+", args.only) if s]:
        if name not in suites:
            sys.exit("unknown suite %r (have %s)" % (name, ", ".join(suites)))
        print("\n=== %s ===" % name, flush=True)
        tallies.append(suites[name]())

    print("\n=== summary ===")
    for t in tallies:
        print(t.line())
        for note in t.notes:
            print("             note: " + note)
    passed = sum(t.passed for t in tallies)
    failed = sum(t.failed for t in tallies)
    total = "%d passed, %d failed" % (passed, failed)
    with open(summary, "w") as f:
        f.write("\n".join(t.line() for t in tallies) + "\n" + total + "\n")
    print(total, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
