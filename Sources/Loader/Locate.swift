// Import path resolution: from an import path to a directory, as the go
// command resolves imports in module mode (cmd/go/internal/modload
// import.go `importFromModules`, load.go `stdVendor`), in this order:
//
//   1. a relative path ("./x") is refused: "local import "./x" in
//      non-local package";
//   2. inside the standard library, a path whose first element has a dot
//      is looked up in $GOROOT/src/vendor (cmd's packages: src/cmd/vendor),
//      giving import path "vendor/golang.org/x/...";
//   3. a path whose first element has no dot is standard: it is the
//      directory $GOROOT/src/PATH if that holds a `.go` file;
//   4. otherwise each module whose path is a prefix of the import path (the
//      main module, and every required one) may provide it: the directory
//      must hold a `.go` file and, in the main module or a local
//      replacement, must not belong to a nested module (a go.mod in
//      between); two providers are an ambiguous import;
//   5. no provider: "package X is not in GOROOT (DIR)" for a standard
//      path, "no required module provides package X; to add it: ..."
//      otherwise, or golly's own message when a required module that could
//      provide it has not been downloaded.
// A directory "holds a .go file" whatever the file's build constraints
// (fsys.IsDirWithGoFiles): a package whose files are all excluded is
// found, and then fails to load with "build constraints exclude all Go
// files".

/// Where an import path's package lives.
public struct PackageLocation: Equatable, Sendable {
    public enum Kind: Sendable {
        case goroot, mainModule, moduleCache
        /// A module replaced by a local directory in go.mod.
        case replacement
    }
    /// The package's import path: the one asked for, except for the std's
    /// vendored packages ("vendor/golang.org/x/net/dns/dnsmessage").
    public var importPath: String
    public var directory: String
    public var kind: Kind
}

/// The package an import is written in: it decides vendoring (std) and
/// internal visibility.
struct Importer {
    var importPath: String
    var directory: String
    var isStandard: Bool
    /// `go build a.go b.go`'s package "command-line-arguments".
    var isCommandLineFiles = false
}

/// Resolves import paths for one working directory's main module.
struct Resolver {
    let environment: GoEnvironment
    let mainModule: MainModule?
    let modules: [ResolvedModule]

    init(environment: GoEnvironment, mainModule: MainModule?) {
        self.environment = environment
        self.mainModule = mainModule
        modules = mainModule?.requiredModules(moduleCache: environment.moduleCache) ?? []
    }

    /// The package `path` names when imported by `importer`.
    func resolve(_ path: String, from importer: Importer?) throws -> PackageLocation {
        if path == "." || path == ".." || path.hasPrefix("./") || path.hasPrefix("../") {
            throw PackageProblem.atImport(Messages.localImport(path))
        }
        let src = environment.gorootSource
        if let importer, importer.isStandard, !Resolver.isStandardImportPath(path) {
            let vendored = (Paths.hasPathPrefix(importer.importPath, "cmd") ? "cmd/vendor/" : "vendor/") + path
            if Paths.isDirectory(src + "/" + vendored) {
                return PackageLocation(importPath: vendored, directory: src + "/" + vendored, kind: .goroot)
            }
        }
        if Resolver.isStandardImportPath(path) && Paths.hasGoFiles(src + "/" + path) {
            return PackageLocation(importPath: path, directory: src + "/" + path, kind: .goroot)
        }
        return try resolveInModules(path)
    }

    /// search.IsStandardImportPath: no dot in the first path element.
    static func isStandardImportPath(_ path: String) -> Bool {
        !(path.split(separator: "/", maxSplits: 1).first ?? "").contains(".")
    }

    private func resolveInModules(_ path: String) throws -> PackageLocation {
        var found: [(module: ModuleVersion, dir: String, kind: PackageLocation.Kind)] = []
        var missing: ResolvedModule?
        for candidate in candidates(for: path) {
            let rest = path.dropFirst(candidate.module.path.count)   // "" or "/a/b"
            let dir = candidate.directory + rest
            if candidate.kind == .moduleCache && !Paths.isDirectory(candidate.directory) { missing = candidate; continue }
            let isLocal = candidate.kind != .moduleCache   // only local trees are checked for nested modules
            guard Paths.hasGoFiles(dir), !isLocal || !inNestedModule(dir, root: candidate.directory) else { continue }
            found.append((candidate.module, dir, candidate.kind))
        }
        if found.count > 1 {
            let sorted = found.sorted { $0.module.path < $1.module.path }
            throw PackageProblem.atImport(Messages.ambiguous(path, sorted.map { ($0.module, $0.dir) }))
        }
        if let only = found.first { return PackageLocation(importPath: path, directory: only.dir, kind: only.kind) }
        if let missing { throw PackageProblem.atImport(Messages.notDownloaded(missing.module, missing.directory)) }
        if Resolver.isStandardImportPath(path) {
            throw PackageProblem.atImport(Messages.notInGoroot(path, environment.gorootSource + "/" + path))
        }
        if mainModule == nil { throw PackageProblem.atImport(Messages.noRequiredModuleOutsideModule(path)) }
        throw PackageProblem.atImport(Messages.noRequiredModule(path))
    }

    /// The main module and the required modules whose path is a prefix of `path`.
    private func candidates(for path: String) -> [ResolvedModule] {
        var all = modules
        if let main = mainModule {
            all.insert(ResolvedModule(module: ModuleVersion(path: main.path, version: nil), directory: main.directory,
                                      kind: .mainModule), at: 0)
        }
        return all.filter { Paths.hasPathPrefix(path, $0.module.path) }
    }

    /// Whether a go.mod below `root` and at or above `dir` makes `dir` part
    /// of another module (modload `dirInModule`).
    func inNestedModule(_ dir: String, root: String) -> Bool {
        var d = dir
        while d != root && d.count > root.count {
            if Paths.isFile(d + "/go.mod") { return true }
            d = parentDirectory(d)
        }
        return false
    }
}
