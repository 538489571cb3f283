import GoSyntax

/// The universe scope (spec: "Predeclared identifiers"), built once and shared;
/// its objects are immutable after construction.
public enum Universe {
    public static let invalid = Basic(.invalid, "invalid type")

    nonisolated(unsafe) static let basics: [BasicKind: Basic] = {
        var m: [BasicKind: Basic] = [:]
        let names: [(BasicKind, String)] = [
            (.bool, "bool"), (.int, "int"), (.int8, "int8"), (.int16, "int16"), (.int32, "int32"), (.int64, "int64"),
            (.uint, "uint"), (.uint8, "uint8"), (.uint16, "uint16"), (.uint32, "uint32"), (.uint64, "uint64"),
            (.uintptr, "uintptr"), (.float32, "float32"), (.float64, "float64"), (.complex64, "complex64"),
            (.complex128, "complex128"), (.string, "string"), (.unsafePointer, "unsafe.Pointer"),
            (.untypedBool, "untyped bool"), (.untypedInt, "untyped int"), (.untypedRune, "untyped rune"),
            (.untypedFloat, "untyped float"), (.untypedComplex, "untyped complex"),
            (.untypedString, "untyped string"), (.untypedNil, "untyped nil"),
        ]
        for (k, n) in names { m[k] = Basic(k, n) }
        m[.invalid] = invalid
        return m
    }()

    /// The predeclared basic type of kind `k` (untyped kinds included).
    public static func basic(_ k: BasicKind) -> Basic { basics[k] ?? invalid }
    /// Shorthand used by IRGen: `Universe.typ(.int)`.
    public static func typ(_ k: BasicKind) -> Basic { basic(k) }

    /// `byte` and `rune` are aliases: same kind, their own spelling in messages.
    public static let byte = Basic(.uint8, "byte")
    public static let rune = Basic(.int32, "rune")

    /// The predeclared `error` interface: `interface{ Error() string }`.
    nonisolated(unsafe) public static let error: Named = {
        let obj = TypeName(name: "error", pos: .none, type: nil, pkgPath: nil)
        let res = Var(name: "", pos: .none, type: basic(.string), pkgPath: nil)
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([res]), isVariadic: false)
        let m = Func(name: "Error", pos: .none, type: sig, pkgPath: nil)
        let iface = Interface(methods: [m], embedded: [])
        iface.allMethods = [m]
        let n = Named(obj: obj, underlying: iface)
        obj.type = n
        return n
    }()

    /// `any`, an alias for `interface{}`.
    nonisolated(unsafe) public static let any: Interface = Interface(methods: [], embedded: [])

    nonisolated(unsafe) public static let scope: Scope = {
        let s = Scope(parent: nil)
        for (_, b) in basics where !b.isUntyped && b.kind != .invalid && b.kind != .unsafePointer {
            s.insert(TypeName(name: b.name, pos: .none, type: b, pkgPath: nil))
        }
        s.insert(TypeName(name: "byte", pos: .none, type: byte, pkgPath: nil))
        s.insert(TypeName(name: "rune", pos: .none, type: rune, pkgPath: nil))
        s.insert(error.obj)
        s.insert(TypeName(name: "any", pos: .none, type: any, pkgPath: nil))
        s.insert(Const(name: "true", pos: .none, type: basic(.untypedBool), pkgPath: nil, value: .bool(true)))
        s.insert(Const(name: "false", pos: .none, type: basic(.untypedBool), pkgPath: nil, value: .bool(false)))
        s.insert(Const(name: "iota", pos: .none, type: basic(.untypedInt), pkgPath: nil, value: .int(0)))
        s.insert(Nil(name: "nil", pos: .none, type: basic(.untypedNil), pkgPath: nil))
        for id in [BuiltinID.append, .cap, .close, .complex, .copy, .delete, .imag, .len, .make, .new,
                   .panic, .print, .println, .real, .recover] {
            s.insert(Builtin(id))
        }
        return s
    }()

    /// runtime.Error (runtime/error.go): `interface { error; RuntimeError() }`,
    /// implemented by the runtime's own error types (runtime/src/error.c).
    nonisolated(unsafe) static let runtimeError: TypeName = {
        let obj = TypeName(name: "Error", pos: .none, type: nil, pkgPath: "runtime")
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        let m = Func(name: "RuntimeError", pos: .none, type: sig, pkgPath: "runtime")
        let iface = Interface(methods: [m], embedded: [error])
        iface.allMethods = [(error.underlying as! Interface).allMethods[0], m]
        obj.type = Named(obj: obj, underlying: iface)
        return obj
    }()

    /// runtime.MemStats (runtime/mstats.go), field for field; the runtime
    /// fills it in the same layout (runtime.h golly_memstats).
    nonisolated(unsafe) static let memStats: TypeName = {
        let obj = TypeName(name: "MemStats", pos: .none, type: nil, pkgPath: "runtime")
        func field(_ name: String, _ type: GoType) -> Var {
            let v = Var(name: name, pos: .none, type: type, pkgPath: "runtime")
            v.isField = true
            return v
        }
        func fields(_ list: [(String, GoType)]) -> Struct {
            let vars = list.map { field($0.0, $0.1) }
            return Struct(fields: vars, tags: vars.map { _ in nil })
        }
        let u64 = basic(.uint64), u32 = basic(.uint32)
        let counters = ["Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees",
                        "HeapAlloc", "HeapSys", "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects",
                        "StackInuse", "StackSys", "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys",
                        "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs"]
        let bySize = fields([("Size", u32), ("Mallocs", u64), ("Frees", u64)])
        let all: [(String, GoType)] = counters.map { ($0, u64) } + [
            ("PauseNs", ArrayT(len: 256, elem: u64)), ("PauseEnd", ArrayT(len: 256, elem: u64)),
            ("NumGC", u32), ("NumForcedGC", u32), ("GCCPUFraction", basic(.float64)),
            ("EnableGC", basic(.bool)), ("DebugGC", basic(.bool)),
            ("BySize", ArrayT(len: 61, elem: bySize)),
        ]
        obj.type = Named(obj: obj, underlying: fields(all))
        return obj
    }()

    /// Package unsafe (spec: "Package unsafe"): the type Pointer and five
    /// built-in functions.
    nonisolated(unsafe) static let unsafePackage: Scope = {
        let s = Scope(parent: nil, isPackageScope: true)
        let pointer = TypeName(name: "Pointer", pos: .none, type: basic(.unsafePointer), pkgPath: "unsafe")
        s.insert(pointer)
        for id in [BuiltinID.alignof, .offsetof, .sizeof, .add, .slice] { s.insert(Builtin(id)) }
        return s
    }()

    /// The tiny `runtime` package golly provides so far.
    nonisolated(unsafe) static let runtimePackage: Scope = {
        let s = Scope(parent: nil, isPackageScope: true)
        func fn(_ name: String) -> Func {
            Func(name: name, pos: .none, type: Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false), pkgPath: "runtime")
        }
        for n in ["GC", "Gosched", "Goexit", "Breakpoint"] { s.insert(fn(n)) }
        func param(_ t: GoType) -> Var { Var(name: "", pos: .none, type: t, pkgPath: "runtime") }
        // KeepAlive(x any); GOMAXPROCS(n int) int; NumGoroutine() int.
        s.insert(Func(name: "NumGoroutine", pos: .none, type: Signature(recv: nil, params: Tuple([]), results: Tuple([param(basic(.int))]), isVariadic: false), pkgPath: "runtime"))
        s.insert(Func(name: "KeepAlive", pos: .none, type: Signature(recv: nil, params: Tuple([param(any)]), results: Tuple([]), isVariadic: false), pkgPath: "runtime"))
        s.insert(Func(name: "GOMAXPROCS", pos: .none, type: Signature(recv: nil, params: Tuple([param(basic(.int))]), results: Tuple([param(basic(.int))]), isVariadic: false), pkgPath: "runtime"))
        s.insert(runtimeError)
        s.insert(memStats)
        // ReadMemStats(m *MemStats); SetFinalizer(obj any, finalizer any).
        s.insert(Func(name: "ReadMemStats", pos: .none, type: Signature(recv: nil, params: Tuple([param(Pointer(memStats.type))]), results: Tuple([]), isVariadic: false), pkgPath: "runtime"))
        // Callers(skip int, pc []uintptr) int.
        s.insert(Func(name: "Callers", pos: .none, type: Signature(recv: nil, params: Tuple([param(basic(.int)), param(Slice(basic(.uintptr)))]), results: Tuple([param(basic(.int))]), isVariadic: false), pkgPath: "runtime"))
        s.insert(Func(name: "SetFinalizer", pos: .none, type: Signature(recv: nil, params: Tuple([param(any), param(any)]), results: Tuple([]), isVariadic: false), pkgPath: "runtime"))
        s.insert(Const(name: "GOOS", pos: .none, type: basic(.untypedString), pkgPath: "runtime", value: .string(Array("linux".utf8))))
        s.insert(Const(name: "GOARCH", pos: .none, type: basic(.untypedString), pkgPath: "runtime", value: .string(Array("amd64".utf8))))
        return s
    }()
}
