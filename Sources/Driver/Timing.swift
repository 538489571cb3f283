import Foundation

/// `-d=timing`: wall time and peak memory after each phase of a build,
/// printed to standard error when the build ends, so that a slow phase
/// (and a regression in one) is visible (issue: compile speed).
final class PhaseTimer {
    private var last = Date()
    private var rows: [(phase: String, seconds: Double, peakMiB: Int)] = []
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    /// Ends the phase that began at the previous mark; phases of the same
    /// name (one per package) add up.
    func mark(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        let seconds = now.timeIntervalSince(last)
        last = now
        if let i = rows.firstIndex(where: { $0.phase == phase }) {
            rows[i].seconds += seconds
            rows[i].peakMiB = peakMemoryMiB()
        } else {
            rows.append((phase, seconds, peakMemoryMiB()))
        }
    }

    func report() {
        guard enabled else { return }
        var text = ""
        var total = 0.0
        for row in rows {
            total += row.seconds
            text += String(format: "%-14@ %8.3fs  peak %5d MiB\n", row.phase as NSString, row.seconds, row.peakMiB)
        }
        text += String(format: "%-14@ %8.3fs\n", "total" as NSString, total)
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func peakMemoryMiB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
    }
}
