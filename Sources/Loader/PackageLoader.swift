// The loader's entry point: `go build`'s package loading
// (cmd/go/internal/load/pkg.go `PackagesAndErrors`, `loadImport`,
// `PackageList`). The command-line packages (Patterns.swift) are loaded
// in order, each depth-first through its imports in sorted order; a
// package is added to the result after all of its imports, so the result
// lists dependencies before dependents, deterministically (the order of
// `go list -deps`). An import of a package that is on the current import
// stack is a cycle, reported with the stack from the command-line package:
//
//	package example.com/m/a
//		imports example.com/m/b
//		imports example.com/m/a: import cycle not allowed
//
// "unsafe", and the packages the caller builds in itself (golly's runtime),
// are never read from disk: they appear in `imports` only. Every problem
// is collected, as go reports all of them, and thrown together.

import Foundation

public final class PackageLoader {
    public let environment: GoEnvironment
    public let workingDirectory: String
    /// Packages the compiler provides itself; "unsafe" always is one.
    public let builtinPackages: Set<String>
    public let mainModule: MainModule?
    /// "matched no packages" warnings of the last `load`.
    public private(set) var warnings: [String] = []
    /// The import paths the patterns of the last `load` matched, in order
    /// ("command-line-arguments" for files).
    public private(set) var roots: [String] = []
    let resolver: Resolver

    /// A loader for `go build` run in `workingDirectory`. Throws go.mod's errors.
    public init(workingDirectory: String, environment: GoEnvironment = GoEnvironment(),
                builtinPackages: Set<String> = ["unsafe"]) throws {
        self.environment = environment
        self.workingDirectory = Paths.absolute(workingDirectory, base: FileManager.default.currentDirectoryPath)
        self.builtinPackages = builtinPackages.union(["unsafe"])
        mainModule = try MainModule(searchingFrom: self.workingDirectory)
        resolver = Resolver(environment: environment, mainModule: mainModule)
    }

    /// Every package `patterns` (`go build`'s arguments) need, dependencies first.
    public func load(_ patterns: [String]) throws -> [PackageSource] {
        var errors: [String] = []
        warnings = []
        let roots = try resolver.roots(of: patterns, workingDirectory: workingDirectory, errors: &errors,
                                       warnings: &warnings)
        var graph = PackageGraph(loader: self)
        self.roots = roots.compactMap { root in
            switch root {
            case .package(let location, _): return builtinPackages.contains(location.importPath) ? nil : location.importPath
            case .files: return "command-line-arguments"
            }
        }
        errors.forEach { graph.report($0) }
        for root in roots { graph.load(root) }
        if !graph.errors.isEmpty { throw LoadError(graph.errors) }
        return graph.order
    }

    /// Where `importPath` leads when imported by the package in `directory`
    /// (a directory in GOROOT/src, the main module or a required module).
    public func locate(_ importPath: String, from directory: String) throws -> PackageLocation {
        let importer = resolver.importer(forDirectory: Paths.absolute(directory, base: workingDirectory))
        do {
            let location = try resolver.resolve(importPath, from: importer)
            guard resolver.mayImport(location, from: importer) else {
                throw LoadError([Messages.internalNotAllowed(location.importPath)])
            }
            return location
        } catch let problem as PackageProblem {
            throw LoadError([problem.message(stack: [], importPath: importPath, importPosition: nil)])
        }
    }

    /// `path` as go prints file names.
    func display(_ path: String) -> String { Paths.short(path, workingDirectory: workingDirectory) }
}

/// `PackageLoader(workingDirectory:...).load(patterns)`.
public func loadPackages(_ patterns: [String], workingDirectory: String, builtinPackages: Set<String> = ["unsafe"],
                         environment: GoEnvironment = GoEnvironment()) throws -> [PackageSource] {
    try PackageLoader(workingDirectory: workingDirectory, environment: environment, builtinPackages: builtinPackages)
        .load(patterns)
}
