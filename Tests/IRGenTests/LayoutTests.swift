import CLLVM
import Foundation
import XCTest
@testable import GoTypes
@testable import IRGen

/// The compiler's idea of each runtime layout must match runtime/include/golly/abi.h
/// (DESIGN.md §4: one header is the truth). The C side is measured by compiling
/// a probe with the system C compiler against the header.
final class LayoutTests: XCTestCase {
    /// Sizes and field offsets as the C compiler lays out abi.h's structs.
    func cLayout() throws -> [String: [Int]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let include = root.appendingPathComponent("runtime/include").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("golly-layout-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("probe.c")
        try """
        #include <stdio.h>
        #include <golly/abi.h>
        #include <golly/defer.h>
        #define F(t, f) (int)offsetof(t, f)
        int main(void) {
          printf("string %d %d %d\\n", (int)sizeof(go_string), F(go_string, ptr), F(go_string, len));
          printf("eface %d %d %d\\n", (int)sizeof(go_eface), F(go_eface, type), F(go_eface, data));
          printf("type %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_type), F(golly_type, size), F(golly_type, kind),
                 F(golly_type, align), F(golly_type, flags), F(golly_type, reserved), F(golly_type, name), F(golly_type, elem),
                 F(golly_type, key), F(golly_type, fields), F(golly_type, nfields), F(golly_type, len),
                 F(golly_type, methods), F(golly_type, nmethods), F(golly_type, ptrdata), F(golly_type, gcdata));
          printf("method %d %d %d %d\\n", (int)sizeof(golly_method), F(golly_method, name), F(golly_method, sig), F(golly_method, fn));
          printf("itab %d %d %d %d\\n", (int)sizeof(golly_itab) + 3 * (int)sizeof(void *), F(golly_itab, inter), F(golly_itab, type), F(golly_itab, fun));
          printf("field %d %d %d %d\\n", (int)sizeof(golly_field), F(golly_field, type), F(golly_field, offset), F(golly_field, blank));
          printf("defer %d %d %d %d %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_defer), F(golly_defer, siz),
                 F(golly_defer, started), F(golly_defer, heap), F(golly_defer, pad), F(golly_defer, sp), F(golly_defer, pc),
                 F(golly_defer, fn), F(golly_defer, _panic), F(golly_defer, link), F(golly_defer, regs), (int)sizeof(golly_defer));
          return 0;
        }
        """.write(to: src, atomically: true, encoding: .utf8)
        let exe = dir.appendingPathComponent("probe").path
        try run(["cc", "-I", include, "-o", exe, src.path])
        let out = try run([exe])
        var result: [String: [Int]] = [:]
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: " ")
            result[String(parts[0])] = parts.dropFirst().compactMap { Int($0) }
        }
        return result
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "\(args) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// Size then each field's offset of an LLVM struct type.
    func llvmLayout(_ ty: LLType, _ target: Target) -> [Int] {
        let td = LLVMCreateTargetDataLayout(target.machine)!
        defer { LLVMDisposeTargetData(td) }
        let n = LLVMCountStructElementTypes(ty)
        return [Int(LLVMABISizeOfType(td, ty))] + (0..<n).map { Int(LLVMOffsetOfElement(td, ty, $0)) }
    }

    func testLayoutsMatchRuntimeHeader() throws {
        let c = try cLayout()
        let target = try Target(optLevel: 0)
        let gen = ModuleGenerator(info: Info(), files: [], fileSet: .init(), target: target, moduleName: "layout")
        XCTAssertEqual(llvmLayout(gen.t.string, target), c["string"])
        XCTAssertEqual(llvmLayout(gen.t.eface, target), c["eface"])
        XCTAssertEqual(llvmLayout(gen.typeDescriptorType, target), c["type"])
        XCTAssertEqual(llvmLayout(gen.fieldDescriptorType, target), c["field"])
        XCTAssertEqual(llvmLayout(gen.methodDescriptorType, target), c["method"])
        XCTAssertEqual(llvmLayout(gen.itabType(methods: 3), target), c["itab"])
        // The seed's deferstruct: golly_defer, then the arguments right after it
        // (the runtime passes `d + 1` to the deferred function).
        let record = gen.deferRecordType(args: gen.t.structType([gen.t.i64]))
        XCTAssertEqual(Array(llvmLayout(record, target).dropFirst()), Array(c["defer"]?.dropFirst() ?? []))
    }

    func testDataLayoutMarksHeapAddressSpaceNonIntegral() throws {
        let target = try Target(optLevel: 2)
        XCTAssertTrue(target.dataLayout.hasSuffix("-ni:1"), target.dataLayout)
    }
}
