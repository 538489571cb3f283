// The build environment the loader finds packages in: where GOROOT, GOPATH
// and the module cache are, the target (linux/amd64), and which build tags
// a file's constraints may rely on. It plays the part of go/build's
// `Context` (go/build/build.go, `defaultContext` and `matchTag`) with
// golly's fixed answers: one target, cgo disabled, and a toolchain that
// takes gc's side of the std's `gc` / `!gc` splits but always asks for the
// pure-Go versions (see `compilerTags`).
//
// Nothing here runs the go command: the variables come from the process
// environment and two fixed defaults, so golly works where only a GOROOT
// source tree is installed.

import Foundation

public struct GoEnvironment: Sendable {
    /// The Go tree whose `src/` holds the standard library.
    public var goroot: String
    public var goos = "linux"
    public var goarch = "amd64"
    public var gopath: String
    /// Where `go mod download` unpacks modules: `$GOMODCACHE/<path>@<version>`.
    public var moduleCache: String
    /// go1.1 … go1.19: the language versions a file may require
    /// (go/build's `ReleaseTags`; golly implements Go 1.19).
    public var releaseTags = (1...19).map { "go1.\($0)" }
    /// golly refuses cgo: files importing "C" are left out, as
    /// `CGO_ENABLED=0 go build` leaves them out.
    public var cgoEnabled = false
    /// The toolchain's own tags (go/build's `Compiler` and `ToolTags`).
    ///
    /// `gc` is satisfied and `gccgo` is not, and `purego` is always set.
    /// In Go 1.19's std (linux/amd64) every file that says `!gc` also says
    /// `|| purego` (crypto/internal/edwards25519/field, and the vendored
    /// golang.org/x/crypto chacha20, chacha20poly1305, poly1305,
    /// curve25519), so `purego` alone picks each pure-Go fallback. The
    /// files that need `gc` and have no pure-Go twin are either plain Go
    /// (internal/goroot/gc.go, go/build/gc.go: without them those packages
    /// lack functions) or declare assembly routines golly must supply
    /// anyway (vendor/golang.org/x/sys/cpu/cpu_gc_x86.go's `cpuid` and
    /// `xgetbv`, the twins of internal/cpu's); with `gc` false, x/sys/cpu
    /// would not even type-check, since cpu_x86.go calls `cpuid` and the
    /// only other declaration is the gccgo one. The `goexperiment.*` tags
    /// gc sets on amd64 (regabiargs, regabiwrappers) are left out: golly's
    /// calling convention is not gc's register ABI, and internal/abi and
    /// internal/goexperiment then describe the stack ABI consistently.
    public var compilerTags = ["gc", "purego"]
    /// Tags the caller adds, as `go build -tags`.
    public var buildTags: [String] = []
    /// Golly's own files for standard packages: `OVERLAY/<import path>/*.go`
    /// are compiled with the GOROOT package of that path (bodies for its
    /// assembly functions; the repository's std/ directory).
    public var overlayRoot: String?
    /// Standard packages golly replaces whole: their files come from
    /// `OVERLAY/<import path>` alone, GOROOT's are not read (the runtime:
    /// golly's is its C runtime's Go-visible API, std/runtime).
    public var replacedPackages: Set<String> = ["runtime"]

    /// Reads GOROOT (else /usr/lib/go-1.19 when it has `src/`), GOPATH
    /// (else ~/go) and GOMODCACHE (else the first GOPATH entry's `pkg/mod`)
    /// from `variables`.
    public init(variables: [String: String] = ProcessInfo.processInfo.environment) {
        goroot = GoEnvironment.defaultGoroot(variables)
        let home = variables["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        gopath = variables["GOPATH"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/go"
        let firstPath = gopath.split(separator: ":").first.map(String.init) ?? gopath
        moduleCache = variables["GOMODCACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? firstPath + "/pkg/mod"
    }

    /// The Go 1.19 tree golly's Makefile installs (Debian's golang-1.19).
    public static let installedGoroot = "/usr/lib/go-1.19"

    private static func defaultGoroot(_ variables: [String: String]) -> String {
        if let root = variables["GOROOT"], !root.isEmpty { return root }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: installedGoroot + "/src", isDirectory: &isDir), isDir.boolValue {
            return installedGoroot
        }
        return ""
    }

    /// `$GOROOT/src`, the root of standard import paths.
    public var gorootSource: String { goroot + "/src" }

    /// Whether a build constraint's tag holds (go/build's `matchTag`).
    public func satisfies(_ tag: String) -> Bool {
        if tag == "cgo" { return cgoEnabled }
        if tag == goos || tag == goarch { return true }
        if tag == "unix" && KnownTargets.unixOS.contains(goos) { return true }
        // An android, illumos or ios build also satisfies its parent OS.
        if (goos, tag) == ("android", "linux") || (goos, tag) == ("illumos", "solaris")
            || (goos, tag) == ("ios", "darwin") { return true }
        return compilerTags.contains(tag) || buildTags.contains(tag) || releaseTags.contains(tag)
    }
}
