import GoSyntax

/// How an expression may be used (go/types' operand modes).
public enum Mode: Sendable {
    case novalue        // call of a function without results
    case builtin        // a built-in function name
    case typexpr        // a type
    case constant       // a constant; `TypeAndValue.value` holds it
    case variable       // addressable
    case mapindex       // m[k]: assignable, not addressable
    case value          // any other value
    case commaok        // may also be used in v, ok = ... form
}

public struct TypeAndValue {
    public var mode: Mode
    /// For untyped constants, the type they finally took from context
    /// (the checker records the converted type; it is never an untyped kind
    /// except for expressions that stay untyped, such as shifts' RHS constants).
    public var type: GoType
    public var value: Constant?
    public init(mode: Mode, type: GoType, value: Constant? = nil) { self.mode = mode; self.type = type; self.value = value }
}

/// Everything the checker learned, keyed by node identity. IRGen reads only this.
public final class Info {
    /// The import path of the package ("main" for a command).
    public internal(set) var pkgPath = "main"
    /// Every expression (and type expression) checked.
    public var types: [ObjectIdentifier: TypeAndValue] = [:]
    /// Identifiers that declare an object (including `_`-less function params and results).
    public var defs: [ObjectIdentifier: Object] = [:]
    /// Identifiers that refer to an object.
    public var uses: [ObjectIdentifier: Object] = [:]
    /// Objects declared without an identifier of their own (e.g. a type switch's
    /// per-clause variable, keyed by the CaseClause; an anonymous parameter, by its Field).
    public var implicits: [ObjectIdentifier: Object] = [:]
    /// Package-level variable initializers in the order the spec requires
    /// (spec: "Package initialization").
    public var initOrder: [Initializer] = []
    /// `init` functions in source order.
    public var initFuncs: [FuncDecl] = []
    /// The package's functions and methods, in source order, bodyless ones too.
    public var funcs: [FuncDecl] = []
    /// Variables referenced by each function literal from enclosing functions, in first-use order.
    public var captures: [ObjectIdentifier: [Var]] = [:]
    /// What each non-qualified selector expression `x.f` denotes (field, method value, method expression).
    public var selections: [ObjectIdentifier: Selection] = [:]
    public init() {}

    public func type(of e: Expr) -> GoType? { types[e.id]?.type }
    public func value(of e: Expr) -> Constant? { types[e.id]?.value }
    public func object(of id: Ident) -> Object? { defs[id.id] ?? uses[id.id] }
}

/// `lhs... = rhs` for package-level variables: one rhs expression initializing
/// one variable, or a multi-valued call initializing several.
public struct Initializer {
    public let lhs: [Var]
    public let rhs: Expr
    public init(lhs: [Var], rhs: Expr) { self.lhs = lhs; self.rhs = rhs }
}
