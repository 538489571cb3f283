// Types (spec: "Types"), parameter lists and struct/interface bodies;
// gc: parser.go typeOrNil ... paramList.

extension Parser {
    /// A type, or a BadExpr after reporting "expecting type".
    func parseType() -> Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expecting type")
        advance(.comma, .colon, .semicolon, .rparen, .rbrack, .rbrace)
        return b
    }

    /// Type = TypeName | TypeLit | "(" Type ")" ; nil if no type starts here.
    func typeOrNil() -> Expr? {
        let p = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(pos: p, x: parseType())
        case .arrow:
            next()
            want(.chan)
            return ChanType(pos: p, dir: .recv, value: chanElem())
        case .func:
            next()
            return funcType(context: "function type")
        case .lbrack:
            next()
            if got(.rbrack) { return ArrayType(pos: p, len: nil, elt: parseType()) }
            return arrayType(p, len: nil)
        case .chan:
            next()
            let dir: ChanDir = got(.arrow) ? .send : .both
            return ChanType(pos: p, dir: dir, value: chanElem())
        case .map:
            next()
            want(.lbrack)
            let key = parseType()
            want(.rbrack)
            return MapType(pos: p, key: key, value: parseType())
        case .struct:
            return structType()
        case .interface:
            return interfaceType()
        case .ident:
            return qualifiedName(nil)
        case .lparen:
            next()
            let t = parseType()
            want(.rparen)
            return t
        default:
            return nil
        }
    }

    /// `[` was consumed at `p`; `len` is an already parsed length, if any.
    func arrayType(_ p: Pos, len: Expr?) -> Expr {
        var len = len
        if len == nil {
            if tok == .ellipsis {
                len = Ellipsis(pos: pos, elt: nil)
                next()
            } else {
                xnest += 1
                len = expr()
                xnest -= 1
            }
        }
        if tok == .comma {
            syntaxError("unexpected comma; expecting ]")
            next()
        }
        want(.rbrack)
        return ArrayType(pos: p, len: len, elt: parseType())
    }

    func chanElem() -> Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("missing channel element type")
        return b
    }

    /// TypeName = identifier | QualifiedIdent ; a following "[" is an instantiation.
    func qualifiedName(_ first: Ident?) -> Expr {
        var x: Expr
        if let first = first {
            x = first
        } else if tok == .ident {
            x = name()
        } else {
            x = Ident(pos: pos, name: "_")
            syntaxError("expecting name")
            advance(.period, .semicolon, .rbrace)
        }
        if tok == .period {
            let p = pos
            next()
            x = SelectorExpr(pos: p, x: x, sel: name())
        }
        if tok == .lbrack { x = typeInstance(x) }
        return x
    }

    /// T[A, B]: a generic instantiation.
    func typeInstance(_ x: Expr) -> Expr {
        let p = pos
        want(.lbrack)
        var index: Expr
        var more: [Expr] = []
        if tok == .rbrack {
            syntaxError("expecting type")
            index = badExpr()
        } else {
            let list = typeList()
            index = list.first
            more = list.rest
        }
        want(.rbrack)
        let e = IndexExpr(pos: p, x: x, index: index)
        e.moreIndices = more
        return e
    }

    /// A non-empty comma-separated list of expressions (types after the first):
    /// the first, whether there was a comma, and the types after it.
    func typeList() -> (first: Expr, comma: Bool, rest: [Expr]) {
        xnest += 1
        defer { xnest -= 1 }
        let x = expr()
        var comma = false
        var rest: [Expr] = []
        if got(.comma) {
            comma = true
            if let t = typeOrNil() {
                rest.append(t)
                while got(.comma) {
                    guard let t = typeOrNil() else { break }
                    rest.append(t)
                }
            }
        }
        return (x, comma, rest)
    }

    /// `name [n]E` (an array type) or `name[A, B]` (an instantiation).
    func arrayOrTypeArgs(_ name: Ident) -> Expr {
        let p = pos
        want(.lbrack)
        if got(.rbrack) { return ArrayType(pos: p, len: nil, elt: parseType()) }
        let (n, comma, rest) = typeList()
        want(.rbrack)
        if !comma, let elem = typeOrNil() {
            return ArrayType(pos: p, len: n, elt: elem)
        }
        let e = IndexExpr(pos: p, x: name, index: n)
        e.moreIndices = rest
        return e
    }

    // MARK: - Functions

    /// Signature after "func" (and name); `context` non-empty where type
    /// parameters are not permitted at all (gc: "function type must have no type parameters").
    func funcType(context: String, isDecl: Bool = false) -> FuncType {
        let p = pos
        var typeParams: [Field] = []
        var typeParamsPos: Pos?
        if tok == .lbrack {
            typeParamsPos = pos
            next()
            if context.isEmpty {
                typeParams = typeParamList(first: nil)
            } else {
                syntaxErrorAt(p, context + " must have no type parameters")
                skipBrackets()
            }
        }
        want(.lparen)
        let params = paramList(close: .rparen)
        let results = funcResult()
        let ft = FuncType(pos: p, params: params, results: results)
        ft.typeParams = typeParams
        ft.typeParamsPos = typeParamsPos
        return ft
    }

    /// TypeParameters = "[" TypeParamList [ "," ] "]" after its "[" (and,
    /// in a type declaration, its first name): groups of names, each with
    /// its constraint.
    func typeParamList(first: Ident?) -> [Field] {
        var fields: [Field] = []
        var names: [Ident] = [first ?? name()]
        while true {
            if got(.comma) {
                // `[P, Q C]`: another name of the group.
                if tok == .rbrack { break }
                names.append(name())
                continue
            }
            if tok == .rbrack || tok == .eof { break }
            let c = constraint()
            fields.append(Field(pos: names[0].pos, names: names, type: c, tag: nil))
            names = []
            if !got(.comma) || tok == .rbrack { break }
            names.append(name())
        }
        if !names.isEmpty { syntaxError("missing type constraint") }
        want(.rbrack)
        return fields
    }

    /// A type constraint: a type, or a union of `~T` and type terms.
    func constraint() -> Expr {
        var x = embeddedTerm()
        while tok == .or {
            let p = pos
            next()
            x = BinaryExpr(pos: p, op: .or, x: x, y: embeddedTerm())
        }
        return x
    }

    /// Result = Parameters | Type .
    func funcResult() -> [Field] {
        if got(.lparen) { return paramList(close: .rparen) }
        let p = pos
        if let t = typeOrNil() { return [Field(pos: p, names: [], type: t, tag: nil)] }
        return []
    }

    /// Parameters after "(": either all parameters are named or none is
    /// (spec: "Function types"). Consecutive names sharing one type become one Field.
    func paramList(close: Token) -> [Field] {
        struct Param { var pos: Pos; var name: Ident?; var type: Expr? }
        var params: [Param] = []
        var named = 0
        _ = list("parameter list", sep: .comma, close: close) {
            if let par = self.paramDeclOrNil(follow: close) {
                if par.name != nil && par.type != nil { named += 1 }
                params.append(Param(pos: par.pos, name: par.name, type: par.type))
            }
            return false
        }
        if params.isEmpty { return [] }

        if named == 0 {
            // All unnamed: lone names are type names.
            return params.map { Field(pos: $0.pos, names: [], type: $0.type ?? $0.name!, tag: nil) }
        }
        if named != params.count {
            // Some named: all must be; distribute types from right to left.
            var errPos: Pos?
            var type: Expr?
            for i in stride(from: params.count - 1, through: 0, by: -1) {
                if let t = params[i].type {
                    type = t
                    if params[i].name == nil {
                        errPos = t.startPos
                        params[i].name = Ident(pos: t.startPos, name: "_")
                    }
                } else if let t = type {
                    params[i].type = t
                } else {
                    let n = params[i].name!
                    errPos = n.pos
                    params[i].type = BadExpr(pos: n.pos)
                }
            }
            if let e = errPos { syntaxErrorAt(e, "mixed named and unnamed parameters") }
        }
        var fields: [Field] = []
        var i = 0
        while i < params.count {
            let t = params[i].type!
            var names = [params[i].name!]
            var j = i + 1
            while j < params.count && params[j].type! === t {
                names.append(params[j].name!)
                j += 1
            }
            fields.append(Field(pos: params[i].pos, names: names, type: t, tag: nil))
            i = j
        }
        return fields
    }

    /// ParameterDecl = [ identifier ] [ "..." ] Type .
    private func paramDeclOrNil(follow: Token) -> (pos: Pos, name: Ident?, type: Expr?)? {
        let p = pos
        var n: Ident?
        if tok == .ident {
            let id = name()
            if tok == .lbrack {
                let t = arrayOrTypeArgs(id)
                return t is IndexExpr ? (p, nil, t) : (p, id, t)
            }
            if tok == .period { return (p, nil, qualifiedName(id)) }
            n = id
        }
        if tok == .ellipsis {
            let ep = pos
            next()
            var elt = typeOrNil()
            if elt == nil {
                elt = badExpr()
                syntaxError("... is missing type")
            }
            return (p, n, Ellipsis(pos: ep, elt: elt))
        }
        let t = typeOrNil()
        if n != nil || t != nil { return (p, n, t) }
        syntaxError("expecting " + tokenString(follow))
        advance(.comma, follow)
        return nil
    }

    // MARK: - Structs and interfaces

    /// StructType = "struct" "{" { FieldDecl ";" } "}" .
    func structType() -> StructType {
        let p = pos
        want(.struct)
        want(.lbrace)
        var fields: [Field] = []
        _ = list("struct type", sep: .semicolon, close: .rbrace) {
            self.fieldDecl(&fields)
            return false
        }
        return StructType(pos: p, fields: fields)
    }

    /// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
    private func fieldDecl(_ fields: inout [Field]) {
        let p = pos
        switch tok {
        case .ident:
            let n = name()
            if tok == .period || tok == .semicolon || tok == .rbrace || isLiteral(tok) {
                let t = qualifiedName(n)
                fields.append(Field(pos: p, names: [], type: t, tag: literalOrNil()))
                return
            }
            let names = nameList(n)
            let t: Expr
            if names.count == 1 && tok == .lbrack {
                t = arrayOrTypeArgs(n)
                if t is IndexExpr { // embedded instantiated type
                    fields.append(Field(pos: p, names: [], type: t, tag: literalOrNil()))
                    return
                }
            } else {
                t = parseType()
            }
            fields.append(Field(pos: p, names: names, type: t, tag: literalOrNil()))
        case .mul:
            next()
            let t: Expr
            if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
                next()
                t = qualifiedName(nil)
                _ = got(.rparen)
            } else {
                t = qualifiedName(nil)
            }
            fields.append(Field(pos: p, names: [], type: StarExpr(pos: p, x: t), tag: literalOrNil()))
        case .lparen:
            syntaxError("cannot parenthesize embedded type")
            next()
            let t: Expr
            if tok == .mul {
                let sp = pos
                next()
                t = StarExpr(pos: sp, x: qualifiedName(nil))
            } else {
                t = qualifiedName(nil)
            }
            _ = got(.rparen)
            fields.append(Field(pos: p, names: [], type: t, tag: literalOrNil()))
        default:
            syntaxError("expecting field name or embedded type")
            advance(.semicolon, .rbrace)
        }
    }

    /// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" .
    /// Type-set elements (~T, A|B) are embedded Fields of UnaryExpr(~) and
    /// BinaryExpr(|) types.
    func interfaceType() -> InterfaceType {
        let p = pos
        want(.interface)
        want(.lbrace)
        var methods: [Field] = []
        _ = list("interface type", sep: .semicolon, close: .rbrace) {
            if self.tok == .ident {
                methods.append(self.methodSpec())
            } else {
                methods.append(self.embeddedElem(nil))
            }
            return false
        }
        return InterfaceType(pos: p, methods: methods)
    }

    private func methodSpec() -> Field {
        let p = pos
        let n = name()
        switch tok {
        case .lparen:
            return Field(pos: p, names: [n], type: funcType(context: "interface method"), tag: nil)
        case .lbrack:
            unsupportedGenerics(pos)
            next()
            skipBrackets()
            if tok == .lparen {
                return Field(pos: p, names: [n], type: funcType(context: "interface method"), tag: nil)
            }
            return embeddedElem(Field(pos: p, names: [], type: n, tag: nil))
        default:
            return embeddedElem(Field(pos: p, names: [], type: qualifiedName(n), tag: nil))
        }
    }

    /// EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm } .
    private func embeddedElem(_ f: Field?) -> Field {
        let start = f ?? Field(pos: pos, names: [], type: embeddedTerm(), tag: nil)
        guard tok == .or else { return start }
        var x = start.type
        while tok == .or {
            let p = pos
            next()
            x = BinaryExpr(pos: p, op: .or, x: x, y: embeddedTerm())
        }
        return Field(pos: start.pos, names: [], type: x, tag: nil)
    }

    func embeddedTerm() -> Expr {
        if tok == .tilde {
            let p = pos
            next()
            return UnaryExpr(pos: p, op: .tilde, x: parseType())
        }
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expecting ~ term or type")
        advance(.or, .semicolon, .rparen, .rbrack, .rbrace)
        return b
    }
}

func isLiteral(_ t: Token) -> Bool {
    switch t {
    case .int, .float, .imag, .char, .string: return true
    default: return false
    }
}

/// gc's isTypeElem: x is certainly a type (element), not a value expression.
func isTypeElement(_ x: Expr) -> Bool {
    switch x {
    case is ArrayType, is StructType, is FuncType, is InterfaceType, is MapType, is ChanType:
        return true
    case let b as BinaryExpr:
        return isTypeElement(b.x) || isTypeElement(b.y)
    case let u as UnaryExpr:
        return u.op == .tilde || isTypeElement(u.x)
    case let s as StarExpr:
        return isTypeElement(s.x)
    case let p as ParenExpr:
        return isTypeElement(p.x)
    default:
        return false
    }
}
