// The `//go:build` expression grammar, parsed by recursive descent exactly
// as go/build/constraint/expr.go's exprParser does, with its error
// messages:
//
//	or   = and { "||" and }
//	and  = not { "&&" not }
//	not  = "!" atom | atom          ("!!" is "double negation not allowed")
//	atom = tag | "(" or ")"
//
// Tokens are `(`, `)`, `!`, `&&`, `||` and tags; spaces and tabs separate
// them; a lone `&` or `|`, or any other character, is "invalid syntax at X".

extension BuildConstraint {
    static func parseExpression(_ text: String) throws -> BuildConstraint {
        var parser = ExpressionParser(Array(text.unicodeScalars))
        let x = try parser.or()
        if !parser.token.isEmpty { throw ConstraintSyntaxError(message: "unexpected token " + parser.token) }
        return x
    }
}

private struct ExpressionParser {
    let text: [Unicode.Scalar]
    var index = 0
    /// The last token read; "" at the end of the text.
    var token = ""
    var isTag = false

    init(_ text: [Unicode.Scalar]) { self.text = text }

    mutating func or() throws -> BuildConstraint {
        var x = try and()
        while token == "||" { x = .or(x, try and()) }
        return x
    }

    mutating func and() throws -> BuildConstraint {
        var x = try not()
        while token == "&&" { x = .and(x, try not()) }
        return x
    }

    mutating func not() throws -> BuildConstraint {
        try lex()
        guard token == "!" else { return try atom() }
        try lex()
        if token == "!" { throw ConstraintSyntaxError(message: "double negation not allowed") }
        return .not(try atom())
    }

    mutating func atom() throws -> BuildConstraint {
        if token == "(" {
            let x: BuildConstraint
            do { x = try or() } catch let e as ConstraintSyntaxError where e.message == "unexpected end of expression" {
                throw ConstraintSyntaxError(message: "missing close paren")
            }
            if token != ")" { throw ConstraintSyntaxError(message: "missing close paren") }
            try lex()
            return x
        }
        guard isTag else {
            let message = token.isEmpty ? "unexpected end of expression" : "unexpected token " + token
            throw ConstraintSyntaxError(message: message)
        }
        let name = token
        try lex()
        return .tag(name)
    }

    mutating func lex() throws {
        isTag = false
        while index < text.count && (text[index] == " " || text[index] == "\t") { index += 1 }
        guard index < text.count else { token = ""; return }
        let c = text[index]
        switch c {
        case "(", ")", "!":
            token = String(c); index += 1
        case "&", "|":
            guard index + 1 < text.count, text[index + 1] == c else {
                throw ConstraintSyntaxError(message: "invalid syntax at \(c)")
            }
            token = String(c) + String(c); index += 2
        default:
            var end = index
            while end < text.count && BuildConstraint.isTagScalar(text[end]) { end += 1 }
            if end == index { throw ConstraintSyntaxError(message: "invalid syntax at \(c)") }
            token = String(String.UnicodeScalarView(text[index..<end]))
            index = end
            isTag = true
        }
    }
}
