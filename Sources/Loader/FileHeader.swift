// Which lines of a source file are build constraints, read from the file's
// raw bytes as go/build's `parseFileHeader` and `shouldBuild` read them
// (go/build/build.go), never from the syntax tree.
//
// The header is the file's leading run of blank lines and comments, up to
// the first line that is neither (usually the package clause). In it:
//   - a `//go:build` line (outside a /* */ comment) controls alone; a
//     second one is an error ("multiple //go:build comments");
//   - otherwise every `// +build` line counts, but only those above the
//     last blank line before the first non-comment line, so that a `// +build`
//     line in the package's doc comment does not ("must be followed by a
//     blank line"); all such lines must hold.
// The same rules apply to assembly (.s) files.

extension GoEnvironment {
    /// Whether a file with these contents is built (go/build's
    /// `shouldBuild`). Throws go's message for a malformed header, to be
    /// prefixed with the file's name: "parsing //go:build line: ...".
    public func shouldBuild(_ content: [UInt8]) throws -> Bool {
        let header = try FileHeader(content)
        if let line = header.goBuildLine {
            let expr: BuildConstraint?
            do { expr = try BuildConstraint.parse(line: line) } catch let e as ConstraintSyntaxError {
                throw ConstraintSyntaxError(message: "parsing //go:build line: \(e.message)")
            }
            return expr?.evaluate(satisfies) ?? true
        }
        for line in header.plusBuildLines {
            guard let text = BuildConstraint.plusBuildExpression(line) else { continue }
            if !BuildConstraint.parsePlusBuild(text).evaluate(satisfies) { return false }
        }
        return true
    }
}

/// The constraint lines of a file's leading comment block.
struct FileHeader {
    /// The `//go:build` line, trimmed, if there is one.
    var goBuildLine: String?
    /// The trimmed `//` lines that may hold `// +build` constraints.
    var plusBuildLines: [String] = []

    init(_ content: [UInt8]) throws {
        var plusBuildEnd = 0   // where the last blank line before the code ends
        var ended = false      // past the leading // comments
        var inSlashStar = false
        var lines: [(text: ArraySlice<UInt8>, end: Int)] = []
        var start = 0
        scan: while start < content.count {
            let newline = content[start...].firstIndex(of: UInt8(ascii: "\n"))
            let next = newline.map { $0 + 1 } ?? content.count
            let line = FileHeader.trim(content[start..<(newline ?? content.count)])
            start = next
            if line.isEmpty && !ended { plusBuildEnd = next; continue }
            if !line.starts(with: FileHeader.slashSlash) { ended = true }
            if !inSlashStar && FileHeader.isGoBuildComment(line) {
                if goBuildLine != nil { throw ConstraintSyntaxError(message: "multiple //go:build comments") }
                goBuildLine = String(decoding: line, as: UTF8.self)
            }
            lines.append((line, next))
            if !FileHeader.skipComments(line, inSlashStar: &inSlashStar) { break scan }
        }
        plusBuildLines = lines.filter { $0.end <= plusBuildEnd && $0.text.starts(with: FileHeader.slashSlash) }
            .map { String(decoding: $0.text, as: UTF8.self) }
    }

    /// Consumes the comments of one line; false at the first non-comment text.
    private static func skipComments(_ line: ArraySlice<UInt8>, inSlashStar: inout Bool) -> Bool {
        var rest = line
        while !rest.isEmpty {
            if inSlashStar {
                guard let close = find(starSlash, in: rest) else { return true }
                inSlashStar = false
                rest = trim(rest[(close + 2)...])
            } else if rest.starts(with: slashSlash) {
                return true
            } else if rest.starts(with: slashStar) {
                inSlashStar = true
                rest = trim(rest.dropFirst(2))
            } else {
                return false
            }
        }
        return true
    }

    /// "//go:build" followed by nothing or by white space (build.go's isGoBuildComment).
    static func isGoBuildComment(_ line: ArraySlice<UInt8>) -> Bool {
        let keyword = Array("//go:build".utf8)
        guard line.starts(with: keyword) else { return false }
        let rest = line.dropFirst(keyword.count)
        return rest.isEmpty || trim(rest).count < rest.count
    }

    static let slashSlash = Array("//".utf8)
    static let slashStar = Array("/*".utf8)
    static let starSlash = Array("*/".utf8)

    static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// bytes.TrimSpace for ASCII white space.
    static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { $0 == 32 || ($0 >= 9 && $0 <= 13) }
        guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else {
            return s[s.endIndex...]
        }
        return s[first...last]
    }
}
