import BigInt
import GoSyntax

// Package-level declarations (types2 resolver.go and decl.go): objects are
// collected from every file first, then each is checked on demand, so that a
// declaration may refer to one that comes later in the source.

extension Checker {
    func checkFiles(_ files: [File]) {
        checkBranchesInFiles(files)
        collectObjects(files)
        processDirectives(files)
        for f in bodyless where f.linknameSymbol == nil { error(f.pos, "missing function body") }
        packageObjects()
        runPendingChecks()
        guard options.checksFunctionBodies else { return }
        processBodies()
        runPendingChecks()
        computeInitOrder()
        unusedImports()
        if !files.isEmpty, files.allSatisfy({ $0.package.name == "main" }) {
            // gc's linker reports this, so only for otherwise valid packages.
            if options.requireMainFunction && diagnostics.isEmpty && !hasMainFunc {
                error(Pos.none, "function main is undeclared in the main package")
            }
        }
        recordUntyped()
    }

    var hasMainFunc: Bool { pkgScope.lookup("main") is Func }

    // MARK: Collecting

    func collectObjects(_ files: [File]) {
        var pkgName: String?
        for file in files {
            let name = file.package.name
            if name == "_" { error(file.package, "invalid package name _") }
            else if let p = pkgName, p != name { error(file.package, "package \(name); expected \(p)") }
            else if pkgName == nil { pkgName = name }

            let fileScope = Scope(parent: pkgScope)
            for imp in file.imports { collectImport(imp, fileScope) }
            for d in file.decls { collectDecl(d, fileScope) }
        }
        // Imported names may not clash with package-level objects (spec: "Declarations and scope").
        for pn in imports where pn.name != "_" && pn.name != "." {
            if let alt = pkgScope.lookup(pn.name) {
                error(alt.pos, "\(alt.name) already declared through import of package \(pn.name) (\"\(pn.importedPath)\")\n\t\(fileSet.format(pn.pos)): other declaration of \(alt.name)")
            }
        }
        // And neither may dot-imported ones (types2 resolver.go).
        for (pn, objects) in dotImports {
            for o in objects.sorted(by: { $0.name < $1.name }) {
                if let alt = pkgScope.lookup(o.name) {
                    error(alt.pos, "\(alt.name) already declared through dot-import of package \(pn.imported?.name ?? pn.name) (\"\(pn.importedPath)\")\n\t\(fileSet.format(o.pos)): other declaration of \(alt.name)")
                }
            }
        }
    }

    func collectImport(_ imp: ImportSpec, _ fileScope: Scope) {
        guard let (bytes, _) = Constant.unquote(imp.path.value) else {
            error(imp.path, "invalid import path: \(imp.path.value)")
            return
        }
        let path = String(decoding: bytes, as: UTF8.self)
        // gc's noder (import.go): the path as path.Clean leaves it.
        if let clean = canonicalImportPath(path), clean != path {
            error(imp.path, "could not import \(path) (non-canonical import path \(goQuote(bytes)) (should be \(goQuote(Array(clean.utf8)))))")
            return
        }
        let builtIn = path == "unsafe"
        let imported = builtIn ? nil : importer(path)
        if !builtIn && imported == nil {
            error(imp.path, "golly does not support importing package \(goQuote(bytes)) yet")
        }
        if let imported, !importedPackages.contains(where: { $0 === imported }) { importedPackages.append(imported) }
        // The package's own name, which need not be its path's last element.
        let local = imp.name?.name ?? imported?.name ?? (path.split(separator: "/").last.map(String.init) ?? path)
        if local == "init" {
            error(imp, "cannot import package as init - init must be a func")
            return
        }
        let pn = PkgName(name: local, pos: imp.name?.pos ?? imp.path.pos, importedPath: path, pkgPath: pkgPath)
        pn.imported = imported
        if !builtIn && imported == nil { pn.isUsed = true }   // already reported
        if let n = imp.name { recordDef(n, pn) } else { info.implicits[imp.id] = pn }
        if local == "_" { return }
        if local == "." {
            if let s = packageScope(path) {
                var inserted: [Object] = []
                for (_, o) in s.names where builtIn || o.isExported {
                    fileScope.insert(o)
                    inserted.append(o)
                }
                dotImports.append((pn, inserted))
                // Used once a name resolves to one of its objects (markDotImportUse).
                var owners = dotImportedBy[ObjectIdentifier(fileScope), default: [:]]
                for o in inserted { owners[ObjectIdentifier(o)] = pn }
                dotImportedBy[ObjectIdentifier(fileScope)] = owners
                if builtIn { pn.isUsed = true }
                imports.append(pn)
            }
            return
        }
        imports.append(pn)
        if let alt = fileScope.insert(pn) {
            error(pn.pos, "\(pn.name) redeclared in this block\n\t\(fileSet.format(alt.pos)): other declaration of \(pn.name)")
        }
    }

    /// `path.Clean(path)` for the paths it changes by more than a leading
    /// `./` or `../` (relative imports are the loader's business).
    func canonicalImportPath(_ path: String) -> String? {
        guard !path.isEmpty else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let clean = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        return path.hasPrefix("./") || path.hasPrefix("../") ? nil : clean
    }

    func packageScope(_ path: String) -> Scope? {
        switch path {
        case "unsafe": return Universe.unsafePackage
        default: return importedPackages.first { $0.path == path }?.scope
        }
    }

    func declarePkgObj(_ id: Ident, _ obj: Object, _ d: DeclInfo) {
        if id.name == "init" {
            error(id, "cannot declare init - must be func")
            return
        }
        if id.name == "main" && !(obj is Func) {
            error(id, "cannot declare main - must be func")
            return
        }
        declare(pkgScope, id, obj)
        objDecls[ObjectIdentifier(obj)] = d
        objList.append(obj)
    }

    func collectDecl(_ d: Decl, _ fileScope: Scope) {
        switch d {
        case let g as GenDecl:
            for spec in g.specs {
                switch spec {
                case let s as ValueSpec where g.tok == .const:
                    for (i, name) in s.names.enumerated() {
                        let obj = Const(name: name.name, pos: name.pos, type: nil, pkgPath: pkgPath, value: .int(0))
                        declarePkgObj(name, obj, DeclInfo(kind: .const(spec: s, index: i), fileScope: fileScope))
                    }
                    arity(s, constDecl: true)
                case let s as ValueSpec:
                    var shared: DeclInfo?
                    var lhs: [Var] = []
                    for name in s.names {
                        lhs.append(Var(name: name.name, pos: name.pos, type: nil, pkgPath: pkgPath))
                    }
                    if s.values.count == 1 && s.names.count > 1 {
                        shared = DeclInfo(kind: .var(spec: s, index: -1), fileScope: fileScope)
                        sharedLHS[ObjectIdentifier(shared!)] = lhs
                    }
                    for (i, name) in s.names.enumerated() {
                        declarePkgObj(name, lhs[i], shared ?? DeclInfo(kind: .var(spec: s, index: i), fileScope: fileScope))
                    }
                    if s.type == nil || !s.values.isEmpty { arity(s, constDecl: false) }
                case let s as TypeSpec:
                    let obj = TypeName(name: s.name.name, pos: s.name.pos, type: nil, pkgPath: pkgPath)
                    if let p = s.typeParamsPos { genericDeclaration(obj, at: p) }
                    declarePkgObj(s.name, obj, DeclInfo(kind: .type(s), fileScope: fileScope))
                default:
                    break
                }
            }
        case let f as FuncDecl:
            let obj = Func(name: f.name.name, pos: f.name.pos, type: nil, pkgPath: pkgPath)
            obj.decl = f
            if let p = f.genericPos {
                genericDeclaration(obj, at: p)
                // A generic type's method: nothing refers to it by name.
                if f.recv == nil { declarePkgObj(f.name, obj, DeclInfo(kind: .function(f), fileScope: fileScope)) }
                return
            }
            info.funcs.append(f)  // bodyless ones too: implemented elsewhere (assembly), callable and usable as values
            let di = DeclInfo(kind: .function(f), fileScope: fileScope)
            if f.recv == nil {
                if f.name.name == "init" || (f.name.name == "main") {
                    if !f.type.params.isEmpty || !f.type.results.isEmpty {
                        error(f.name, "func \(f.name.name) must have no arguments and no return values")
                    }
                }
                if f.name.name == "init" {
                    // init functions are not declared (spec: "Package initialization").
                    recordDef(f.name, obj)
                    // An init function must have a body even without -complete (types2).
                    if f.body == nil { error(obj.pos, "missing function body") }
                    else { info.initFuncs.append(f) }
                    objDecls[ObjectIdentifier(obj)] = di
                    objList.append(obj)
                } else {
                    declarePkgObj(f.name, obj, di)
                }
            } else {
                recordDef(f.name, obj)
                objDecls[ObjectIdentifier(obj)] = di
                objList.append(obj)
                if let base = receiverBaseName(f.recv?.type) {
                    methodDecls[base, default: []].append(f)
                    methodObjs[ObjectIdentifier(f)] = obj
                }
            }
            if f.body == nil && f.name.name != "init" && options.reportMissingFunctionBodies {
                bodyless.append(obj)     // unless a //go:linkname names its body (processDirectives)
            }
        default:
            break
        }
    }

    /// A generic type or function (spec: "Type parameter declarations"):
    /// golly cannot check or compile it yet. Reported, unless generic
    /// declarations are accepted (CheckOptions); then any use is reported.
    func genericDeclaration(_ obj: Object, at pos: Pos) {
        obj.isGeneric = true
        // Its unchecked body may be all that uses an import.
        filesWithGenerics.insert(pos.file)
        if !options.acceptsGenericDeclarations { error(pos, "golly does not support generics yet") }
    }

    /// A use of a generic type or function: not supported yet.
    func rejectsGenericUse(_ obj: Object, _ e: Expr) -> Bool {
        guard obj.isGeneric else { return false }
        error(e, "golly does not support generics yet")
        return true
    }

    func arity(_ s: ValueSpec, constDecl: Bool) {
        let l = s.names.count, r = s.values.count
        if l < r {
            let n = s.values[l]
            if s.isImplicit { error(s.pos, "extra init expr at \(fileSet.format(n.pos))") }
            else { error(n, "extra init expr \(exprString(n))") }
        } else if l > r && (constDecl || r != 1) {
            let n = s.names[r]
            error(n, "missing init expr for \(n.name)")
        }
    }

    func receiverBaseName(_ e: Expr?) -> String? {
        guard var t = e else { return nil }
        t = unparen(t)
        if let s = t as? StarExpr { t = unparen(s.x) }
        return (t as? Ident)?.name
    }

    // MARK: Checking package-level objects

    func packageObjects() {
        var aliases: [Object] = [], others: [Object] = []
        for obj in objList {
            if obj is TypeName, let d = objDecls[ObjectIdentifier(obj)], case .type(let s) = d.kind {
                if s.isAlias { aliases.append(obj) } else { objDecl(obj) }
            } else {
                others.append(obj)
            }
        }
        for o in aliases { objDecl(o) }
        for o in others { objDecl(o) }
        flattenNamed()
    }

    /// Checks the declaration of a package-level object if not done yet (types2 objDecl).
    func objDecl(_ obj: Object) {
        let key = ObjectIdentifier(obj)
        guard let d = objDecls[key] else { return }
        switch objColor[key] ?? 0 {
        case 2: return
        case 1:
            // A cycle through the object being declared.
            switch obj {
            case is Const, is Var:
                if obj.type == nil { obj.type = Universe.invalid }
            case let t as TypeName:
                if !validCycle(obj) { t.type = Universe.invalid }
                if t.type == nil { t.type = Universe.invalid }
            default: break
            }
            return
        default: break
        }
        objColor[key] = 1
        objPath.append(obj)
        // Save the context of whatever triggered this declaration.
        let saved = (scope, decl, iota, errpos, funcStack, hasLabel)
        scope = d.fileScope; decl = d; iota = nil; errpos = nil; funcStack = []
        switch d.kind {
        case .const(let spec, let index): constDecl(obj as! Const, spec, index)
        case .var(let spec, let index): varDecl(obj as! Var, spec, index, d)
        case .type(let spec): typeDecl(obj as! TypeName, spec)
        case .function(let f): funcDecl(obj as! Func, f, d)
        }
        (scope, decl, iota, errpos, funcStack, hasLabel) = saved
        objPath.removeLast()
        objColor[key] = 2
    }

    /// A cycle is fine if it goes through a type definition or a function (types2 validCycle).
    func validCycle(_ obj: Object) -> Bool {
        guard let start = objPath.lastIndex(where: { $0 === obj }) else { return true }
        let cycle = Array(objPath[start...])
        var nval = 0, ndef = 0
        for o in cycle {
            switch o {
            case is Const, is Var: nval += 1
            case let t as TypeName:
                if let d = objDecls[ObjectIdentifier(t)], case .type(let s) = d.kind, s.isAlias { continue }
                ndef += 1
            case is Func: return true
            default: break
            }
        }
        if nval == cycle.count { return true }
        if nval == 0 && ndef > 0 { return true }
        cycleError(cycle)
        return false
    }

    func cycleError(_ cycle: [Object]) {
        guard !cycle.isEmpty else { return }
        var i = cycle.indices.min(by: { cycle[$0].pos < cycle[$1].pos }) ?? 0
        var obj = cycle[i]
        let tname = obj is TypeName
        var msg = tname ? "invalid recursive type \(obj.name)" : "illegal cycle in declaration of \(obj.name)"
        for _ in cycle {
            msg += "\n\t\(fileSet.format(obj.pos)): \(obj.name) refers to"
            i = (i + 1) % cycle.count
            obj = cycle[i]
        }
        msg += "\n\t\(fileSet.format(obj.pos)): \(obj.name)"
        error(cycle.min(by: { $0.pos < $1.pos })?.pos ?? .none, msg)
    }

    func constDecl(_ obj: Const, _ spec: ValueSpec, _ index: Int) {
        iota = .int(BigInt(spec.iota))
        obj.value = .int(0)
        if let te = spec.type {
            let t = typ(te)
            if !isConstType(t) {
                if t.underlying !== Universe.invalid { error(te, "invalid constant type \(ts(t))") }
                obj.type = Universe.invalid
                return
            }
            obj.type = t
        }
        var x = Operand()
        if index < spec.values.count {
            if spec.isImplicit { errpos = obj.pos }
            expr(&x, spec.values[index])
        }
        initConst(obj, &x)
        errpos = nil
    }

    func initConst(_ lhs: Const, _ x: inout Operand) {
        if x.mode == .invalid || x.type === Universe.invalid || lhs.type === Universe.invalid {
            if lhs.type == nil { lhs.type = Universe.invalid }
            return
        }
        if x.mode != .constant {
            error(x, "\(describe(x)) is not constant")
            if lhs.type == nil { lhs.type = Universe.invalid }
            return
        }
        if lhs.type == nil { lhs.type = x.type }
        assignment(&x, lhs.type, "constant declaration")
        if x.mode == .invalid { return }
        if let v = x.val { lhs.value = v }
    }

    func varDecl(_ obj: Var, _ spec: ValueSpec, _ index: Int, _ d: DeclInfo) {
        defer {
            if obj.type === Universe.invalid { obj.isUsed = true }
        }
        let lhs = sharedLHS[ObjectIdentifier(d)]
        if let te = spec.type {
            obj.type = varType(te)
        }
        let initExpr: Expr? = index < 0 ? spec.values.first : (index < spec.values.count ? spec.values[index] : nil)
        guard let initExpr else {
            if spec.type == nil { obj.type = Universe.invalid }
            return
        }
        if !options.checksFunctionBodies && (lhs == nil || lhs!.count == 1) {
            // Declarations only (a cached package, for its importers): a
            // declared type, or a literal's own type, is the variable's
            // without checking the initializer (unicode's tables are most of
            // a rebuild's checking otherwise).
            if spec.type != nil { return }
            if let t = literalType(initExpr) {
                obj.type = t
                return
            }
        }
        if lhs == nil || lhs!.count == 1 {
            var x = Operand()
            expr(&x, initExpr)
            _ = initVar(obj, &x, "variable declaration")
            if index >= 0 { packageInits[ObjectIdentifier(obj)] = Initializer(lhs: [obj], rhs: initExpr) }
            return
        }
        let vars = lhs!
        // Several variables, one initializer: they share the declared type if any.
        if let t = obj.type {
            for v in vars where v.type == nil { v.type = t }
        }
        initVars(vars, [initExpr], returnStmt: nil)
        for v in vars {
            objColor[ObjectIdentifier(v)] = 2
            packageInits[ObjectIdentifier(v)] = Initializer(lhs: vars, rhs: initExpr)
        }
    }

    /// The type of `T{...}` or `&T{...}` with T written out, from T alone.
    func literalType(_ e: Expr) -> GoType? {
        switch e {
        case let p as ParenExpr: return literalType(p.x)
        case let lit as CompositeLit:
            guard let te = lit.type, !(te is ArrayType && (te as? ArrayType)?.len is Ellipsis) else { return nil }
            return typ(te)
        case let u as UnaryExpr where u.op == .and:
            guard let lit = u.x as? CompositeLit, let t = literalType(lit) else { return nil }
            return Pointer(t)
        default: return nil
        }
    }

    func typeDecl(_ obj: TypeName, _ spec: TypeSpec) {
        if obj.isGeneric {
            obj.type = Universe.invalid
            return
        }
        if spec.isAlias {
            obj.type = Universe.invalid   // in case of a cycle through the alias
            obj.type = typ(spec.type)
            if let r = resolvingAlias.firstIndex(where: { $0 === obj }) { resolvingAlias.remove(at: r) }
            return
        }
        let named = Named(obj: obj, underlying: nil)
        obj.type = named
        let rhs = definedType(spec.type, named)
        // A Named rhs whose declaration is still in progress stays linked
        // (Named.underlying follows the chain); a chain leading back to this
        // type is `type A B; type B A`.
        var u: GoType = rhs
        var chain: [Named] = [named]
        while let n = u as? Named {
            if n === named {
                cycleError(chain.map { $0.obj })
                u = Universe.invalid
                break
            }
            if chain.contains(where: { $0 === n }) { u = Universe.invalid; break }
            chain.append(n)
            guard let r = n.resolved else { u = n; break }
            u = r
        }
        if u is Named { u = rhs }
        named.resolved = u
        allNamed.append(named)
        if u !== Universe.invalid { validType(named) }
        collectMethods(obj, named)
    }

    /// Associates methods declared on T (types2 collectMethods).
    func collectMethods(_ obj: TypeName, _ named: Named) {
        guard obj.isPackageLevel else { return }
        var decls = methodDecls[obj.name] ?? []
        // Methods may be declared on an alias of the type (`type A = T; func (A) m()`).
        for (name, ds) in methodDecls where name != obj.name {
            guard let alias = pkgScope.lookup(name) as? TypeName, let d = objDecls[ObjectIdentifier(alias)],
                  case .type(let spec) = d.kind, spec.isAlias else { continue }
            if alias.type == nil { objDecl(alias) }
            if alias.type === named { decls += ds }
        }
        decls.sort { $0.pos < $1.pos }
        var seen: [String: Func] = [:]
        if let s = named.underlying as? Struct {
            for f in s.fields { seen[f.name] = nil }
        }
        for fd in decls {
            guard let m = methodObjs[ObjectIdentifier(fd)] else { continue }
            if m.name == "_" { continue }
            if let alt = seen[m.name] {
                error(m.pos, "\(obj.name).\(m.name) redeclared in this block\n\t\(fileSet.format(alt.pos)): other declaration of \(m.name)")
                continue
            }
            if let s = named.underlying as? Struct, s.fields.contains(where: { $0.name == m.name }) {
                let fpos = s.fields.first(where: { $0.name == m.name })?.pos ?? .none
                error(m.pos, "field and method with the same name \(m.name)\n\t\(fileSet.format(fpos)): other declaration of \(m.name)")
            }
            seen[m.name] = m
            named.methods.append(m)
        }
    }

    func funcDecl(_ obj: Func, _ f: FuncDecl, _ d: DeclInfo) {
        if obj.isGeneric {
            obj.type = Universe.invalid
            return
        }
        obj.type = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        let sig = funcType(f.type, recv: f.recv, funcScope: nil)
        obj.type = sig.0
        if let body = f.body {
            let s = sig.0, fs = sig.1
            pendingBodies.append { [unowned self] in
                self.decl = d
                self.funcBody(sig: s, body: body, scope: fs, lit: nil, name: f.name.name)
            }
        }
    }

    /// Checks that had to wait until the types they look at were complete (map keys, embedded fields, receivers).
    func runPendingChecks() {
        var i = 0
        while i < pendingChecks.count { pendingChecks[i](); i += 1 }
        pendingChecks = []
    }

    /// Replaces chains of defined types (`type T2 T1` declared inside T1) by the final underlying type.
    func flattenNamed() {
        for n in allNamed where n.resolved is Named { n.resolved = n.underlying }
    }

    func processBodies() {
        var i = 0
        while i < pendingBodies.count {
            let saved = (scope, decl, iota, errpos, funcStack)
            pendingBodies[i]()
            (scope, decl, iota, errpos, funcStack) = saved
            i += 1
        }
    }

    /// Checks a function body; `scope` already holds parameters and results.
    func funcBody(sig: Signature, body: BlockStmt, scope fs: Scope, lit: FuncLit?, name: String) {
        let savedScope = scope, savedIota = iota
        let ctx = FuncContext(sig: sig, lit: lit)
        funcStack.append(ctx)
        let depth = funcStack.count - 1
        for (_, o) in fs.names { if let v = o as? Var { varOwner[ObjectIdentifier(v)] = depth } }
        scope = fs
        iota = nil
        let savedLabels = labelsContext
        labelsContext = LabelsContext()
        stmtList(body.list, ctx: StmtContext(fnSig: sig))
        if !sig.results.vars.isEmpty && !isTerminatingList(body.list, label: nil) {
            error(body.rbrace, "missing return")
        }
        labelsContext = savedLabels
        usage(fs)
        funcStack.removeLast()
        if let lit { info.captures[lit.id] = ctx.captures }
        scope = savedScope
        iota = savedIota
    }

    /// Reports unused variables of a function (types2 usage), sorted by position.
    func usage(_ s: Scope) {
        var unused: [Var] = []
        func walk(_ s: Scope) {
            for (_, o) in s.names { if let v = o as? Var, !v.isUsed, !v.isParam, !paramVars.contains(ObjectIdentifier(v)), v.name != "_" { unused.append(v) } }
            for c in s.children where !c.isFunctionScope { walk(c) }
        }
        walk(s)
        for v in unused.sorted(by: { $0.pos < $1.pos }) {
            error(v.pos, "\(v.name) declared but not used")
        }
    }

    func unusedImports() {
        for pn in imports where !pn.isUsed && !filesWithGenerics.contains(pn.pos.file) {
            if pn.name == "." || pn.name == (pn.imported?.name ?? pn.importedPath.split(separator: "/").last.map(String.init)) {
                error(pn.pos, "imported and not used: \(goQuote(Array(pn.importedPath.utf8)))")
            } else {
                error(pn.pos, "imported and not used: \(goQuote(Array(pn.importedPath.utf8))) as \(pn.name)")
            }
        }
    }
}
