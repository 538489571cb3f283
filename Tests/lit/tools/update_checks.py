#!/usr/bin/env python3
"""Writes the CHECK lines of lit run and diag tests from what gc prints.

gc is the oracle, so expected output is never written by hand:
- a test in run/ is built with Go 1.19's `go build` and run; its combined
  stdout+stderr becomes the CHECK block (exact lines, in order, nothing
  after). The exit status must be the one the RUN lines expect
  (`%expect-exit N`, else 0). For a panicking program the output is checked
  up to gc's `goroutine 1 [running]:` line; the traceback after it names
  gc's files and offsets.
- a test in diag/ is compiled with `go tool compile -e`; its diagnostics
  become the CHECK block, the file name matched as {{.*}}NAME.go.
- a run test whose RUN lines build it together with other files of its
  package (`%golly build ... %s %S/Inputs/helpers.go`) is built by gc with
  those files too (copied next to it, since `go build` wants one directory).

  Tests/lit/tools/update_checks.py Tests/lit/run/*.go Tests/lit/diag/*.go
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

GO = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
EXPECT_EXIT_RX = re.compile(r"%expect-exit\s+(\d+)")
RUN_RX = re.compile(r"^//\s*RUN:(.*)$", re.M)


class UpdateError(Exception):
    pass


def extra_inputs(path, src):
    """The other Go files a RUN line builds together with the test (%s):
    the `%S/...go` operands of a `%golly build` or `%golly run` line."""
    here = os.path.dirname(os.path.abspath(path))
    extra = []
    for m in RUN_RX.finditer(src):
        words = m.group(1).split()
        for i, w in enumerate(words):
            if w != "%golly" or words[i + 1:i + 2] not in (["build"], ["run"]):
                continue
            operands = []
            for x in words[i + 2:]:
                if x in ("|", "||", "&&", ";"):
                    break
                operands.append(x)
            if "%s" not in operands:
                continue
            for x in operands:
                if x.startswith("%S/") and x.endswith(".go"):
                    f = os.path.join(here, x[len("%S/"):])
                    if f not in extra:
                        extra.append(f)
    return extra


def gc_output(path, gcflags=None, extra=()):
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "prog")
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="")
        flags = ["-gcflags=" + gcflags] if gcflags else []
        files = [os.path.abspath(path)]
        if extra:
            # `go build` takes the files of one directory only.
            src = os.path.join(tmp, "src")
            os.mkdir(src)
            files = []
            for f in [path] + list(extra):
                copy = os.path.join(src, os.path.basename(f))
                if os.path.exists(copy):
                    raise UpdateError("%s: two inputs named %s" % (path, os.path.basename(f)))
                shutil.copyfile(f, copy)
                files.append(copy)
        b = subprocess.run([GO, "build"] + flags + ["-o", exe] + files, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if b.returncode != 0:
            raise UpdateError("%s: gc does not build it\n%s" % (path, b.stdout.decode()))
        p = subprocess.run([exe], cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.returncode, p.stdout.decode()


def gc_diagnostics(path):
    with tempfile.TemporaryDirectory() as tmp:
        full = os.path.abspath(path)
        p = subprocess.run([GO, "tool", "compile", "-p=main", "-e", "-o",
                            os.path.join(tmp, "x.o"), full],
                           cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode == 0:
            raise UpdateError("%s: gc compiles it without an error" % path)
        out = p.stdout.decode()
        lines = [pattern(l).replace(full, "{{.*}}" + os.path.basename(path), 1)
                 for l in out.split("\n") if l]
        return lines


def pattern(line):
    # Keep FileCheck from reading gc's output as regex or variable syntax, and
    # make trailing blanks visible.
    text = line.replace("{{", "{{[{][{]}}").replace("[[", "{{[[][[]}}")
    stripped = text.rstrip(" \t")
    if stripped != text:
        text = stripped + "{{" + text[len(stripped):] + "}}"
    return text


def check_lines(output, panicking, escape=True):
    lines = output.split("\n") if isinstance(output, str) else list(output)
    if lines and lines[-1] == "":
        lines.pop()
    if panicking:
        for i, line in enumerate(lines):
            if line == "goroutine 1 [running]:":
                lines = lines[:i + 1]
                break
    checks = []
    for i, line in enumerate(lines):
        kind = "CHECK" if i == 0 else "CHECK-NEXT"
        if line == "":
            checks.append("// CHECK-EMPTY:" if i else "// CHECK:{{^$}}")
        else:
            checks.append("// %s:%s" % (kind, pattern(line) if escape else line))
    if not panicking:
        checks.append("// CHECK-NOT:{{.}}")
    return checks


def update(path):
    with open(path) as f:
        src = f.read()
    m = EXPECT_EXIT_RX.search(src)
    want_status = int(m.group(1)) if m else 0
    if os.path.basename(os.path.dirname(os.path.abspath(path))) == "diag":
        checks = check_lines(gc_diagnostics(path), False, escape=False)
    else:
        status, output = gc_output(path, extra=extra_inputs(path, src))
        if status != want_status:
            raise UpdateError("%s: gc's program exited %d, the RUN lines expect %d\n%s"
                              % (path, status, want_status, output))
        checks = check_lines(output, want_status == 2)
    header, sep, body = src.partition("\n\n")
    kept = [l for l in header.split("\n") if not l.startswith("// CHECK")]
    while kept and kept[-1] == "//":
        kept.pop()
    new_header = "\n".join(kept + ["//"] + checks)
    with open(path, "w") as f:
        f.write(new_header + sep + body)


def main():
    failed = 0
    for path in sys.argv[1:]:
        try:
            # The CHECK block sits above the code, so a change in its length
            # moves the positions gc reports: repeat until nothing changes.
            for _ in range(4):
                before = open(path).read()
                update(path)
                if open(path).read() == before:
                    break
            print("updated", path)
        except UpdateError as e:
            print(e, file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
