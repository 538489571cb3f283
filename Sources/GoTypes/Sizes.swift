// Sizes, alignments and field offsets on amd64 as gc computes them (Go
// 1.19's cmd/compile/internal/noder/sizes.go gcSizes, which types2 uses):
// what unsafe.Sizeof, Alignof and Offsetof give as constants. IRGen's
// layouts agree with these (LayoutTests hold both to them).

public enum Sizes {
    public static func alignof(_ t: GoType) -> Int64 {
        switch t.underlying {
        case let a as ArrayT: return alignof(a.elem)
        case let s as Struct: return s.fields.map { alignof($0.type) }.max() ?? 1
        case let b as Basic:
            switch b.kind {
            case .complex64: return 4
            case .complex128, .string: return 8
            default: return min(Int64(b.size), 8)
            }
        default: return 8     // pointers, slices, maps, channels, funcs, interfaces
        }
    }

    public static func offsetsof(_ fields: [Var]) -> [Int64] {
        var offsets: [Int64] = []
        var o: Int64 = 0
        for f in fields {
            o = round(o, alignof(f.type))
            offsets.append(o)
            o += sizeof(f.type)
        }
        return offsets
    }

    public static func sizeof(_ t: GoType) -> Int64 {
        switch t.underlying {
        case let b as Basic: return Int64(b.size)
        case let a as ArrayT:
            let n = a.len
            if n <= 0 { return 0 }
            let e = sizeof(a.elem)
            return round(e, alignof(a.elem)) * (n - 1) + e
        case let s as Struct:
            let n = s.fields.count
            if n == 0 { return 0 }
            let offsets = offsetsof(s.fields)
            // gc: the last field of a non-zero-sized struct is not allowed
            // to have size 0 (a pointer to it would point past the object).
            var last = sizeof(s.fields[n - 1].type)
            if last == 0 && offsets[n - 1] > 0 { last = 1 }
            return round(offsets[n - 1] + last, alignof(t))
        case is Slice: return 24
        case is Interface: return 16
        default: return 8
        }
    }

    static func round(_ x: Int64, _ a: Int64) -> Int64 { (x + a - 1) / a * a }
}
