import GoSyntax
import GoTypes

/// Which function literals outlive the statement that creates them, and so
/// which captured variables need heap cells (gc: escape analysis of
/// closures, cmd/compile/internal/escape).
///
/// A literal that is called on the spot (`func(){...}()`) or deferred
/// (`defer func(){...}()`) cannot outlive its frame: deferred calls run
/// before the function returns, or during a panic while the frame is still
/// there. Its closure object can live in the frame, and the variables it
/// captures can stay there too unless another, escaping literal captures
/// them. A literal deferred in a loop (a heap record) qualifies only when
/// every variable it captures is declared outside the loops around the
/// defer: then each execution builds the same object (the same function
/// and cells), so one frame slot serves all of them; a variable declared in
/// a loop body is a new variable each iteration and needs its own cell. A
/// function with a goto gets no such frame closures. Every other literal is
/// assumed to escape.
public struct ClosureAnalysis {
    /// Function literals whose closure object may be placed in the frame.
    public private(set) var frameLiterals: Set<ObjectIdentifier> = []
    /// Captured variables that must live in heap cells.
    public private(set) var heapVariables: Set<ObjectIdentifier> = []

    public init(files: [File], info: Info, defers: DeferAnalysis) {
        self.init(graph: UseGraph(files: files, info: info, defers: defers), files: files, info: info, defers: defers)
    }

    init(graph: UseGraph, files: [File], info: Info, defers: DeferAnalysis) {
        var all: [FuncLit] = []
        var frame: Set<ObjectIdentifier> = []
        var goStarted: Set<ObjectIdentifier> = []
        var heapDeferred: [(DeferStmt, FuncLit)] = []
        for file in files {
            SyntaxWalker.walk(file) { node in
                switch node {
                case let lit as FuncLit: all.append(lit)
                case let call as CallExpr:
                    if let lit = unparen(call.fun) as? FuncLit { frame.insert(lit.id) }
                case let d as DeferStmt:
                    guard let lit = unparen(d.call.fun) as? FuncLit else { break }
                    if defers.placement(of: d) == .stack { frame.insert(lit.id) } else { heapDeferred.append((d, lit)) }
                case let g as GoStmt:
                    // A literal called on the spot by a go statement runs on another goroutine.
                    if let lit = unparen(g.call.fun) as? FuncLit { goStarted.insert(lit.id) }
                default: break
                }
            }
        }
        frame.subtract(goStarted)
        for (d, lit) in heapDeferred {
            let bodies = graph.loopBodies(around: d)
            let sharable = !graph.isInFunctionWithGoto(d) && (info.captures[lit.id] ?? []).allSatisfy { v in
                // Parameters have no definition in the walk: declared once per call.
                guard let def = graph.definitions[ObjectIdentifier(v)] else { return true }
                return !bodies.contains { graph.isInside(def, $0) }
            }
            if !sharable { frame.remove(lit.id) }
        }
        // A literal whose closure is only called, passed to parameters that
        // stay in their frame, or kept in local func variables (gc's "func
        // literal does not escape"). Not in functions with a goto, whose
        // loops the syntax does not show.
        for lit in all where !frame.contains(lit.id) && !goStarted.contains(lit.id) && !graph.isInFunctionWithGoto(lit) {
            if !graph.literalEscapes(lit) { frame.insert(lit.id) }
        }
        frameLiterals = frame
        for lit in all where !frame.contains(lit.id) {
            for v in info.captures[lit.id] ?? [] { heapVariables.insert(ObjectIdentifier(v)) }
        }
    }

    public func needsHeapCell(_ v: Var) -> Bool { heapVariables.contains(ObjectIdentifier(v)) }
    public func isFrameLiteral(_ lit: FuncLit) -> Bool { frameLiterals.contains(lit.id) }
}
