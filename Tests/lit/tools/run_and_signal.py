#!/usr/bin/env python3
"""run_and_signal.py GOLLY PROGRAM.go SIGNAL

Starts `GOLLY run PROGRAM.go`, waits until the program runs, sends SIGNAL (a name: TERM, INT, HUP) to golly alone, and checks
what `golly run` promises: the program receives it and dies, golly exits
with 128 + the signal's number, and its temporary directory is gone.
Prints `ok` or what went wrong (exit 1).
"""

import os
import signal
import subprocess
import sys
import time


def main():
    golly, program, name = sys.argv[1:4]
    sig = getattr(signal, "SIG" + name)
    # lit's workers ignore SIGINT, and an ignored signal stays ignored in
    # the programs they start (a Go program keeps it ignored too): give
    # golly, and so its program, the default dispositions a shell gives.
    def defaults():
        for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
            signal.signal(s, signal.SIG_DFL)
    p = subprocess.Popen([golly, "run", program], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         preexec_fn=defaults)
    # golly builds into TMPDIR/golly-run-PID and starts the program from
    # there; wait until the program runs (its output is buffered, so there
    # is no line to wait for).
    run_dir = os.path.join(os.environ.get("TMPDIR", "/tmp"), "golly-run-%d" % p.pid)
    def running():
        out = subprocess.run(["pgrep", "-f", run_dir + "/"], stdout=subprocess.PIPE).stdout.split()
        return out
    deadline = time.time() + 60
    while not running():
        if time.time() > deadline or p.poll() is not None:
            print("the program never started")
            p.kill()
            return 1
        time.sleep(0.05)
    existed = os.path.isdir(run_dir)
    os.kill(p.pid, sig)
    try:
        status = p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        print("golly run did not end after SIG%s" % name)
        return 1
    problems = []
    if status != 128 + sig:
        problems.append("exit status %d, expected %d" % (status, 128 + sig))
    if not existed:
        problems.append("no temporary directory %s while running" % run_dir)
    if os.path.exists(run_dir):
        problems.append("%s left behind" % run_dir)
    time.sleep(0.2)
    if running():
        problems.append("the program is still running")
    print("\n".join(problems) if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
