import CLLVM
import Escape
import Foundation
import GoSyntax
import GoTypes
import IRGen
import Loader

// How the packages of a program flow through the phases
// (docs/DESIGN.md §2): the loader lists them in dependency order; each is parsed, then
// checked against the packages it imports (already checked: their objects,
// never their bodies), analysed on its own (another package's function is
// opaque to the escape and recover analyses) and lowered to an LLVM module
// of its own, its symbols prefixed by its import path. The root package's
// module is last; for an executable the modules are linked into one.

/// One package to compile: its import path ("main" for a command, as gc
/// names a command's symbols) and its files.
struct PackageUnit {
    let path: String
    let files: [String]
    /// The heading of its errors, as the go command prints it (`# import/path`),
    /// nil for `.go` files named on the command line (as `go tool compile`).
    let errorHeading: String?
    /// Named by the command line (not only imported).
    let isRoot: Bool
    /// The import paths of the packages it imports (the loader's).
    var imports: [String] = []
    /// An import path as written → the package's import path, where they
    /// differ (a GOROOT package's `golang.org/x/...` is GOROOT's vendored
    /// `vendor/golang.org/x/...`: Loader/Locate.swift).
    var importMap: [String: String] = [:]
    /// A GOROOT package: its generic declarations are accepted unused
    /// (CheckOptions.acceptsGenericDeclarations).
    var isStandard = false
    /// The executable go build writes for it: the first file's name
    /// without `.go` for command-line files, else the import path's last
    /// element.
    let executableName: String
}

struct ParsedPackage {
    let unit: PackageUnit
    let files: [File]
    /// The parser's non-fatal errors (labels, branches), reported with the checker's.
    let diagnostics: [Diagnostic]
}

extension Compiler {
    /// The package `path` names in an import of `unit`.
    static func importedPackage(_ path: String, by unit: PackageUnit, in imported: [String: Package]) -> Package? {
        imported[unit.importMap[path] ?? path]
    }

    /// Parses a package's files; syntax errors end the build.
    static func parse(_ unit: PackageUnit, fileSet: FileSet) throws -> ParsedPackage {
        do {
            let (files, diagnostics) = try parseAll(unit.files, fileSet: fileSet)
            return ParsedPackage(unit: unit, files: files, diagnostics: diagnostics)
        } catch let failure as CompileFailure {
            throw failure.under(unit)
        }
    }

    /// Checks a package whose object is cached, for its importers: its
    /// declarations, not its function bodies (they were checked when the
    /// object was compiled).
    static func checkDeclarations(_ p: ParsedPackage, fileSet: FileSet, imported: [String: Package]) throws -> Package {
        var checkOptions = CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false)
        checkOptions.acceptsGenericDeclarations = p.unit.isStandard
        checkOptions.checksFunctionBodies = false
        let (package, _, typeErrors) = checkPackage(path: p.unit.path, files: p.files, fileSet: fileSet,
                                                    importer: { importedPackage($0, by: p.unit, in: imported) }, options: checkOptions)
        if !typeErrors.isEmpty {
            throw CompileFailure(exitCode: 1, messages: format(typeErrors, fileSet)).under(p.unit)
        }
        return package
    }

    /// Checks, analyses and lowers one package; `imported` holds the
    /// packages checked before it.
    static func generate(_ p: ParsedPackage, options: BuildOptions, target: Target, fileSet: FileSet,
                         context: LLVMContextRef, imported: [String: Package], summaries: ParameterSummaries = [:],
                         programStartsGoroutines: Bool, timer: PhaseTimer) throws -> (Package, ModuleGenerator) {
        // `-S` compiles one package as `go tool compile` does: no main needed,
        // and a function without a body is a declaration (assembly in gc).
        var checkOptions = options.emitLLVM || p.unit.path != "main"
            ? CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false)
            : CheckOptions()
        checkOptions.acceptsGenericDeclarations = p.unit.isStandard
        let (package, info, typeErrors) = checkPackage(path: p.unit.path, files: p.files, fileSet: fileSet,
                                                       importer: { importedPackage($0, by: p.unit, in: imported) }, options: checkOptions)
        if !p.diagnostics.isEmpty || !typeErrors.isEmpty {
            throw CompileFailure(exitCode: 1, messages: format(p.diagnostics + typeErrors, fileSet)).under(p.unit)
        }
        timer.mark("check")
        // The analysis phase: defer placement, escapes, recover's frames,
        // static values (Escape/PackageAnalysis.swift).
        // Generic functions are left unchecked: no later phase sees them.
        let files = p.files.map { $0.withoutGenericFunctions() }
        let analysis = PackageAnalysis(files: files, info: info, imported: summaries)
        timer.mark("analyse")
        let gen = ModuleGenerator(info: info, analysis: analysis, fileSet: fileSet, target: target,
                                  moduleName: p.unit.path, context: context)
        gen.imports = package.imports
        gen.programStartsGoroutines = programStartsGoroutines
        // Line tables (IRGen/DebugInfo.swift), with the files' absolute paths.
        let cwd = FileManager.default.currentDirectoryPath
        gen.enableDebugInfo { name in name.hasPrefix("/") ? name : (cwd as NSString).appendingPathComponent(name) }
        do { try gen.generate() } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: [internalError(e.pos, e.message, fileSet)]).under(p.unit)
        }
        timer.mark("irgen")
        if options.debugFlags.contains("defer") {
            // gc's -d=defer: one line per defer statement, as the compiler decided.
            for (stmt, placement) in gen.deferAnalysis.ordered {
                FileHandle.standardError.write(Data("\(fileSet.format(stmt.pos)): \(placement.diagnostic)\n".utf8))
            }
        }
        if options.debugFlags.contains("escape") {
            // gc's -m, for the decisions golly makes: variables moved to the
            // heap and whether function literals escape.
            for d in gen.escapeReport.sorted() {
                FileHandle.standardError.write(Data("\(fileSet.format(d.pos)): \(d.message)\n".utf8))
            }
        }
        if !gen.diagnostics.isEmpty {
            let code: Int32 = gen.hasInternalErrors ? 3 : 1
            throw CompileFailure(exitCode: code, messages: format(gen.diagnostics, fileSet)).under(p.unit)
        }
        return (package, gen)
    }
}

extension CompileFailure {
    /// The go command heads a package's errors with `# import/path`.
    func under(_ unit: PackageUnit) -> CompileFailure {
        guard let heading = unit.errorHeading else { return self }
        return CompileFailure(exitCode: exitCode, messages: [heading] + messages)
    }
}

/// The packages the command line asks for and everything they import, in
/// dependency order (the root last), as the go command finds them
/// (Loader/), the standard library's from GOROOT with golly's overlays
/// (std/).
func packageUnits(_ inputs: [String]) throws -> [PackageUnit] {
    let sources: [PackageSource]
    let roots: Set<String>
    do {
        let loader = try standardLoader()
        sources = try loader.load(inputs)
        roots = Set(loader.roots)
        for w in loader.warnings { FileHandle.standardError.write(Data((w + "\n").utf8)) }
    } catch let e as LoadError {
        throw CompileFailure(exitCode: 1, messages: e.messages)
    }
    try refuseAssembly(sources)
    return sources.map { s in
        // A command's symbols are `main.f` wherever it lives, as gc names them.
        PackageUnit(s, path: s.isCommand ? "main" : s.importPath, isRoot: roots.contains(s.importPath))
    }
}

extension PackageUnit {
    /// The unit of the loader's package `s`, its symbols prefixed by `path`.
    init(_ s: PackageSource, path: String, isRoot: Bool, errorHeading: String? = nil) {
        let cwd = FileManager.default.currentDirectoryPath
        self.init(path: path, files: s.goFiles.map { shortPath($0, cwd: cwd) },
                  errorHeading: errorHeading ?? (s.importPath == "command-line-arguments" ? nil : "# \(s.importPath)"),
                  isRoot: isRoot,
                  executableName: s.importPath == "command-line-arguments"
                      ? String(((s.goFiles.first ?? "main") as NSString).lastPathComponent.dropLast(3))
                      : String(s.importPath.split(separator: "/").last ?? "main"))
        isStandard = s.isStandard
        imports = s.imports
        importMap = s.importMap
    }
}

/// The loader `go build` would use here: GOROOT with golly's overlays (std/).
func standardLoader() throws -> PackageLoader {
    var environment = GoEnvironment()
    environment.overlayRoot = stdOverlayDirectory()
    return try PackageLoader(workingDirectory: FileManager.default.currentDirectoryPath,
                             environment: environment, builtinPackages: ["unsafe"])
}

/// A package of the user's with assembly needs an assembler golly does not
/// have (GOROOT's assembly bodies are golly's own, std/). An empty one
/// (comments only: it lets gc accept a bodyless //go:linkname hook) needs
/// nothing.
func refuseAssembly(_ sources: [PackageSource]) throws {
    for s in sources where !s.isStandard {
        let defining = s.assemblyFiles.filter(definesSymbols)
        guard !defining.isEmpty else { continue }
        let names = defining.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        throw CompileFailure(exitCode: 1, messages: ["# \(s.importPath)",
                                                      "golly does not support assembly files yet (\(names))"])
    }
}

/// Whether an assembly file has more than comments and blank lines.
func definesSymbols(_ path: String) -> Bool {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return true }
    return text.split(separator: "\n").contains { line in
        let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line[...]
        return !code.allSatisfy(\.isWhitespace)
    }
}

/// A file as the go command prints it in positions (base.ShortPath):
/// relative to the working directory when that is shorter.
func shortPath(_ path: String, cwd: String) -> String {
    let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
    guard path.hasPrefix(base) else { return path }
    return String(path.dropFirst(base.count))
}
