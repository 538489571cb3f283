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

    /// Package unsafe (spec: "Package unsafe"): the type Pointer and five
    /// built-in functions.
    nonisolated(unsafe) static let unsafePackage: Scope = {
        let s = Scope(parent: nil, isPackageScope: true)
        let pointer = TypeName(name: "Pointer", pos: .none, type: basic(.unsafePointer), pkgPath: "unsafe")
        s.insert(pointer)
        for id in [BuiltinID.alignof, .offsetof, .sizeof, .add, .slice] { s.insert(Builtin(id)) }
        return s
    }()
}
