// The arguments of `go build`, turned into the packages they name (`go help
// packages`; cmd/go/internal/load `PackagesAndErrors`, `GoFilesPackage`,
// modload `resolveLocalPackage` and search.go `matchPackages`):
//
//   - no arguments mean ".";
//   - `.go` files (when the first such argument is an existing file) form
//     one package, "command-line-arguments"; they must all be `.go` files
//     in one directory;
//   - a relative or absolute directory (".", "./x", "../y", "/abs") is the
//     package there, whose import path is found from the directory: in the
//     main module (not in a nested module: "main module (M) does not
//     contain package P"), GOROOT/src, or a module it requires, else
//     "directory D outside main module or its selected dependencies"; a
//     directory without Go files is "no Go files in DIR";
//   - "DIR/..." and "IMPORT/PATH/..." match every package at or below:
//     the walk skips directories named testdata or vendor or starting with
//     `.` or `_`, and the trees of nested modules; directories whose files
//     are all excluded are left out silently, and a pattern matching
//     nothing is a warning, not an error;
//   - anything else is an import path, resolved as an import from nowhere.

import Foundation

/// One package the command line names.
enum Root {
    case package(PackageLocation, fromWildcard: Bool)
    case files(directory: String, names: [String])
}

extension Resolver {
    /// The packages `patterns` name; problems go into `errors` as go
    /// prints them, "matched no packages" warnings into `warnings`.
    func roots(of patterns: [String], workingDirectory cwd: String, errors: inout [String],
               warnings: inout [String]) throws -> [Root] {
        let patterns = patterns.isEmpty ? ["."] : patterns
        if let first = patterns.first(where: { $0.hasSuffix(".go") }), Paths.isFile(Paths.absolute(first, base: cwd)) {
            return [try commandLineFiles(patterns, workingDirectory: cwd)]
        }
        var roots: [Root] = []
        for pattern in patterns {
            do {
                let matched = try match(pattern, workingDirectory: cwd)
                if matched.isEmpty { warnings.append("go: warning: \"\(pattern)\" matched no packages") }
                roots += matched
            } catch let e as LoadError {
                errors += e.messages
            }
        }
        return roots
    }

    private func commandLineFiles(_ patterns: [String], workingDirectory cwd: String) throws -> Root {
        var directory: String?
        for pattern in patterns {
            guard pattern.hasSuffix(".go") else { throw LoadError(["named files must be .go files: \(pattern)"]) }
            let path = Paths.absolute(pattern, base: cwd)
            guard FileManager.default.fileExists(atPath: path) else {
                throw LoadError(["stat \(pattern): no such file or directory"])
            }
            if Paths.isDirectory(path) { throw LoadError(["\(pattern) is a directory, should be a Go file"]) }
            let dir = Paths.directory(of: pattern)
            if let d = directory, d != dir {
                throw LoadError(["named files must all be in one directory; have \(d) and \(dir)"])
            }
            directory = dir
        }
        let dir = Paths.absolute(directory ?? ".", base: cwd)
        return .files(directory: dir, names: patterns.map { String($0.split(separator: "/").last!) })
    }

    private func match(_ pattern: String, workingDirectory cwd: String) throws -> [Root] {
        let isLocal = pattern == "." || pattern == ".." || pattern.hasPrefix("./") || pattern.hasPrefix("../")
            || pattern.hasPrefix("/")
        if let base = Resolver.wildcardBase(pattern) {
            if isLocal {
                let dir = Paths.absolute(base.isEmpty ? "." : base, base: cwd)
                guard let path = importPath(ofDirectory: dir) else {
                    throw LoadError(["pattern \(pattern): directory prefix \(Paths.short(dir, workingDirectory: cwd)) "
                                     + "does not contain main module or its selected dependencies"])
                }
                return walk(dir, importPath: path)
            }
            return walk(importPathPrefix: base)
        }
        if isLocal {
            return [.package(try localPackage(Paths.absolute(pattern, base: cwd), cwd: cwd), fromWildcard: false)]
        }
        do {
            return [.package(try resolve(pattern, from: nil), fromWildcard: false)]
        } catch let problem as PackageProblem {
            throw LoadError([problem.message(stack: [], importPath: pattern, importPosition: nil)])
        }
    }

    /// "x/..." → "x", "..." → ""; nil for a pattern without a wildcard.
    static func wildcardBase(_ pattern: String) -> String? {
        if pattern == "..." { return "" }
        guard pattern.hasSuffix("/...") else { return nil }
        return String(pattern.dropLast(4))
    }

    /// The package in directory `dir` named on the command line, checked in
    /// modload `resolveLocalPackage`'s order.
    private func localPackage(_ dir: String, cwd: String) throws -> PackageLocation {
        let src = environment.gorootSource
        let inGoroot = Paths.hasFilePathPrefix(dir, src) && dir != src
        guard mainModule != nil || inGoroot else { throw LoadError(["go: " + Messages.goModNotFound]) }
        guard Paths.isDirectory(dir) else { throw LoadError(["stat \(dir): directory not found"]) }
        guard Paths.hasGoFiles(dir, countingIgnoredNames: false) else { throw LoadError(["no Go files in \(dir)"]) }
        if let main = mainModule, Paths.hasFilePathPrefix(dir, main.directory) {
            guard let path = mainModuleImportPath(of: dir) else {
                let path = Paths.join(importPath: main.path, dir, under: main.directory)
                throw LoadError(["main module (\(main.path)) does not contain package \(path)"])
            }
            return PackageLocation(importPath: path, directory: dir, kind: .mainModule)
        }
        if inGoroot {
            return PackageLocation(importPath: Paths.join(importPath: "", dir, under: src), directory: dir, kind: .goroot)
        }
        guard let (path, kind) = moduleImportPath(of: dir) else {
            let shown = Paths.short(dir, workingDirectory: cwd)
            throw LoadError(["directory \(shown) outside main module or its selected dependencies"])
        }
        return PackageLocation(importPath: path, directory: dir, kind: kind)
    }

    /// The import path of directory `dir` in GOROOT/src or a module of the build.
    private func importPath(ofDirectory dir: String) -> String? {
        let src = environment.gorootSource
        if Paths.hasFilePathPrefix(dir, src) { return Paths.join(importPath: "", dir, under: src) }
        return moduleImportPath(of: dir)?.path
    }

    func moduleImportPath(of dir: String) -> (path: String, kind: PackageLocation.Kind)? {
        if let path = mainModuleImportPath(of: dir) { return (path, .mainModule) }
        for m in modules where Paths.hasFilePathPrefix(dir, m.directory) {
            return (Paths.join(importPath: m.module.path, dir, under: m.directory), m.kind)
        }
        return nil
    }
}
