#!/usr/bin/env python3
"""Races golly against gc and gccgo on the programs in bench/.

Each bench/*.go is built with `golly build -O2`, gc (`go build`) and
`gccgo-12 -O2`; the three binaries must print the same thing. Then they run
round-robin (every round runs every binary once, the order rotating from
round to round, so drift in machine load hits all three alike) and the table
gives each one's median wall time and golly's ratio to gc and gccgo.
A compiler that cannot build a program, or builds one that prints something
else than gc's, gets `n/a` in the table instead of stopping the race.

  bench/race.py [--rounds 7] [--golly PATH] [--keep DIR] [NAME.go ...]
"""

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
GCCGO = os.environ.get("GCCGO", "gccgo-12")
COMPILERS = ["golly", "gc", "gccgo"]


def build_commands(golly, src, exe):
    return {
        "golly": [golly, "build", "-O2", "-o", exe["golly"], src],
        "gc": [GO, "build", "-o", exe["gc"], src],
        "gccgo": [GCCGO, "-O2", "-o", exe["gccgo"], src],
    }


def run_capture(argv, env=None):
    p = subprocess.run(argv, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, env=env, input=b"")
    return p.returncode, p.stdout.decode("utf-8", errors="replace")


def first_line(text):
    return (text.strip().splitlines() or [""])[0][:100]


def prepare(golly, src, out_dir):
    """Builds src with every compiler and checks the outputs agree with gc's.
    Returns {compiler: exe or None} and notes on what went wrong."""
    name = os.path.splitext(os.path.basename(src))[0]
    exe = {c: os.path.join(out_dir, "%s.%s" % (name, c)) for c in COMPILERS}
    env = dict(os.environ, GO111MODULE="off")
    ready, notes, outputs = {}, [], {}
    for c, argv in build_commands(golly, src, exe).items():
        if os.path.exists(exe[c]):
            os.remove(exe[c])
        try:
            status, out = run_capture(argv, env)
        except OSError as e:
            status, out = -1, str(e)
        if status != 0 or not os.path.exists(exe[c]):
            ready[c] = None
            notes.append("%s: %s does not build: %s" % (name, c, first_line(out)))
            continue
        status, out = run_capture([exe[c]])
        if status != 0:
            ready[c] = None
            notes.append("%s: %s's binary exits %d: %s" % (name, c, status, first_line(out)))
            continue
        ready[c], outputs[c] = exe[c], out
    if "gc" in outputs:
        for c in ("golly", "gccgo"):
            if c in outputs and outputs[c] != outputs["gc"]:
                ready[c] = None
                notes.append("%s: %s prints %r, gc prints %r"
                             % (name, c, first_line(outputs[c]), first_line(outputs["gc"])))
    return ready, notes


def time_once(exe):
    """Wall time in seconds and peak resident memory in MiB of one run."""
    start = time.perf_counter()
    p = subprocess.Popen([exe], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    p.returncode = 0
    return elapsed, usage.ru_maxrss / 1024.0


def race(programs, rounds):
    """Round-robin over every (program, compiler) binary: median times and
    the largest peak memory seen."""
    times = {key: [] for key in programs}
    peaks = {key: 0.0 for key in programs}
    keys = list(programs)
    for r in range(rounds):
        shift = r % len(keys) if keys else 0
        for key in keys[shift:] + keys[:shift]:
            elapsed, peak = time_once(programs[key])
            times[key].append(elapsed)
            peaks[key] = max(peaks[key], peak)
        print("round %d/%d done" % (r + 1, rounds), file=sys.stderr, flush=True)
    return {key: statistics.median(v) for key, v in times.items()}, peaks


def fmt_time(t):
    return "n/a" if t is None else "%.3f" % t


def fmt_mib(m):
    return "n/a" if m is None else "%.0f" % m


def fmt_ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else "%.2f" % (a / b)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", 7)))
    ap.add_argument("--golly", default=os.environ.get("GOLLY") or
                    os.path.join(REPO, ".build", "release", "golly"))
    ap.add_argument("--keep", metavar="DIR", help="build the binaries in DIR and keep them")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(HERE, "*.go")))
    # A private directory per race: two races at once must not overwrite
    # each other's binaries.
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        out_dir = a.keep
    else:
        scratch = tempfile.TemporaryDirectory(prefix="golly-race-")
        out_dir = scratch.name
    if not shutil.which(GCCGO):
        print("note: %s not found (make setup installs gccgo-12)" % GCCGO, file=sys.stderr)

    programs, notes, names = {}, [], []
    for src in files:
        name = os.path.splitext(os.path.basename(src))[0]
        names.append(name)
        ready, n = prepare(os.path.abspath(a.golly), src, out_dir)
        notes += n
        for c, exe in ready.items():
            if exe:
                programs[(name, c)] = exe
    medians, peaks = race(programs, a.rounds)

    header = ["benchmark", "golly -O2", "gc", "gccgo -O2", "golly/gc", "golly/gccgo",
              "MiB golly", "gc", "gccgo"]
    rows = []
    for name in names:
        t = {c: medians.get((name, c)) for c in COMPILERS}
        m = {c: peaks.get((name, c)) for c in COMPILERS}
        rows.append([name, fmt_time(t["golly"]), fmt_time(t["gc"]), fmt_time(t["gccgo"]),
                     fmt_ratio(t["golly"], t["gc"]), fmt_ratio(t["golly"], t["gccgo"]),
                     fmt_mib(m["golly"]), fmt_mib(m["gc"]), fmt_mib(m["gccgo"])])
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    print("median wall time in seconds over %d interleaved rounds; peak resident memory in MiB" % a.rounds)
    for r in [header, ["-" * w for w in widths]] + rows:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(r, widths))))
    for n in notes:
        print("note: " + n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
