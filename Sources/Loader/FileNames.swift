// What a file's name alone decides (go/build/build.go `matchFile` and
// `goodOSArchFile`):
//   - names starting with `_` or `.` are ignored outright;
//   - `name_GOOS.go`, `name_GOARCH.go` and `name_GOOS_GOARCH.go` (also
//     before `_test`) build only for that target, where GOOS and GOARCH
//     are the known lists of go/build/syslist.go; since Go 1.4 the part
//     before the first `_` is never a suffix ("linux.go" builds anywhere);
//   - only `.go` files are Go source; `.s` files are assembly that gc would
//     assemble (golly reports them so the driver knows a package has some);
//     other extensions do not concern golly.

extension GoEnvironment {
    /// go/build's `goodOSArchFile`: whether the `_GOOS` / `_GOARCH` suffixes
    /// of `name` (if any) match the target.
    public func matchesTargetSuffixes(_ name: String) -> Bool {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let underscore = stem.firstIndex(of: "_") else { return true }
        var parts = stem[underscore...].split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "test" { parts.removeLast() }
        let n = parts.count
        if n >= 2 && KnownTargets.os.contains(parts[n - 2]) && KnownTargets.arch.contains(parts[n - 1]) {
            return satisfies(parts[n - 1]) && satisfies(parts[n - 2])
        }
        if n >= 1 && (KnownTargets.os.contains(parts[n - 1]) || KnownTargets.arch.contains(parts[n - 1])) {
            return satisfies(parts[n - 1])
        }
        return true
    }
}

/// The kinds of file a package directory holds, by name.
enum SourceKind {
    case go, assembly
    /// `.go` or `.s`, unless the name starts with `_` or `.`; nil for anything else.
    init?(fileName name: String) {
        if name.hasPrefix("_") || name.hasPrefix(".") { return nil }
        if name.hasSuffix(".go") { self = .go } else if name.hasSuffix(".s") { self = .assembly } else { return nil }
    }
}

/// go/build/syslist.go (Go 1.19).
enum KnownTargets {
    static let os: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
        "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
    ]
    static let unixOS: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
        "linux", "netbsd", "openbsd", "solaris",
    ]
    static let arch: Set<String> = [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
        "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
        "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    ]
}
