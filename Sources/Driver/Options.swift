/// What `golly build` / `golly run` were asked to do.
public struct BuildOptions {
    public var inputs: [String]
    public var output: String?
    public var optLevel: Int = 2
    /// Write textual IR (`.ll`) instead of an executable.
    public var emitLLVM = false
    /// `-d=` debug flags, as gc's `-gcflags=-d=...` (e.g. `defer`).
    public var debugFlags: Set<String> = []
    /// `golly run`: the package must be a command.
    public var requireExecutable = false
    public init(inputs: [String]) { self.inputs = inputs }
}

/// A failure that ends the compilation with an exit status, its messages already formatted.
public struct CompileFailure: Error {
    public let exitCode: Int32
    public let messages: [String]
    public init(exitCode: Int32, messages: [String]) {
        self.exitCode = exitCode
        self.messages = messages
    }
}
