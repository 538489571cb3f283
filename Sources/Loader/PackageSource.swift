// What the loader tells the compiler about one package: where its files
// are and what it imports, the subset of `go list -json`'s fields golly
// needs, with the same meanings (cmd/go/internal/load/pkg.go
// `PackagePublic`).

/// One package to compile.
public struct PackageSource: Equatable, Sendable {
    /// "fmt", "example.com/m/x", "vendor/golang.org/x/net/dns/dnsmessage",
    /// or "command-line-arguments" for `.go` files named on the command line.
    public var importPath: String
    /// The package clause's name.
    public var name: String
    public var dir: String
    /// The Go files to compile: absolute, sorted.
    public var goFiles: [String]
    /// The `.s` files gc would assemble with them (absolute, sorted): golly
    /// must supply their functions itself.
    public var assemblyFiles: [String]
    /// `_test.go` files of the package and of its external test package;
    /// listed only, not loaded.
    public var testGoFiles: [String]
    public var xTestGoFiles: [String]
    /// The packages imported, as resolved import paths (go list's
    /// `Imports`): unique, in the order of the paths as written, sorted;
    /// the two orders differ only for the std's vendored packages.
    /// Includes "unsafe" and the caller's built-in packages.
    public var imports: [String]
    /// Each import path as written that resolves to another path (go
    /// list's `ImportMap`): "golang.org/x/net/dns/dnsmessage" →
    /// "vendor/golang.org/x/net/dns/dnsmessage".
    public var importMap: [String: String]
    /// Where each of `imports` is first imported, "file:line:col", the file
    /// as go prints it (relative to the working directory when shorter).
    public var importPositions: [String: String]
    /// In GOROOT.
    public var isStandard: Bool
    public var isCommand: Bool { name == "main" }
}
