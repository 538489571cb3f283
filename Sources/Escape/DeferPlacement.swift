import GoSyntax

/// Where a defer statement's record lives (the seed, esc.go / escape.go):
/// a defer at loop depth 1 runs at most once per call of its function, so its
/// record can be a fixed slot in the frame (`EscNever` in gc); any other defer
/// may run any number of times and takes a heap record from the runtime's pool.
public enum DeferPlacement: Equatable, Sendable {
    case stack
    case heap

    /// gc's `-d=defer` diagnostic text.
    public var diagnostic: String {
        switch self {
        case .stack: return "stack-allocated defer"
        case .heap: return "heap-allocated defer"
        }
    }
}

/// Computes the loop depth of every defer statement exactly as gc's escape
/// analysis does (cmd/compile/internal/escape: walkFunc, stmt, block):
/// the body of each function (declared or literal) starts at depth 1; a `for`
/// or `range` body is one deeper; a label that some later `goto` targets
/// (a backward jump) heads an unstructured loop and deepens the rest of its
/// block; a nested block restores the depth when it ends.
public struct DeferAnalysis {
    public private(set) var placements: [ObjectIdentifier: DeferPlacement] = [:]
    /// Defer statements in source order, with their placement (for `-d=defer`).
    public private(set) var ordered: [(DeferStmt, DeferPlacement)] = []
    /// Function bodies (declared or literal) that contain a defer statement of their own.
    public private(set) var deferringBodies: Set<ObjectIdentifier> = []
    /// Function bodies with at least one heap-allocated defer.
    public private(set) var heapDeferringBodies: Set<ObjectIdentifier> = []

    public init(files: [File]) {
        for file in files {
            for case let f as FuncDecl in file.decls {
                if let body = f.body { function(body) }
            }
            for case let g as GenDecl in file.decls { visitExprs(in: g) }
        }
        ordered.sort { $0.0.pos < $1.0.pos }
    }

    public func placement(of d: DeferStmt) -> DeferPlacement { placements[d.id] ?? .heap }
    public func defers(in body: BlockStmt) -> Bool { deferringBodies.contains(body.id) }
    public func hasHeapDefers(in body: BlockStmt) -> Bool { heapDeferringBodies.contains(body.id) }

    // MARK: One function

    private var loopingLabels: Set<String> = []
    private var depth = 1
    private var currentBody: ObjectIdentifier?

    private mutating func function(_ body: BlockStmt) {
        let saved = (loopingLabels, depth, currentBody)
        loopingLabels = LabelScan.loopingLabels(in: body)
        depth = 1
        currentBody = body.id
        stmts(body.list)
        (loopingLabels, depth, currentBody) = saved
    }

    /// A nested block restores the loop depth at its end (gc: escape.block).
    private mutating func block(_ list: [Stmt]) {
        let old = depth
        stmts(list)
        depth = old
    }

    private mutating func stmts(_ list: [Stmt]) { for s in list { stmt(s) } }

    private mutating func stmt(_ s: Stmt) {
        switch s {
        case let s as BlockStmt: stmts(s.list)   // gc's OBLOCK keeps the depth
        case let s as LabeledStmt:
            if loopingLabels.contains(s.label.name) { depth += 1 }
            stmt(s.stmt)
        case let s as IfStmt:
            if let i = s.initStmt { stmt(i) }
            expr(s.cond)
            block(s.body.list)
            if let e = s.elseStmt { block([e]) }
        case let s as ForStmt:
            if let i = s.initStmt { stmt(i) }
            depth += 1
            if let c = s.cond { expr(c) }
            if let p = s.post { stmt(p) }
            block(s.body.list)
            depth -= 1
        case let s as RangeStmt:
            expr(s.x)
            depth += 1
            block(s.body.list)
            depth -= 1
        case let s as SwitchStmt:
            if let i = s.initStmt { stmt(i) }
            if let t = s.tag { expr(t) }
            for c in s.clauses { c.list.forEach { expr($0) }; block(c.body) }
        case let s as TypeSwitchStmt:
            if let i = s.initStmt { stmt(i) }
            expr(s.subject.x)
            for c in s.clauses { block(c.body) }
        case let s as SelectStmt:
            for c in s.clauses {
                if let comm = c.comm { stmt(comm) }
                block(c.body)
            }
        case let s as DeferStmt:
            let p: DeferPlacement = depth == 1 ? .stack : .heap
            placements[s.id] = p
            ordered.append((s, p))
            if let body = currentBody {
                deferringBodies.insert(body)
                if p == .heap { heapDeferringBodies.insert(body) }
            }
            expr(s.call)
        case let s as GoStmt: expr(s.call)
        case let s as ExprStmt: expr(s.x)
        case let s as AssignStmt: (s.lhs + s.rhs).forEach { expr($0) }
        case let s as ReturnStmt: s.results.forEach { expr($0) }
        case let s as IncDecStmt: expr(s.x)
        case let s as SendStmt: expr(s.chan); expr(s.value)
        case let s as DeclStmt: visitExprs(in: s.decl)
        case let s as CaseClause: block(s.body)
        case let s as CommClause: block(s.body)
        default: break
        }
    }

    private mutating func visitExprs(in g: GenDecl) {
        for case let v as ValueSpec in g.specs { v.values.forEach { expr($0) } }
    }

    /// Function literals inside expressions are functions of their own.
    private mutating func expr(_ e: Expr) {
        for lit in SyntaxWalker.funcLits(in: e) { function(lit.body) }
    }
}
