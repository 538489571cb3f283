// Source files and declarations (spec: "Source file organization",
// "Declarations and scope"); gc: parser.go fileOrNil ... funcDeclOrNil.

extension Parser {
    /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    func parseFile() -> File? {
        let filePos = Pos(file: file, line: 1, column: 1)
        if !got(.package) {
            syntaxError("package statement must be first")
            return nil
        }
        let pkg = name()
        want(.semicolon)
        if errorCount > 0 { return nil } // gc does not go on after a bad package clause

        var imports: [ImportSpec] = []
        var decls: [Decl] = []
        while tok == .import {
            let p = pos
            next()
            let specs = group { self.importSpec() }
            imports += specs.compactMap { $0 as? ImportSpec }
            decls.append(GenDecl(pos: p, tok: .import, specs: specs))
            want(.semicolon)
        }

        while tok != .eof {
            let p = pos
            switch tok {
            case .const:
                next()
                decls.append(GenDecl(pos: p, tok: .const, specs: constGroup()))
            case .type:
                next()
                decls.append(GenDecl(pos: p, tok: .type, specs: group { self.typeSpec() }))
            case .var:
                next()
                decls.append(GenDecl(pos: p, tok: .var, specs: group { self.varSpec() }))
            case .func:
                next()
                if let f = funcDeclOrNil() { decls.append(f) }
            default:
                if tok == .lbrace, let f = decls.last as? FuncDecl, f.body == nil {
                    // The opening { of a function body on the next line.
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
                advance(.const, .type, .var, .func)
                continue
            }
            if tok != .eof && !got(.semicolon) {
                syntaxError("after top level declaration")
                advance(.const, .type, .var, .func)
            }
        }
        let f = File(pos: filePos, name: path, package: pkg, imports: imports, decls: decls)
        f.directives = scanner.directives.map { Directive(pos: Pos(file: file, line: $0.line, column: $0.col), text: $0.text) }
        return f
    }

    /// `f | "(" { f ";" } ")"` (";" optional before ")").
    func group(_ f: () -> Spec?) -> [Spec] {
        var specs: [Spec] = []
        if got(.lparen) {
            _ = list("grouped declaration", sep: .semicolon, close: .rparen) {
                if let s = f() { specs.append(s) }
                return false
            }
        } else if let s = f() {
            specs.append(s)
        }
        return specs
    }

    /// gc's list: `[ f { sep f } [sep] ] close`, calling f until it returns true.
    /// Returns the position of the closing token.
    func list(_ context: String, sep: Token, close: Token, _ f: () -> Bool) -> Pos {
        var done = false
        while tok != .eof && tok != close && !done {
            done = f()
            if !got(sep) && tok != close {
                syntaxError("in \(context); possibly missing \(tokenString(sep)) or \(tokenString(close))")
                advance(.rparen, .rbrack, .rbrace)
                if tok != close { return pos }
            }
        }
        let p = pos
        want(close)
        return p
    }

    /// ImportSpec = [ "." | PackageName ] ImportPath .
    func importSpec() -> Spec? {
        let p = pos
        var local: Ident?
        switch tok {
        case .ident: local = name()
        case .period: local = Ident(pos: pos, name: "."); next()
        default: break
        }
        guard let path = literalOrNil() else {
            syntaxError("missing import path")
            advance(.semicolon, .rparen)
            return nil
        }
        if path.kind != .string {
            // The literal was consumed already, so gc reports the token after it.
            syntaxError("import path must be a string")
            return nil
        }
        return ImportSpec(pos: p, name: local, path: path)
    }

    /// A const declaration: its specs carry iota and repeat the previous
    /// type and values when both are omitted (spec: "Constant declarations", "Iota").
    func constGroup() -> [Spec] {
        var index = 0
        var last: ValueSpec?
        return group {
            let s = self.constSpec(iota: index, last: last)
            index += 1
            if !s.isImplicit && (s.type != nil || !s.values.isEmpty) { last = s }
            return s
        }
    }

    /// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    func constSpec(iota: Int, last: ValueSpec?) -> ValueSpec {
        let p = pos
        let names = nameList(name())
        var type: Expr?
        var values: [Expr] = []
        if tok != .eof && tok != .semicolon && tok != .rparen {
            type = typeOrNil()
            if gotAssign() { values = exprList() }
        }
        if type == nil && values.isEmpty, let last = last {
            return ValueSpec(pos: p, names: names, type: last.type, values: last.values, iota: iota, isImplicit: true)
        }
        return ValueSpec(pos: p, names: names, type: type, values: values, iota: iota, isImplicit: false)
    }

    /// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    func varSpec() -> Spec? {
        let p = pos
        let names = nameList(name())
        var type: Expr?
        var values: [Expr] = []
        if gotAssign() {
            values = exprList()
        } else {
            type = parseType()
            if gotAssign() { values = exprList() }
        }
        return ValueSpec(pos: p, names: names, type: type, values: values, iota: 0, isImplicit: false)
    }

    /// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    func typeSpec() -> Spec? {
        let p = pos
        let n = name()
        var alias = false
        var type: Expr?
        var typeParams: [Field] = []
        var typeParamsPos: Pos?
        if tok == .lbrack {
            // An array or slice type, or a type parameter list.
            let lbrack = pos
            next()
            switch tok {
            case .ident:
                var x: Expr = name()
                if tok != .lbrack {
                    xnest += 1
                    x = binaryExpr(primaryExpr(x, keepParens: false), 0)
                    xnest -= 1
                }
                if looksLikeTypeParams(x, force: tok == .comma) && (!(x is Ident) || tok != .rbrack) {
                    typeParamsPos = lbrack
                    if let first = x as? Ident {
                        typeParams = typeParamList(first: first)
                    } else if let b = x as? BinaryExpr, b.op == .mul, let first = b.x as? Ident, tok == .rbrack || tok == .comma {
                        // `[P *C]` read as the product P*C.
                        typeParams = [Field(pos: first.pos, names: [first], type: StarExpr(pos: b.pos, x: b.y), tag: nil)]
                        if got(.comma), tok != .rbrack { typeParams += typeParamList(first: nil) } else { want(.rbrack) }
                    } else {
                        unsupportedGenerics(lbrack)
                        skipBrackets()
                    }
                    alias = gotAssign()
                    type = typeOrNil()
                } else {
                    type = arrayType(lbrack, len: x)
                }
            case .rbrack:
                next()
                type = ArrayType(pos: lbrack, len: nil, elt: parseType())
            default:
                type = arrayType(lbrack, len: nil)
            }
        } else {
            alias = gotAssign()
            type = typeOrNil()
        }
        if type == nil {
            type = badExpr()
            syntaxError("in type declaration")
            advance(.semicolon, .rparen)
        }
        let spec = TypeSpec(pos: p, name: n, isAlias: alias, type: type!)
        spec.typeParams = typeParams
        spec.typeParamsPos = typeParamsPos
        return spec
    }

    /// gc's extractName, reduced to a yes/no: can `x` (parsed after `type T[`)
    /// be read as the start of a type parameter list?
    private func looksLikeTypeParams(_ x: Expr, force: Bool) -> Bool {
        switch x {
        case is Ident:
            return true
        case let b as BinaryExpr:
            if b.op == .mul { return b.x is Ident && (force || isTypeElement(b.y)) }
            if b.op == .or { return looksLikeTypeParams(b.x, force: force || isTypeElement(b.y)) }
            return false
        case let s as StarExpr:
            return force && s.x is Ident
        case let c as CallExpr:
            return c.fun is Ident && c.args.count == 1 && !c.hasEllipsis && (force || isTypeElement(c.args[0]))
        default:
            return false
        }
    }

    /// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
    /// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
    func funcDeclOrNil() -> FuncDecl? {
        let p = pos // gc positions a function declaration after the "func" keyword
        var recv: Field?
        if tok == .lparen {
            next()
            let fields = paramList(close: .rparen)
            let count = fields.reduce(0) { $0 + max($1.names.count, 1) }
            switch count {
            case 0: errorAt(pos, "method has no receiver")
            case 1: recv = fields[0]
            default:
                errorAt(pos, "method has multiple receivers")
                recv = fields[0]
            }
        }
        if tok != .ident {
            syntaxError("expecting name or (")
            advance(.lbrace, .semicolon)
            return nil
        }
        let n = name()
        let type = funcType(context: recv != nil ? "method" : "", isDecl: true)
        var body: BlockStmt?
        if tok == .lbrace { body = funcBody() }
        return FuncDecl(pos: p, recv: recv, name: n, type: type, body: body)
    }

    func funcBody() -> BlockStmt {
        fnest += 1
        let errors = errorCount
        let body = blockStmt("")
        fnest -= 1
        // Like gc, check labels and branches only in bodies without syntax errors
        // (spurious follow-up errors otherwise).
        if errors == errorCount { checkBranches(body) }
        return body
    }
}
