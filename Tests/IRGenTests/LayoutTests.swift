import CLLVM
import Foundation
import XCTest
@testable import GoTypes
@testable import IRGen
import Escape
import GoSyntax

/// The compiler's idea of each runtime layout (Sources/IRGen/ABI.swift and
/// the descriptor types) must match runtime/include/golly/*.h
/// (docs/DESIGN.md §4: the headers are the truth). The C side is measured by compiling a
/// probe with the system C compiler against the headers.
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
        #include <golly/chan.h>
        #include <golly/map.h>
        #include <golly/runtime.h>
        #define F(t, f) (int)offsetof(t, f)
        int main(void) {
          printf("string %d %d %d\\n", (int)sizeof(go_string), F(go_string, ptr), F(go_string, len));
          printf("eface %d %d %d\\n", (int)sizeof(go_eface), F(go_eface, type), F(go_eface, data));
          printf("type %d %d %d %d %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_type), F(golly_type, size),
                 F(golly_type, ptrdata), F(golly_type, hash), F(golly_type, tflag), F(golly_type, align),
                 F(golly_type, field_align), F(golly_type, kind), F(golly_type, equal), F(golly_type, gcdata),
                 F(golly_type, str), F(golly_type, ptr_to_this));
          printf("ptrtype %d %d %d\\n", (int)sizeof(golly_ptrtype), F(golly_ptrtype, type), F(golly_ptrtype, elem));
          printf("slicetype %d %d %d\\n", (int)sizeof(golly_slicetype), F(golly_slicetype, type), F(golly_slicetype, elem));
          printf("arraytype %d %d %d %d %d\\n", (int)sizeof(golly_arraytype), F(golly_arraytype, type),
                 F(golly_arraytype, elem), F(golly_arraytype, slice), F(golly_arraytype, len));
          printf("chantype %d %d %d %d\\n", (int)sizeof(golly_chantype), F(golly_chantype, type), F(golly_chantype, elem),
                 F(golly_chantype, dir));
          printf("maptype %d %d %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_maptype), F(golly_maptype, type),
                 F(golly_maptype, key), F(golly_maptype, elem), F(golly_maptype, bucket), F(golly_maptype, hasher),
                 F(golly_maptype, keysize), F(golly_maptype, elemsize), F(golly_maptype, bucketsize), F(golly_maptype, flags));
          printf("functype %d %d %d %d\\n", (int)sizeof(golly_functype), F(golly_functype, type),
                 F(golly_functype, in_count), F(golly_functype, out_count));
          printf("structtype %d %d %d %d\\n", (int)sizeof(golly_structtype), F(golly_structtype, type),
                 F(golly_structtype, pkg_path), F(golly_structtype, fields));
          printf("interfacetype %d %d %d %d\\n", (int)sizeof(golly_interfacetype), F(golly_interfacetype, type),
                 F(golly_interfacetype, pkg_path), F(golly_interfacetype, methods));
          printf("uncommon %d %d %d %d %d %d\\n", (int)sizeof(golly_uncommontype), F(golly_uncommontype, pkg_path),
                 F(golly_uncommontype, mcount), F(golly_uncommontype, xcount), F(golly_uncommontype, moff),
                 F(golly_uncommontype, unused));
          printf("method %d %d %d %d %d\\n", (int)sizeof(golly_method), F(golly_method, name), F(golly_method, mtyp),
                 F(golly_method, ifn), F(golly_method, tfn));
          printf("imethod %d %d %d\\n", (int)sizeof(golly_imethod), F(golly_imethod, name), F(golly_imethod, typ));
          printf("structfield %d %d %d %d\\n", (int)sizeof(golly_structfield), F(golly_structfield, name),
                 F(golly_structfield, typ), F(golly_structfield, offset));
          printf("typedfunc %d %d %d\\n", (int)sizeof(golly_typed_func), F(golly_typed_func, fn), F(golly_typed_func, type));
          printf("itab %d %d %d %d %d %d\\n", (int)sizeof(golly_itab) + 3 * (int)sizeof(void *), F(golly_itab, inter),
                 F(golly_itab, type), F(golly_itab, hash), F(golly_itab, unused), F(golly_itab, fun));
          printf("defer %d %d %d %d %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_defer), F(golly_defer, siz),
                 F(golly_defer, started), F(golly_defer, heap), F(golly_defer, pad), F(golly_defer, sp), F(golly_defer, pc),
                 F(golly_defer, fn), F(golly_defer, _panic), F(golly_defer, link), F(golly_defer, regs), (int)sizeof(golly_defer));
          printf("slice %d %d %d %d\\n", (int)sizeof(go_slice), F(go_slice, ptr), F(go_slice, len), F(go_slice, cap));
          printf("iface %d %d %d\\n", (int)sizeof(go_iface), F(go_iface, tab), F(go_iface, data));
          printf("funcval %d %d\\n", (int)sizeof(go_funcval), F(go_funcval, fn));
          printf("scase %d %d %d %d\\n", (int)sizeof(golly_scase), F(golly_scase, c), F(golly_scase, elem), F(golly_scase, dir));
          printf("selectdir %d %d\\n", GOLLY_SELECT_SEND, GOLLY_SELECT_RECV);
          printf("hiter %d %d %d %d\\n", (int)sizeof(golly_hiter), F(golly_hiter, key), F(golly_hiter, elem), F(golly_hiter, state));
          printf("g %d %d\\n", F(golly_g, _defer), F(golly_g, _panic));
          printf("panic %d\\n", F(golly_panic, argp));
          printf("jmpbuf %d %d %d %d\\n", (int)sizeof(golly_jmpbuf), F(golly_jmpbuf, fp), F(golly_jmpbuf, pc), F(golly_jmpbuf, sp));
          printf("kinds");
          int kinds[] = {GOLLY_KIND_INVALID, GOLLY_KIND_BOOL, GOLLY_KIND_INT, GOLLY_KIND_INT8, GOLLY_KIND_INT16,
              GOLLY_KIND_INT32, GOLLY_KIND_INT64, GOLLY_KIND_UINT, GOLLY_KIND_UINT8, GOLLY_KIND_UINT16,
              GOLLY_KIND_UINT32, GOLLY_KIND_UINT64, GOLLY_KIND_UINTPTR, GOLLY_KIND_FLOAT32, GOLLY_KIND_FLOAT64,
              GOLLY_KIND_COMPLEX64, GOLLY_KIND_COMPLEX128, GOLLY_KIND_ARRAY, GOLLY_KIND_CHAN, GOLLY_KIND_FUNC,
              GOLLY_KIND_INTERFACE, GOLLY_KIND_MAP, GOLLY_KIND_POINTER, GOLLY_KIND_SLICE, GOLLY_KIND_STRING,
              GOLLY_KIND_STRUCT, GOLLY_KIND_UNSAFEPOINTER};
          for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++) printf(" %d", kinds[i]);
          printf("\\n");
          printf("tflags %d %d %d %d\\n", GOLLY_TFLAG_UNCOMMON, GOLLY_TFLAG_EXTRA_STAR, GOLLY_TFLAG_NAMED,
                 GOLLY_TFLAG_REGULAR_MEMORY);
          printf("kindflags %d %d %d\\n", GOLLY_KIND_MASK, GOLLY_KIND_DIRECT_IFACE, GOLLY_KIND_GC_PROG);
          printf("frameflags %d %d %d\\n", GOLLY_FRAME_CONSERVATIVE, GOLLY_FRAME_DESCRIBED_ELSEWHERE,
                 __builtin_ctzll(GOLLY_STACK_OBJECT));
          printf("gcroot %d %d %d\\n", (int)sizeof(golly_gcroot), F(golly_gcroot, addr), F(golly_gcroot, type));
          printf("memstats %d %d %d %d %d %d %d %d\\n", (int)sizeof(golly_memstats), F(golly_memstats, Alloc),
                 F(golly_memstats, PauseTotalNs), F(golly_memstats, PauseNs), F(golly_memstats, NumGC),
                 F(golly_memstats, GCCPUFraction), F(golly_memstats, EnableGC), F(golly_memstats, BySize));
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
        let gen = ModuleGenerator(info: Info(), analysis: PackageAnalysis(files: [], info: Info()), fileSet: .init(), target: target, moduleName: "layout")
        XCTAssertEqual(llvmLayout(gen.t.string, target), c["string"])
        XCTAssertEqual(llvmLayout(gen.t.eface, target), c["eface"])
        // Type descriptors (TypeDescriptors.swift): the header, each kind's
        // part (its first field the header), the uncommon part and the tables.
        XCTAssertEqual(llvmLayout(gen.typeHeaderType, target), c["type"])
        let int = Universe.basic(.int)
        let sig = Signature(recv: nil, params: Tuple([]), results: Tuple([]), isVariadic: false)
        let kinds: [(String, GoType)] = [
            ("ptrtype", Pointer(int)), ("slicetype", Slice(int)), ("arraytype", ArrayT(len: 3, elem: int)),
            ("chantype", Chan(dir: .both, elem: int)), ("maptype", MapT(key: int, elem: int)), ("functype", sig),
            ("structtype", Struct(fields: [], tags: [])), ("interfacetype", Interface(methods: [], embedded: [])),
        ]
        for (name, type) in kinds {
            XCTAssertEqual(llvmLayout(gen.kindPartType(type), target), c[name], name)
        }
        XCTAssertEqual(llvmLayout(gen.uncommonType, target), c["uncommon"])
        XCTAssertEqual(llvmLayout(gen.methodDescriptorType, target), c["method"])
        XCTAssertEqual(llvmLayout(gen.imethodType, target), c["imethod"])
        XCTAssertEqual(llvmLayout(gen.structFieldType, target), c["structfield"])
        XCTAssertEqual(llvmLayout(gen.t.structType([gen.t.ptr, gen.t.ptr]), target), c["typedfunc"])
        XCTAssertEqual(llvmLayout(gen.itabType(methods: 3), target), c["itab"])
        // The seed's deferstruct: golly_defer, then the arguments right after it
        // (the runtime passes `d + 1` to the deferred function).
        let record = gen.deferRecordType(args: gen.t.structType([gen.t.i64]))
        let recordLayout = llvmLayout(record, target)
        XCTAssertEqual(Array(recordLayout.dropFirst()), Array(c["defer"]?.dropFirst() ?? []))
        // The named fields ABI.swift indexes by are the header's.
        let deferOffsets = c["defer"] ?? []
        XCTAssertEqual(recordLayout[1 + DeferField.fn], deferOffsets[1 + DeferField.fn])
        XCTAssertEqual(recordLayout[1 + DeferField.regs], deferOffsets[1 + DeferField.regs])
        XCTAssertEqual(recordLayout[1 + DeferField.args], deferOffsets.last)

        XCTAssertEqual(llvmLayout(gen.t.slice, target), c["slice"])
        XCTAssertEqual(llvmLayout(gen.t.eface, target), c["iface"])
        XCTAssertEqual(llvmLayout(gen.funcValueHeaderType, target), c["funcval"])
        XCTAssertEqual(llvmLayout(gen.selectCaseType, target), c["scase"])
        XCTAssertEqual(c["scase"]?[1 + SelectCaseField.dir], llvmLayout(gen.selectCaseType, target)[1 + SelectCaseField.dir])
        XCTAssertEqual([SelectCaseField.send, SelectCaseField.receive], c["selectdir"])
        XCTAssertEqual(llvmLayout(gen.mapIteratorType, target), c["hiter"])
        let g = llvmLayout(gen.goroutinePrefixType, target)
        XCTAssertEqual([g[1 + GoroutineField.deferList], g[1 + GoroutineField.panic]], c["g"])
        XCTAssertEqual([llvmLayout(gen.panicPrefixType, target)[1 + PanicField.argp]], c["panic"])
        XCTAssertEqual([JmpBufWord.count * 8, JmpBufWord.fp * 8, JmpBufWord.pc * 8, JmpBufWord.sp * 8], c["jmpbuf"])
        XCTAssertEqual(TypeKind.allCases.map(\.rawValue), c["kinds"])
        XCTAssertEqual([Int(TypeFlag.uncommon), Int(TypeFlag.extraStar), Int(TypeFlag.named), Int(TypeFlag.regularMemory)],
                       c["tflags"])
        XCTAssertEqual([31, Int(KindFlag.directIface), Int(KindFlag.gcProg)], c["kindflags"])
        XCTAssertEqual(llvmLayout(gen.collectorRootType, target), c["gcroot"])
        // A frame's description in its statepoints (StatepointFrameSlots.swift, stackmap.c).
        XCTAssertEqual([Int(Statepoints.conservativeFrame), Int(Statepoints.describedElsewhere),
                        Statepoints.stackObject.trailingZeroBitCount], c["frameflags"])
        // runtime.MemStats as the checker declares it, lowered, against the
        // struct ReadMemStats fills.
        let memStats = llvmLayout(try gen.lower(try runtimeMemStats(), at: .none), target)
        XCTAssertEqual([memStats[0], memStats[1], memStats[1 + 23], memStats[1 + 24], memStats[1 + 26],
                        memStats[1 + 28], memStats[1 + 29], memStats[1 + 31]], c["memstats"])
    }

    /// runtime.MemStats as golly's runtime package declares it (std/runtime/mstats.go).
    func runtimeMemStats() throws -> GoType {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("std/runtime/mstats.go").path
        let fileSet = FileSet()
        let (file, parseErrors) = parseFile(fileSet: fileSet, path: path, source: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        XCTAssertTrue(parseErrors.isEmpty, "\(parseErrors)")
        let (package, _, typeErrors) = checkPackage(path: "runtime", files: [try XCTUnwrap(file)], fileSet: fileSet,
                                                    importer: { _ in nil },
                                                    options: CheckOptions(reportMissingFunctionBodies: false, requireMainFunction: false))
        XCTAssertTrue(typeErrors.isEmpty, "\(typeErrors)")
        return try XCTUnwrap(package.scope.lookup("MemStats")?.type)
    }

    /// unsafe.Sizeof and Offsetof (GoTypes Sizes, gc's numbers) and the
    /// layout IRGen gives Go structs are one: a struct ending in a
    /// zero-size field, mixed alignments, complex64, nested arrays.
    func testGoStructLayoutsMatchUnsafeSizes() throws {
        let target = try Target(optLevel: 0)
        let gen = ModuleGenerator(info: Info(), analysis: PackageAnalysis(files: [], info: Info()), fileSet: .init(), target: target, moduleName: "layout")
        func field(_ name: String, _ t: GoType) -> Var {
            let v = Var(name: name, pos: .none, type: t, pkgPath: "main")
            v.isField = true
            return v
        }
        let empty = Struct(fields: [], tags: [])
        let inner = Struct(fields: [field("a", Universe.basic(.uint8)), field("b", Universe.basic(.int32))], tags: [nil, nil])
        let structs = [
            Struct(fields: [field("n", Universe.basic(.int)), field("e", empty)], tags: [nil, nil]),
            Struct(fields: [field("x", Universe.basic(.bool)), field("y", Universe.basic(.int64)), field("in", inner),
                            field("c", Universe.basic(.complex64)), field("z", ArrayT(len: 0, elem: Universe.basic(.int)))],
                   tags: [nil, nil, nil, nil, nil]),
            Struct(fields: [field("a", ArrayT(len: 3, elem: Universe.basic(.int16))), field("s", Universe.basic(.string)),
                            field("b", Universe.basic(.uint8))], tags: [nil, nil, nil]),
            empty,
        ]
        for st in structs {
            let layout = llvmLayout(try gen.lower(st, at: .none), target)
            XCTAssertEqual(Int64(layout[0]), Sizes.sizeof(st))
            XCTAssertEqual(Array(layout.dropFirst().prefix(st.fields.count)).map(Int64.init), Sizes.offsetsof(st.fields))
        }
    }

    func testDataLayoutMarksHeapAddressSpaceNonIntegral() throws {
        let target = try Target(optLevel: 2)
        XCTAssertTrue(target.dataLayout.hasSuffix("-ni:1"), target.dataLayout)
    }
}
