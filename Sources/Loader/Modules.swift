// The modules a build sees, as the go command sees them in module mode
// (cmd/go/internal/modload/init.go `findModuleRoot`, and
// golang.org/x/mod/module `EscapePath`):
//   - the main module is the one whose go.mod is found in the working
//     directory or the nearest directory above it;
//   - every module its go.mod requires is in the module cache at
//     `$GOMODCACHE/<escaped path>@<escaped version>`, where escaping
//     writes each uppercase letter as `!` and its lowercase (so that
//     case-insensitive file systems keep `Azure` and `azure` apart);
//   - a `replace` directive substitutes a local directory or another
//     module version.
// golly takes the main go.mod's `require` list as the whole build list
// rather than running minimal version selection over every dependency's
// go.mod: since Go 1.17 (module graph pruning) a go.mod lists every module
// that provides a package the main module's packages import.

import Foundation

/// The module the working directory belongs to.
public struct MainModule: Sendable {
    public var path: String
    /// The directory holding its go.mod.
    public var directory: String
    public var goMod: GoModFile

    /// The main module of `directory`: the nearest go.mod at or above it;
    /// nil when there is none. Throws go.mod's parse errors.
    public init?(searchingFrom directory: String) throws {
        var dir = Paths.clean(directory)
        while !Paths.isFile(dir + "/go.mod") {
            if dir == "/" { return nil }
            dir = parentDirectory(dir)
        }
        let file = dir + "/go.mod"
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LoadError(["go: error reading go.mod: open \(file): permission denied"])
        }
        goMod = try GoModFile(parsing: String(decoding: data, as: UTF8.self), path: file)
        path = goMod.modulePath
        self.directory = dir
    }
}

/// A module of the build list and where its files are.
struct ResolvedModule {
    var module: ModuleVersion
    var directory: String
    var kind: PackageLocation.Kind
}

extension MainModule {
    /// The required modules, replacements applied, each with its directory.
    func requiredModules(moduleCache: String) -> [ResolvedModule] {
        goMod.requires.map { required in
            let replacement = goMod.replacements.last {
                $0.old.path == required.path && ($0.old.version == nil || $0.old.version == required.version)
            }
            if let dir = replacement?.directory {
                let absolute = Paths.absolute(dir, base: directory)
                return ResolvedModule(module: required, directory: absolute, kind: .replacement)
            }
            let actual = replacement?.module ?? required
            return ResolvedModule(module: required, directory: moduleCacheDirectory(actual, moduleCache: moduleCache),
                                  kind: .moduleCache)
        }
    }
}

/// Where `go mod download` puts a module version.
public func moduleCacheDirectory(_ module: ModuleVersion, moduleCache: String) -> String {
    moduleCache + "/" + escapeModulePath(module.path) + "@" + escapeModulePath(module.version ?? "")
}

/// module.EscapePath (and EscapeVersion): each uppercase ASCII letter
/// becomes `!` and its lowercase.
public func escapeModulePath(_ path: String) -> String {
    var out = ""
    for c in path.unicodeScalars {
        if c.value >= 65 && c.value <= 90 {
            out.append("!")
            out.unicodeScalars.append(Unicode.Scalar(c.value + 32)!)
        } else {
            out.unicodeScalars.append(c)
        }
    }
    return out
}

/// filepath.Dir of a clean absolute path.
func parentDirectory(_ dir: String) -> String {
    guard let slash = dir.lastIndex(of: "/"), dir != "/" else { return "/" }
    return slash == dir.startIndex ? "/" : String(dir[..<slash])
}
