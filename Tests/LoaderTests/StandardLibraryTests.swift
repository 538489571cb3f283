// The loader on Go 1.19's real standard library: the files chosen for
// linux/amd64, the closure of fmt, and, when the go command is installed,
// the same package lists and file lists as `go list -deps` gives with
// CGO_ENABLED=0 and -tags purego (golly's tags, Environment.swift).

import Foundation
import XCTest
@testable import Loader

final class StandardLibraryTests: XCTestCase {
    func std(_ patterns: [String], builtin: Set<String> = ["unsafe"]) throws -> [PackageSource] {
        let goroot = try requireGoroot()
        return try PackageLoader(workingDirectory: goroot, environment: testEnvironment(), builtinPackages: builtin)
            .load(patterns)
    }

    func testOSFiles() throws {
        let os = try XCTUnwrap(try std(["os"]).last)
        XCTAssertEqual(os.importPath, "os")
        XCTAssertTrue(os.isStandard)
        let files = names(os.goFiles)
        for want in ["file.go", "file_unix.go", "file_posix.go", "dir_unix.go", "exec_unix.go", "sys_linux.go"] {
            XCTAssertTrue(files.contains(want), want)
        }
        for unwanted in ["file_windows.go", "file_plan9.go", "dir_darwin.go", "sys_bsd.go", "os_test.go"] {
            XCTAssertFalse(files.contains(unwanted), unwanted)
        }
        XCTAssertTrue(os.imports.contains("internal/poll") && os.imports.contains("syscall"))
        XCTAssertFalse(os.imports.contains("C"))
    }

    func testBytealgFiles() throws {
        let bytealg = try XCTUnwrap(try std(["internal/bytealg"]).last)
        let files = names(bytealg.goFiles)
        XCTAssertTrue(files.contains("compare_native.go"))
        XCTAssertTrue(files.contains("index_amd64.go"))
        XCTAssertFalse(files.contains("compare_generic.go"))
        XCTAssertFalse(files.contains("index_generic.go"))
        XCTAssertTrue(names(bytealg.assemblyFiles).contains("compare_amd64.s"))
        XCTAssertFalse(names(bytealg.assemblyFiles).contains("compare_arm64.s"))
    }

    func testFmtClosureWithBuiltinRuntime() throws {
        let packages = try std(["fmt"], builtin: ["unsafe", "runtime"])
        let order = packages.map(\.importPath)
        print("closure of fmt without runtime (\(order.count) packages): \(order.joined(separator: " "))")
        XCTAssertEqual(order.last, "fmt")
        XCTAssertFalse(order.contains("runtime"))
        XCTAssertFalse(order.contains("runtime/internal/atomic"), "only runtime imports it")
        XCTAssertTrue(order.contains("internal/abi"), "internal/reflectlite and reflect import it")
        assertDependencyOrder(packages)
    }

    func testFmtClosureInDependencyOrder() throws {
        let packages = try std(["fmt"])
        XCTAssertTrue(packages.map(\.importPath).contains("runtime/internal/atomic"))
        assertDependencyOrder(packages)
    }

    /// Every package's loaded imports come before it.
    func assertDependencyOrder(_ packages: [PackageSource], file: StaticString = #filePath, line: UInt = #line) {
        var seen: Set<String> = ["unsafe", "runtime"]
        for p in packages {
            for i in p.imports where !seen.contains(i) {
                XCTFail("\(p.importPath) comes before its import \(i)", file: file, line: line)
            }
            seen.insert(p.importPath)
        }
    }

    /// Package order and file lists equal `go list -deps`'s.
    func testAgreesWithGoList() throws {
        let goroot = try requireGoroot()
        let go = goroot + "/bin/go"
        guard FileManager.default.isExecutableFile(atPath: go) else { throw XCTSkip("no go command") }
        let roots = ["fmt", "os", "net/http", "crypto/tls", "encoding/json", "go/build"]
        let scratch = try makeTree([:])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: go)
        process.arguments = ["list", "-deps", "-tags", "purego", "-f",
                             "{{.ImportPath}} {{join .GoFiles \",\"}} {{join .SFiles \",\"}} {{join .Imports \",\"}}"] + roots
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        var env = ProcessInfo.processInfo.environment
        env["CGO_ENABLED"] = "0"; env["GOFLAGS"] = ""; env["GO111MODULE"] = ""; env["GOROOT"] = goroot
        env["GOCACHE"] = scratch + "/cache"; env["GOPATH"] = scratch + "/gopath"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        // gc on amd64 always sets goexperiment.regabiargs and regabiwrappers;
        // golly does not (Environment.swift), which only internal/goexperiment sees.
        let expected = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("unsafe ") }
            .map { $0.replacingOccurrences(of: "_regabiargs_on.go", with: "_regabiargs_off.go")
                .replacingOccurrences(of: "_regabiwrappers_on.go", with: "_regabiwrappers_off.go") }
        let start = Date()
        let packages = try std(roots)
        print("loaded \(packages.count) packages in \(String(format: "%.2f", Date().timeIntervalSince(start)))s")
        let actual = packages.map { p in
            "\(p.importPath) \(names(p.goFiles).joined(separator: ",")) \(names(p.assemblyFiles).joined(separator: ",")) "
                + p.imports.joined(separator: ",")
        }
        XCTAssertEqual(actual.count, expected.count)
        for (a, e) in zip(actual, expected) where a != e { XCTFail("golly: \(a)\ngo:    \(e)") }
    }
}
