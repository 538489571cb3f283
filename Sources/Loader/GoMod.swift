// go.mod files: the directives the loader needs, read as
// golang.org/x/mod/modfile reads them (cmd/vendor/golang.org/x/mod/modfile
// read.go and rule.go), with its error messages.
//
// A go.mod file is a list of lines of tokens (white space separates them,
// `//` starts a comment, "quoted" and `raw` strings are single tokens).
// A line starts with a verb; `verb (` opens a block whose lines each take
// the verb, up to a `)` line. The verbs used here:
//   module path                 the module's path (required)
//   go 1.19                     the language version
//   require path version        one requirement (`// indirect` is a comment)
//   replace path [version] => dir | path version
// `exclude` and `retract` are accepted and ignored; any other verb is
// "unknown directive". Errors read "go: errors parsing go.mod:\nFILE:LINE: ...".

/// A module path and, except for the main module, a version.
public struct ModuleVersion: Hashable, Sendable {
    public var path: String
    public var version: String?
    public init(path: String, version: String?) { self.path = path; self.version = version }
}

/// The contents of a go.mod file.
public struct GoModFile: Sendable {
    public var modulePath = ""
    public var goVersion: String?
    public var requires: [ModuleVersion] = []
    public var replacements: [Replacement] = []

    /// `replace old [version] => new`: a local directory (a path starting
    /// with `./`, `../` or `/`, relative to the go.mod's directory) or
    /// another module version.
    public struct Replacement: Sendable {
        public var old: ModuleVersion      // version nil: every version
        public var directory: String?      // as written
        public var module: ModuleVersion?
    }

    /// Parses `text`, the go.mod file at `path` (named in errors).
    public init(parsing text: String, path: String) throws {
        var errors: [String] = []
        var block: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let (tokens, column) = GoModFile.tokens(raw)
            let place = "\(path):\(index + 1)"
            guard !tokens.isEmpty else { continue }
            if let verb = block {
                if tokens == [")"] { block = nil; continue }
                if let e = apply(verb, tokens, line: place, column: column) { errors.append(e) }
            } else if tokens.count == 2 && tokens[1] == "(" {
                block = tokens[0]
                if !["module", "go", "require", "replace", "exclude", "retract"].contains(tokens[0]) {
                    errors.append("\(place): unknown block type: \(tokens[0])")
                }
            } else if let e = apply(tokens[0], Array(tokens.dropFirst()), line: place, column: column) {
                errors.append(e)
            }
        }
        if !errors.isEmpty { throw LoadError(["go: errors parsing go.mod:\n" + errors.joined(separator: "\n")]) }
        if modulePath.isEmpty {
            throw LoadError(["go: no module declaration in go.mod. To specify the module path:\n"
                             + "\tgo mod edit -module=example.com/mod"])
        }
    }

    /// Applies one directive at "FILE:LINE" `line`; its error message, if
    /// malformed (modfile gives the column for usage errors only).
    private mutating func apply(_ verb: String, _ args: [String], line: String, column: Int) -> String? {
        let position = "\(line):\(column)"
        switch verb {
        case "module":
            guard args.count == 1 else { return "\(position): usage: module module/path" }
            modulePath = args[0]
        case "go":
            guard args.count == 1 else { return "\(position): usage: go 1.23" }
            goVersion = args[0]
        case "require":
            guard args.count == 2 else { return "\(position): usage: require module/path v1.2.3" }
            requires.append(ModuleVersion(path: args[0], version: args[1]))
        case "replace":
            guard let r = GoModFile.replacement(args) else {
                return "\(position): usage: replace module/path [v1.2.3] => other/module v1.4\n"
                    + "\t or replace module/path [v1.2.3] => ../local/directory"
            }
            replacements.append(r)
        case "exclude", "retract":
            break
        default:
            return "\(line): unknown directive: \(verb)"
        }
        return nil
    }

    private static func replacement(_ args: [String]) -> Replacement? {
        guard let arrow = args.firstIndex(of: "=>"), arrow == 1 || arrow == 2 else { return nil }
        let old = ModuleVersion(path: args[0], version: arrow == 2 ? args[1] : nil)
        let new = args[(arrow + 1)...]
        if new.count == 1, let dir = new.first, GoModFile.isDirectoryPath(dir) {
            return Replacement(old: old, directory: dir, module: nil)
        }
        guard new.count == 2 else { return nil }
        return Replacement(old: old, directory: nil, module: ModuleVersion(path: new.first!, version: new.last!))
    }

    /// modfile.IsDirectoryPath: a replacement that is a local directory.
    static func isDirectoryPath(_ path: String) -> Bool {
        path == "." || path == ".." || path.hasPrefix("./") || path.hasPrefix("../") || path.hasPrefix("/")
    }

    /// A line's tokens, strings unquoted, and the 1-based column of the first.
    static func tokens(_ line: Substring) -> ([String], Int) {
        var tokens: [String] = []
        var firstColumn = 0
        var chars = Array(line.unicodeScalars)[...]
        var column = 1
        while let c = chars.first {
            if c == " " || c == "\t" || c == "\r" { chars.removeFirst(); column += 1; continue }
            if c == "/" && chars.dropFirst().first == "/" { break }
            if firstColumn == 0 { firstColumn = column }
            var token = String.UnicodeScalarView()
            if c == "(" || c == ")" {
                token.append(c); chars.removeFirst()
            } else if c == "\"" || c == "`" {
                token.append(c); chars.removeFirst()
                while let d = chars.first {
                    token.append(d); chars.removeFirst()
                    if d == c { break }
                    if d == "\\" && c == "\"", let e = chars.first { token.append(e); chars.removeFirst() }
                }
            } else {
                while let d = chars.first, !(d == " " || d == "\t" || d == "\r" || d == "(" || d == ")"),
                      !(d == "/" && chars.dropFirst().first == "/") {
                    token.append(d); chars.removeFirst()
                }
            }
            column += token.count
            let text = String(token)
            tokens.append(text.hasPrefix("\"") || text.hasPrefix("`") ? unquoteImportPath(text) ?? text : text)
        }
        return (tokens, max(firstColumn, 1))
    }
}
