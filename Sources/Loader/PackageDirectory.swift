// One directory read as a package, the way go/build's `Import` reads it
// (go/build/build.go, the loop over the directory's files) with cmd/go's
// reading of the outcome (cmd/go/internal/load/pkg.go `NoGoError`):
//
//   - files are taken in name order; FileNames.swift and FileHeader.swift
//     decide which are built; a Go file left out by them is "ignored";
//   - the first built file names the package; another name is
//     "found packages a (a.go) and b (b.go) in DIR"; files of package
//     `documentation` are ignored; a `_test.go` file of package `p_test`
//     is an external test file;
//   - a file importing "C" is a cgo file, ignored since cgo is disabled
//     (as with CGO_ENABLED=0), and an error in a test file;
//   - test files are listed apart, their imports too (`go test` builds
//     them: TestPackages.swift);
//   - no buildable non-test file is "build constraints exclude all Go
//     files in DIR" if some were left out, "no non-test Go files in DIR" if
//     only tests remain, else "no Go files in DIR" (thrown as `NoGoFiles`).
// Files named on the command line (`go build a.go b.go`) are read with
// go/build's UseAllFiles: their names and constraints are not consulted.

import Foundation

/// A directory's files and imports.
struct DirectoryPackage {
    var dir: String
    var name = ""
    var goFiles: [String] = []
    var testGoFiles: [String] = []
    var xTestGoFiles: [String] = []
    var assemblyFiles: [String] = []
    var ignoredGoFiles: [String] = []
    /// Each import path of the non-test files with its first position.
    var importPositions: [String: String] = [:]
    /// The same for the package's `_test.go` files and for its external
    /// test package's.
    var testImportPositions: [String: String] = [:]
    var xTestImportPositions: [String: String] = [:]
}

extension GoEnvironment {
    /// Reads the package in `dir`, from the files `only` when given
    /// (command-line files). `display` turns a file path into the form go
    /// prints in positions.
    func readPackage(in dir: String, only: [String]? = nil, display: (String) -> String) throws -> DirectoryPackage {
        var pkg = DirectoryPackage(dir: dir)
        var firstFile = ""
        var firstProblem: PackageProblem?
        let useAllFiles = only != nil
        for name in only ?? Paths.entries(dir) {
            let path = dir + "/" + name
            guard let kind = SourceKind(fileName: name), Paths.isFile(path) else { continue }
            if !useAllFiles && !matchesTargetSuffixes(name) {
                if kind == .go { pkg.ignoredGoFiles.append(path) }
                continue
            }
            guard Paths.isRegularFile(path) else {
                // go would block reading it; gc refuses a directory in these words.
                firstProblem = firstProblem ?? .atImport("\(display(path)) is not a regular file, should be a Go file")
                continue
            }
            guard let content = FileManager.default.contents(atPath: path).map(Array.init) else {
                firstProblem = firstProblem ?? .atImport("open \(path): \(String(cString: strerror(errno)).lowercased())")
                continue
            }
            do {
                if !useAllFiles, try !shouldBuild(content) {
                    if kind == .go { pkg.ignoredGoFiles.append(path) }
                    continue
                }
            } catch let e as ConstraintSyntaxError {
                firstProblem = firstProblem ?? .atImport("\(name): \(e.message)")
                continue
            }
            if kind == .assembly { pkg.assemblyFiles.append(path); continue }
            let header: GoFileHeader
            do {
                header = try GoFileHeader(content: content, displayPath: display(path))
            } catch let e as FileSyntaxError {
                firstProblem = firstProblem ?? .atImport(e.message, position: e.position)
                continue
            }
            if let problem = pkg.add(header, name: name, path: path, cgoEnabled: cgoEnabled, firstFile: &firstFile) {
                firstProblem = firstProblem ?? problem
            }
        }
        if let firstProblem { throw firstProblem }
        if pkg.goFiles.isEmpty { throw pkg.noGoFiles }
        return pkg
    }
}

extension DirectoryPackage {
    /// Files one built Go file into its list; the problem it causes, if any.
    mutating func add(_ header: GoFileHeader, name: String, path: String, cgoEnabled: Bool,
                      firstFile: inout String) -> PackageProblem? {
        var pkgName = header.packageName
        if pkgName == "documentation" { ignoredGoFiles.append(path); return nil }
        let isTest = name.hasSuffix("_test.go")
        let isXTest = isTest && pkgName.hasSuffix("_test") && self.name != pkgName
        if isXTest { pkgName.removeLast("_test".count) }
        var problem: PackageProblem?
        if self.name.isEmpty {
            self.name = pkgName
            firstFile = name
        } else if pkgName != self.name {
            problem = .atImport("found packages \(self.name) (\(firstFile)) and \(pkgName) (\(name)) in \(dir)")
        }
        if header.imports.contains(where: { $0.path == "C" }) {
            if isTest { return problem ?? .atImport("use of cgo in test \(path) not supported") }
            if !cgoEnabled { ignoredGoFiles.append(path); return problem }
        }
        if isXTest {
            xTestGoFiles.append(path)
            record(header, in: &xTestImportPositions)
        } else if isTest {
            testGoFiles.append(path)
            record(header, in: &testImportPositions)
        } else {
            goFiles.append(path)
            record(header, in: &importPositions)
        }
        return problem
    }

    private func record(_ header: GoFileHeader, in positions: inout [String: String]) {
        for (importPath, position) in header.imports where positions[importPath] == nil {
            positions[importPath] = position
        }
    }

    /// cmd/go's NoGoError; for test files alone, the build step's error
    /// (the package loads, then cannot be built), whose import path the
    /// caller adds.
    var noGoFiles: NoGoFiles {
        if !ignoredGoFiles.isEmpty { return NoGoFiles(message: "build constraints exclude all Go files in \(dir)") }
        if !testGoFiles.isEmpty || !xTestGoFiles.isEmpty {
            return NoGoFiles(message: "no non-test Go files in \(dir)", onlyTests: true)
        }
        return NoGoFiles(message: "no Go files in \(dir)")
    }
}

/// A directory without buildable non-test Go files.
struct NoGoFiles: Error {
    var message: String
    var onlyTests = false

    func problem(importPath: String) -> PackageProblem {
        onlyTests ? .plain("go build \(importPath): \(message)") : .withStack(message)
    }
}
