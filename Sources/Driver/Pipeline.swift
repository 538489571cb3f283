import CLLVM
import Escape
import Foundation
import GoSyntax
import GoTypes
import IRGen

/// The whole pipeline: load, parse, check, lower, optimize, emit, link.
public enum Compiler {
    /// Builds an executable (or `.ll` with `emitLLVM`); returns the output path.
    public static func build(_ options: BuildOptions) throws -> String {
        let paths = try sourceFiles(options.inputs)
        let fileSet = FileSet()
        let (files, parseErrors) = try parseAll(paths, fileSet: fileSet)
        // `-S` compiles one package as `go tool compile` does: no main needed,
        // and a function without a body is a declaration (assembly in gc).
        let checkOptions = options.emitLLVM
            ? CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false)
            : CheckOptions()
        let (info, typeErrors) = checkPackage(files: files, fileSet: fileSet, options: checkOptions)
        if !parseErrors.isEmpty || !typeErrors.isEmpty {
            throw CompileFailure(exitCode: 1, messages: format(parseErrors + typeErrors, fileSet))
        }

        let target: Target
        do { target = try Target(optLevel: options.optLevel) } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: \(e.message)"])
        }
        // The analysis phase: defer placement, escapes, recover's frames,
        // static values (Escape/PackageAnalysis.swift).
        let analysis = PackageAnalysis(files: files, info: info)
        let gen = ModuleGenerator(info: info, analysis: analysis, fileSet: fileSet, target: target, moduleName: paths[0])
        do { try gen.generate() } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: [internalError(e.pos, e.message, fileSet)])
        }
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
            throw CompileFailure(exitCode: code, messages: format(gen.diagnostics, fileSet))
        }
        try verify(gen.module)
        try optimize(gen.module, target: target, level: options.optLevel)

        let base = ((paths.count == 1 ? paths[0] : parentDirectory(of: paths[0])) as NSString).lastPathComponent
        let stem = base.hasSuffix(".go") ? String(base.dropLast(3)) : base
        // -S shows the IR as IRGen and the optimizer left it; with
        // -d=statepoints, as the collector's lowering leaves it (§7).
        if !options.emitLLVM || options.debugFlags.contains("statepoints") {
            try lowerStatepoints(gen.module, target: target)
        }
        if options.emitLLVM {
            let out = options.output ?? stem + ".ll"
            var err: UnsafeMutablePointer<CChar>?
            if LLVMPrintModuleToFile(gen.module, out, &err) != 0 {
                throw CompileFailure(exitCode: 1, messages: ["golly: cannot write \(out): \(err.map { String(cString: $0) } ?? "")"])
            }
            return out
        }
        // gc's linker: an executable needs main.main.
        if LLVMGetNamedFunction(gen.module, "main.main") == nil {
            throw CompileFailure(exitCode: 1, messages: ["runtime.main_main·f: function main is undeclared in the main package"])
        }
        let out = executablePath(options.output, stem: stem)
        let object = NSTemporaryDirectory() + "golly-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).o"
        defer { try? FileManager.default.removeItem(atPath: object) }
        var err: UnsafeMutablePointer<CChar>?
        if LLVMTargetMachineEmitToFile(target.machine, gen.module, object, LLVMObjectFile, &err) != 0 {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: cannot emit object: \(err.map { String(cString: $0) } ?? "")"])
        }
        try link(object: object, output: out)
        return out
    }

    /// The collector's statepoints and stack maps (IRGen/Statepoints/).
    static func lowerStatepoints(_ module: LLVMModuleRef, target: Target) throws {
        do {
            try Statepoints.run(module, target: target)
        } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: statepoints: \(e.message)"])
        }
        try verify(module)
    }

    static func internalError(_ pos: Pos, _ message: String, _ fileSet: FileSet) -> String {
        pos.isValid ? "\(fileSet.format(pos)): internal compiler error: \(message)" : "internal compiler error: \(message)"
    }

    static func verify(_ module: LLVMModuleRef) throws {
        var err: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &err) != 0 {
            let msg = err.map { String(cString: $0) } ?? "invalid module"
            // For compiler developers: GOLLY_DUMP_INVALID=1 prints the rejected module.
            if ProcessInfo.processInfo.environment["GOLLY_DUMP_INVALID"] != nil { LLVMDumpModule(module) }
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: invalid LLVM IR:\n\(msg)"])
        }
    }

    /// The new pass manager's standard pipelines (`default<O2>` etc.).
    static func optimize(_ module: LLVMModuleRef, target: Target, level: Int) throws {
        guard level > 0 else { return }
        if let error = target.run(passes: "default<O\(min(level, 3))>", on: module) {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: \(error)"])
        }
    }
}

extension Compiler {
    public static var llvmVersion: String {
        var major: UInt32 = 0, minor: UInt32 = 0, patch: UInt32 = 0
        LLVMGetVersion(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }
}
