import GoSyntax

// Go's types (spec: "Types"), modeled on go/types. Identity is by structure
// (see `identical`) except for Named, which is identical only to itself.

public class GoType: CustomStringConvertible {
    /// The underlying type (spec: "Underlying types"): itself for all but Named.
    public var underlying: GoType { self }
    public var description: String { typeString(self) }
}

public enum BasicKind: Int, Sendable {
    case invalid
    case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128, string, unsafePointer
    // Untyped kinds of constants and nil.
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil
}

public final class Basic: GoType {
    public let kind: BasicKind
    public let name: String
    public init(_ kind: BasicKind, _ name: String) { self.kind = kind; self.name = name }

    public var isUntyped: Bool { kind.rawValue >= BasicKind.untypedBool.rawValue }
    public var isInteger: Bool {
        switch kind {
        case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .untypedInt, .untypedRune: return true
        default: return false
        }
    }
    public var isUnsigned: Bool {
        switch kind { case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: return true; default: return false }
    }
    public var isFloat: Bool { kind == .float32 || kind == .float64 || kind == .untypedFloat }
    public var isComplex: Bool { kind == .complex64 || kind == .complex128 || kind == .untypedComplex }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    public var isString: Bool { kind == .string || kind == .untypedString }
    public var isBoolean: Bool { kind == .bool || kind == .untypedBool }
    /// Size in bytes on golly's targets (64-bit).
    public var size: Int {
        switch kind {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int, .uint, .int64, .uint64, .uintptr, .float64, .complex64, .unsafePointer: return 8
        case .complex128, .string: return 16
        default: return 8
        }
    }
}

public final class Pointer: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class Slice: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class ArrayT: GoType {
    public let len: Int64
    public let elem: GoType
    public init(len: Int64, elem: GoType) { self.len = len; self.elem = elem }
}

public final class MapT: GoType {
    public let key: GoType, elem: GoType
    public init(key: GoType, elem: GoType) { self.key = key; self.elem = elem }
}

public final class Chan: GoType {
    public let dir: ChanDir
    public let elem: GoType
    public init(dir: ChanDir, elem: GoType) { self.dir = dir; self.elem = elem }
}

public final class Struct: GoType {
    public let fields: [Var]        // Var.isField; Var.isEmbedded for embedded fields
    public let tags: [String?]
    public init(fields: [Var], tags: [String?]) { self.fields = fields; self.tags = tags }
}

/// A parameter or result list, and the type of a multi-valued expression.
public final class Tuple: GoType {
    public let vars: [Var]
    public init(_ vars: [Var]) { self.vars = vars }
    public var count: Int { vars.count }
    public subscript(i: Int) -> GoType { vars[i].type }
}

public final class Signature: GoType {
    public let recv: Var?
    public let params: Tuple
    public let results: Tuple
    /// The last parameter has type []T and was declared ...T.
    public let isVariadic: Bool
    public init(recv: Var?, params: Tuple, results: Tuple, isVariadic: Bool) {
        self.recv = recv; self.params = params; self.results = results; self.isVariadic = isVariadic
    }

    /// The same function type without the receiver (a method's func type).
    public var withoutReceiver: Signature {
        Signature(recv: nil, params: params, results: results, isVariadic: isVariadic)
    }
}

public final class Interface: GoType {
    /// Explicitly declared methods.
    public var methods: [Func]
    public var embedded: [GoType]
    /// Every method, embedded ones included, sorted by name (filled by the checker).
    public var allMethods: [Func] = []
    public init(methods: [Func], embedded: [GoType]) { self.methods = methods; self.embedded = embedded }
    public var isEmpty: Bool { allMethods.isEmpty && methods.isEmpty && embedded.isEmpty }
}

/// A defined type (spec: "Type definitions").
public final class Named: GoType {
    public let obj: TypeName
    /// Set once the type declaration is checked; Named types may be referenced before.
    public var resolved: GoType?
    public var methods: [Func] = []
    public init(obj: TypeName, underlying: GoType?) { self.obj = obj; self.resolved = underlying }
    public override var underlying: GoType {
        var t: GoType = resolved ?? Universe.invalid
        var seen = 0
        while let n = t as? Named, seen < 100 { t = n.resolved ?? Universe.invalid; seen += 1 }
        return t
    }
}

// MARK: - Type predicates used across phases

public func isTyped(_ t: GoType) -> Bool { !((t as? Basic)?.isUntyped ?? false) }
public func basic(_ t: GoType) -> Basic? { t.underlying as? Basic }
public func isInteger(_ t: GoType) -> Bool { basic(t)?.isInteger ?? false }
public func isUnsigned(_ t: GoType) -> Bool { basic(t)?.isUnsigned ?? false }
public func isFloat(_ t: GoType) -> Bool { basic(t)?.isFloat ?? false }
public func isComplex(_ t: GoType) -> Bool { basic(t)?.isComplex ?? false }
public func isString(_ t: GoType) -> Bool { basic(t)?.isString ?? false }
public func isBoolean(_ t: GoType) -> Bool { basic(t)?.isBoolean ?? false }
public func isNumeric(_ t: GoType) -> Bool { basic(t)?.isNumeric ?? false }
public func isInterface(_ t: GoType) -> Bool { t.underlying is Interface }

/// Type identity (spec: "Type identity").
public func identical(_ a: GoType, _ b: GoType) -> Bool {
    if a === b { return true }
    switch (a, b) {
    case let (x as Basic, y as Basic): return x.kind == y.kind
    case let (x as Pointer, y as Pointer): return identical(x.elem, y.elem)
    case let (x as Slice, y as Slice): return identical(x.elem, y.elem)
    case let (x as ArrayT, y as ArrayT): return x.len == y.len && identical(x.elem, y.elem)
    case let (x as MapT, y as MapT): return identical(x.key, y.key) && identical(x.elem, y.elem)
    case let (x as Chan, y as Chan): return x.dir == y.dir && identical(x.elem, y.elem)
    case let (x as Struct, y as Struct):
        guard x.fields.count == y.fields.count else { return false }
        for (i, (f, g)) in zip(x.fields, y.fields).enumerated() {
            if f.name != g.name || f.isEmbedded != g.isEmbedded || !identical(f.type, g.type) { return false }
            if (x.tags[i] ?? "") != (y.tags[i] ?? "") { return false }   // absent and "" are one tag
            if !isExported(f.name) && f.pkgPath != g.pkgPath { return false }
        }
        return true
    case let (x as Tuple, y as Tuple):
        return x.count == y.count && zip(x.vars, y.vars).allSatisfy { identical($0.type, $1.type) }
    case let (x as Signature, y as Signature):
        return x.isVariadic == y.isVariadic && identical(x.params, y.params) && identical(x.results, y.results)
    case let (x as Interface, y as Interface):
        let xm = x.allMethods, ym = y.allMethods
        return xm.count == ym.count && zip(xm, ym).allSatisfy { $0.name == $1.name && identical($0.type, $1.type) }
    default: return false
    }
}

public func isExported(_ name: String) -> Bool {
    guard let c = name.unicodeScalars.first else { return false }
    return c.properties.isUppercase
}

/// gc's spelling of a type, as used in error messages and panic values (`main.T`, `[]int`).
/// `namer` may spell a defined type differently (IRGen gives local types
/// unique symbol names); it also selects canonical basic names (uint8 for byte).
public func typeString(_ t: GoType, qualified: Bool = true, namer: ((Named) -> String?)? = nil) -> String {
    switch t {
    case let b as Basic:
        switch b.kind {
        case .untypedBool: return "untyped bool"
        case .untypedInt: return "untyped int"
        case .untypedRune: return "untyped rune"
        case .untypedFloat: return "untyped float"
        case .untypedComplex: return "untyped complex"
        case .untypedString: return "untyped string"
        case .untypedNil: return "untyped nil"
        case .uint8 where namer != nil: return "uint8"      // byte
        case .int32 where namer != nil: return "int32"      // rune
        default: return b.name
        }
    case let n as Named:
        if let custom = namer?(n) { return custom }
        if let pkg = n.obj.pkgPath, qualified { return "\(packageName(ofPath: pkg)).\(n.obj.name)" }
        return n.obj.name
    case let p as Pointer: return "*" + typeString(p.elem, qualified: qualified, namer: namer)
    case let s as Slice: return "[]" + typeString(s.elem, qualified: qualified, namer: namer)
    case let a as ArrayT: return "[\(a.len)]" + typeString(a.elem, qualified: qualified, namer: namer)
    case let m as MapT: return "map[\(typeString(m.key, qualified: qualified, namer: namer))]" + typeString(m.elem, qualified: qualified, namer: namer)
    case let c as Chan:
        switch c.dir {
        case .both: return "chan " + typeString(c.elem, qualified: qualified, namer: namer)
        case .send: return "chan<- " + typeString(c.elem, qualified: qualified, namer: namer)
        case .recv: return "<-chan " + typeString(c.elem, qualified: qualified, namer: namer)
        }
    case let s as Struct:
        let fs = s.fields.enumerated().map { i, f -> String in
            let ft = typeString(f.type, qualified: qualified, namer: namer)
            // The runtime's names (reflect's) carry the tags, which are part
            // of the type's identity.
            let tag = namer != nil && i < s.tags.count ? s.tags[i].flatMap { $0.isEmpty ? nil : " " + goQuote(Array($0.utf8)) } ?? "" : ""
            guard f.isEmbedded else { return "\(f.name) \(ft)" + tag }
            // An embedded alias names the field differently from its type:
            // struct{ Int } and struct{ int } are different types.
            if namer != nil, !ft.hasSuffix(f.name) { return "\(f.name) \(ft) embedded" + tag }
            return ft + tag
        }
        // With a namer (the runtime's names) the spelling is reflect's.
        if namer != nil { return fs.isEmpty ? "struct {}" : "struct { " + fs.joined(separator: "; ") + " }" }
        return "struct{" + fs.joined(separator: "; ") + "}"
    case let tu as Tuple:
        return "(" + tu.vars.map { typeString($0.type, qualified: qualified, namer: namer) }.joined(separator: ", ") + ")"
    case let sig as Signature:
        return "func" + signatureString(sig, qualified: qualified, namer: namer)
    case let i as Interface:
        if i.methods.isEmpty && i.embedded.isEmpty { return "interface {}" }
        if namer != nil {
            // The runtime's names (reflect's) list every method, embedded
            // ones expanded, exported first and then by name (gc's
            // types.MethodsByName), so identical interfaces spell alike.
            let sorted = i.allMethods.sorted { a, b in
                let ea = isExported(a.name), eb = isExported(b.name)
                if ea != eb { return ea }
                return Array(a.name.utf8).lexicographicallyPrecedes(Array(b.name.utf8))
            }
            if sorted.isEmpty { return "interface {}" }
            let ms = sorted.map { $0.name + signatureString($0.type as! Signature, qualified: qualified, namer: namer) }
            return "interface { " + ms.joined(separator: "; ") + " }"
        }
        let ms = i.methods.map { $0.name + signatureString($0.type as! Signature, qualified: qualified, namer: namer) }
            + i.embedded.map { typeString($0, qualified: qualified, namer: namer) }
        return "interface { " + ms.joined(separator: "; ") + " }"
    default: return "invalid type"
    }
}

func signatureString(_ sig: Signature, qualified: Bool, namer: ((Named) -> String?)? = nil) -> String {
    var ps: [String] = []
    for (i, p) in sig.params.vars.enumerated() {
        if sig.isVariadic && i == sig.params.count - 1, let s = p.type as? Slice {
            ps.append("..." + typeString(s.elem, qualified: qualified, namer: namer))
        } else {
            ps.append(typeString(p.type, qualified: qualified, namer: namer))
        }
    }
    var s = "(" + ps.joined(separator: ", ") + ")"
    let rs = sig.results.vars
    // Like reflect's type strings, result names are not part of the type.
    if rs.count == 1 { s += " " + typeString(rs[0].type, qualified: qualified, namer: namer) }
    else if !rs.isEmpty { s += " (" + rs.map { typeString($0.type, qualified: qualified, namer: namer) }.joined(separator: ", ") + ")" }
    return s
}
