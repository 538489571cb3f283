// File-system paths and import paths, the small operations the go command
// does on them: cleaning (path/filepath.Clean), prefix tests by whole
// elements (cmd/go/internal/str `HasPathPrefix`, `HasFilePathPrefix`),
// relative paths (filepath.Rel), and the short form go prints file names in
// (cmd/go/internal/base `ShortPath`: relative to the working directory
// when that is shorter). The loader keeps every directory absolute and
// clean.

import Foundation

enum Paths {
    /// filepath.Clean of an absolute or relative path, made absolute against `base`.
    static func absolute(_ path: String, base: String) -> String {
        clean(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// filepath.Clean: no `.`, no `x/..`, no doubled or trailing slashes.
    static func clean(_ path: String) -> String {
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && rooted {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return rooted ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Whether import path `path` is `prefix` or below it.
    static func hasPathPrefix(_ path: String, _ prefix: String) -> Bool {
        prefix.isEmpty || path == prefix || path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
    }

    /// The same for clean absolute file paths.
    static func hasFilePathPrefix(_ path: String, _ prefix: String) -> Bool {
        hasPathPrefix(path, prefix == "/" ? "" : prefix)
    }

    /// filepath.Rel for clean absolute paths: "a/b", "..", "../x", ".".
    static func relative(_ path: String, from base: String) -> String {
        let p = path.split(separator: "/"), b = base.split(separator: "/")
        var common = 0
        while common < p.count && common < b.count && p[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: b.count - common)
        let parts = up + p[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// base.ShortPath: `path` relative to `workingDirectory` when shorter.
    static func short(_ path: String, workingDirectory: String) -> String {
        let rel = relative(path, from: workingDirectory)
        return rel.count < path.count ? rel : path
    }

    /// filepath.Dir of a path as written: "x/a.go" → "x", "a.go" → ".", "/a.go" → "/".
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : clean(String(path[..<slash]))
    }

    /// The import path of `dir` below the directory `root` of import path `rootPath`.
    static func join(importPath rootPath: String, _ dir: String, under root: String) -> String {
        let rel = relative(dir, from: root)
        if rel == "." { return rootPath }
        return rootPath.isEmpty ? rel : rootPath + "/" + rel
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// A regular file: a FIFO or a device would block or never end a read.
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    /// The names in `dir`, sorted as Go's os.ReadDir sorts them (by bytes).
    static func entries(_ dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// cmd/go/internal/fsys `IsDirWithGoFiles`: whether `dir` holds a
    /// file named `*.go`, whatever its build constraints. This is what
    /// makes a directory a package for import path resolution. Without
    /// `countingIgnoredNames`, names starting with `_` or `.` do not count
    /// (go/build's NoGoError, for directories named on the command line).
    static func hasGoFiles(_ dir: String, countingIgnoredNames: Bool = true) -> Bool {
        entries(dir).contains { name in
            let ignoredName = name.hasPrefix("_") || name.hasPrefix(".")
            return name.hasSuffix(".go") && (countingIgnoredNames || !ignoredName) && isFile(dir + "/" + name)
        }
    }
}
