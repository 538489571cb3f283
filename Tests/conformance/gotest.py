"""Reading Go's own test/ directory the way Go's test/run.go does.

Everything here mirrors a piece of $GOROOT/test/run.go (Go 1.19) and is kept
free of lit so that classify.py and update_xfail.py can share it:

- test discovery: the directories of run.go's `dirs`, top-level *.go only;
- the execution recipe: the comment block before the first blank line
  (`// run`, `// errorcheck -0 -m`, ...), split like run.go's splitQuoted;
- build constraints (`// +build`, `//go:build`) evaluated like run.go's
  shouldTest/context.match for linux/amd64 with cgo, gc, test_run;
- `// ERROR "regexp"` matching, like run.go's errorCheck/wantedErrors.
"""

import os
import re

DEFAULT_GO_TEST_DIR = "/usr/lib/go-1.19/test"

# run.go: dirs = []string{".", "ken", "chan", ...}
RUN_GO_DIRS = [".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs",
               "codegen", "runtime", "abi", "typeparam", "typeparam/mdempsky"]

GOOS, GOARCH = "linux", "amd64"
# build.Default.ToolTags of Go 1.19 on linux/amd64 (what run.go consults for
# goexperiment.* tags).
TOOL_TAGS = {"goexperiment.regabiwrappers", "goexperiment.regabiargs"}

# run.go's known actions; the ones golly's conformance suite executes are
# handled in lit.cfg.py, the rest are reported UNSUPPORTED.
KNOWN_ACTIONS = {
    "compile", "compiledir", "build", "builddir", "buildrundir", "run",
    "buildrun", "runoutput", "rundir", "runindir", "asmcheck",
    "errorcheckandrundir", "errorcheckwithauto", "errorcheck",
    "errorcheckdir", "errorcheckoutput", "skip",
}


def list_tests(go_test_dir, dirs=RUN_GO_DIRS):
    """Every test file run.go would look at, as paths relative to go_test_dir."""
    tests = []
    for d in dirs:
        full = os.path.join(go_test_dir, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".go") and os.path.isfile(os.path.join(full, name)):
                tests.append(os.path.normpath(os.path.join(d, name)))
    return tests


class Recipe:
    """The parsed execution recipe of one test file."""

    def __init__(self):
        self.action = None      # "run", "errorcheck", ... or None when skipped
        self.flags = []         # compiler flags (-m, -d=..., ...) after -0/-1/-s/-t
        self.args = []          # program arguments
        self.want_error = False
        self.want_auto = False
        self.timeout = None     # run.go's -t N
        self.single_file_packages = False  # run.go's -s: each file of a .dir is a package
        self.skip = None        # reason the test is not run at all

    def __repr__(self):
        return "Recipe(%r, flags=%r, args=%r, want_error=%r, skip=%r)" % (
            self.action, self.flags, self.args, self.want_error, self.skip)


def split_quoted(s):
    """run.go's splitQuoted: whitespace-separated fields, '...' and "..."
    quoting, backslash escapes the next character."""
    args, arg = [], []
    escaped = quoted = False
    quote = None
    for ch in s:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
            continue
        elif quote is not None:
            if ch == quote:
                quote = None
                continue
        elif ch in "\"'":
            quoted = True
            quote = ch
            continue
        elif ch.isspace():
            if quoted or arg:
                quoted = False
                args.append("".join(arg))
                arg = []
            continue
        arg.append(ch)
    if quoted or arg:
        args.append("".join(arg))
    if quote is not None:
        raise ValueError("unclosed quote")
    if escaped:
        raise ValueError("unfinished escaping")
    return args


# ---------------------------------------------------------------------------
# Build constraints (go/build/constraint, evaluated with run.go's ctxt.match)

_TAG_RX = re.compile(r"^[\w.]+$", re.UNICODE)


def _tag_matches(name):
    """run.go's context.match for GOOS=linux GOARCH=amd64, cgo enabled,
    GO_GCFLAGS empty."""
    if not name or not _TAG_RX.match(name):
        return False
    if name.startswith("goexperiment."):
        return name in TOOL_TAGS
    return name in (GOOS, GOARCH, "gc", "cgo", "test_run")


def _split_go_build(line):
    if not line.startswith("//go:build"):
        return None
    rest = line.strip()[len("//go:build"):]
    trim = rest.strip()
    if len(rest) == len(trim) and rest != "":
        return None
    return trim


def _split_plus_build(line):
    if not line.startswith("//"):
        return None
    rest = line[2:].strip()
    if not rest.startswith("+build"):
        return None
    rest = rest[len("+build"):]
    trim = rest.strip()
    if len(rest) == len(trim) and rest != "":
        return None
    return trim


def _eval_plus_build(text):
    # Space-separated clauses are ORed, comma-separated terms ANDed
    # (constraint.parsePlusBuildExpr).
    result = None
    for clause in text.split():
        value = None
        for lit in clause.split(","):
            if lit.startswith("!!") or lit == "!":
                term = False
            elif lit.startswith("!"):
                term = not _tag_matches(lit[1:])
            else:
                term = _tag_matches(lit)
            value = term if value is None else (value and term)
        result = value if result is None else (result or value)
    if result is None:
        raise ValueError("empty +build line")
    return result


def _eval_go_build(text):
    tokens = re.findall(r"\(|\)|!|&&|\|\||[^\s()!&|]+", text)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == "||":
            take()
            w = and_expr()
            v = v or w
        return v

    def and_expr():
        v = not_expr()
        while peek() == "&&":
            take()
            w = not_expr()
            v = v and w
        return v

    def not_expr():
        if peek() == "!":
            take()
            return not not_expr()
        return atom()

    def atom():
        t = take() if peek() is not None else None
        if t == "(":
            v = or_expr()
            if take() != ")":
                raise ValueError("missing )")
            return v
        if t is None or t in (")", "&&", "||"):
            raise ValueError("syntax error in //go:build")
        return _tag_matches(t)

    v = or_expr()
    if pos != len(tokens):
        raise ValueError("unexpected token in //go:build")
    return v


def constraints_allow(src):
    """run.go's shouldTest: every build-constraint line before `package`
    must evaluate to true. Returns (ok, offending line)."""
    header = src.split("\npackage", 1)[0]
    for line in header.split("\n"):
        if line.startswith("package "):
            break
        for split, evaluate in ((_split_go_build, _eval_go_build),
                                (_split_plus_build, _eval_plus_build)):
            expr = split(line)
            if expr is None:
                continue
            try:
                ok = evaluate(expr)
            except (ValueError, IndexError):
                continue  # constraint.Parse failed: run.go ignores the line
            if not ok:
                return False, line
    return True, None


# ---------------------------------------------------------------------------
# The execution recipe (run.go's test.run, up to "collect flags")

def parse_recipe(src):
    r = Recipe()
    if not src or src[0] == "\n":
        r.skip = "starts with newline"
        return r
    if "\n\n" not in src:
        r.skip = "double newline ending execution recipe not found"
        return r
    action = src.split("\n\n", 1)[0]
    if "\n" in action:
        first, rest = action.split("\n", 1)
        if "+build" in first:
            action = rest
    if action.startswith("//"):
        action = action[2:]

    ok, why = constraints_allow(src)
    if not ok:
        r.skip = "build constraint: " + why
        return r

    try:
        fields = split_quoted(action)
    except ValueError as e:
        r.skip = "invalid test recipe: %s" % e
        return r
    args = []
    if fields:
        action, args = fields[0], fields[1:]

    if action in ("errorcheckwithauto",):
        action, r.want_auto, r.want_error = "errorcheck", True, True
    elif action in ("errorcheck", "errorcheckdir", "errorcheckoutput"):
        r.want_error = True
    elif action == "skip":
        r.skip = "// skip"
        return r
    elif action not in KNOWN_ACTIONS:
        r.skip = "unknown pattern: " + action
        return r

    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-1":
            r.want_error = True
        elif a == "-0":
            r.want_error = False
        elif a == "-s":
            r.single_file_packages = True
        elif a == "-t":
            if args:
                try:
                    r.timeout = int(args.pop(0))
                except ValueError:
                    pass
        elif a == "-goexperiment":
            if args:
                r.flags += [a, args.pop(0)]
        else:
            r.flags.append(a)
    r.action = action
    r.args = args
    return r


# ---------------------------------------------------------------------------
# // ERROR matching (run.go's errorCheck). Go regexps are RE2; Python's re
# accepts nearly all of the ones in test/, the rest are reported as such.

_ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
_ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
_ERR_QUOTES_RX = re.compile(r'"([^"]*)"')
_LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")
_POS_COLUMN_RX = re.compile(r"^([^:\s]+\.go:\d+):\d+(:)")


def _go_regexp(rx):
    # RE2 syntax that Python spells differently.
    rx = rx.replace(r"\pL", r"[^\W\d_]").replace(r"\PL", r"[\W\d_]")
    rx = rx.replace("(?U)", "")
    return re.compile(rx)


def wanted_errors(src, short):
    errs = []
    for i, line in enumerate(src.split("\n")):
        line_num = i + 1
        if "////" in line:
            continue  # a doubled comment disables ERROR
        m = _ERR_AUTO_RX.search(line)
        auto = m is not None
        if m is None:
            m = _ERR_RX.search(line)
        if m is None:
            continue
        for q in _ERR_QUOTES_RX.findall(m.group(1)):
            def line_ref(mm, n=line_num):
                if mm.group(2) == "+":
                    n += int(mm.group(3))
                elif mm.group(2) == "-":
                    n -= int(mm.group(3))
                return "%s:%d" % (short, n)
            rx = _LINE_RX.sub(line_ref, q)
            errs.append({"rx": rx, "line": line_num, "auto": auto,
                         "prefix": "%s:%d" % (short, line_num)})
    return errs


def split_output(out, want_auto):
    res = []
    for line in out.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or \
                (not want_auto and line.startswith("<autogenerated>")):
            continue
        elif line.strip():
            res.append(line)
    return res


def _match_prefix(s, prefix):
    i = s.find(":")
    if i < 0:
        return False
    s = s[s.rfind("/", 0, i) + 1:]
    if len(s) <= len(prefix) or not s.startswith(prefix):
        return False
    return s[len(prefix)] in "[:"


def error_check(out, src, full, short, want_auto=False):
    """Returns a list of problems (empty when the output matches the
    // ERROR comments). Columns are dropped first: run.go compiles with -C."""
    out_lines = []
    for line in split_output(out, want_auto):
        line = line.replace(full, short)
        line = _POS_COLUMN_RX.sub(r"\1\2", line)
        out_lines.append(line)
    problems = []
    for we in wanted_errors(src, short):
        prefix = "<autogenerated>" if we["auto"] else we["prefix"]
        msgs = [s for s in out_lines if _match_prefix(s, prefix)]
        out_lines = [s for s in out_lines if not _match_prefix(s, prefix)]
        if not msgs:
            problems.append("%s:%d: missing error %r" % (short, we["line"], we["rx"]))
            continue
        try:
            rx = _go_regexp(we["rx"])
        except re.error as e:
            problems.append("%s:%d: regexp %r not understood by Python: %s"
                            % (short, we["line"], we["rx"], e))
            continue
        matched = False
        for msg in msgs:
            text = msg.split(" ", 1)[1] if " " in msg else msg
            if rx.search(text):
                matched = True
            else:
                out_lines.append(msg)
        if not matched:
            problems.append("%s:%d: no match for %r in:\n\t%s"
                            % (short, we["line"], we["rx"], "\n\t".join(msgs)))
    if out_lines:
        problems.append("Unmatched Errors:")
        problems.extend(out_lines)
    return problems


def read_source(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")
