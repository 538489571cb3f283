import GoSyntax

/// A construct golly cannot compile yet: reported as
/// `file.go:L:C: golly does not support X yet`, exit status 1 (never wrong code).
public struct Unsupported: Error {
    public let pos: Pos
    public let what: String
    public init(_ pos: Pos, _ what: String) { self.pos = pos; self.what = what }
    public var diagnostic: Diagnostic { Diagnostic(pos, "golly does not support \(what) yet") }
}

/// A bug in golly: the driver reports `internal compiler error` and exits 3.
public struct InternalError: Error {
    public let pos: Pos
    public let message: String
    public init(pos: Pos, message: String) { self.pos = pos; self.message = message }
}
