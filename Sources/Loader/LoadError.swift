// How loading fails: every problem found, each one message in the go
// command's words (checked against `go build` of Go 1.19), so the driver
// prints them one per line and exits 1 as `go build` does.
//
// The go command attaches an error to the package it concerns and prints
// it in one of three shapes (cmd/go/internal/load/pkg.go `PackageError`):
//   - at a position: "POS: MSG", where POS is the import that named the
//     package (or, for a syntax error, the error's own place); a package
//     named on the command line has no import, so just "MSG";
//   - with the import stack: "package A\n\timports B\n\timports C: MSG"
//     (no Go files, import cycles);
//   - both, for internal packages: "package A\n\timports B\n\tPOS: MSG".
// A package with only test files passes loading and fails at the build
// step, which says "go build P: no non-test Go files in DIR".

/// The messages of a failed load, in the order found, without duplicates.
public struct LoadError: Error, CustomStringConvertible, Sendable {
    public var messages: [String]
    public init(_ messages: [String]) { self.messages = messages }
    public var description: String { messages.joined(separator: "\n") }
}

/// One problem before it is placed: the three shapes above.
enum PackageProblem: Error {
    /// Reported at the import's position, or at `position` when the
    /// problem has its own (a syntax error).
    case atImport(String, position: String? = nil)
    /// Reported after the import stack, which ends with the package itself.
    case withStack(String)
    /// Reported after the import stack (ending with the importer) and the
    /// import's position.
    case withStackAndPosition(String)
    /// Reported as is, the build step's way ("go build P: ...").
    case plain(String)

    /// The message as go prints it for a package reached through `stack`
    /// (the import paths from a command-line package to the importer, empty
    /// for a command-line package) by an import at `importPosition`.
    func message(stack: [String], importPath: String, importPosition: String?) -> String {
        switch self {
        case .atImport(let text, let own):
            guard let position = own ?? importPosition else { return text }
            return "\(position): \(text)"
        case .withStack(let text):
            return "package " + (stack + [importPath]).joined(separator: "\n\timports ") + ": " + text
        case .withStackAndPosition(let text):
            let position = importPosition.map { "\n\t" + $0 } ?? ""
            return "package " + stack.joined(separator: "\n\timports ") + position + ": " + text
        case .plain(let text):
            return text
        }
    }
}

/// The go command's messages.
enum Messages {
    static func notInGoroot(_ path: String, _ dir: String) -> String {
        "package \(path) is not in GOROOT (\(dir))"
    }
    static func noRequiredModule(_ path: String) -> String {
        "no required module provides package \(path); to add it:\n\tgo get \(path)"
    }
    static let goModNotFound = "go.mod file not found in current directory or any parent directory; see 'go help modules'"
    static func noRequiredModuleOutsideModule(_ path: String) -> String {
        "no required module provides package \(path): \(goModNotFound)"
    }
    static func internalNotAllowed(_ path: String) -> String { "use of internal package \(path) not allowed" }
    static func program(_ path: String) -> String { "import \"\(path)\" is a program, not an importable package" }
    static func localImport(_ path: String) -> String { "local import \"\(path)\" in non-local package" }
    static let importCycle = "import cycle not allowed"
    static func ambiguous(_ path: String, _ found: [(module: ModuleVersion, dir: String)]) -> String {
        "ambiguous import: found package \(path) in multiple modules:"
            + found.map { "\n\t\($0.module.path)\($0.module.version.map { " " + $0 } ?? "") (\($0.dir))" }.joined()
    }
    /// golly's own wording: `go build` would download the module.
    static func notDownloaded(_ module: ModuleVersion, _ dir: String) -> String {
        "module \(module.path)@\(module.version ?? "") is not in the module cache (\(dir)); "
            + "'go mod download \(module.path)' fetches it"
    }
}
