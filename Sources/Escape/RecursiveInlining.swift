import GoSyntax
import GoTypes

/// Which functions IRGen emits with copies of their body (IRGen
/// RecursiveCopies.swift): small functions that call themselves and hold
/// nothing a copy could not repeat -- no function literals, defers, labels,
/// go or select statements, and no recover (a copy would merge the frames
/// recover's rule tells apart, Escape/RecoverFrames.swift).
public struct RecursiveInlining {
    /// Bodies larger than this many syntax nodes are not copied.
    public static let maxNodes = 60
    private let info: Info


    public init(info: Info) { self.info = info }

    /// Whether `decl` is a small function that calls itself and has nothing
    /// that a copy of its body could not repeat.
    public func isSmallSelfRecursive(_ decl: FuncDecl, _ fnObj: Func) -> Bool {
        guard decl.recv == nil, let body = decl.body else { return false }
        var nodes = 0, callsItself = false, copyable = true
        SyntaxWalker.walk(body) { node, _ in
            guard copyable else { return false }
            nodes += 1
            switch node {
            case let c as CallExpr:
                if let id = unparen(c.fun) as? Ident {
                    let obj = info.object(of: id)
                    if obj === fnObj { callsItself = true }
                    if let b = obj as? Builtin, b.id == .recover { copyable = false }
                }
            case is FuncLit:
                copyable = false
            case is Expr, is BlockStmt, is ExprStmt, is AssignStmt, is IncDecStmt, is ReturnStmt,
                 is IfStmt, is ForStmt, is DeclStmt, is GenDecl, is ValueSpec, is SwitchStmt, is CaseClause:
                break
            default:
                copyable = false    // labels, defer, go, select, range, ...: keep the one body
            }
            return copyable
        }
        return callsItself && copyable && nodes <= RecursiveInlining.maxNodes
    }
}
