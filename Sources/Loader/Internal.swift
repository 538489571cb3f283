// Internal packages (golang.org/s/go14internal; cmd/go/internal/load
// pkg.go `disallowInternal` and `findInternal`): a path with an element
// `internal` may be imported only from the tree rooted at the parent of
// its last `internal` element. For GOROOT packages the go command compares
// directories (the importer's directory must be inside the parent's); for
// module packages it compares import paths (golang.org/issue/23970), the
// package "command-line-arguments" counting as the import path of its
// directory in the main module. A package named on the command line is
// never refused. The refusal reads "use of internal package X not allowed",
// after the import stack and the import's position.

extension Resolver {
    /// Whether `importer` (nil for the command line) may import `target`.
    func mayImport(_ target: PackageLocation, from importer: Importer?) -> Bool {
        guard let importer, var i = Resolver.internalElement(of: target.importPath) else { return true }
        if i > 0 { i -= 1 }   // the slash before "internal"
        if target.kind == .goroot {
            let parent = Paths.clean(String(target.directory.dropLast(target.importPath.count - i)))
            return Paths.hasFilePathPrefix(importer.directory, parent)
        }
        var importerPath = importer.importPath
        if importer.isCommandLineFiles { importerPath = mainModuleImportPath(of: importer.directory) ?? "." }
        return Paths.hasPathPrefix(importerPath, String(target.importPath.prefix(i)))
    }

    /// The offset of the last `internal` element of `path` (findInternal).
    static func internalElement(of path: String) -> Int? {
        if path.hasSuffix("/internal") { return path.count - "internal".count }
        if let r = path.range(of: "/internal/", options: .backwards) {
            return path.distance(from: path.startIndex, to: r.lowerBound) + 1
        }
        if path == "internal" || path.hasPrefix("internal/") { return 0 }
        return nil
    }

    /// The import path `dir` has in the main module, if it is in it
    /// (modload `MainModules.DirImportPath`, nested modules excluded).
    func mainModuleImportPath(of dir: String) -> String? {
        guard let main = mainModule, Paths.hasFilePathPrefix(dir, main.directory),
              !inNestedModule(dir, root: main.directory) else { return nil }
        return Paths.join(importPath: main.path, dir, under: main.directory)
    }

    /// The package a directory holds, as an importer: what `locate` is
    /// asked from. Standard when under $GOROOT/src; otherwise its import
    /// path in the main module or in a required module.
    func importer(forDirectory dir: String) -> Importer {
        let src = environment.gorootSource
        if Paths.hasFilePathPrefix(dir, src) {
            return Importer(importPath: Paths.join(importPath: "", dir, under: src), directory: dir, isStandard: true)
        }
        if let path = mainModuleImportPath(of: dir) {
            return Importer(importPath: path, directory: dir, isStandard: false)
        }
        for m in modules where Paths.hasFilePathPrefix(dir, m.directory) {
            return Importer(importPath: Paths.join(importPath: m.module.path, dir, under: m.directory), directory: dir,
                            isStandard: false)
        }
        return Importer(importPath: "", directory: dir, isStandard: false, isCommandLineFiles: true)
    }
}
