#!/usr/bin/env python3
"""Writes Tests/lit/recover/: recover's rule in every shape of deferred call.

Spec ("Handling panics"): recover returns nil when "recover was not called
directly by a deferred function". The rule is about frames, and every way a
deferred call can be written puts different frames between the runtime and
the function that calls recover: thunks for arguments, method-value and
interface wrappers, promoted-method wrappers, large receivers, LLVM's
inlining and tail calls. This script writes one program per shape; each runs
every mode below in turn:

  direct          the deferred function calls recover: the panic stops
  heap            the same, the defer in a loop (a heap record)
  deeper          a helper of the deferred function calls recover: nil, and
                  the panic goes on to an outer deferred recover
  recursive       the deferred function calls itself (a tail call) and the
                  inner call recovers: nil, the outer frame recovers
  recursive_then  the inner call recovers (nil), then the deferred call
                  itself (it recovers)
  repanic         a newer deferred call panics again; the shape recovers the
                  newer panic
  goexit          recover during runtime.Goexit: nil, the goroutine ends
  goexit_panic    a panic during Goexit's deferred calls, recovered by the
                  shape; Goexit goes on

and a second program per shape, SHAPE_unrecovered.go, in which the shape
recovers and panics again with an error value nobody recovers: the panic
chain as gc prints it, exit 2.

Each lit file holds the RUN and CHECK lines only: the program is written at
test time (`gen_recover_matrix.py --program SHAPE VARIANT OUT`), built at -O0
and -O2 and run. Running the script without arguments rewrites the lit
files, their CHECK lines taken from gc's build of each program (with
-gcflags=-l for the helper variant, see header()):

  Tests/lit/tools/gen_recover_matrix.py [--only SHAPE...]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "recover")

MODES = ["direct", "heap", "deeper", "recursive", "recursive_then", "repanic", "goexit", "goexit_panic"]
RECURSIVE = {"recursive", "recursive_then"}

# The body of every deferred target. SELF is the target called again with
# depth 1 (the recursive modes); `depth` is the target's parameter.
BODY = """\
	switch mode {
	case "deeper":
		helper()
	case "recursive":
		if depth == 0 {
			SELF
			return
		}
		show("recursive depth 1", recover())
	case "recursive_then":
		if depth == 0 {
			SELF
			show("recursive depth 0", recover())
			return
		}
		show("recursive depth 1", recover())
	case "unrecovered":
		show("recovered", recover())
		panic(E("second"))
	default:
		show(mode, recover())
	}"""


# The body of the helper variant: a target without recover of its own whose
# helper calls recover. Nothing recovers in the target's frame, so nothing
# may be inlined into the thunk or wrapper that calls it.
HELPER_BODY = """\
	_ = depth
	helper()"""


def body(self_call, indent=0):
    # Marked, and filled in by program() for the variant being written.
    return "@@BODY %d %s@@" % (indent, self_call)


def fill(text, helper_only):
    def one(m):
        indent, self_call = int(m.group(1)), m.group(2)
        lines = (HELPER_BODY if helper_only else BODY.replace("SELF", self_call)).split("\n")
        return "\n".join(("\t" * indent + l) if l else l for l in lines)
    return re.sub(r"@@BODY (\d+) ([^@]*)@@", one, text)


T_METHODS = """\
type T struct{ n int }

func (t T) M(depth int) {
%s
}

func (t *T) P(depth int) {
%s
}
""" % (body("t.M(1)"), body("t.P(1)"))

I_DECL = """

type I interface{ M(int) }

type J interface{ P(int) }
"""


class Shape:
    def __init__(self, name, doc, decls, setup, defer, recursive=True, imports=()):
        self.name, self.doc, self.decls = name, doc, decls
        self.setup, self.defer, self.recursive = setup, defer, recursive
        self.imports = list(imports)


SHAPES = [
    Shape("func", "a declared function with an argument: defer target(0)",
          "func target(depth int) {\n%s\n}\n" % body("target(1)"), [], "defer target(0)"),
    Shape("func_noargs", "a declared function without arguments: defer target()",
          "var level int\n\nfunc target() {\n\tdepth := level\n\tlevel++\n%s\n}\n" % body("target()"),
          ["level = 0"], "defer target()"),
    Shape("literal", "a function literal: defer func() { ... }()",
          "", [], "defer func() {\n\t\tdepth := 0\n%s\n\t}()" % body("", 1), recursive=False),
    Shape("literal_args", "a function literal with an argument: defer func(depth int) { ... }(0)",
          "", [], "defer func(depth int) {\n%s\n\t}(0)" % body("", 1), recursive=False),
    Shape("closure_value", "a closure in a variable that calls itself: defer f(0)",
          "", ["var f func(int)", "f = func(depth int) {\n%s\n\t}" % body("f(1)", 1)], "defer f(0)"),
    Shape("func_value", "a declared function as a func value: f := target; defer f(0)",
          "func target(depth int) {\n%s\n}\n" % body("target(1)"), ["f := target"], "defer f(0)"),
    Shape("method", "a value method: defer t.M(0)",
          T_METHODS, ["t := T{}"], "defer t.M(0)"),
    Shape("method_ptr", "a pointer method: defer p.P(0)",
          T_METHODS, ["p := &T{}"], "defer p.P(0)"),
    Shape("method_value_via_ptr", "a value method through a pointer: defer p.M(0)",
          T_METHODS, ["p := &T{}"], "defer p.M(0)"),
    Shape("method_value", "a bound method value: m := t.M; defer m(0)",
          T_METHODS, ["t := T{}", "m := t.M"], "defer m(0)"),
    Shape("method_value_ptr", "a bound pointer-method value: m := p.P; defer m(0)",
          T_METHODS, ["p := &T{}", "m := p.P"], "defer m(0)"),
    Shape("method_expr", "a method expression: defer T.M(t, 0)",
          T_METHODS, ["t := T{}"], "defer T.M(t, 0)"),
    Shape("method_expr_ptr", "a pointer-method expression: defer (*T).P(p, 0)",
          T_METHODS, ["p := &T{}"], "defer (*T).P(p, 0)"),
    Shape("method_expr_wrapper", "a value method as a pointer-method expression (a wrapper): defer (*T).M(p, 0)",
          T_METHODS, ["p := &T{}"], "defer (*T).M(p, 0)"),
    Shape("method_expr_value", "a method expression as a func value: f := T.M; defer f(t, 0)",
          T_METHODS, ["t := T{}", "f := T.M"], "defer f(t, 0)"),
    Shape("iface", "an interface method of a value: var i I = T{}; defer i.M(0)",
          T_METHODS + I_DECL, ["var i I = T{}"], "defer i.M(0)"),
    Shape("iface_ptr", "an interface method of a pointer: var j J = &T{}; defer j.P(0)",
          T_METHODS + I_DECL, ["var j J = &T{}"], "defer j.P(0)"),
    Shape("iface_ptr_value_method", "a value method through an interface holding a pointer: var i I = &T{}; defer i.M(0)",
          T_METHODS + I_DECL, ["var i I = &T{}"], "defer i.M(0)"),
    Shape("iface_method_value", "an interface method value: m := i.M; defer m(0)",
          T_METHODS + I_DECL, ["var i I = T{}", "m := i.M"], "defer m(0)"),
    Shape("iface_method_expr", "an interface method expression: defer I.M(i, 0)",
          T_METHODS + I_DECL, ["var i I = T{}"], "defer I.M(i, 0)"),
    Shape("embedded", "a method promoted from an embedded struct: defer s.M(0)",
          T_METHODS + "\ntype S struct{ T }\n", ["s := S{}"], "defer s.M(0)"),
    Shape("embedded_ptr", "a pointer method promoted from an embedded pointer: defer s.P(0)",
          T_METHODS + "\ntype S struct{ *T }\n", ["s := S{&T{}}"], "defer s.P(0)"),
    Shape("embedded_iface", "a method promoted from an embedded interface: defer s.M(0)",
          T_METHODS + I_DECL + "\ntype S struct{ I }\n", ["s := S{T{}}"], "defer s.M(0)"),
    Shape("embedded_in_iface", "a promoted method through an interface (a wrapper in the itab): defer i.M(0)",
          T_METHODS + I_DECL + "\ntype S struct {\n\tx int\n\tT\n}\n", ["var i I = S{}"], "defer i.M(0)"),
    Shape("embedded_method_value", "a promoted method as a method value: m := s.M; defer m(0)",
          T_METHODS + "\ntype S struct {\n\tx int\n\t*T\n}\n", ["s := S{T: &T{}}", "m := s.M"], "defer m(0)"),
    Shape("large_receiver", "a value method of a receiver over 1 KiB (passed in memory): defer b.M(0)",
          "type B [200]int\n\nfunc (b B) M(depth int) {\n%s\n}\n" % body("b.M(1)"),
          ["var b B"], "defer b.M(0)"),
    Shape("large_receiver_iface", "a value method of a large receiver through an interface: defer i.M(0)",
          "type B [200]int\n\nfunc (b B) M(depth int) {\n%s\n}\n" % body("b.M(1)") + I_DECL,
          ["var i I = B{}"], "defer i.M(0)"),
    Shape("func_type_method", "a method of a func type that calls recover itself: defer g.Run(0)",
          "type G func()\n\nfunc (g G) Run(depth int) {\n%s\n}\n" % body("g.Run(1)"),
          ["g := G(func() {})"], "defer g.Run(0)"),
    # Calls through reflect (IRGen/ReflectCalls.swift): the stubs, adapters,
    # callReflect and callMethod stand in for the runtime as gc's WRAPPERs
    # do (reflect.Value.Call does not: Tests/lit/recover/reflect_value_call.go).
    Shape("reflect_method_value", "a method value made by reflect: m := reflect.ValueOf(t).Method(0).Interface().(func(int)); defer m(0)",
          T_METHODS, ["t := T{}", "m := reflect.ValueOf(t).Method(0).Interface().(func(int))"], "defer m(0)",
          imports=["reflect"]),
    Shape("reflect_method_value_ptr", "a pointer method value made by reflect: m := reflect.ValueOf(p).MethodByName(\"P\")...; defer m(0)",
          T_METHODS, ["p := &T{}", "m := reflect.ValueOf(p).MethodByName(\"P\").Interface().(func(int))"], "defer m(0)",
          imports=["reflect"]),
    Shape("reflect_makefunc", "a function reflect.MakeFunc made: rf = reflect.MakeFunc(...).Interface().(func(int)); defer rf(0)",
          "var rf func(int)\n\nfunc target(args []reflect.Value) (results []reflect.Value) {\n"
          "\tdepth := int(args[0].Int())\n%s\n\treturn\n}\n" % body("rf(1)"),
          ["rf = reflect.MakeFunc(reflect.TypeOf(rf), target).Interface().(func(int))"], "defer rf(0)",
          imports=["reflect"]),
]

PRELUDE = """\
package main

IMPORTS
type E string

func (e E) Error() string { return "E: " + string(e) }

var mode string

func show(what string, r interface{}) {
	switch v := r.(type) {
	case nil:
		println(what, "nil")
	case string:
		println(what, v)
	case error:
		println(what, v.Error())
	default:
		println(what, "?")
	}
}

func helper() {
	show("helper", recover())
}

// outer recovers whatever the frame below it let through.
func outer(f func()) {
	defer func() { show("outer", recover()) }()
	f()
}
"""


def frame(shape, name, after, loop=False):
    lines = ["func %s() {" % name]
    lines += ["\t" + l for l in shape.setup]
    if loop:
        lines.append("\tfor k := 0; k < 1; k++ {")
        lines.append("\t\t" + shape.defer.replace("\n\t", "\n\t\t"))
        lines.append("\t}")
    else:
        lines.append("\t" + shape.defer)
    lines += ["\t" + l for l in after]
    lines.append("}")
    return "\n".join(lines) + "\n"


def program(shape, variant):
    unrecovered = variant == "unrecovered"
    imports = shape.imports + (["runtime"] if variant == "modes" else [])
    parts = [PRELUDE.replace("IMPORTS\n", "".join('import "%s"\n\n' % i for i in sorted(imports)))]
    if shape.decls:
        parts.append(shape.decls)
    if unrecovered:
        parts.append(frame(shape, "unrecovered", ['panic("first")']))
        parts.append("func main() {\n\tmode = \"unrecovered\"\n\tunrecovered()\n}\n")
        return fill("\n".join(parts), False)
    if variant == "helper":
        parts.append(frame(shape, "stackRecord", ['panic("stack record")']))
        parts.append(frame(shape, "heapRecord", ['panic("heap record")'], loop=True))
        parts.append("func main() {\n\touter(stackRecord)\n\touter(heapRecord)\n}\n")
        return fill("\n".join(parts), True)
    modes = [m for m in MODES if shape.recursive or m not in RECURSIVE]
    calls = []
    for m in modes:
        fn = "mode_" + m
        if m == "heap":
            parts.append(frame(shape, fn, ['panic("heap")'], loop=True))
        elif m == "repanic":
            parts.append(frame(shape, fn, ['defer func() { panic("second") }()', 'panic("first")']))
        elif m == "goexit":
            parts.append(frame(shape, fn, ["runtime.Goexit()"]))
        elif m == "goexit_panic":
            parts.append(frame(shape, fn, ['defer func() { panic("during goexit") }()', "runtime.Goexit()"]))
        else:
            parts.append(frame(shape, fn, ['panic("%s")' % m]))
        if m.startswith("goexit"):
            calls.append('\tmode = "%s"\n\tinGoroutine(%s)' % (m, fn))
        else:
            calls.append('\tmode = "%s"\n\touter(%s)' % (m, fn))
    parts.append("""\
// inGoroutine runs f on a goroutine of its own and waits until it has ended.
func inGoroutine(f func()) {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		f()
		println("not reached: Goexit returned")
	}()
	<-done
}
""")
    parts.append("func main() {\n%s\n}\n" % "\n".join(calls))
    return fill("\n".join(parts), False)


WHAT = {
    "modes": "every mode of gen_recover_matrix.py",
    "unrecovered": "recovers, then panics again with an error nobody recovers: the chain as gc prints it",
    "helper": "the target has no recover of its own and its helper's recover returns nil, "
              "with a stack and a heap record: nothing may be inlined into the thunk or wrapper",
}


def header(shape, variant):
    lines = ["// recover matrix (Tests/lit/tools/gen_recover_matrix.py): %s;" % shape.doc,
             "// %s." % WHAT[variant],
             "// The program is written at test time: gen_recover_matrix.py --program %s %s." % (shape.name, variant)]
    if variant == "helper":
        # gc 1.19 inlines methods into its wrappers, whose prologue then lets
        # the inlined body's helper recover (golang/go#73916, #73917, #73920;
        # fixed in later Go): the spec's answer is gc's with inlining off.
        lines += ["// Expected output: gc's built with -gcflags=-l; gc 1.19's inliner lets a",
                  "// helper recover through its wrappers (golang/go#73916, #73920)."]
    lines.append("// RUN: python3 %%S/../tools/gen_recover_matrix.py --program %s %s %%t.go" % (shape.name, variant))
    for opt in ("0", "2"):
        lines.append("// RUN: %%golly build -O%s -o %%t%s.exe %%t.go" % (opt, opt))
        if variant == "unrecovered":
            lines.append("// RUN: %%expect-exit 2 %%t%s.exe > %%t%s.out 2>&1" % (opt, opt))
            lines.append("// RUN: FileCheck %%s --match-full-lines --strict-whitespace < %%t%s.out" % opt)
        else:
            lines.append("// RUN: %%t%s.exe 2>&1 | FileCheck %%s --match-full-lines --strict-whitespace" % opt)
    return lines


def checks(shape, variant):
    """The CHECK lines: what gc's build of the program prints."""
    import tempfile
    import update_checks
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.go")
        with open(path, "w") as f:
            f.write(program(shape, variant))
        status, output = update_checks.gc_output(path, "-l" if variant == "helper" else None)
    want = 2 if variant == "unrecovered" else 0
    if status != want:
        raise SystemExit("%s %s: gc's program exited %d, expected %d\n%s" % (shape.name, variant, status, want, output))
    return update_checks.check_lines(output, want == 2)


VARIANTS = ("modes", "unrecovered", "helper")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--program":
        shape = next((s for s in SHAPES if s.name == sys.argv[2]), None)
        if shape is None or sys.argv[3] not in VARIANTS:
            raise SystemExit("gen_recover_matrix.py: no shape %s or variant %s" % (sys.argv[2], sys.argv[3]))
        with open(sys.argv[4], "w") as f:
            f.write(program(shape, sys.argv[3]))
        return 0
    only = sys.argv[2:] if len(sys.argv) > 2 and sys.argv[1] == "--only" else None
    os.makedirs(OUT, exist_ok=True)
    for shape in SHAPES:
        if only is not None and shape.name not in only:
            continue
        for variant in VARIANTS:
            name = shape.name + ("" if variant == "modes" else "_" + variant) + ".go"
            text = "\n".join(header(shape, variant) + ["//"] + checks(shape, variant)) + "\n\npackage main\n"
            with open(os.path.join(OUT, name), "w") as f:
                f.write(text)
            print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
