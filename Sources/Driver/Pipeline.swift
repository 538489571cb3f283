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
        let units = try packageUnits(options.inputs, includeStandard: options.debugFlags.contains("std"))
        let paths = units.last?.files ?? []
        let target: Target
        do { target = try Target(optLevel: options.optLevel) } catch let e as InternalError {
            throw CompileFailure(exitCode: 3, messages: ["internal compiler error: \(e.message)"])
        }
        let fileSet = FileSet()
        let context = LLVMContextCreate()!
        let parsed = try units.map { try parse($0, fileSet: fileSet) }
        // A loop of any package may run in a goroutine: all check for
        // preemption once some package starts one.
        let startsGoroutines = parsed.contains { Escape.startsGoroutines($0.files) }
        var checked: [String: Package] = [:]
        var generators: [ModuleGenerator] = []
        for p in parsed {
            let (package, generator) = try generate(p, options: options, target: target, fileSet: fileSet, context: context,
                                                    imported: checked, programStartsGoroutines: startsGoroutines)
            checked[p.unit.path] = package
            generators.append(generator)
        }
        guard let root = generators.last else { throw CompileFailure(exitCode: 1, messages: ["golly: no Go files given"]) }
        // As go build: a package that is not a command, or several
        // packages, are compiled and the result discarded.
        let roots = units.filter(\.isRoot)
        if !options.emitLLVM && (roots.count > 1 || units.last?.path != "main") {
            if options.requireExecutable, let last = units.last {
                throw CompileFailure(exitCode: 1, messages: ["package \(last.path) is not a main package"])
            }
            return ""
        }
        let gen = root
        if !options.emitLLVM {
            // One program: every package's module linked into the root's
            // (dependencies' symbols resolve; linkonce_odr descriptors merge).
            for other in generators.dropLast() where LLVMLinkModules2(gen.module, other.module) != 0 {
                throw CompileFailure(exitCode: 3, messages: ["internal compiler error: linking the package modules failed"])
            }
        }
        try verify(gen.module)
        try optimize(gen.module, target: target, level: options.optLevel)

        let stem = units.last?.executableName ?? "main"
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
