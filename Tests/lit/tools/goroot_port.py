#!/usr/bin/env python3
"""goroot_port.py NAME OUT: an import-free port of Go's test/NAME, made at test time.

Some of Go 1.19's own tests exercise golly's core (defer, panic, recover)
but import a standard-library package for an incidental helper
(strings.Index to match an error text, os.Getenv to switch off the parts an
implementation without reflection cannot run). Until golly compiles the
standard library, lit tests run these files through this script: it reads
the file in place from GOROOT's test directory (Debian's golang-1.19-src;
nothing of Go's is copied into this repository), applies the rewrites listed
below for that file, and writes the result to OUT. The rewrites replace only
the incidental imports; every test function the port keeps is Go's, unchanged.

  GOROOT_TEST  the test directory (default /usr/lib/go-1.19/test)
"""

import os
import re
import sys

TEST_DIR = os.environ.get("GOROOT_TEST", "/usr/lib/go-1.19/test")

# strings.Index for the ports, golly's own (the tests only ask whether an
# error text contains a word).
INDEX = '''
// index is strings.Index, for this import-free port (Tests/lit/tools/goroot_port.py).
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
'''

# Per file: imports to drop, (old, new) text replacements that must each
# match, packages whose users (functions mentioning them) are dropped with
# the calls of those functions, and code to append.
PORTS = {
    "recover.go": {
        "drop_imports": ["os", "reflect"],
        # GOSSAINTERP is unset, as under gc: every test runs but the
        # reflect ones, dropped below with their calls.
        "replace": [('os.Getenv("GOSSAINTERP") != ""', "false")],
        "drop_users_of": ["reflect"],
    },
    "recover2.go": {
        "drop_imports": ["strings"],
        "replace": [("strings.Index(", "index(")],
        "append": INDEX,
    },
    "recover3.go": {
        "drop_imports": ["strings"],
        "replace": [("strings.Index(", "index(")],
        "append": INDEX,
    },
}


def drop_imports(src, names):
    for name in names:
        quoted = '"%s"' % name
        single = re.compile(r'^import %s\n' % re.escape(quoted), re.M)
        inner = re.compile(r'^\t%s\n' % re.escape(quoted), re.M)
        src, n = single.subn("", src)
        if n == 0:
            src, n = inner.subn("", src)
        if n != 1:
            raise SystemExit("goroot_port: no import %s to drop" % quoted)
    # An import block left empty goes too.
    return re.sub(r'^import \(\n\)\n', "", src, flags=re.M)


def top_level_funcs(src):
    """(name, start, end) of each top-level function: from `func` at the
    start of a line to the first `}` alone on a line after it."""
    for m in re.finditer(r'^func (\w+)\(.*?^}\n', src, re.M | re.S):
        yield m.group(1), m.start(), m.end()


def drop_users_of(src, pkg):
    dropped = []
    # Also the comment lines right above a dropped function.
    for name, start, end in reversed(list(top_level_funcs(src))):
        if pkg + "." in src[start:end]:
            while True:
                prev = src.rfind("\n", 0, start - 1) + 1
                if start > 0 and src[prev:start].startswith("//"):
                    start = prev
                else:
                    break
            src = src[:start] + src[end:]
            dropped.append(name)
    for name in dropped:
        src = re.sub(r'^\t+%s\(\)\n' % re.escape(name), "", src, flags=re.M)
    return src


def port(name):
    spec = PORTS.get(name)
    if spec is None:
        raise SystemExit("goroot_port: no port of %s" % name)
    with open(os.path.join(TEST_DIR, name)) as f:
        src = f.read()
    src = drop_imports(src, spec.get("drop_imports", []))
    for old, new in spec.get("replace", []):
        if old not in src:
            raise SystemExit("goroot_port: %r not found in %s" % (old, name))
        src = src.replace(old, new)
    for pkg in spec.get("drop_users_of", []):
        src = drop_users_of(src, pkg)
    return src + spec.get("append", "")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    text = port(sys.argv[1])
    with open(sys.argv[2], "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
