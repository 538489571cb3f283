import GoSyntax

// A checked package as its importers see it (go/types' Package): its path,
// its name, and the scope of its package-level objects. Packages are checked
// in dependency order (the driver's package graph), each against the
// packages it imports, already checked: an importer reads their objects
// (types, signatures, constant values) and never their bodies, which is
// what keeps separately compiled packages independent (docs/DESIGN.md §2).

public final class Package {
    /// The import path: "fmt", "example.com/shop/inventory"; "main" for a command.
    public let path: String
    /// The name in the package clause.
    public let name: String
    public let scope: Scope
    /// The packages it imports, in the order of its files' import declarations.
    public internal(set) var imports: [Package] = []

    public init(path: String, name: String, scope: Scope) {
        self.path = path; self.name = name; self.scope = scope
    }
}

/// The package name of each import path checked (its package clause):
/// what type names are qualified with in messages and in the names the
/// runtime prints (`p.T` for a package `p` at `example.com/x/p`), as gc
/// qualifies them. The checker registers each package before checking it.
nonisolated(unsafe) var packageNames: [String: String] = ["runtime": "runtime", "main": "main", "unsafe": "unsafe"]

/// The name a package path's objects are qualified with.
public func packageName(ofPath path: String) -> String {
    packageNames[path] ?? String(path.split(separator: "/").last ?? Substring(path))
}

/// Finds an imported package by import path (nil: not available; the
/// checker reports it). The driver's importer serves the packages checked
/// so far; the pseudo-package `runtime` is the checker's own.
public typealias Importer = (String) -> Package?

extension Object {
    /// Exported (spec: "Exported identifiers"): upper-case first letter.
    public var isExported: Bool { GoTypes.isExported(name) }
}
