import CLLVM
import Foundation
import XCTest
@testable import GoSyntax
@testable import GoTypes
@testable import IRGen
import Escape

/// Every runtime entry point IRGen declares must have the signature its C
/// definition has in runtime/include/golly/*.h (docs/DESIGN.md §4: the
/// headers are the truth), as the x86-64 C calling convention lowers it:
/// Runtime.swift's table for the runtime's own entry points, and the
/// declarations IRGen makes from Go signatures for package runtime's
/// exported functions. A function declared on one side only, or with
/// another parameter or result shape, fails the test.
final class RuntimeSignatureTests: XCTestCase {
    /// Structs of the headers by name: `go_string` -> `{ptr,i64}`.
    var structs: [String: String] = [:]

    /// `runtime.x` -> the shape of its C declaration, e.g. `void(ptr,i64)`.
    func headerSignatures() throws -> [String: String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("runtime/include/golly")
        var text = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".h") {
            text += try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) + "\n"
        }
        // Comments and preprocessor lines out, declarations on one line each.
        text = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?m)^#[^\n]*"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        // Structs passed or returned by value: their fields' shapes.
        let typedef = try NSRegularExpression(pattern: #"typedef struct\s*\w*\s*\{([^{}]*)\}\s*(\w+)\s*;"#)
        for m in typedef.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) {
            let fields = (text as NSString).substring(with: m.range(at: 1)).split(separator: ";")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let name = (text as NSString).substring(with: m.range(at: 2))
            // A struct with an array or a function pointer is never passed by value here.
            guard !fields.contains(where: { $0.contains("[") || $0.contains("(") }) else { continue }
            var shapes: [String] = []
            for field in fields {
                // `double re, im` declares two fields.
                let parts = field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let first = knownShape(ofC: typeOfDeclaration(parts[0])) else { shapes = []; break }
                shapes += [first] + parts.dropFirst().map { _ in first }
            }
            if !shapes.isEmpty { structs[name] = "{" + shapes.joined(separator: ",") + "}" }
        }
        let decl = try NSRegularExpression(pattern: #"([A-Za-z_][\w\s\*]*?)\s*\b(golly_\w+)\s*\(([^()]*)\)\s*GOLLY_NAME\("([^"]+)"\)"#)
        var result: [String: String] = [:]
        let ns = text as NSString
        for m in decl.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            // The return type is what follows the previous declaration's end.
            let ret = ns.substring(with: m.range(at: 1)).split(separator: ";").last.map(String.init) ?? ""
            let params = ns.substring(with: m.range(at: 3))
            let goName = ns.substring(with: m.range(at: 4))
            let paramShapes = params.trimmingCharacters(in: .whitespaces) == "void" ? [] :
                try params.split(separator: ",").map { flattened(try shape(ofParameter: String($0), in: goName)) }
            result[goName] = "\(try shape(ofC: ret, in: goName))(\(paramShapes.joined(separator: ",")))"
        }
        return result
    }

    /// A parameter's type: its declaration without the name.
    func shape(ofParameter p: String, in function: String) throws -> String {
        try shape(ofC: typeOfDeclaration(p), in: function)
    }

    func typeOfDeclaration(_ d: String) -> String {
        let words = d.replacingOccurrences(of: "*", with: " * ").split(separator: " ").map(String.init)
        return words.dropLast().joined(separator: " ")
    }

    /// The LLVM shape of a C type as the x86-64 SysV convention passes it.
    func shape(ofC type: String, in function: String) throws -> String {
        if let known = knownShape(ofC: type) { return known }
        XCTFail("\(function): C type '\(type)' has no known LLVM shape; teach RuntimeSignatureTests")
        return "?"
    }

    func knownShape(ofC type: String) -> String? {
        if type.contains("*") { return "ptr" }
        let words = type.split(separator: " ").map(String.init).filter {
            !["const", "struct", "extern", "static", "inline", "volatile"].contains($0) && !$0.hasPrefix("__attribute__")
        }
        switch words.joined(separator: " ") {
        case "void": return "void"
        case "bool": return "i1"
        case "int8_t", "uint8_t": return "i8"
        case "int16_t", "uint16_t": return "i16"
        case "int32_t", "uint32_t", "int": return "i32"
        case "int64_t", "uint64_t", "go_int", "go_uint", "uintptr_t", "size_t": return "i64"
        case "double": return "double"
        case "float": return "float"
        case let name where structs[name] != nil: return structs[name]!
        default: return nil
        }
    }

    /// The same shape of an LLVM type; pointers in any address space are `ptr`.
    func shape(of ty: LLType) -> String {
        switch LLVMGetTypeKind(ty) {
        case LLVMVoidTypeKind: return "void"
        case LLVMPointerTypeKind: return "ptr"
        case LLVMIntegerTypeKind: return "i\(LLVMGetIntTypeWidth(ty))"
        case LLVMDoubleTypeKind: return "double"
        case LLVMFloatTypeKind: return "float"
        case LLVMStructTypeKind:
            let n = LLVMCountStructElementTypes(ty)
            return "{" + (0..<n).map { shape(of: LLVMStructGetTypeAtIndex(ty, $0)) }.joined(separator: ",") + "}"
        default: return "?"
        }
    }

    /// A function's shape. LLVM passes a first-class aggregate parameter as
    /// its fields, one register each, so parameters compare flattened; a
    /// result of two words comes back in two registers on both sides.
    func shape(ofFunction ty: LLType) -> String {
        var params = [LLType?](repeating: nil, count: Int(LLVMCountParamTypes(ty)))
        params.withUnsafeMutableBufferPointer { LLVMGetParamTypes(ty, $0.baseAddress) }
        return "\(shape(of: LLVMGetReturnType(ty)))(\(params.map { flattened(shape(of: $0!)) }.joined(separator: ",")))"
    }

    func flattened(_ shape: String) -> String {
        shape.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }

    func testRuntimeTableMatchesHeaders() throws {
        let header = try headerSignatures()
        let gen = ModuleGenerator(info: Info(), analysis: PackageAnalysis(files: [], info: Info()), fileSet: .init(), target: try Target(optLevel: 0), moduleName: "sig")
        for f in RuntimeFunction.allCases {
            guard let c = header[f.rawValue] else {
                XCTFail("\(f.rawValue) is declared by IRGen (Runtime.swift) but not in runtime/include/golly/*.h")
                continue
            }
            XCTAssertEqual(shape(ofFunction: gen.runtimeType(f)), c, "\(f.rawValue): Runtime.swift vs the header")
        }
    }

    /// Package runtime's bodyless functions (std/runtime, golly's runtime
    /// package), as Go code calls them (the closure context first, then the
    /// Go parameters lowered as for any Go function), against their C
    /// definitions' declarations in the headers.
    func testGoVisibleRuntimeFunctionsMatchHeaders() throws {
        let header = try headerSignatures()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("std/runtime")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".go") }.sorted()
        let fileSet = FileSet()
        var files: [File] = []
        for name in names {
            let path = dir.appendingPathComponent(name).path
            let (file, parseErrors) = parseFile(fileSet: fileSet, path: path, source: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            XCTAssertTrue(parseErrors.isEmpty, "\(parseErrors)")
            files.append(try XCTUnwrap(file))
        }
        let (_, info, typeErrors) = checkPackage(path: "runtime", files: files, fileSet: fileSet, importer: { _ in nil },
                                                 options: CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false))
        XCTAssertTrue(typeErrors.isEmpty, "\(typeErrors)")
        let gen = ModuleGenerator(info: info, analysis: PackageAnalysis(files: files, info: info), fileSet: fileSet,
                                  target: try Target(optLevel: 0), moduleName: "runtime")
        try gen.generate()
        var bodyless = 0
        for file in files {
            for case let decl as FuncDecl in file.decls where decl.body == nil {
                bodyless += 1
                let name = "runtime.\(decl.name.name)"
                guard let f = LLVMGetNamedFunction(gen.module, name) else {
                    XCTFail("\(name) was not declared by IRGen")
                    continue
                }
                guard let c = header[name] else {
                    XCTFail("\(name) is declared without a body in std/runtime but not in runtime/include/golly/*.h")
                    continue
                }
                XCTAssertEqual(shape(ofFunction: LLVMGlobalGetValueType(f)), c, "\(name): IRGen vs the header")
            }
        }
        XCTAssertGreaterThan(bodyless, 10, "std/runtime's bodyless functions were found")
    }
}
