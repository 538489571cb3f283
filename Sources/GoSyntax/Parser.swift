// The parser: a recursive-descent parser for Go 1.19 source files.
//
// Its structure, error recovery and messages follow gc's parser
// (cmd/compile/internal/syntax/parser.go) so that syntax errors read exactly
// as gc prints them; node positions are those gc's syntax package assigns
// (see the comments in AST.swift). Generics are parsed (type parameter
// lists, instantiations, type-set elements ~T and unions); the checker
// decides what golly supports of them.

/// Parses one Go source file. Returns nil for the file when the package
/// clause is missing or malformed (gc gives up on the file then, too).
/// Diagnostics are in source order; like gc, only the first syntax error of
/// each line is kept.
public func parseFile(fileSet: FileSet, path: String, source: [UInt8]) -> (File?, [Diagnostic]) {
    let index = fileSet.add(path)
    let parser = Parser(file: index, path: path, source: source)
    let file = parser.parseFile()
    return (file, parser.finishedDiagnostics())
}

final class Parser {
    let file: Int
    let path: String
    private(set) var scanner: Scanner!
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errorCount = 0

    /// Expression nesting: < 0 in control clause headers, where `T{` cannot
    /// start a composite literal (spec: "Composite literals", parsing ambiguity).
    var xnest = 0
    /// Function nesting: > 0 inside function bodies.
    var fnest = 0

    init(file: Int, path: String, source: [UInt8]) {
        self.file = file
        self.path = path
        scanner = Scanner(source: source) { [unowned self] line, col, msg in
            self.errorAt(Pos(file: self.file, line: line, column: col), msg)
        }
        scanner.next()
    }

    // MARK: - The current token

    var tok: Token { scanner.tok }
    var lit: String { scanner.lit }
    var pos: Pos { Pos(file: file, line: scanner.line, column: scanner.col) }
    func next() { scanner.next() }

    func got(_ t: Token) -> Bool {
        if tok == t { next(); return true }
        return false
    }

    func want(_ t: Token) {
        if !got(t) {
            syntaxError("expecting " + tokenString(t))
            advance()
        }
    }

    /// Like got(.assign) but also accepts (and reports) ":=".
    func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expecting =")
            next()
            return true
        case .assign:
            next()
            return true
        default:
            return false
        }
    }

    // MARK: - Errors

    func errorAt(_ p: Pos, _ msg: String) {
        errorCount += 1
        diagnostics.append(Diagnostic(p, msg))
    }

    func error(_ msg: String) { errorAt(pos, msg) }
    func syntaxError(_ msg: String) { syntaxErrorAt(pos, msg) }

    /// gc's syntaxErrorAt: messages starting with "in ", "at ", "after " or
    /// "expecting " are prefixed with "unexpected <current token>".
    func syntaxErrorAt(_ p: Pos, _ msg: String) {
        if tok == .eof && errorCount > 0 { return } // avoid meaningless follow-up errors
        var m = msg
        if m.hasPrefix("in ") || m.hasPrefix("at ") || m.hasPrefix("after ") {
            m = " " + m
        } else if m.hasPrefix("expecting ") {
            m = ", " + m
        } else if !m.isEmpty {
            errorAt(p, "syntax error: " + m)
            return
        }
        errorAt(p, "syntax error: unexpected " + currentTokenDescription() + m)
    }

    func currentTokenDescription() -> String {
        switch tok {
        case .ident, .semicolon: return lit
        case .int, .float, .imag, .char, .string: return "literal " + lit
        default: return tokenString(tok)
        }
    }

    /// The stop set: statement keywords that are good synchronization points
    /// after an error inside a function body.
    private static let stopSet: Set<Token> = [.break, .const, .continue, .defer, .fallthrough, .for, .go,
                                              .goto, .if, .return, .select, .switch, .type, .var]

    /// Skips tokens until one in `follow` (or, inside functions, a statement
    /// keyword); with an empty list, skips exactly one token.
    func advance(_ follow: Token...) {
        if follow.isEmpty {
            if tok != .eof { next() }
            return
        }
        while tok != .eof && !follow.contains(tok) && !(fnest > 0 && Parser.stopSet.contains(tok)) {
            next()
        }
    }

    /// Diagnostics sorted by position, after gc's filter (cmd/compile/internal/base/print.go):
    /// of the syntax errors on one line only the first reported is kept, and equal
    /// errors on one line are reported once. The filter applies in report order.
    func finishedDiagnostics() -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var lastSyntaxLine: Int32 = -1
        var lastOther: Diagnostic?
        for d in diagnostics {
            if d.message.hasPrefix("syntax error") {
                if d.pos.line == lastSyntaxLine { continue }
                lastSyntaxLine = d.pos.line
            } else {
                if let o = lastOther, o.pos.line == d.pos.line, o.message == d.message { continue }
                lastOther = d
            }
            kept.append(d)
        }
        return kept.enumerated()
            .sorted { ($0.element.pos, $0.offset) < ($1.element.pos, $1.offset) }
            .map(\.element)
    }

    /// Not counted in errorCount: gc would accept the code, so its error
    /// recovery decisions (which depend on earlier errors) must not change.
    func unsupportedGenerics(_ p: Pos) {
        diagnostics.append(Diagnostic(p, "golly does not support generics yet"))
    }

    // MARK: - Common productions

    func name() -> Ident {
        if tok == .ident {
            let n = Ident(pos: pos, name: lit)
            next()
            return n
        }
        let n = Ident(pos: pos, name: "_")
        syntaxError("expecting name")
        advance()
        return n
    }

    func nameList(_ first: Ident) -> [Ident] {
        var l = [first]
        while got(.comma) { l.append(name()) }
        return l
    }

    func badExpr() -> BadExpr { BadExpr(pos: pos) }

    func literalOrNil() -> BasicLit? {
        let k: LiteralKind
        switch tok {
        case .int: k = .int
        case .float: k = .float
        case .imag: k = .imag
        case .char: k = .char
        case .string: k = .string
        default: return nil
        }
        let b = BasicLit(pos: pos, kind: k, value: lit)
        next()
        return b
    }

    /// Skips a bracketed list (after its "[" was consumed) up to and including
    /// the matching "]": used to step over what cannot be parsed.
    func skipBrackets() {
        var depth = 1
        while tok != .eof {
            if tok == .lbrack || tok == .lparen || tok == .lbrace { depth += 1 }
            if tok == .rbrack || tok == .rparen || tok == .rbrace {
                depth -= 1
                if depth == 0 { if tok == .rbrack { next() }; return }
            }
            next()
        }
    }
}

/// gc's tokstring: English words for a few punctuation tokens in messages.
func tokenString(_ t: Token) -> String {
    switch t {
    case .comma: return "comma"
    case .semicolon: return "semicolon or newline"
    default: return t.rawValue
    }
}

/// The expression inside any number of parentheses.
public func unparen(_ x: Expr) -> Expr {
    var x = x
    while let p = x as? ParenExpr { x = p.x }
    return x
}
