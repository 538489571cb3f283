#!/usr/bin/env python3
"""check_docs.py ROOT: the documentation agrees with the tree.

- Every citation of docs/DESIGN.md in Sources/, runtime/ and Tests/ names a
  section (`docs/DESIGN.md §N`) that docs/DESIGN.md has (`## N. ...`).
- Every lit directory (Tests/lit/*/) is listed in lit.cfg.py's header and in
  README.md.
- Every runtime source file (runtime/src/*) is in runtime/README.md's table.

Prints each disagreement and exits 1 if there is any.
"""

import os
import re
import sys


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems = []

    with open(os.path.join(root, "docs", "DESIGN.md")) as f:
        sections = set(re.findall(r"^## (\d+)\. ", f.read(), re.M))
    for top in ("Sources", "runtime", "Tests"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = [d for d in dirnames if d not in ("Output", "__pycache__")]
            for name in filenames:
                path = os.path.join(dirpath, name)
                if os.path.abspath(path) == os.path.abspath(__file__):
                    continue
                try:
                    text = open(path, encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                for lineno, line in enumerate(text.split("\n"), 1):
                    for m in re.finditer(r"DESIGN", line):
                        rest = line[m.start():]
                        c = re.match(r"DESIGN\.md §(\d+)", rest)
                        where = "%s:%d" % (os.path.relpath(path, root), lineno)
                        if not c or not line[:m.start()].endswith("docs/"):
                            problems.append("%s: cite the design as `docs/DESIGN.md §N`: %s" % (where, line.strip()))
                        elif c.group(1) not in sections:
                            problems.append("%s: docs/DESIGN.md has no section %s" % (where, c.group(1)))

    lit = os.path.join(root, "Tests", "lit")
    with open(os.path.join(lit, "lit.cfg.py")) as f:
        cfg = f.read()
    with open(os.path.join(root, "README.md")) as f:
        readme = f.read()
    for d in sorted(os.listdir(lit)):
        if not os.path.isdir(os.path.join(lit, d)) or d in ("tools", "Output", "Inputs", "__pycache__"):
            continue
        if d + "/" not in cfg:
            problems.append("Tests/lit/lit.cfg.py: the header does not list %s/" % d)
        if "`%s/`" % d not in readme:
            problems.append("README.md: the lit directories do not include `%s/`" % d)

    with open(os.path.join(root, "runtime", "README.md")) as f:
        runtime_readme = f.read()
    for name in sorted(os.listdir(os.path.join(root, "runtime", "src"))):
        if "`src/%s`" % name not in runtime_readme:
            problems.append("runtime/README.md: the file table does not list src/%s" % name)

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
