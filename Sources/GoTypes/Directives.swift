import GoSyntax

// `//go:linkname localname [importpath.name]` (cmd/compile/internal/noder
// noder.go processPragmas): the function or variable `localname` of this
// package gets the linker symbol `importpath.name`. With a body, the body
// is emitted under that symbol (a "push", as the runtime offers hooks to
// other packages); without one, calls reach whatever defines the symbol (a
// "pull": golly's runtime, or another package's push). The symbol lives on
// the object, so every package that refers to it links to the same name.
// gc's rules: only in files that import "unsafe", only for declared
// functions and variables, once per name; the one-argument form names
// the object's own symbol (it only marks it as reachable by name).
//
// `//go:noinline` applies, as gc's pragmas do, to the declaration that
// follows it: the function is never inlined.

extension Checker {
    func processDirectives(_ files: [File]) {
        for file in files {
            let importsUnsafe = file.imports.contains { imp in
                Constant.unquote(imp.path.value).map { String(decoding: $0.0, as: UTF8.self) } == "unsafe"
            }
            for d in file.directives {
                let words = d.words
                if words.first == "go:embed" {
                    checkEmbed(d, in: file)
                    continue
                }
                if words.first == "go:noinline" {
                    let next = file.decls.first { $0.pos > d.pos }
                    if let f = next as? FuncDecl, let obj = info.defs[f.name.id] as? Func { obj.isNoinline = true }
                    continue
                }
                guard words.first == "go:linkname" else { continue }
                guard words.count == 2 || words.count == 3 else {
                    error(d.pos, "usage: //go:linkname localname [linkname]")
                    continue
                }
                guard importsUnsafe else {
                    error(d.pos, "//go:linkname only allowed in Go files that import \"unsafe\"")
                    continue
                }
                let local = String(words[1])
                let target = words.count == 3 ? String(words[2]) : "\(pkgPath).\(local)"
                guard let obj = pkgScope.lookup(local), obj is Func || obj is Var else {
                    error(d.pos, "//go:linkname must refer to declared function or variable")
                    continue
                }
                if obj.linknameSymbol != nil {
                    error(d.pos, "duplicate //go:linkname for \(local)")
                    continue
                }
                obj.linknameSymbol = target
            }
        }
    }

    /// `//go:embed patterns` on the var that follows (noder.go checkEmbed):
    /// gc's errors for misuse, in its order; a correct one is reported as
    /// not supported (golly does not embed files yet).
    func checkEmbed(_ d: Directive, in file: File) {
        let importsEmbed = file.imports.contains { imp in
            Constant.unquote(imp.path.value).map { String(decoding: $0.0, as: UTF8.self) } == "embed"
        }
        let next = file.decls.first { $0.pos > d.pos }
        let previous = file.decls.last { $0.pos < d.pos }
        let withinFunc = (previous as? FuncDecl)?.body.map { d.pos < $0.rbrace } ?? false
        let spec = (next as? GenDecl).flatMap { g in g.tok == .var ? g.specs.first { $0.pos > d.pos } as? ValueSpec : nil }
        if !importsEmbed {
            error(d.pos, "go:embed only allowed in Go files that import \"embed\"")
        } else if withinFunc {
            error(d.pos, "go:embed cannot apply to var inside func")
        } else if let spec {
            if spec.names.count > 1 {
                error(d.pos, "go:embed cannot apply to multiple vars")
            } else if !spec.values.isEmpty {
                error(d.pos, "go:embed cannot apply to var with initializer")
            } else {
                error(d.pos, "golly does not support //go:embed yet")
            }
        } else {
            error(d.pos, "misplaced compiler directive")
        }
    }
}
