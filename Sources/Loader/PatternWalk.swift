// The directory walk behind "..." patterns (cmd/go/internal/modload
// search.go `matchPackages`, search/search.go `MatchDirs`): every
// directory at or below the pattern's base that holds a `.go` file, in
// lexical depth-first order (a directory before its subdirectories), except
// that the walk does not enter directories named testdata or starting with
// `.` or `_`, nor the tree of another module (a go.mod below the base).
// Outside GOROOT it does not enter `vendor` either: in module mode vendor
// directories are not packages of the module.

import Foundation

extension Resolver {
    /// The packages at or below directory `root`, whose import path is `importPath`.
    func walk(_ root: String, importPath: String) -> [Root] {
        let inGoroot = Paths.hasFilePathPrefix(root, environment.gorootSource)
        let kind = inGoroot ? .goroot : moduleImportPath(of: root)?.kind ?? .mainModule
        var found: [Root] = []
        func visit(_ dir: String, _ path: String) {
            if dir != root && Paths.isFile(dir + "/go.mod") { return }
            if Paths.hasGoFiles(dir) {
                found.append(.package(PackageLocation(importPath: path, directory: dir, kind: kind), fromWildcard: true))
            }
            for name in Paths.entries(dir) {
                if name.hasPrefix(".") || name.hasPrefix("_") || name == "testdata" || (name == "vendor" && !inGoroot) {
                    continue
                }
                let child = dir + "/" + name
                guard Paths.isDirectory(child), !Resolver.isSymbolicLink(child) else { continue }
                visit(child, path.isEmpty ? name : path + "/" + name)
            }
        }
        if Paths.isDirectory(root) { visit(root, importPath) }
        return found
    }

    /// The packages whose import path is `base` or below it: in GOROOT for
    /// a standard path, else in each module of the build that overlaps it.
    func walk(importPathPrefix base: String) -> [Root] {
        if Resolver.isStandardImportPath(base) {
            let src = environment.gorootSource
            return walk(base.isEmpty ? src : src + "/" + base, importPath: base)
        }
        var all = modules.map { ($0.module.path, $0.directory) }
        if let main = mainModule { all.insert((main.path, main.directory), at: 0) }
        var found: [Root] = []
        for (path, dir) in all {
            if Paths.hasPathPrefix(base, path) {
                found += walk(dir + base.dropFirst(path.count), importPath: base)
            } else if Paths.hasPathPrefix(path, base) {
                found += walk(dir, importPath: path)
            }
        }
        return found
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        return type == .typeSymbolicLink
    }
}
