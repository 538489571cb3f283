import GoSyntax
import GoTypes

/// Which parameters of a package's functions keep what they receive (gc's
/// escape analysis tags, cmd/compile/internal/escape's paramTag, which
/// export data carries to importers): for each function or method with a
/// body, one bit per receiver and parameter holding a reference (a
/// pointer, unsafe.Pointer, slice or func), set when the reference cannot
/// outlive the call. AddressEscape follows an argument into a call of its
/// own package's functions by their bodies; into another package's, it
/// reads the callee's bit here instead, so `var b strings.Builder;
/// b.WriteString(s)` keeps b in the frame as in gc.
///
/// A bit comes from the same question AddressEscape asks of a local
/// pointer variable, asked of the parameter with every local variable of
/// its function dying at the return. The Driver keeps a package's
/// summaries in the build cache beside its object (`KEY.esc`) and hands
/// the summaries of everything a package imports to its analysis. A
/// function without a summary (a body in assembly or C, an interface
/// method, a func value) keeps everything.
public struct ParameterSummaries: ExpressibleByDictionaryLiteral, Sendable {
    /// A function's link name (gc's symbol) → for each of its receiver
    /// and parameters, whether the reference passed there stays in the call.
    public private(set) var functions: [String: [Bool]]

    public init(dictionaryLiteral elements: (String, [Bool])...) {
        functions = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    /// Whether the call keeps what it receives as `parameter` (the
    /// receiver first for a method): true unless a summary says otherwise.
    func keeps(_ f: Func, parameter: Int) -> Bool {
        // Only a declared function or method has a summary: an interface's
        // method has no declaration (and its link name would be its
        // package's function of the same name).
        guard f.decl != nil, let bits = functions[f.linkName], parameter < bits.count else { return true }
        return !bits[parameter]
    }

    /// Adds another package's summaries.
    public mutating func merge(_ other: ParameterSummaries) {
        functions.merge(other.functions) { $1 }
    }

    init(files: [File], info: Info, graph: UseGraph) {
        functions = [:]
        for file in files {
            for case let decl as FuncDecl in file.decls where decl.body != nil {
                guard let f = info.defs[decl.name.id] as? Func else { continue }
                let fields = (decl.recv.map { [$0] } ?? []) + decl.type.params
                var bits: [Bool] = []
                var any = false
                for field in fields {
                    let names: [Ident?] = field.names.isEmpty ? [nil] : field.names
                    for name in names {
                        // Unnamed and blank parameters are never read.
                        guard let name, !name.isBlank else { bits.append(true); continue }
                        guard let v = info.defs[name.id] as? Var, graph.holdsReference(v.type) else {
                            bits.append(false)
                            continue
                        }
                        let stays = !graph.parameterEscapes(v)
                        bits.append(stays)
                        any = any || stays
                    }
                }
                if any { functions[f.linkName] = bits }
            }
        }
    }

    // MARK: The cache's text form

    /// One line a function: its link name, a tab, one `0` or `1` a parameter.
    public var text: String {
        functions.keys.sorted().map { name in
            name + "\t" + String(functions[name]!.map { $0 ? "1" : "0" })
        }.joined(separator: "\n") + "\n"
    }

    public init(text: String) {
        functions = [:]
        for line in text.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t") else { continue }
            functions[String(line[..<tab])] = line[line.index(after: tab)...].map { $0 == "1" }
        }
    }
}
