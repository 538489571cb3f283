import XCTest
final class GoTypesTestsPlaceholder: XCTestCase { func testNothing() {} }
