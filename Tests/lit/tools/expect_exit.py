#!/usr/bin/env python3
"""expect_exit.py STATUS COMMAND [ARGS...]

Runs COMMAND with this process's stdin, stdout and stderr, and succeeds only
if it exits with exactly STATUS. lit's `not` only tells zero from non-zero;
gc's exit status 2 for an unrecovered panic is worth pinning.
"""

import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    want = int(sys.argv[1])
    status = subprocess.call(sys.argv[2:])
    if status != want:
        how = "signal %d" % -status if status < 0 else "status %d" % status
        sys.stderr.write("expect_exit: %s exited with %s, expected status %d\n"
                         % (sys.argv[2], how, want))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
