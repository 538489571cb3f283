import CLLVM

// The layouts compiled code shares with the C runtime, on the compiler's
// side (docs/DESIGN.md §4). runtime/include/golly/*.h is the truth: each
// struct below names its header, its fields are indexed by name here and
// nowhere else, and Tests/IRGenTests/LayoutTests.swift compiles a probe
// against the headers and holds every size and offset below to the C
// compiler's. The entry points' signatures (Runtime.swift) are held to the
// headers the same way by Tests/IRGenTests/RuntimeSignatureTests.swift.

/// abi.h GOLLY_KIND_*: a type descriptor's `kind` (reflect.Kind's numbering).
enum TypeKind: Int, CaseIterable {
    case invalid = 0, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32
    case uint64, uintptr, float32, float64, complex64, complex128, array, chan
    case `func`, interface, map, pointer, slice, string, `struct`, unsafePointer
}

/// abi.h GOLLY_TFLAG_*: a type descriptor's `tflag`.
enum TypeFlag {
    static let uncommon: UInt64 = 1, extraStar: UInt64 = 2, named: UInt64 = 4, regularMemory: UInt64 = 8
}

/// abi.h GOLLY_KIND_DIRECT_IFACE and friends: flags in a descriptor's `kind`.
enum KindFlag {
    static let directIface: UInt64 = 1 << 5, gcProg: UInt64 = 1 << 6
}

/// defer.h `golly_defer`, then the deferred call's arguments.
enum DeferField {
    static let siz = 0, started = 1, heap = 2, pad = 3, sp = 4, pc = 5, fn = 6
    static let panic = 7, link = 8, regs = 9
    /// The arguments block after the record (deferstruct in the seed's reflect.go).
    static let args = 10
}

/// defer.h `golly_jmpbuf`, words of `[7 x i64]`.
enum JmpBufWord {
    static let fp = 0, pc = 1, sp = 2
    static let count = 7
}

/// defer.h `golly_g`: compiled code reads only its first two words.
enum GoroutineField {
    static let deferList = 0, panic = 1
}

/// defer.h `golly_panic`: compiled code reads only `argp` (runtime.deferwrap).
enum PanicField {
    static let argp = 0
}

/// chan.h `golly_scase` and its directions.
enum SelectCaseField {
    static let channel = 0, elem = 1, dir = 2
    static let send = 1, receive = 2     // GOLLY_SELECT_SEND, GOLLY_SELECT_RECV
}

/// map.h `golly_hiter`: the key and value pointers, then private words.
enum MapIteratorField {
    static let key = 0, elem = 1, state = 2
    static let stateWords = 10
}

extension ModuleGenerator {
    /// `deferstruct(argsType)` (the seed's reflect.go): defer.h's golly_defer
    /// followed by the arguments evaluated at the defer statement.
    func deferRecordType(args: LLType) -> LLType {
        t.structType([
            t.i32, t.i8, t.i8, t.i16,       // siz, started, heap, pad
            t.i64, t.i64,                   // sp, pc
            t.heapPtr, t.ptr, t.ptr,        // fn, _panic, link
            LLVMArrayType2(t.i64, UInt64(JmpBufWord.count)),    // regs
            args,
        ])
    }

    /// The prefix of golly_g compiled code reads: `_defer`, `_panic`.
    var goroutinePrefixType: LLType { t.structType([t.ptr, t.ptr]) }

    /// The prefix of golly_panic compiled code reads: `argp`.
    var panicPrefixType: LLType { t.structType([t.i64]) }

    /// chan.h golly_scase: `{ ptr addrspace(1) c, ptr elem, i64 dir }`.
    var selectCaseType: LLType { t.structType([t.heapPtr, t.ptr, t.i64]) }

    /// map.h golly_hiter.
    var mapIteratorType: LLType {
        t.structType([t.heapPtr, t.heapPtr, LLVMArrayType2(t.i64, UInt64(MapIteratorField.stateWords))])
    }

    /// abi.h go_funcval: a closure object's first word, the code pointer.
    var funcValueHeaderType: LLType { t.structType([t.ptr]) }
}
