import GoSyntax
import GoTypes

/// Which function literals outlive the statement that creates them, and so
/// which captured variables need heap cells (gc: escape analysis of
/// closures, cmd/compile/internal/escape).
///
/// A literal that is called on the spot (`func(){...}()`) or deferred by a
/// stack record (`defer func(){...}()` at loop depth 1) cannot outlive its
/// frame: its closure object can live in the frame, and the variables it
/// captures can stay there too unless another, escaping literal captures
/// them. Every other literal is assumed to escape (a later escape analysis
/// will refine this).
public struct ClosureAnalysis {
    /// Function literals whose closure object may be placed in the frame.
    public private(set) var frameLiterals: Set<ObjectIdentifier> = []
    /// Captured variables that must live in heap cells.
    public private(set) var heapVariables: Set<ObjectIdentifier> = []

    public init(files: [File], info: Info, defers: DeferAnalysis) {
        var all: [FuncLit] = []
        var frame: Set<ObjectIdentifier> = []
        for file in files {
            SyntaxWalker.walk(file) { node in
                switch node {
                case let lit as FuncLit: all.append(lit)
                case let call as CallExpr:
                    if let lit = unparen(call.fun) as? FuncLit { frame.insert(lit.id) }
                case let d as DeferStmt:
                    if defers.placement(of: d) == .stack, let lit = unparen(d.call.fun) as? FuncLit {
                        frame.insert(lit.id)
                    }
                default: break
                }
            }
        }
        // A literal called on the spot by a go statement runs on another goroutine.
        for file in files {
            SyntaxWalker.walk(file) { node in
                if let g = node as? GoStmt, let lit = unparen(g.call.fun) as? FuncLit { frame.remove(lit.id) }
                if let d = node as? DeferStmt, defers.placement(of: d) == .heap, let lit = unparen(d.call.fun) as? FuncLit {
                    frame.remove(lit.id)
                }
            }
        }
        frameLiterals = frame
        for lit in all where !frame.contains(lit.id) {
            for v in info.captures[lit.id] ?? [] { heapVariables.insert(ObjectIdentifier(v)) }
        }
    }

    public func needsHeapCell(_ v: Var) -> Bool { heapVariables.contains(ObjectIdentifier(v)) }
    public func isFrameLiteral(_ lit: FuncLit) -> Bool { frameLiterals.contains(lit.id) }
}

func unparen(_ e: Expr) -> Expr {
    var x = e
    while let p = x as? ParenExpr { x = p.x }
    return x
}
