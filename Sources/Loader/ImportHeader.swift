// A Go file's package clause and imports, the part of the file the loader
// needs, as go/build reads it (go/build/read.go `readGoInfo`): the text
// from the start of the file to the end of the last import declaration is
// cut out and parsed (by GoSyntax's parser, so a syntax error there is
// reported in gc's words at its position); the rest of the file is the
// compiler's business, and its syntax errors are reported when the driver
// parses it, as `go build` leaves them to the compiler.
//
// The cut is found by a small scanner that knows just enough Go (comments,
// string and rune literals, parentheses) to step over `package p` and the
// `import` declarations. When it cannot make sense of the header, the
// whole file is parsed instead.

import GoSyntax

/// What one Go file declares about its package.
struct GoFileHeader {
    var packageName: String
    /// Import paths as written, in source order, with each one's position
    /// as "file:line:col".
    var imports: [(path: String, position: String)]
}

extension GoFileHeader {
    /// Reads the header of a file whose bytes are `content`; `displayPath`
    /// names it in positions. Throws the first syntax error.
    init(content: [UInt8], displayPath: String) throws {
        var cutter = HeaderCutter(content)
        let end = cutter.importsEnd() ?? content.count
        let fileSet = FileSet()
        let (file, diagnostics) = parseFile(fileSet: fileSet, path: displayPath, source: Array(content[..<end]))
        if let first = diagnostics.sorted().first {
            throw FileSyntaxError(position: fileSet.format(first.pos), message: first.message)
        }
        guard let file else { throw FileSyntaxError(position: displayPath, message: "cannot read package clause") }
        packageName = file.package.name
        imports = try file.imports.map { spec in
            let position = fileSet.format(spec.pos)
            guard let path = unquoteImportPath(spec.path.value) else {
                throw FileSyntaxError(position: position, message: "invalid import path: \(spec.path.value)")
            }
            return (path, position)
        }
    }
}

/// A syntax error in a file's header: go reports it at its own position.
struct FileSyntaxError: Error {
    var position: String
    var message: String
}

/// The value of an import path literal: `raw` or "interpreted" with Go's
/// escapes (spec: "String literals"); nil when malformed.
func unquoteImportPath(_ literal: String) -> String? {
    let scalars = Array(literal.unicodeScalars)
    guard scalars.count >= 2, let quote = scalars.first, quote == scalars.last, quote == "\"" || quote == "`" else {
        return nil
    }
    let body = scalars[1..<(scalars.count - 1)]
    if quote == "`" { return String(String.UnicodeScalarView(body)) }
    var out = String.UnicodeScalarView()
    var i = body.startIndex
    while i < body.endIndex {
        let c = body[i]
        i += 1
        guard c == "\\" else { out.append(c); continue }
        guard i < body.endIndex else { return nil }
        let e = body[i]
        i += 1
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
            "\\": "\\", "\"": "\"",
        ]
        if let s = simple[e] { out.append(s); continue }
        let (digits, radix): (Int, Int) = e == "x" ? (2, 16) : e == "u" ? (4, 16) : e == "U" ? (8, 16) : (3, 8)
        if radix == 8 { i -= 1 }
        guard i + digits <= body.endIndex,
              let v = UInt32(String(String.UnicodeScalarView(body[i..<(i + digits)])), radix: radix),
              let s = Unicode.Scalar(v) else { return nil }
        out.append(s)
        i += digits
    }
    return String(out)
}

/// Finds where a Go file's import declarations end.
struct HeaderCutter {
    let src: [UInt8]
    var i = 0
    init(_ src: [UInt8]) { self.src = src }

    /// The offset just past `package p` and the import declarations after
    /// it; nil when the header is not what Go's grammar expects.
    mutating func importsEnd() -> Int? {
        guard skipSpace(), word() == "package", skipSpace(), !word().isEmpty else { return nil }
        var end = i
        while true {
            guard skipSpace(semicolons: true) else { return nil }
            guard word() == "import" else { return end }
            guard skipSpace() else { return nil }
            if peek == UInt8(ascii: "(") {
                guard skipGroup() else { return nil }
            } else {
                if peek == UInt8(ascii: ".") { i += 1 } else { _ = word() }
                guard skipSpace(), skipLiteral() else { return nil }
            }
            end = i
        }
    }

    private var peek: UInt8? { i < src.count ? src[i] : nil }

    /// Skips white space and comments (and `;` if asked); false inside an
    /// unterminated comment.
    private mutating func skipSpace(semicolons: Bool = false) -> Bool {
        while let c = peek {
            if c == 32 || c == 9 || c == 10 || c == 13 || (semicolons && c == UInt8(ascii: ";")) {
                i += 1
            } else if c == UInt8(ascii: "/") && i + 1 < src.count && src[i + 1] == UInt8(ascii: "/") {
                while let d = peek, d != 10 { i += 1 }
            } else if c == UInt8(ascii: "/") && i + 1 < src.count && src[i + 1] == UInt8(ascii: "*") {
                guard let close = FileHeader.find(FileHeader.starSlash, in: src[(i + 2)...]) else { return false }
                i = close + 2
            } else {
                return true
            }
        }
        return true
    }

    /// An identifier or keyword (ASCII letters, digits, `_`, and any
    /// non-ASCII bytes); "" if there is none.
    private mutating func word() -> String {
        let start = i
        while let c = peek, HeaderCutter.isWordByte(c) { i += 1 }
        return String(decoding: src[start..<i], as: UTF8.self)
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        return c == UInt8(ascii: "_") || c >= 0x80 || (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122)
    }

    private static func isQuote(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") || c == UInt8(ascii: "'")
    }

    /// A string or rune literal starting at `i`.
    private mutating func skipLiteral() -> Bool {
        guard let quote = peek, HeaderCutter.isQuote(quote) else { return false }
        i += 1
        while let c = peek {
            i += 1
            if c == quote { return true }
            if quote != UInt8(ascii: "`") && c == 10 { return false }
            if quote != UInt8(ascii: "`") && c == UInt8(ascii: "\\") { i += 1 }
        }
        return false
    }

    /// A parenthesized import group, up to its `)`.
    private mutating func skipGroup() -> Bool {
        i += 1
        while true {
            guard skipSpace(semicolons: true), let c = peek else { return false }
            if c == UInt8(ascii: ")") { i += 1; return true }
            if HeaderCutter.isQuote(c) {
                guard skipLiteral() else { return false }
            } else if word().isEmpty {
                i += 1   // `.` or anything else the parser will judge
            }
        }
    }
}
