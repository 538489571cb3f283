import GoSyntax
import GoTypes

/// Which variables whose address is taken must move to the heap (gc's
/// "moved to heap: x", cmd/compile/internal/escape).
///
/// golly keeps an address-taken local in its frame when it can see every
/// place the address goes and none outlives the frame. Starting from each
/// use of the variable, it follows the address upward through the syntax:
/// fields and array elements of the variable are parts of it; `&` makes a
/// pointer to it; a pointer may be dereferenced, indexed, compared, printed,
/// stored in a local pointer variable whose own uses are followed in turn,
/// or passed to a declared function or method whose parameter (or receiver)
/// is itself followed the same way. Anything else -- returning it, storing
/// it in memory, converting it to an interface, capturing it, slicing an
/// array, a method value, a go statement, a call of a func value -- counts
/// as escaping. This is gc's analysis with every "flows to" edge but those
/// cut to the heap: less precise, never wrong.
///
/// A frame slot is reused where Go creates a new variable each time its
/// declaration runs (a loop body), so the address must also not outlive
/// one execution of the declaring block: a pointer variable that holds it
/// must be declared inside the variable's scope, a deferred call holding it
/// must have a stack record (not in a loop), and a function with a `goto`
/// keeps all of them in the heap.
public struct AddressEscape {
    /// Address-taken local variables that must live in heap cells.
    public private(set) var escaping: Set<ObjectIdentifier> = []
    /// Address-taken local variables kept in their frame.
    public private(set) var inFrame: [Var] = []

    private let graph: UseGraph

    public init(files: [File], info: Info, defers: DeferAnalysis) {
        self.init(graph: UseGraph(files: files, info: info, defers: defers))
    }

    init(graph: UseGraph) {
        self.graph = graph
        for v in graph.addressTaken {
            if v.isCaptured || graph.isInFunctionWithGoto(v) || graph.escapes(v) {
                escaping.insert(ObjectIdentifier(v))
            } else {
                inFrame.append(v)
            }
        }
    }

    public func escapes(_ v: Var) -> Bool { escaping.contains(ObjectIdentifier(v)) }

    /// Whether the object that `new(T)` or `&T{...}` (the expression `e`)
    /// creates may outlive the execution of its block: if not, it can live
    /// in the frame, followed like an address (gc's "new(T) does not escape").
    public func allocationEscapes(_ e: Expr) -> Bool {
        if let known = graph.allocationDecisions[ObjectIdentifier(e)] { return known }
        let escapes = graph.isInFunctionWithGoto(e) || graph.literalEscapes(e)
        graph.allocationDecisions[ObjectIdentifier(e)] = escapes
        return escapes
    }
}

/// The parent of every node and the uses of every local variable.
final class UseGraph {
    let info: Info
    let defers: DeferAnalysis
    var parents: [ObjectIdentifier: Node] = [:]
    /// The identifier declaring each local variable, or for a type switch's
    /// variable its case clause (parameters excepted).
    var definitions: [ObjectIdentifier: Node] = [:]
    /// Functions (FuncDecl, FuncLit) whose body contains a goto.
    var functionsWithGoto: Set<ObjectIdentifier> = []
    /// Allocation sites already decided (AddressEscape.allocationEscapes).
    var allocationDecisions: [ObjectIdentifier: Bool] = [:]
    /// Parameters, receivers and results: the function declaring each.
    var signatureVars: [ObjectIdentifier: Node] = [:]
    /// Result variables: a bare return, or the return after a recovered
    /// panic, reads them without a use in the source.
    var resultVars: Set<ObjectIdentifier> = []
    /// The variable whose address the current query follows, or the
    /// function literal whose closure it follows.
    private var root: Var?
    /// Or the expression creating the object it follows (a function
    /// literal, `new(T)`, `&T{...}`).
    private var rootLiteral: Expr?
    var uses: [ObjectIdentifier: [Ident]] = [:]
    var addressTaken: [Var] = []
    /// Variables on the path of the current query (DFS): a cycle of local
    /// pointer variables adds no new escape.
    private var visiting: Set<ObjectIdentifier> = []
    /// Other packages' parameter summaries (ParameterSummaries.swift).
    let imported: ParameterSummaries
    /// The current query follows a parameter for its function's summary:
    /// every local variable of that function dies when the call returns.
    private var summarizing = false

    init(files: [File], info: Info, defers: DeferAnalysis, imported: ParameterSummaries = [:]) {
        self.info = info
        self.defers = defers
        self.imported = imported
        var seen: Set<ObjectIdentifier> = []
        var gotos: [BranchStmt] = []
        for file in files {
            SyntaxWalker.walkWithParents(file) { node, parent in
                if let parent { parents[ObjectIdentifier(node)] = parent }
                if let br = node as? BranchStmt, br.tok == .goto { gotos.append(br) }
                if let f = node as? FuncDecl { recordSignature(f, recv: f.recv, f.type) }
                if let f = node as? FuncLit { recordSignature(f, recv: nil, f.type) }
                if let clause = node as? CaseClause, let v = info.implicits[clause.id] as? Var {
                    definitions[ObjectIdentifier(v)] = clause
                }
                guard let id = node as? Ident else { return }
                if let v = info.defs[id.id] as? Var { definitions[ObjectIdentifier(v)] = id }
                if let v = info.uses[id.id] as? Var {
                    uses[ObjectIdentifier(v), default: []].append(id)
                }
                if let v = (info.defs[id.id] ?? info.uses[id.id]) as? Var, v.isAddressTaken, !v.isPackageLevel,
                   !v.isField, seen.insert(ObjectIdentifier(v)).inserted {
                    addressTaken.append(v)
                }
            }
        }
        for br in gotos {
            if let f = enclosingFunction(br) { functionsWithGoto.insert(ObjectIdentifier(f)) }
        }
    }

    func parent(_ n: Node) -> Node? { parents[ObjectIdentifier(n)] }

    private func recordSignature(_ function: Node, recv: Field?, _ type: FuncType) {
        func vars(_ fields: [Field]) -> [Var] {
            fields.flatMap { $0.names }.compactMap { info.defs[$0.id] as? Var }
        }
        for v in vars((recv.map { [$0] } ?? []) + type.params) { signatureVars[ObjectIdentifier(v)] = function }
        for v in vars(type.results) {
            signatureVars[ObjectIdentifier(v)] = function
            resultVars.insert(ObjectIdentifier(v))
        }
    }

    /// The innermost function declaration or literal around `n`.
    func enclosingFunction(_ n: Node) -> Node? {
        var cur = parent(n)
        while let c = cur, !(c is FuncDecl || c is FuncLit) { cur = parent(c) }
        return cur
    }

    func isInFunctionWithGoto(_ v: Var) -> Bool {
        guard let def = definitions[ObjectIdentifier(v)], let f = enclosingFunction(def) else { return false }
        return functionsWithGoto.contains(ObjectIdentifier(f))
    }

    /// Whether the code `n` is in a function with a goto (or in none: a
    /// package-level initializer), whose loops the syntax does not show.
    func isInFunctionWithGoto(_ n: Node) -> Bool {
        enclosingFunction(n).map { functionsWithGoto.contains(ObjectIdentifier($0)) } ?? true
    }

    /// Whether the address of v may outlive v's frame.
    func escapes(_ v: Var) -> Bool {
        visiting = []
        root = v
        rootLiteral = nil
        return (uses[ObjectIdentifier(v)] ?? []).contains { locationEscapes($0) }
    }

    /// `e` denotes v or a part of v (a field, an array element): whether
    /// the context takes an address of it that escapes.
    func locationEscapes(_ e: Expr) -> Bool {
        guard let p = parent(e) else { return false }
        switch p {
        case let paren as ParenExpr: return locationEscapes(paren)
        case let u as UnaryExpr where u.op == .and: return pointerEscapes(u)
        case let sel as SelectorExpr where sel.x === e:
            guard let selection = info.selections[sel.id] else { return false }
            switch selection.kind {
            case .fieldVal: return selection.indirect ? false : locationEscapes(sel)
            case .methodVal: return receiverEscapes(sel, selection)
            case .methodExpr: return false
            }
        case let ix as IndexExpr where ix.x === e:
            return info.types[ix.x.id]?.type.underlying is ArrayT ? locationEscapes(ix) : false
        case let s as SliceExpr where s.x === e:
            // A slice of an array variable points into it.
            return info.types[s.x.id]?.type.underlying is ArrayT ? pointerEscapes(s) : false
        default:
            // Any other context reads or writes v's value.
            return false
        }
    }

    /// `e`'s value is a pointer into v: whether it may outlive v's frame.
    func pointerEscapes(_ e: Expr) -> Bool {
        guard let p = parent(e) else { return true }
        switch p {
        case let paren as ParenExpr: return pointerEscapes(paren)
        case let star as StarExpr: return locationEscapes(star)
        case let sel as SelectorExpr where sel.x === e:
            guard let selection = info.selections[sel.id] else { return true }
            switch selection.kind {
            case .fieldVal: return locationEscapes(sel)
            case .methodVal: return receiverEscapes(sel, selection, valueIsRoot: true)
            case .methodExpr: return true
            }
        case let ix as IndexExpr where ix.x === e:
            // A map's element is a copy; a slice's or array's is in place.
            return info.types[ix.x.id]?.type.underlying is MapT ? false : locationEscapes(ix)
        case let s as SliceExpr where s.x === e:
            // Slicing a slice, a string or a pointer to an array aliases it.
            return pointerEscapes(s)
        case is SliceExpr: return false     // an index
        case let b as BinaryExpr:
            // A concatenation copies its operands' bytes.
            return !(b.op.isComparison || (b.op == .add && (info.types[b.id].map { isStringType($0.type) } ?? false)))
        case let r as RangeStmt where r.x === e: return false
        case let call as CallExpr:
            // Calling a func value lets nothing escape but what the call keeps.
            if call.fun === e { return callOutlivesRoot(call) }
            guard let i = call.args.firstIndex(where: { $0 === e }) else { return true }
            if let target = info.types[call.fun.id], target.mode == .typexpr { return conversionEscapes(call, to: target.type) }
            return argumentEscapes(call, i)
        case let a as AssignStmt:
            guard a.tok == .assign || a.tok == .define, a.lhs.count == a.rhs.count,
                  let i = a.rhs.firstIndex(where: { $0 === e }) else { return true }
            return storeEscapes(a.lhs[i])
        case let spec as ValueSpec:
            guard spec.names.count == spec.values.count, let i = spec.values.firstIndex(where: { $0 === e }) else { return true }
            return storeEscapes(spec.names[i])
        default: return true
        }
    }

    /// A pointer into v assigned to `target`: harmless only for a local
    /// pointer variable (or `_`) whose own uses keep it in the frame.
    func storeEscapes(_ target: Expr) -> Bool {
        guard let id = unparen(target) as? Ident else { return true }
        if id.isBlank { return false }
        guard let q = info.object(of: id) as? Var else { return true }
        return outlivesRoot(q) || variableEscapes(q)
    }

    /// A variable of the root's function declared outside the root's scope
    /// (a pointer declared before a loop whose body declares the root) may
    /// keep the address after the root's block ends.
    func outlivesRoot(_ q: Var) -> Bool {
        if summarizing { return false }
        if let lit = rootLiteral { return outlivesLiteral(q, lit) }
        guard let rootScope = root?.parent else { return true }
        var function: Scope? = rootScope
        while let f = function, !f.isFunctionScope { function = f.parent }
        var s = q.parent
        while let cur = s {
            if cur === rootScope { return false }
            if cur === function { return true }
            s = cur.parent
        }
        return false    // another function's variable: it lives only during a call
    }

    /// A call holding a pointer into the root: its go statement escapes; a
    /// defer statement keeps it until the function returns, which only a
    /// stack record (a defer outside loops) makes safe.
    func callOutlivesRoot(_ call: CallExpr) -> Bool {
        switch parent(call) {
        case is GoStmt: return true
        case let d as DeferStmt: return defers.placement(of: d) != .stack
        default: return false
        }
    }

    /// A reference converted (spec: "Conversions"): to another pointer,
    /// slice or func type it is the same reference; to uintptr it is a
    /// number, which keeps nothing alive (gc's escape analysis says the
    /// same: unsafe code must convert back within one expression); a
    /// string made of bytes or runes is a copy. Anything else (an
    /// interface) escapes.
    func conversionEscapes(_ call: CallExpr, to target: GoType) -> Bool {
        if holdsReference(target) { return pointerEscapes(call) }
        if let b = target.underlying as? Basic {
            if b.kind == .uintptr { return false }
            if b.kind == .string { return info.types[call.args[0].id].map { !($0.type.underlying is Slice) } ?? true }
        }
        return true
    }

    /// A value the analysis can follow: a pointer, unsafe.Pointer, a slice
    /// (its array), a string (its bytes) or a func (its closure).
    func holdsReference(_ type: GoType?) -> Bool {
        guard let u = type?.underlying else { return false }
        if u is Pointer || u is Signature || u is Slice { return true }
        // A string's bytes, for the strings a conversion makes.
        return (u as? Basic).map { $0.kind == .unsafePointer || $0.kind == .string } ?? false
    }

    /// Whether the pointer value held by local variable q may escape.
    func variableEscapes(_ q: Var) -> Bool {
        if q.isPackageLevel || q.isCaptured || q.isAddressTaken || !holdsReference(q.type) { return true }
        if resultVars.contains(ObjectIdentifier(q)) { return true }
        guard visiting.insert(ObjectIdentifier(q)).inserted else { return false }
        for use in uses[ObjectIdentifier(q)] ?? [] where !isAssignmentTarget(use) {
            if pointerEscapes(use) { return true }
        }
        return false
    }

    /// Whether the reference a parameter (or receiver) of a function
    /// receives may outlive the call: its summary bit, for importers.
    func parameterEscapes(_ v: Var) -> Bool {
        summarizing = true
        defer { summarizing = false }
        visiting = []
        root = nil
        rootLiteral = nil
        return variableEscapes(v)
    }

    func isAssignmentTarget(_ id: Ident) -> Bool {
        guard let a = parent(id) as? AssignStmt else { return false }
        return a.lhs.contains { $0 === id }
    }

    /// The address of v (or of a part) is the receiver of the method `sel`
    /// selects: harmless for a call of a declared method whose receiver
    /// stays in its frame, outside a go statement.
    /// With `valueIsRoot`, sel.x's value is itself the reference followed
    /// (a pointer, or a closure for a method of a func type), else a
    /// location whose address the call may take.
    func receiverEscapes(_ sel: SelectorExpr, _ selection: Selection, valueIsRoot: Bool = false) -> Bool {
        guard let method = selection.obj as? Func, let sig = method.type as? Signature, let recv = sig.recv else { return true }
        // A value receiver gets a copy of the value: of the pointee for a
        // pointer or a location, but of the reference itself for a func or
        // slice type.
        let receivesReference = recv.type?.underlying is Pointer || (valueIsRoot && holdsReference(recv.type))
        if !receivesReference { return false }
        var fun: Node = sel
        while let paren = parent(fun) as? ParenExpr { fun = paren }
        guard let call = parent(fun) as? CallExpr, call.fun === fun, !callOutlivesRoot(call) else { return true }
        if method.pkgPath != info.pkgPath { return imported.keeps(method, parameter: 0) }
        guard let decl = method.decl, decl.body != nil, let field = decl.recv else { return true }
        guard let name = field.names.first else { return false }
        if name.isBlank { return false }
        guard let rv = info.defs[name.id] as? Var else { return true }
        return variableEscapes(rv)
    }

    /// A pointer into v passed as argument i of `call`.
    func argumentEscapes(_ call: CallExpr, _ i: Int) -> Bool {
        if callOutlivesRoot(call) { return true }
        let fun = unparen(call.fun)
        if let id = fun as? Ident, let b = info.object(of: id) as? Builtin {
            switch b.id {
            case .print, .println, .len, .cap, .copy: return false
            // The result shares the first operand's array; the second's
            // elements (`append(s, t...)`) are copied.
            case .append: return i == 0 ? pointerEscapes(call) : !(i == 1 && call.hasEllipsis)
            default: return true
            }
        }
        var callee: Func?
        var isMethod = false
        if let id = fun as? Ident { callee = info.object(of: id) as? Func }
        if let sel = fun as? SelectorExpr {
            if let selection = info.selections[sel.id] {
                if selection.kind == .methodVal { callee = selection.obj as? Func; isMethod = true }
            } else {
                callee = info.uses[sel.sel.id] as? Func     // a qualified identifier
            }
        }
        guard let f = callee, let sig = f.type as? Signature,
              !(sig.isVariadic && i >= sig.params.count - 1), call.hasEllipsis == false else { return true }
        if f.pkgPath != info.pkgPath { return imported.keeps(f, parameter: isMethod ? i + 1 : i) }
        guard let decl = f.decl, decl.body != nil else { return true }
        // The i-th parameter variable of the declaration.
        var k = 0
        for field in decl.type.params {
            let names = field.names.isEmpty ? [nil] : field.names.map { Optional($0) }
            for name in names {
                if k == i {
                    guard let name else { return false }
                    if name.isBlank { return false }
                    guard let pv = info.defs[name.id] as? Var else { return true }
                    return variableEscapes(pv)
                }
                k += 1
            }
        }
        return true
    }

    // MARK: Function literals

    /// Whether the closure of `lit` may outlive the execution of the block
    /// that creates it: followed like a pointer (it may be called, passed
    /// to a parameter that does not escape, or kept in a local func
    /// variable declared where it dies with the closure's block).
    func literalEscapes(_ lit: Expr) -> Bool {
        visiting = []
        root = nil
        rootLiteral = lit
        return pointerEscapes(lit)
    }

    /// A variable holding the closure of `lit` outlives it if it is declared
    /// in the same function outside a loop body around the literal (one
    /// frame slot then serves closures of several iterations).
    func outlivesLiteral(_ q: Var, _ lit: Expr) -> Bool {
        let function = enclosingFunction(lit)
        guard let def = definitions[ObjectIdentifier(q)] else {
            // A parameter, receiver or result is declared once per call: of
            // the literal's own function, it outlives any loop around the literal.
            guard let owner = signatureVars[ObjectIdentifier(q)] else { return true }
            return owner === function && !loops(around: lit).isEmpty
        }
        guard let qFunction = enclosingFunction(def), qFunction === function else { return false }
        return loopBodies(around: lit).contains { !isInside(def, $0) }
    }

    /// The for and range statements around `n` in its function, innermost first.
    func loops(around n: Node) -> [Stmt] {
        var out: [Stmt] = []
        var cur = parent(n)
        while let c = cur, !(c is FuncDecl || c is FuncLit) {
            if c is ForStmt || c is RangeStmt { out.append(c as! Stmt) }
            cur = parent(c)
        }
        return out
    }

    /// The bodies of `loops(around:)`: blocks that run once per iteration.
    func loopBodies(around n: Node) -> [BlockStmt] {
        loops(around: n).compactMap { ($0 as? ForStmt)?.body ?? ($0 as? RangeStmt)?.body }
    }

    /// Whether `n` lies inside `ancestor` in the syntax.
    func isInside(_ n: Node, _ ancestor: Node) -> Bool {
        var cur: Node? = n
        while let c = cur {
            if c === ancestor { return true }
            cur = parent(c)
        }
        return false
    }
}

/// The closure and address analyses of a package over one use graph, and
/// its functions' parameter summaries for its importers.
public func analyzeEscapes(files: [File], info: Info, defers: DeferAnalysis,
                           imported: ParameterSummaries = [:]) -> (ClosureAnalysis, AddressEscape, ParameterSummaries) {
    let graph = UseGraph(files: files, info: info, defers: defers, imported: imported)
    return (ClosureAnalysis(graph: graph, files: files, info: info, defers: defers), AddressEscape(graph: graph),
            ParameterSummaries(files: files, info: info, graph: graph))
}

private func isStringType(_ t: GoType) -> Bool {
    guard let b = t.underlying as? Basic else { return false }
    return b.kind == .string || b.kind == .untypedString
}
