import GoSyntax

/// Finds the labels of a function body that a `goto` written after them
/// targets: the heads of unstructured loops (gc: escape.walkFunc marks them
/// `looping`). Function literals are not entered; their labels are their own.
enum LabelScan {
    static func loopingLabels(in body: BlockStmt) -> Set<String> {
        var seen: Set<String> = []
        var looping: Set<String> = []
        SyntaxWalker.walk(body) { node, _ in
            switch node {
            case let s as LabeledStmt:
                seen.insert(s.label.name)
            case let s as BranchStmt:
                if s.tok == .goto, let l = s.label, seen.contains(l.name) { looping.insert(l.name) }
            case is FuncLit:
                return false
            default: break
            }
            return true
        }
        return looping
    }
}
