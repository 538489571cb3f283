/// Go's tokens (spec: "Operators and punctuation", "Keywords").
public enum Token: String, Sendable {
    case eof = "EOF"
    case ident = "name", int = "int literal", float = "float literal", imag = "imaginary literal"
    case char = "rune literal", string = "string literal"

    // Operators.
    case add = "+", sub = "-", mul = "*", quo = "/", rem = "%"
    case and = "&", or = "|", xor = "^", shl = "<<", shr = ">>", andNot = "&^"
    case addAssign = "+=", subAssign = "-=", mulAssign = "*=", quoAssign = "/=", remAssign = "%="
    case andAssign = "&=", orAssign = "|=", xorAssign = "^=", shlAssign = "<<=", shrAssign = ">>=", andNotAssign = "&^="
    case land = "&&", lor = "||", arrow = "<-", inc = "++", dec = "--"
    case eql = "==", lss = "<", gtr = ">", assign = "=", not = "!"
    case neq = "!=", leq = "<=", geq = ">=", define = ":=", ellipsis = "..."
    case lparen = "(", lbrack = "[", lbrace = "{", comma = ",", period = "."
    case rparen = ")", rbrack = "]", rbrace = "}", semicolon = ";", colon = ":", tilde = "~"

    // Keywords.
    case `break`, `case`, chan, const, `continue`, `default`, `defer`, `else`
    case `fallthrough`, `for`, `func`, go, goto, `if`, `import`, interface
    case map, package, range, `return`, select, `struct`, `switch`, type, `var`

    public static let keywords: [String: Token] = {
        var m: [String: Token] = [:]
        for t: Token in [.break, .case, .chan, .const, .continue, .default, .defer, .else,
                         .fallthrough, .for, .func, .go, .goto, .if, .import, .interface,
                         .map, .package, .range, .return, .select, .struct, .switch, .type, .var] {
            m[t.rawValue] = t
        }
        return m
    }()

    /// Binary operator precedence (spec: "Operator precedence"); 0 if not binary.
    public var precedence: Int {
        switch self {
        case .lor: return 1
        case .land: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .quo, .rem, .shl, .shr, .and, .andNot: return 5
        default: return 0
        }
    }

    /// For `op=` assignment tokens, the binary operator they apply.
    public var assignOpBase: Token? {
        switch self {
        case .addAssign: return .add
        case .subAssign: return .sub
        case .mulAssign: return .mul
        case .quoAssign: return .quo
        case .remAssign: return .rem
        case .andAssign: return .and
        case .orAssign: return .or
        case .xorAssign: return .xor
        case .shlAssign: return .shl
        case .shrAssign: return .shr
        case .andNotAssign: return .andNot
        default: return nil
        }
    }

    public var isComparison: Bool {
        switch self { case .eql, .neq, .lss, .leq, .gtr, .geq: return true; default: return false }
    }
}
