// Fixtures for the loader's tests: file trees written under
// NSTemporaryDirectory, an environment that points the module cache into
// such a tree, and the real GOROOT (Go 1.19) when it is installed.

import Foundation
import XCTest
@testable import Loader

extension XCTestCase {
    /// Writes `files` (relative path → contents) under a fresh temporary
    /// directory, removed when the test ends; its absolute, symlink-free path.
    func makeTree(_ files: [String: String]) throws -> String {
        let base = NSTemporaryDirectory() + "/golly-loader-" + UUID().uuidString
        let root = Paths.clean(URL(fileURLWithPath: base).resolvingSymlinksInPath().path)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: parentDirectory(full), withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        if files.isEmpty { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
        return root
    }
}

/// An environment with GOROOT as installed and the module cache at `moduleCache`.
func testEnvironment(moduleCache: String = "/nonexistent/modcache", tags: [String] = []) -> GoEnvironment {
    var variables = ProcessInfo.processInfo.environment
    variables["GOMODCACHE"] = moduleCache
    var env = GoEnvironment(variables: variables)
    env.buildTags = tags
    return env
}

/// The installed GOROOT, or a skip.
func requireGoroot() throws -> String {
    let goroot = GoEnvironment().goroot
    guard !goroot.isEmpty, Paths.isDirectory(goroot + "/src/fmt") else { throw XCTSkip("no GOROOT with Go 1.19 sources") }
    return goroot
}

/// Loads `patterns` in `dir`; the packages, or the error messages.
func load(_ patterns: [String], in dir: String, environment: GoEnvironment = testEnvironment(),
          builtin: Set<String> = ["unsafe"]) -> Result<[PackageSource], LoadError> {
    do {
        let loader = try PackageLoader(workingDirectory: dir, environment: environment, builtinPackages: builtin)
        return .success(try loader.load(patterns))
    } catch let e as LoadError {
        return .failure(e)
    } catch {
        return .failure(LoadError(["unexpected \(error)"]))
    }
}

/// The import paths of a successful load; fails the test otherwise.
func paths(_ result: Result<[PackageSource], LoadError>, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    switch result {
    case .success(let packages): return packages.map(\.importPath)
    case .failure(let e):
        XCTFail("load failed: \(e.messages)", file: file, line: line)
        return []
    }
}

/// The messages of a failed load; fails the test otherwise.
func messages(_ result: Result<[PackageSource], LoadError>, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    switch result {
    case .success(let packages):
        XCTFail("load succeeded: \(packages.map(\.importPath))", file: file, line: line)
        return []
    case .failure(let e): return e.messages
    }
}

/// A go.mod for module `path`.
func goMod(_ path: String, requires: String = "") -> String {
    "module \(path)\n\ngo 1.19\n" + requires
}

/// Base names of absolute file paths.
func names(_ files: [String]) -> [String] { files.map { String($0.split(separator: "/").last!) } }
