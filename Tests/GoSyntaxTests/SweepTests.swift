import XCTest
import GoSyntax

/// Runs the parser over every .go file of Go 1.19's own test suite (many of
/// them intentionally malformed): none may crash or hang, and the files that
/// gc's test harness compiles or runs (`// run`, `// compile`, `// build`)
/// must parse without diagnostics, generics aside.
final class SweepTests: XCTestCase {
    static let testRoot = "/usr/lib/go-1.19/test"

    func testGoTestSuiteParses() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: SweepTests.testRoot) else {
            throw XCTSkip("\(SweepTests.testRoot) not installed (golang-1.19-src)")
        }
        // The directory is a symlink in Debian's package; enumerate its target.
        let root = (try? fm.destinationOfSymbolicLink(atPath: SweepTests.testRoot))
            .map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: "/usr/lib/go-1.19/")).path }
            ?? SweepTests.testRoot
        guard let walker = fm.enumerator(atPath: root) else { return XCTFail("cannot list \(root)") }
        var count = 0
        var slowest = (0.0, "")
        for case let rel as String in walker where rel.hasSuffix(".go") {
            let path = root + "/" + rel
            guard let data = fm.contents(atPath: path) else { continue }
            let source = [UInt8](data)
            let start = Date()
            let (_, diags) = parseFile(fileSet: FileSet(), path: path, source: source)
            let elapsed = Date().timeIntervalSince(start)
            if elapsed > slowest.0 { slowest = (elapsed, rel) }
            XCTAssertLessThan(elapsed, 2.0, "parsing \(rel) took \(elapsed)s")
            count += 1

            let firstLine = String(decoding: source.prefix { $0 != 10 }, as: UTF8.self)
            if ["// run", "// compile", "// build"].contains(firstLine) {
                let unexpected = diags.filter { !$0.message.contains("generics") }
                XCTAssertEqual(unexpected.map { "\($0.pos): \($0.message)" }, [], rel)
            }
        }
        XCTAssertGreaterThan(count, 2000)
        print("parsed \(count) files; slowest \(slowest.1) in \(slowest.0)s")
    }
}
