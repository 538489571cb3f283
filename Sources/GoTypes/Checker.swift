import Foundation
import GoSyntax

/// Type-checks the files of package main (spec: "Packages"), returning what IRGen
/// needs and gc-format (types2, Go 1.19) diagnostics in the order gc reports
/// them (the driver sorts them; gc stops after 10 in this order).
public func checkPackage(files: [File], fileSet: FileSet) -> (Info, [Diagnostic]) {
    checkPackage(files: files, fileSet: fileSet, options: CheckOptions())
}

/// Checks gc enables for a complete program (`go build`), which `go tool compile`
/// (and so Go's errorcheck/compile tests) does not.
public struct CheckOptions: Sendable {
    /// gc's -complete: a function without body is an error ("missing function body").
    public var reportMissingFunctionBodies = true
    /// The linker's "function main is undeclared in the main package".
    public var requireMainFunction = true
    /// Generic declarations are accepted (and left unchecked) instead of
    /// reported, as long as nothing uses them: for the standard library
    /// (sync/atomic.Pointer[T]) while golly cannot compile generic code.
    public var acceptsGenericDeclarations = false
    /// False for a package compiled before (its object is in the build
    /// cache): only its declarations are checked, for its importers, and
    /// nothing is reported that only its bodies could show.
    public var checksFunctionBodies = true
    public init(reportMissingFunctionBodies: Bool = true, requireMainFunction: Bool = true,
                acceptsGenericDeclarations: Bool = false) {
        self.reportMissingFunctionBodies = reportMissingFunctionBodies
        self.requireMainFunction = requireMainFunction
        self.acceptsGenericDeclarations = acceptsGenericDeclarations
    }
}

public func checkPackage(files: [File], fileSet: FileSet, options: CheckOptions) -> (Info, [Diagnostic]) {
    let (_, info, diagnostics) = checkPackage(path: "main", files: files, fileSet: fileSet, importer: { _ in nil }, options: options)
    return (info, diagnostics)
}

/// Type-checks the files of the package with import path `path` against the
/// packages `importer` finds; the Package is what its importers see.
public func checkPackage(path: String, files: [File], fileSet: FileSet, importer: @escaping Importer,
                         options: CheckOptions) -> (Package, Info, [Diagnostic]) {
    let c = Checker(fileSet: fileSet, path: path, importer: importer)
    c.options = options
    if let name = files.first?.package.name { packageNames[path] = name }
    // The checker recurses along the syntax tree; deeply nested (but valid) source
    // must not overflow the caller's stack, so it runs on a thread with a large one.
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        c.checkFiles(files)
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    let pkg = Package(path: path, name: files.first?.package.name ?? "main", scope: c.pkgScope)
    pkg.imports = c.importedPackages
    return (pkg, c.info, c.diagnostics)
}

/// How an operand may be used (go/types' operand modes, plus nilvalue as in types2).
enum OperandMode {
    case invalid, novalue, builtin, typexpr, constant, variable, mapindex, value, nilvalue, commaok

    var description: String {
        switch self {
        case .invalid: return "invalid operand"
        case .novalue: return "no value"
        case .builtin: return "built-in"
        case .typexpr: return "type"
        case .constant: return "constant"
        case .variable: return "variable"
        case .mapindex: return "map index expression"
        case .value: return "value"
        case .nilvalue: return "nil"
        case .commaok: return "comma, ok expression"
        }
    }
}

/// An expression's checked form while its enclosing expression is being checked.
struct Operand {
    var mode: OperandMode = .invalid
    var expr: Expr?
    var type: GoType = Universe.invalid
    var val: Constant?
    var builtin: BuiltinID?

    var isNil: Bool { mode == .nilvalue || (type as? Basic)?.kind == .untypedNil }
    var isInvalid: Bool { mode == .invalid }
}

/// One function (declaration or literal) whose body is being checked.
final class FuncContext {
    let sig: Signature
    let lit: FuncLit?
    var captures: [Var] = []
    var capturedSet: Set<ObjectIdentifier> = []
    init(sig: Signature, lit: FuncLit?) { self.sig = sig; self.lit = lit }
}

/// Facts about a package-level declaration (go/types' declInfo).
final class DeclInfo {
    enum Kind {
        case const(spec: ValueSpec, index: Int)
        case `var`(spec: ValueSpec, index: Int)
        case type(TypeSpec)
        case function(FuncDecl)
    }
    let kind: Kind
    let fileScope: Scope
    /// Package-level objects this declaration refers to (spec: "Package initialization").
    var deps: [Object] = []
    var depSet: Set<ObjectIdentifier> = []
    init(kind: Kind, fileScope: Scope) { self.kind = kind; self.fileScope = fileScope }
    func addDep(_ o: Object) {
        if depSet.insert(ObjectIdentifier(o)).inserted { deps.append(o) }
    }
}

final class Checker {
    let fileSet: FileSet
    let info = Info()
    var diagnostics: [Diagnostic] = []
    var hadError = false
    let pkgScope: Scope

    // Package-level objects.
    var objDecls: [ObjectIdentifier: DeclInfo] = [:]
    var objList: [Object] = []
    /// Objects whose declaration is being checked, outermost first (cycle detection).
    var objPath: [Object] = []
    var objColor: [ObjectIdentifier: Int] = [:]   // 0 white, 1 grey, 2 black
    var methodDecls: [String: [FuncDecl]] = [:]
    var methodsCollected: Set<ObjectIdentifier> = []
    var imports: [PkgName] = []
    /// Each dot-import and the objects it put in its file's scope.
    var dotImports: [(PkgName, [Object])] = []
    /// File scope → object → the dot-import that put it there.
    var dotImportedBy: [ObjectIdentifier: [ObjectIdentifier: PkgName]] = [:]
    /// Functions declared without a body (gc's -complete reports them).
    var bodyless: [Func] = []
    /// Files declaring generic types or functions (their imports may be used only there).
    var filesWithGenerics: Set<Int32> = []

    // Per-expression state.
    var untyped: [ObjectIdentifier: (expr: Expr, lhsOf: Expr?, mode: OperandMode, type: Basic, val: Constant?)] = [:]

    // Current context.
    var scope: Scope
    var decl: DeclInfo?
    var iota: Constant?
    var errpos: Pos?
    var funcStack: [FuncContext] = []
    var varOwner: [ObjectIdentifier: Int] = [:]   // local var -> depth in funcStack
    var hasLabel = false
    var typeDepth = 0
    var sharedLHS: [ObjectIdentifier: [Var]] = [:]
    var methodObjs: [ObjectIdentifier: Func] = [:]
    var packageInits: [ObjectIdentifier: Initializer] = [:]
    var pendingBodies: [() -> Void] = []
    var resolvingAlias: [TypeName] = []
    var labelsContext = LabelsContext()
    var paramVars: Set<ObjectIdentifier> = []
    var pendingChecks: [() -> Void] = []
    var pendingInterfaces: [Interface] = []
    var labelObjects: [ObjectIdentifier: Label] = [:]
    var bindingUsed = false
    var allNamed: [Named] = []
    var options = CheckOptions()

    /// The import path of the package being checked: its objects' pkgPath.
    let pkgPath: String
    let importer: Importer
    /// The packages the files import, in import-declaration order, each once.
    var importedPackages: [Package] = []

    init(fileSet: FileSet, path: String = "main", importer: @escaping Importer = { _ in nil }) {
        self.fileSet = fileSet
        self.pkgPath = path
        self.importer = importer
        pkgScope = Scope(parent: Universe.scope, isPackageScope: true)
        scope = pkgScope
        info.pkgPath = path
    }

    // MARK: Diagnostics

    func error(_ pos: Pos, _ msg: String) {
        // types2: follow-on errors mentioning invalid operands or types are dropped.
        if hadError, let r = msg.range(of: "invalid operand") ?? msg.range(of: "invalid type"), r.lowerBound != msg.startIndex {
            return
        }
        hadError = true
        diagnostics.append(Diagnostic(errpos ?? pos, msg))
    }
    func error(_ x: Operand, _ msg: String) { error(x.expr.map(startPos) ?? .none, msg) }
    func error(_ e: Node, _ msg: String) { error(startPos(e), msg) }

    /// gc's spelling of an operand in messages (types2 operandString).
    func describe(_ x: Operand) -> String {
        if x.mode == .nilvalue || (x.mode != .invalid && (x.type as? Basic)?.kind == .untypedNil) {
            if (x.type as? Basic)?.kind == .untypedNil { return "nil" }
            if x.type === Universe.invalid { return "nil (with invalid type)" }
            return "nil (of type \(ts(x.type)))"
        }
        var expr = (x.expr.map(exprString) ?? "")
        if x.expr == nil {
            switch x.mode {
            case .builtin: expr = x.builtin?.rawValue ?? ""
            case .typexpr: expr = ts(x.type)
            case .constant: expr = x.val?.description ?? ""
            default: break
            }
        }
        var s = ""
        if !expr.isEmpty { s = expr + " (" }
        var hasType = false
        switch x.mode {
        case .invalid, .novalue, .builtin, .typexpr: break
        default:
            if let b = x.type as? Basic, b.isUntyped { s += b.name + " " } else { hasType = true }
        }
        s += x.mode.description
        if x.mode == .constant, let v = x.val {
            let vs = constString(v)
            if vs != expr { s += " " + vs }
        }
        if hasType {
            s += x.type === Universe.invalid ? " with invalid type" : " of type " + ts(x.type)
        }
        if !expr.isEmpty { s += ")" }
        return s
    }

    /// go/constant's String: long strings are shortened.
    func constString(_ v: Constant) -> String {
        if case .string(let b) = v {
            let q = goQuote(b)
            if q.count > 72 {
                return String(q.prefix(69)) + "..." // gc keeps 72 chars incl. the ellipsis
            }
            return q
        }
        return v.description
    }

    /// A type as written in messages: unqualified for package main.
    func ts(_ t: GoType?) -> String {
        guard let t else { return "<nil>" }
        return typeString(t, qualified: false)
    }

    // MARK: Recording

    func record(_ x: Operand) {
        guard let e = x.expr else { return }
        var mode: Mode
        switch x.mode {
        case .invalid: return
        case .novalue: mode = .novalue
        case .builtin: mode = .builtin
        case .typexpr: mode = .typexpr
        case .constant: mode = .constant
        case .variable: mode = .variable
        case .mapindex: mode = .mapindex
        case .value, .nilvalue: mode = .value
        case .commaok: mode = .commaok
        }
        if let b = x.type as? Basic, b.isUntyped, x.mode != .typexpr {
            untyped[e.id] = (e, nil, x.mode, b, x.val)
            return
        }
        recordTypeAndValue(e, mode, x.type, x.val)
    }

    func recordTypeAndValue(_ e: Expr, _ mode: Mode, _ type: GoType, _ val: Constant?) {
        var v = val
        if let val, let b = basic(type), !b.isUntyped {
            if b.isFloat { v = val.asFloat ?? val; if b.kind == .float32, case .float(let r)? = v { v = .float(.from(Double(r.floatValue))) } }
            else if b.isComplex { v = val.asComplex ?? val }
            else if b.isInteger { v = val.asInt ?? val }
        }
        info.types[e.id] = TypeAndValue(mode: mode, type: type, value: mode == .constant ? v : nil)
    }

    func recordOperandMode(_ m: OperandMode) -> Mode {
        switch m {
        case .novalue: return .novalue
        case .builtin: return .builtin
        case .typexpr: return .typexpr
        case .constant: return .constant
        case .variable: return .variable
        case .mapindex: return .mapindex
        case .commaok: return .commaok
        default: return .value
        }
    }

    /// Expressions whose type stayed untyped take their default type (IRGen never sees untyped kinds, except nil).
    func recordUntyped() {
        for (_, u) in untyped.sorted(by: { startPos($0.value.expr) < startPos($1.value.expr) }) {
            let t = defaultType(u.type)
            recordTypeAndValue(u.expr, recordOperandMode(u.mode), t, u.val)
        }
        untyped = [:]
    }

    func recordDef(_ id: Ident, _ obj: Object?) {
        if let obj { info.defs[id.id] = obj }
    }
    func recordUse(_ id: Ident, _ obj: Object) { info.uses[id.id] = obj }

    // MARK: Scopes

    func openScope(function: Bool = false) { scope = Scope(parent: scope, isFunctionScope: function) }
    func closeScope() { scope = scope.parent ?? pkgScope }

    func lookup(_ name: String) -> Object? {
        guard let (sc, obj) = scope.lookupParent(name) else { return nil }
        markDotImportUse(sc, obj)
        return obj
    }

    /// A dot-import is used when a name resolves to one of the objects it
    /// put in a file's scope (types2 resolver.go dotImportMap).
    func markDotImportUse(_ sc: Scope, _ obj: Object) {
        dotImportedBy[ObjectIdentifier(sc)]?[ObjectIdentifier(obj)]?.isUsed = true
    }

    /// Declares `obj` in `s`, reporting gc's redeclaration error.
    func declare(_ s: Scope, _ id: Ident?, _ obj: Object) {
        if let id { recordDef(id, obj) }
        guard obj.name != "_" else { return }
        if let alt = s.insert(obj) {
            error(obj.pos, "\(obj.name) redeclared in this block\n\t\(fileSet.format(alt.pos)): other declaration of \(obj.name)")
            return
        }
        if let v = obj as? Var, !s.isPackageScope, !funcStack.isEmpty {
            varOwner[ObjectIdentifier(v)] = funcStack.count - 1
        }
    }
}

/// The leftmost position of a node (gc's syntax.StartPos), where types2 reports most errors.
func startPos(_ n: Node) -> Pos { n.startPos }
