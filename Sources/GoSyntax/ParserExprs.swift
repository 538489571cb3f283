// Expressions (spec: "Expressions"); gc: parser.go expr ... complitexpr.

extension Parser {
    func expr() -> Expr { binaryExpr(nil, 0) }

    /// ExpressionList = Expression { "," Expression } .
    func exprList() -> [Expr] {
        var l = [expr()]
        while got(.comma) { l.append(expr()) }
        return l
    }

    /// Expression = UnaryExpr | Expression binary_op Expression .
    /// Operators of equal precedence associate to the left (spec: "Operator precedence").
    func binaryExpr(_ lhs: Expr?, _ prec: Int) -> Expr {
        var x = lhs ?? unaryExpr()
        while tok.precedence > prec {
            let p = pos
            let op = tok
            next()
            x = BinaryExpr(pos: p, op: op, x: x, y: binaryExpr(nil, op.precedence))
        }
        return x
    }

    /// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    func unaryExpr() -> Expr {
        let p = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(pos: p, x: unaryExpr())
        case .add, .sub, .not, .xor, .tilde:
            let op = tok
            next()
            return UnaryExpr(pos: p, op: op, x: unaryExpr())
        case .and:
            next()
            // &(T{}) is &T{}: drop parentheses around a composite literal.
            return UnaryExpr(pos: p, op: .and, x: unparen(unaryExpr()))
        case .arrow:
            next()
            let x = unaryExpr()
            // <-chan T is a channel type, not a receive: re-associate the arrow
            // with the channel type already parsed (gc: unaryExpr).
            if let c = x as? ChanType { return receiveOnly(c) }
            return UnaryExpr(pos: p, op: .arrow, x: x)
        default:
            return primaryExpr(nil, keepParens: true)
        }
    }

    /// `<-` applied to channel type `c`: `<-chan E` and `<-chan<- E` → `<-chan (<-E)`.
    private func receiveOnly(_ c: ChanType) -> Expr {
        var elem = c.value
        switch c.dir {
        case .recv:
            syntaxError("unexpected <-, expecting chan") // <-<-chan E
        case .send:
            if let inner = elem as? ChanType {
                elem = receiveOnly(inner)
            } else {
                syntaxError("unexpected \(exprString(elem)), expecting chan")
            }
        case .both:
            break
        }
        return ChanType(pos: c.pos, dir: .recv, value: elem)
    }

    /// Operand = Literal | OperandName | "(" Expression ")" ; also type literals.
    func operand(keepParens: Bool) -> Expr {
        switch tok {
        case .ident:
            return name()
        case .int, .float, .imag, .char, .string:
            return literalOrNil()!
        case .lparen:
            let p = pos
            next()
            xnest += 1
            let x = expr()
            xnest -= 1
            want(.rparen)
            // Parentheses matter before "{" ((T){} is an error) and in go/defer.
            if keepParens || tok == .lbrace { return ParenExpr(pos: p, x: x) }
            return x
        case .func:
            let p = pos
            next()
            let ft = funcType(context: "function type")
            if tok == .lbrace {
                xnest += 1
                let body = funcBody()
                xnest -= 1
                return FuncLit(pos: p, type: ft, body: body)
            }
            return ft
        case .lbrack, .chan, .map, .struct, .interface:
            return parseType()
        default:
            let x = badExpr()
            syntaxError("expecting expression")
            advance(.rparen, .rbrack, .rbrace)
            return x
        }
    }

    /// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) ;
    /// composite literals are recognized here too.
    func primaryExpr(_ operandExpr: Expr?, keepParens: Bool) -> Expr {
        var x = operandExpr ?? operand(keepParens: keepParens)
        loop: while true {
            let p = pos
            switch tok {
            case .period:
                next()
                switch tok {
                case .ident:
                    x = SelectorExpr(pos: p, x: x, sel: name())
                case .lparen:
                    next()
                    if got(.type) {
                        x = TypeAssertExpr(pos: p, x: x, type: nil)
                    } else {
                        x = TypeAssertExpr(pos: p, x: x, type: parseType())
                    }
                    want(.rparen)
                default:
                    syntaxError("expecting name or (")
                    advance(.semicolon, .rparen)
                }
            case .lbrack:
                next()
                if tok == .rbrack {
                    syntaxError("expecting operand")
                    next()
                    continue loop
                }
                var low: Expr?
                if tok != .colon {
                    let (i, comma, rest) = typeList()
                    low = i
                    if comma || tok == .rbrack {
                        want(.rbrack)
                        let e = IndexExpr(pos: p, x: x, index: i)
                        e.moreIndices = rest    // f[A, B]: an instantiation
                        x = e
                        continue loop
                    }
                }
                if !got(.colon) {
                    syntaxError("expecting comma, : or ]")
                    advance(.comma, .colon, .rbrack)
                }
                xnest += 1
                var high: Expr?, max: Expr?
                var full = false
                if tok != .colon && tok != .rbrack { high = expr() }
                if tok == .colon {
                    full = true
                    if high == nil {
                        error("middle index required in 3-index slice")
                        high = badExpr()
                    }
                    next()
                    if tok != .rbrack {
                        max = expr()
                    } else {
                        error("final index required in 3-index slice")
                        max = badExpr()
                    }
                }
                xnest -= 1
                want(.rbrack)
                x = SliceExpr(pos: p, x: x, low: low, high: high, max: max, slice3: full)
            case .lparen:
                next()
                xnest += 1
                var args: [Expr] = []
                var dots = false
                let rparen = list("argument list", sep: .comma, close: .rparen) {
                    args.append(self.expr())
                    dots = self.got(.ellipsis)
                    return dots
                }
                xnest -= 1
                x = CallExpr(pos: p, fun: x, args: args, hasEllipsis: dots, rparen: rparen)
            case .lbrace:
                // Does "{" open a composite literal or a block? (spec: "Composite
                // literals": T{ in a control clause header needs parentheses.)
                let t = unparen(x)
                var complit = false
                switch t {
                case is Ident, is SelectorExpr: complit = xnest >= 0
                case let ix as IndexExpr: complit = xnest >= 0 && !isValue(ix)
                case is ArrayType, is StructType, is MapType: complit = true
                default: break
                }
                if !complit { break loop }
                if t !== x { syntaxError("cannot parenthesize type in composite literal") }
                x = compositeLit(type: t)
            default:
                break loop
            }
        }
        return x
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    func compositeLit(type: Expr?) -> CompositeLit {
        let p = pos
        xnest += 1
        want(.lbrace)
        var elems: [Expr] = []
        let rbrace = list("composite literal", sep: .comma, close: .rbrace) {
            var e = self.bareCompositeElement()
            if self.tok == .colon {
                let cp = self.pos
                self.next()
                e = KeyValueExpr(pos: cp, key: e, value: self.bareCompositeElement())
            }
            elems.append(e)
            return false
        }
        xnest -= 1
        return CompositeLit(pos: p, type: type, elements: elems, rbrace: rbrace)
    }

    /// Element = Expression | LiteralValue .
    private func bareCompositeElement() -> Expr {
        tok == .lbrace ? compositeLit(type: nil) : expr()
    }
}

/// gc's isValue: x is syntactically a value, so `x{` cannot start a composite literal.
func isValue(_ x: Expr) -> Bool {
    switch x {
    case is BasicLit, is CompositeLit, is FuncLit, is SliceExpr, is TypeAssertExpr, is CallExpr,
         is UnaryExpr, is BinaryExpr:
        return true
    case let p as ParenExpr:
        return isValue(p.x)
    case let i as IndexExpr:
        return isValue(i.x) || isValue(i.index)
    default:
        return false // *T may be a type
    }
}
