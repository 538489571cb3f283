// swift-tools-version:5.9
// golly: a Go compiler written in Swift, lowering Go to LLVM IR through llvm-c.
import PackageDescription
import Foundation

/// LLVM is located once, here, through llvm-config (LLVM_CONFIG overrides the
/// default llvm-config-19). Every target that imports CLLVM gets these flags.
func llvmConfig(_ arg: String) -> String? {
    let tool = ProcessInfo.processInfo.environment["LLVM_CONFIG"] ?? "llvm-config-19"
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool, arg]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
let llvmInclude = llvmConfig("--includedir") ?? "/usr/lib/llvm-19/include"
let llvmLib = llvmConfig("--libdir") ?? "/usr/lib/llvm-19/lib"
let llvmSwift: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]
let llvmLink: [LinkerSetting] = [.unsafeFlags(["-L\(llvmLib)", "-Xlinker", "-rpath", "-Xlinker", llvmLib])]

let package = Package(
    name: "golly",
    products: [
        .executable(name: "golly", targets: ["golly"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
        .target(name: "GoSyntax"),
        .target(name: "Loader", dependencies: ["GoSyntax"]),
        .target(name: "GoTypes", dependencies: ["GoSyntax", .product(name: "BigInt", package: "BigInt")]),
        .target(name: "Escape", dependencies: ["GoSyntax", "GoTypes"]),
        .target(name: "IRGen", dependencies: ["GoSyntax", "GoTypes", "Escape", "CLLVM"],
                swiftSettings: llvmSwift, linkerSettings: llvmLink),
        .target(name: "Driver", dependencies: ["GoSyntax", "GoTypes", "Escape", "IRGen", "Loader", "CLLVM"],
                swiftSettings: llvmSwift, linkerSettings: llvmLink),
        .executableTarget(name: "golly", dependencies: [
            "Driver", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: llvmSwift, linkerSettings: llvmLink),
        .testTarget(name: "GoSyntaxTests", dependencies: ["GoSyntax"]),
        .testTarget(name: "LoaderTests", dependencies: ["Loader", "GoSyntax"]),
        .testTarget(name: "GoTypesTests", dependencies: ["GoSyntax", "GoTypes"]),
        .testTarget(name: "EscapeTests", dependencies: ["GoSyntax", "Escape"]),
        .testTarget(name: "IRGenTests", dependencies: ["Driver", "IRGen", "GoTypes", "GoSyntax"],
                    swiftSettings: llvmSwift, linkerSettings: llvmLink),
    ]
)
