import XCTest
final class GoSyntaxTestsPlaceholder: XCTestCase { func testNothing() {} }
