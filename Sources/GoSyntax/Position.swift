/// A source position: file index into a `FileSet`, 1-based line and byte column,
/// exactly what gc prints as `file.go:LINE:COL`.
public struct Pos: Hashable, Comparable, CustomStringConvertible, Sendable {
    public var file: Int32
    public var line: Int32
    public var column: Int32

    public init(file: Int, line: Int, column: Int) {
        self.file = Int32(file); self.line = Int32(line); self.column = Int32(column)
    }

    public static let none = Pos(file: -1, line: 0, column: 0)
    public var isValid: Bool { line > 0 }

    public static func < (a: Pos, b: Pos) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
    public var description: String { "\(line):\(column)" }
}

/// The files of one compilation; positions refer to them by index.
public final class FileSet {
    public private(set) var names: [String] = []
    public init() {}
    public func add(_ name: String) -> Int { names.append(name); return names.count - 1 }
    public func name(of pos: Pos) -> String { pos.file >= 0 && Int(pos.file) < names.count ? names[Int(pos.file)] : "<unknown>" }
    /// gc's `file.go:LINE:COL` form; like gc (cmd/internal/src/pos.go) the
    /// column is left out when it is unknown (0) or 255 and beyond.
    public func format(_ pos: Pos) -> String {
        if pos.column == 0 || pos.column >= 255 { return "\(name(of: pos)):\(pos.line)" }
        return "\(name(of: pos)):\(pos.line):\(pos.column)"
    }
}

/// One diagnostic in gc's format.
public struct Diagnostic: Error, Comparable {
    public var pos: Pos
    public var message: String
    public init(_ pos: Pos, _ message: String) { self.pos = pos; self.message = message }
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool { a.pos < b.pos }
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool { a.pos == b.pos && a.message == b.message }
}
