@testable import GoSyntax

/// Parses `source` as file "x.go"; diagnostics as gc prints them, "x.go:L:C: msg".
func parse(_ source: String) -> (file: File?, errors: [String]) {
    let fs = FileSet()
    let (file, diags) = parseFile(fileSet: fs, path: "x.go", source: Array(source.utf8))
    return (file, diags.map { "\(fs.format($0.pos)): \($0.message)" })
}

/// The tokens of `source`: identifiers and literals as their text, semicolons as
/// ";(newline)" etc., everything else as the token's spelling.
func tokens(_ source: String) -> [String] {
    var errors: [String] = []
    let s = Scanner(source: Array(source.utf8)) { line, col, msg in errors.append("\(line):\(col): \(msg)") }
    var out: [String] = []
    while true {
        s.next()
        switch s.tok {
        case .eof: return out + errors
        case .semicolon: out.append(";(\(s.lit))")
        case .ident, .int, .float, .imag, .char, .string: out.append(s.lit)
        default: out.append(s.tok.rawValue)
        }
    }
}

/// The body statements of the first function declared in `source`.
func bodyOf(_ source: String) -> [Stmt] {
    let (file, _) = parse(source)
    return file?.decls.compactMap { $0 as? FuncDecl }.first?.body?.list ?? []
}
