import GoSyntax

// Named language entities (spec: "Declarations and scope"), modeled on go/types.

public class Object: CustomStringConvertible {
    public let name: String
    public let pos: Pos
    /// The type; set by the checker (nil only while a declaration is being checked).
    public var type: GoType!
    /// The import path of the declaring package, nil for universe objects.
    public let pkgPath: String?
    /// The scope the object is declared in (nil for fields and methods).
    public weak var parent: Scope?
    /// The linker symbol a `//go:linkname` gives a package-level function
    /// or variable (Directives.swift).
    public var linknameSymbol: String?
    /// A generic type or function: declared, but neither checked nor
    /// compiled until golly supports generics; every use is an error.
    public var isGeneric = false
    public init(name: String, pos: Pos, type: GoType?, pkgPath: String?) {
        self.name = name; self.pos = pos; self.type = type; self.pkgPath = pkgPath
    }
    public var description: String { name }
    public var isPackageLevel: Bool { parent?.isPackageScope ?? false }
}

public final class Var: Object {
    /// A package-level variable's linker symbol: `pkg.name`, or its `//go:linkname`.
    public var linkName: String { linknameSymbol ?? "\(pkgPath ?? "main").\(name)" }
    public var isField = false
    public var isEmbedded = false
    public var isParam = false
    /// Referenced from a function literal other than the one declaring it: the
    /// variable must live in a heap cell shared with the closure (set by the checker).
    public var isCaptured = false
    /// Its address is taken (`&x`) somewhere (set by the checker).
    public var isAddressTaken = false
    /// Used at least once (gc's "declared but not used").
    public var isUsed = false
}

public final class Const: Object {
    public var value: Constant
    public init(name: String, pos: Pos, type: GoType?, pkgPath: String?, value: Constant) {
        self.value = value
        super.init(name: name, pos: pos, type: type, pkgPath: pkgPath)
    }
}

public final class TypeName: Object {}

/// A function or method. `decl` is nil for interface methods.
public final class Func: Object {
    public var decl: FuncDecl?
    /// `//go:noinline` (Directives.swift): never inlined, so that the
    /// frames it counts (runtime.Caller) are the ones the source shows.
    public var isNoinline = false
    /// gc's link name: `main.f`, `main.T.m`, `main.(*T).m`.
    public var linkName: String {
        if let symbol = linknameSymbol { return symbol }
        guard let sig = type as? Signature, let recv = sig.recv else { return "\(pkgPath ?? "main").\(name)" }
        let pkg = pkgPath ?? "main"
        if let p = recv.type as? Pointer, let n = p.elem as? Named { return "\(pkg).(*\(n.obj.name)).\(name)" }
        if let n = recv.type as? Named { return "\(pkg).\(n.obj.name).\(name)" }
        return "\(pkg).\(name)"
    }
}

public enum BuiltinID: String, Sendable {
    case append, cap, close, complex, copy, delete, imag, len, make, new, panic, print, println, real, recover
    // package unsafe
    case alignof = "Alignof", offsetof = "Offsetof", sizeof = "Sizeof", add = "Add", slice = "Slice"
}

public final class Builtin: Object {
    public let id: BuiltinID
    public init(_ id: BuiltinID) { self.id = id; super.init(name: id.rawValue, pos: .none, type: nil, pkgPath: nil) }
}

public final class Nil: Object {}

public final class Label: Object {
    public var isUsed = false
}

/// An imported package's name in a file scope.
public final class PkgName: Object {
    public let importedPath: String
    public var isUsed = false
    /// The package it refers to (nil when it could not be imported).
    public var imported: Package?
    public init(name: String, pos: Pos, importedPath: String, pkgPath: String) {
        self.importedPath = importedPath
        super.init(name: name, pos: pos, type: nil, pkgPath: pkgPath)
    }
}

public final class Scope {
    public weak var parent: Scope?
    public private(set) var names: [String: Object] = [:]
    public private(set) var children: [Scope] = []
    public let isPackageScope: Bool
    /// True for the scope of a function body (parameters and results live here).
    public let isFunctionScope: Bool
    public init(parent: Scope?, isPackageScope: Bool = false, isFunctionScope: Bool = false) {
        self.parent = parent; self.isPackageScope = isPackageScope; self.isFunctionScope = isFunctionScope
        parent?.children.append(self)
    }
    public func lookup(_ name: String) -> Object? { names[name] }
    /// Walks outwards; returns the object and the scope that declares it.
    public func lookupParent(_ name: String) -> (Scope, Object)? {
        var s: Scope? = self
        while let sc = s { if let o = sc.names[name] { return (sc, o) }; s = sc.parent }
        return nil
    }
    /// Inserts `obj`, returning the existing object of that name instead if there is one.
    @discardableResult
    public func insert(_ obj: Object) -> Object? {
        if let old = names[obj.name] { return old }
        names[obj.name] = obj
        if obj.parent == nil { obj.parent = self }
        return nil
    }
}
