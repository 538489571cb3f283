// The syntax tree, modeled on go/ast. Nodes are classes so that later phases
// can key facts by node identity (`ObjectIdentifier`) without copying the tree.
//
// Positions: each node's `pos` is the position gc's syntax package gives the
// corresponding node (cmd/compile/internal/syntax/parser.go), noted per class
// below as "Position:". gc's type checker reports most errors at
// `syntax.StartPos(node)` instead (types2/errors.go posFor); that is
// `Node.startPos` here. For example `a + b` has `pos` at `+` and `startPos`
// at `a`; `f(x)` has `pos` at `(` and `startPos` at `f`.
//
// The parser keeps parentheses (ParenExpr) in expressions as gc does, except
// around types (`(T)` in a type context parses as T) and around the operand of
// unary `&` (`&(T{})` is `&T{}`).

public class Node {
    /// The position gc reports for this node (for a binary expression, its operator).
    public let pos: Pos
    public init(pos: Pos) { self.pos = pos }
    public var id: ObjectIdentifier { ObjectIdentifier(self) }
}

// MARK: - Expressions and types

public class Expr: Node {}

/// Position: its first character.
public final class Ident: Expr {
    public let name: String
    public init(pos: Pos, name: String) { self.name = name; super.init(pos: pos) }
    public var isBlank: Bool { name == "_" }
}

public enum LiteralKind: Sendable { case int, float, imag, char, string }

/// Position: its first character.
public final class BasicLit: Expr {
    public let kind: LiteralKind
    /// The literal exactly as written in the source (quotes and prefixes included).
    public let value: String
    public init(pos: Pos, kind: LiteralKind, value: String) { self.kind = kind; self.value = value; super.init(pos: pos) }
}

/// Position: the `{` (gc); `startPos` is the start of its type.
public final class CompositeLit: Expr {
    public let type: Expr?          // nil for elided types inside another composite literal
    public let elements: [Expr]
    public let rbrace: Pos
    public init(pos: Pos, type: Expr?, elements: [Expr], rbrace: Pos) {
        self.type = type; self.elements = elements; self.rbrace = rbrace; super.init(pos: pos)
    }
}

/// Position: the `func` keyword.
public final class FuncLit: Expr {
    public let type: FuncType
    public let body: BlockStmt
    public init(pos: Pos, type: FuncType, body: BlockStmt) { self.type = type; self.body = body; super.init(pos: pos) }
}

/// Position: the `(`.
public final class ParenExpr: Expr {
    public let x: Expr
    public init(pos: Pos, x: Expr) { self.x = x; super.init(pos: pos) }
}

/// Position: the `.` (gc); `startPos` is the start of `x`.
public final class SelectorExpr: Expr {
    public let x: Expr
    public let sel: Ident
    public init(pos: Pos, x: Expr, sel: Ident) { self.x = x; self.sel = sel; super.init(pos: pos) }
}

/// Position: the `[` (gc); `startPos` is the start of `x`.
public final class IndexExpr: Expr {
    public let x: Expr
    public let index: Expr
    /// An instantiation's type arguments after the first (`Map[K, V]`, `f[A, B]`).
    public var moreIndices: [Expr] = []
    public init(pos: Pos, x: Expr, index: Expr) { self.x = x; self.index = index; super.init(pos: pos) }
    /// Every index: the first and the rest.
    public var indices: [Expr] { [index] + moreIndices }
}

/// Position: the `[`; like gc, `startPos` is the `[` too.
public final class SliceExpr: Expr {
    public let x: Expr
    public let low: Expr?, high: Expr?, max: Expr?
    public let slice3: Bool
    public init(pos: Pos, x: Expr, low: Expr?, high: Expr?, max: Expr?, slice3: Bool) {
        self.x = x; self.low = low; self.high = high; self.max = max; self.slice3 = slice3; super.init(pos: pos)
    }
}

/// Position: the `.` (gc); `startPos` is the start of `x`.
public final class TypeAssertExpr: Expr {
    public let x: Expr
    public let type: Expr?          // nil for x.(type) in a type switch
    public init(pos: Pos, x: Expr, type: Expr?) { self.x = x; self.type = type; super.init(pos: pos) }
}

/// Position: the `(` (gc); `startPos` is the start of `fun`. types2 reports most call errors at `startPos`, "too many arguments" at the first extra argument's `startPos`, "not enough arguments" at the last argument's (or, with no arguments, at the call's `startPos`).
public final class CallExpr: Expr {
    public let fun: Expr
    public let args: [Expr]
    public let hasEllipsis: Bool    // f(x...)
    public let rparen: Pos
    public init(pos: Pos, fun: Expr, args: [Expr], hasEllipsis: Bool, rparen: Pos) {
        self.fun = fun; self.args = args; self.hasEllipsis = hasEllipsis; self.rparen = rparen; super.init(pos: pos)
    }
}

/// `*x`: a dereference or a pointer type.
/// Position: the `*`.
public final class StarExpr: Expr {
    public let x: Expr
    public init(pos: Pos, x: Expr) { self.x = x; super.init(pos: pos) }
}

/// Position: the operator.
public final class UnaryExpr: Expr {
    public let op: Token            // + - ! ^ & <-
    public let x: Expr
    public init(pos: Pos, op: Token, x: Expr) { self.op = op; self.x = x; super.init(pos: pos) }
}

/// Position: the operator (gc: constant overflow is reported there); `startPos` is the start of `x` (mismatched types etc.).
public final class BinaryExpr: Expr {
    public let op: Token
    public let x: Expr, y: Expr
    /// `pos` is the operator's position, as gc reports binary-expression errors.
    public init(pos: Pos, op: Token, x: Expr, y: Expr) { self.op = op; self.x = x; self.y = y; super.init(pos: pos) }
}

/// Position: the `:` (gc, also for `startPos`).
public final class KeyValueExpr: Expr {
    public let key: Expr, value: Expr
    public init(pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos: pos) }
}

/// `...T` in a parameter list, or `[...]T` length.
/// Position: the `...`.
public final class Ellipsis: Expr {
    public let elt: Expr?
    public init(pos: Pos, elt: Expr?) { self.elt = elt; super.init(pos: pos) }
}

/// Position: the `[`.
public final class ArrayType: Expr {
    public let len: Expr?           // nil for slices; Ellipsis for [...]T
    public let elt: Expr
    public init(pos: Pos, len: Expr?, elt: Expr) { self.len = len; self.elt = elt; super.init(pos: pos) }
}

/// Position: its first name, or the start of its type if unnamed.
public final class Field: Node {
    public let names: [Ident]       // empty for anonymous parameters / embedded fields
    public let type: Expr
    public let tag: BasicLit?
    public init(pos: Pos, names: [Ident], type: Expr, tag: BasicLit?) {
        self.names = names; self.type = type; self.tag = tag; super.init(pos: pos)
    }
}

/// Position: the `struct` keyword.
public final class StructType: Expr {
    public let fields: [Field]
    public init(pos: Pos, fields: [Field]) { self.fields = fields; super.init(pos: pos) }
}

/// Position: the token after `func` (and after the name in a declaration): normally the `(` (gc).
public final class FuncType: Expr {
    /// A generic function's type parameters (constraints as their types);
    /// each Field's position is its first name's; the `[`'s position.
    public var typeParams: [Field] = []
    public var typeParamsPos: Pos?
    public let params: [Field]
    public let results: [Field]
    public init(pos: Pos, params: [Field], results: [Field]) { self.params = params; self.results = results; super.init(pos: pos) }
}

/// Methods are Fields whose type is a FuncType; embedded interfaces are Fields with no names.
/// Position: the `interface` keyword.
public final class InterfaceType: Expr {
    public let methods: [Field]
    public init(pos: Pos, methods: [Field]) { self.methods = methods; super.init(pos: pos) }
}

/// Position: the `map` keyword.
public final class MapType: Expr {
    public let key: Expr, value: Expr
    public init(pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos: pos) }
}

public enum ChanDir: Sendable { case both, send, recv }

/// Position: the `chan` keyword, or the `<-` of `<-chan T` written as a type.
public final class ChanType: Expr {
    public let dir: ChanDir
    public let value: Expr
    public init(pos: Pos, dir: ChanDir, value: Expr) { self.dir = dir; self.value = value; super.init(pos: pos) }
}

/// Stands where the parser could not make sense of an expression; already reported.
/// Position: where the parser gave up (already reported).
public final class BadExpr: Expr {}

// MARK: - Statements

public class Stmt: Node {}

/// Position: where the parser gave up (already reported).
public final class BadStmt: Stmt {}
/// Position: the `;` (or the `}` it stands before).
public final class EmptyStmt: Stmt {}

/// Position: the `var`/`const`/`type` keyword.
public final class DeclStmt: Stmt {
    public let decl: GenDecl
    public init(pos: Pos, decl: GenDecl) { self.decl = decl; super.init(pos: pos) }
}

/// Position: the `:` (gc); the label's own position is `label.pos`.
public final class LabeledStmt: Stmt {
    public let label: Ident
    public let stmt: Stmt
    public init(pos: Pos, label: Ident, stmt: Stmt) { self.label = label; self.stmt = stmt; super.init(pos: pos) }
}

/// Position: that of `x` (gc: for a call, its `(`); also its `startPos`, as in gc.
public final class ExprStmt: Stmt {
    public let x: Expr
    public init(pos: Pos, x: Expr) { self.x = x; super.init(pos: pos) }
}

/// Position: the `<-` (gc); `startPos` is the start of `chan`.
public final class SendStmt: Stmt {
    public let chan: Expr, value: Expr
    public init(pos: Pos, chan: Expr, value: Expr) { self.chan = chan; self.value = value; super.init(pos: pos) }
}

/// Position: the `++`/`--` (gc); `startPos` is the start of `x`.
public final class IncDecStmt: Stmt {
    public let x: Expr
    public let tok: Token           // .inc or .dec
    public init(pos: Pos, x: Expr, tok: Token) { self.x = x; self.tok = tok; super.init(pos: pos) }
}

/// Position: the assignment operator (gc); `startPos` is the start of the first lhs.
public final class AssignStmt: Stmt {
    public let lhs: [Expr]
    public let tok: Token           // .assign, .define, or an op-assign token
    public let rhs: [Expr]
    /// `pos` is the position of the assignment operator.
    public init(pos: Pos, lhs: [Expr], tok: Token, rhs: [Expr]) { self.lhs = lhs; self.tok = tok; self.rhs = rhs; super.init(pos: pos) }
}

/// Position: the `go` keyword.
public final class GoStmt: Stmt {
    public let call: CallExpr
    public init(pos: Pos, call: CallExpr) { self.call = call; super.init(pos: pos) }
}

/// Position: the `defer` keyword.
public final class DeferStmt: Stmt {
    public let call: CallExpr
    public init(pos: Pos, call: CallExpr) { self.call = call; super.init(pos: pos) }
}

/// Position: the `return` keyword.
public final class ReturnStmt: Stmt {
    public let results: [Expr]
    public init(pos: Pos, results: [Expr]) { self.results = results; super.init(pos: pos) }
}

/// break, continue, goto, fallthrough.
/// Position: the keyword.
public final class BranchStmt: Stmt {
    public let tok: Token
    public let label: Ident?
    public init(pos: Pos, tok: Token, label: Ident?) { self.tok = tok; self.label = label; super.init(pos: pos) }
}

/// Position: the `{`.
public final class BlockStmt: Stmt {
    public let list: [Stmt]
    public let rbrace: Pos
    public init(pos: Pos, list: [Stmt], rbrace: Pos) { self.list = list; self.rbrace = rbrace; super.init(pos: pos) }
}

/// Position: the `if` keyword.
public final class IfStmt: Stmt {
    public let initStmt: Stmt?
    public let cond: Expr
    public let body: BlockStmt
    public let elseStmt: Stmt?      // BlockStmt or IfStmt
    public init(pos: Pos, initStmt: Stmt?, cond: Expr, body: BlockStmt, elseStmt: Stmt?) {
        self.initStmt = initStmt; self.cond = cond; self.body = body; self.elseStmt = elseStmt; super.init(pos: pos)
    }
}

/// Position: the `case` or `default` keyword.
public final class CaseClause: Stmt {
    public let list: [Expr]         // empty for default
    public let isDefault: Bool
    public let body: [Stmt]
    public init(pos: Pos, list: [Expr], isDefault: Bool, body: [Stmt]) {
        self.list = list; self.isDefault = isDefault; self.body = body; super.init(pos: pos)
    }
}

/// Position: the `switch` keyword.
public final class SwitchStmt: Stmt {
    public let initStmt: Stmt?
    public let tag: Expr?
    public let clauses: [CaseClause]
    public let rbrace: Pos
    public init(pos: Pos, initStmt: Stmt?, tag: Expr?, clauses: [CaseClause], rbrace: Pos) {
        self.initStmt = initStmt; self.tag = tag; self.clauses = clauses; self.rbrace = rbrace; super.init(pos: pos)
    }
}

/// `switch [init;] [x :=] y.(type) { ... }`; `assign` is the `x := y.(type)` or `y.(type)` statement.
/// Position: the `switch` keyword.
public final class TypeSwitchStmt: Stmt {
    public let initStmt: Stmt?
    public let binding: Ident?      // x in x := y.(type)
    public let subject: TypeAssertExpr
    public let clauses: [CaseClause]
    public init(pos: Pos, initStmt: Stmt?, binding: Ident?, subject: TypeAssertExpr, clauses: [CaseClause]) {
        self.initStmt = initStmt; self.binding = binding; self.subject = subject; self.clauses = clauses; super.init(pos: pos)
    }
}

/// Position: the `case` or `default` keyword.
public final class CommClause: Stmt {
    public let comm: Stmt?          // SendStmt, ExprStmt(<-c), AssignStmt(x := <-c); nil for default
    public let body: [Stmt]
    public init(pos: Pos, comm: Stmt?, body: [Stmt]) { self.comm = comm; self.body = body; super.init(pos: pos) }
}

/// Position: the `select` keyword.
public final class SelectStmt: Stmt {
    public let clauses: [CommClause]
    public init(pos: Pos, clauses: [CommClause]) { self.clauses = clauses; super.init(pos: pos) }
}

/// Position: the `for` keyword.
public final class ForStmt: Stmt {
    public let initStmt: Stmt?
    public let cond: Expr?
    public let post: Stmt?
    public let body: BlockStmt
    public init(pos: Pos, initStmt: Stmt?, cond: Expr?, post: Stmt?, body: BlockStmt) {
        self.initStmt = initStmt; self.cond = cond; self.post = post; self.body = body; super.init(pos: pos)
    }
}

/// Position: the `for` keyword.
public final class RangeStmt: Stmt {
    public let key: Expr?, value: Expr?
    public let tok: Token?          // .define, .assign, or nil for `for range x`
    public let x: Expr
    public let body: BlockStmt
    public init(pos: Pos, key: Expr?, value: Expr?, tok: Token?, x: Expr, body: BlockStmt) {
        self.key = key; self.value = value; self.tok = tok; self.x = x; self.body = body; super.init(pos: pos)
    }
    /// Iteration variables beyond the second (`for a, b, c := range x`), kept so
    /// the checker can report gc's "range clause permits at most two iteration
    /// variables" at `extraVariables[0].startPos`, after its other range checks
    /// (types2 stmt.go rangeStmt). Empty in valid code.
    public internal(set) var extraVariables: [Expr] = []
}

// MARK: - Declarations

public class Spec: Node {}

/// Position: its first token (the local name, or the path).
public final class ImportSpec: Spec {
    public let name: Ident?
    public let path: BasicLit
    public init(pos: Pos, name: Ident?, path: BasicLit) { self.name = name; self.path = path; super.init(pos: pos) }
}

/// One line of a const or var declaration. For consts, `iota` is the spec's index
/// in its group and an omitted type and value list repeats the previous one
/// (the parser fills `values`/`type` from the previous spec and sets `isImplicit`).
/// Position: its first name.
public final class ValueSpec: Spec {
    public let names: [Ident]
    public let type: Expr?
    public let values: [Expr]
    public let iota: Int
    public let isImplicit: Bool
    public init(pos: Pos, names: [Ident], type: Expr?, values: [Expr], iota: Int, isImplicit: Bool) {
        self.names = names; self.type = type; self.values = values; self.iota = iota; self.isImplicit = isImplicit
        super.init(pos: pos)
    }
}

/// Position: its name.
public final class TypeSpec: Spec {
    public let name: Ident
    /// A generic type's type parameters, and the position of their `[`.
    public var typeParams: [Field] = []
    public var typeParamsPos: Pos?
    public let isAlias: Bool        // type A = B
    public let type: Expr
    public init(pos: Pos, name: Ident, isAlias: Bool, type: Expr) { self.name = name; self.isAlias = isAlias; self.type = type; super.init(pos: pos) }
}

public class Decl: Node {}

/// Position: the keyword.
public final class GenDecl: Decl {
    public let tok: Token           // .import, .const, .type, .var
    public let specs: [Spec]
    public init(pos: Pos, tok: Token, specs: [Spec]) { self.tok = tok; self.specs = specs; super.init(pos: pos) }
}

/// Position: the token after `func`: the name, or the `(` of the receiver (gc).
public final class FuncDecl: Decl {
    public let recv: Field?
    public let name: Ident
    public let type: FuncType
    public let body: BlockStmt?     // nil for declarations without body
    public init(pos: Pos, recv: Field?, name: Ident, type: FuncType, body: BlockStmt?) {
        self.recv = recv; self.name = name; self.type = type; self.body = body; super.init(pos: pos)
    }
}

/// Position: line 1, column 1.
/// A `//go:name args` line (gc's pragmas, cmd/compile/internal/noder
/// noder.go pragma): `text` is `go:linkname local target`, `go:noinline`, ...
public struct Directive {
    public let pos: Pos
    public let text: String
    public var words: [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\t" }) }
}

public final class File: Node {
    public let name: String         // the path as given on the command line
    public let package: Ident
    public let imports: [ImportSpec]
    public let decls: [Decl]
    /// Its `//go:` directives in source order.
    public internal(set) var directives: [Directive] = []
    public init(pos: Pos, name: String, package: Ident, imports: [ImportSpec], decls: [Decl]) {
        self.name = name; self.package = package; self.imports = imports; self.decls = decls; super.init(pos: pos)
    }
}

extension FuncDecl {
    /// Where a generic function's type parameters (`[`) or a generic type's
    /// method's receiver instantiation (`T[P]`) start; nil for others.
    public var genericPos: Pos? {
        if let p = type.typeParamsPos { return p }
        guard var t = recv?.type else { return nil }
        while let p = t as? ParenExpr { t = p.x }
        if let star = t as? StarExpr { t = star.x }
        while let p = t as? ParenExpr { t = p.x }
        return (t as? IndexExpr)?.pos
    }
}

extension File {
    /// The file without its generic functions and methods, which the
    /// checker leaves unchecked and no later phase can compile yet.
    public func withoutGenericFunctions() -> File {
        guard decls.contains(where: { ($0 as? FuncDecl)?.genericPos != nil }) else { return self }
        let f = File(pos: pos, name: name, package: package, imports: imports,
                     decls: decls.filter { ($0 as? FuncDecl)?.genericPos == nil })
        f.directives = directives
        return f
    }
}

// MARK: - Start positions (added with the parser)

extension Node {
    /// gc's `syntax.StartPos`: where types2 reports most errors about a node
    /// (types2/errors.go posFor). It differs from `pos` where gc's `pos` is an
    /// operator or bracket: `a + b` starts at `a`, `f(x)` at `f`, `x.f` at `x`,
    /// `T{...}` at `T`, `a, b = ...` at `a`. Like gc, a slice expression, a
    /// key-value pair and an expression statement start at their own `pos`.
    public var startPos: Pos {
        var n: Node = self
        while true {
            switch n {
            case is File:
                return Pos(file: Int(n.pos.file), line: 1, column: 1)
            case let c as CompositeLit:
                guard let t = c.type else { return c.pos }
                n = t
            case let s as SelectorExpr: n = s.x
            case let i as IndexExpr: n = i.x
            case let t as TypeAssertExpr: n = t.x
            case let b as BinaryExpr: n = b.x
            case let c as CallExpr: n = c.fun
            case let s as SendStmt: n = s.chan
            case let a as AssignStmt:
                guard let first = a.lhs.first else { return a.pos }
                n = first
            case let i as IncDecStmt: n = i.x
            default:
                return n.pos
            }
        }
    }
}
