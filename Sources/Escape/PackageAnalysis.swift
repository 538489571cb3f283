import GoSyntax
import GoTypes

/// Everything golly works out about a checked package before it generates
/// code (docs/DESIGN.md §2): the phase between the checker and IRGen, run
/// by the Driver. Each fact has its own file in this module:
///
/// - DeferPlacement.swift: whether each defer statement's record lives in
///   the frame or the heap (the seed's loop depth);
/// - Closures.swift, AddressEscape.swift: which closures, captured and
///   address-taken variables, `new(T)` and `&T{...}` stay in their frame;
///   ParameterSummaries.swift: what calls of its functions keep, for the
///   packages importing it;
/// - RecoverFrames.swift: which functions call recover and which frames the
///   rule depends on;
/// - StaticValues.swift: what local variables always hold (devirtualized
///   interface calls);
/// - RecursiveInlining.swift: which small self-recursive functions get
///   copies of their body;
/// - DirectCalls.swift: whether the package starts goroutines (preemption
///   checks in its loops).
public struct PackageAnalysis {
    public let defers: DeferAnalysis
    public let closures: ClosureAnalysis
    public let addresses: AddressEscape
    /// Its functions' parameter summaries, for its importers.
    public let parameterSummaries: ParameterSummaries
    public let recover: RecoverAnalysis
    public let staticValues: StaticValues
    public let recursiveInlining: RecursiveInlining
    /// The package starts goroutines: its loops check for preemption.
    public let startsGoroutines: Bool

    /// `imported`: the parameter summaries of the packages it imports.
    public init(files: [File], info: Info, imported: ParameterSummaries = [:]) {
        defers = DeferAnalysis(files: files)
        (closures, addresses, parameterSummaries) = analyzeEscapes(files: files, info: info, defers: defers, imported: imported)
        recover = RecoverAnalysis(info: info)
        staticValues = StaticValues(files: files, info: info)
        recursiveInlining = RecursiveInlining(info: info)
        startsGoroutines = Escape.startsGoroutines(files)
    }
}
