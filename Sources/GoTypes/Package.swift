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

/// Finds an imported package by import path (nil: not available; the
/// checker reports it). The driver's importer serves the packages checked
/// so far; the pseudo-package `runtime` is the checker's own.
public typealias Importer = (String) -> Package?

extension Object {
    /// Exported (spec: "Exported identifiers"): upper-case first letter.
    public var isExported: Bool { GoTypes.isExported(name) }
}
