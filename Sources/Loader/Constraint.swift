// Build constraint expressions, as go/build/constraint/expr.go parses them.
//
// A `//go:build` line holds one boolean expression over tags: `!` binds
// tightest, then `&&`, then `||`, with parentheses; `!!x` is refused
// ("double negation not allowed"). A tag is a run of letters, digits, `_`
// and `.`. The older `// +build` lines hold a list of space-separated
// options (OR), each a comma-separated list of terms (AND), each a tag
// with an optional `!`; a term that is not a valid tag (or `!!x`) stands
// for the never-set tag "ignore", and an empty line is "ignore" too.
// Which lines of a file count is FileHeader.swift's business.

/// A build constraint (go/build/constraint's `Expr`).
public indirect enum BuildConstraint: Equatable, Sendable {
    case tag(String)
    case not(BuildConstraint)
    case and(BuildConstraint, BuildConstraint)
    case or(BuildConstraint, BuildConstraint)

    /// Whether the constraint holds when exactly the tags `holds` accepts are set.
    public func evaluate(_ holds: (String) -> Bool) -> Bool {
        switch self {
        case .tag(let name): return holds(name)
        case .not(let x): return !x.evaluate(holds)
        case .and(let x, let y): return x.evaluate(holds) && y.evaluate(holds)
        case .or(let x, let y): return x.evaluate(holds) || y.evaluate(holds)
        }
    }

    /// Parses a `//go:build` or `// +build` line (constraint.Parse); nil
    /// when the line is neither. A malformed `//go:build` expression
    /// throws with go's message ("unexpected end of expression", ...).
    public static func parse(line: String) throws -> BuildConstraint? {
        if let text = goBuildExpression(line) { return try parseExpression(text) }
        if let text = plusBuildExpression(line) { return parsePlusBuild(text) }
        return nil
    }

    /// The expression of a `//go:build` line (constraint.splitGoBuild):
    /// "//go:build" must be followed by a space or end the line.
    static func goBuildExpression(_ line: String) -> String? {
        afterKeyword("//go:build", in: line, trimmingFirst: false)
    }

    /// The text of a `// +build` line (constraint.splitPlusBuild).
    static func plusBuildExpression(_ line: String) -> String? {
        guard line.hasPrefix("//") else { return nil }
        return afterKeyword("+build", in: trimmed(String(line.dropFirst(2))), trimmingFirst: true)
    }

    private static func afterKeyword(_ keyword: String, in line: String, trimmingFirst: Bool) -> String? {
        var line = line.hasSuffix("\n") ? String(line.dropLast()) : line
        guard !line.contains("\n"), line.hasPrefix(keyword) else { return nil }
        if !trimmingFirst { line = trimmed(line) }
        let rest = String(line.dropFirst(keyword.count))
        let body = trimmed(rest)
        if rest.count == body.count && !rest.isEmpty { return nil }  // "//go:buildx"
        return body
    }

    /// A `// +build` line's options: OR of ANDs of possibly negated tags.
    static func parsePlusBuild(_ text: String) -> BuildConstraint {
        let options = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { clause in
            clause.split(separator: ",", omittingEmptySubsequences: false).map { term -> BuildConstraint in
                if term.hasPrefix("!!") || term == "!" { return .tag("ignore") }
                let negated = term.hasPrefix("!")
                let name = String(negated ? term.dropFirst() : term)
                let tag = BuildConstraint.tag(isValidTag(name) ? name : "ignore")
                return negated ? .not(tag) : tag
            }.reduce(nil) { all, term in all.map { .and($0, term) } ?? term }!
        }
        return options.reduce(nil) { all, option in all.map { .or($0, option) } ?? option } ?? .tag("ignore")
    }

    static func isValidTag(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy(isTagScalar)
    }

    /// unicode.IsLetter, unicode.IsDigit, `_` or `.`.
    static func isTagScalar(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return c == "_" || c == "."
        }
    }

    /// strings.TrimSpace for the ASCII white space build lines use.
    static func trimmed(_ s: String) -> String {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        return String(s.drop(while: { space.contains($0) }).reversed().drop(while: { space.contains($0) }).reversed())
    }
}

/// A malformed `//go:build` expression, in go/build/constraint's words.
public struct ConstraintSyntaxError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
