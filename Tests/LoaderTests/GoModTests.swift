// go.mod parsing (golang.org/x/mod/modfile) and finding the main module.

import XCTest
@testable import Loader

final class GoModTests: XCTestCase {
    func testDirectives() throws {
        let text = """
            // The module.
            module "example.com/m" // comment

            go 1.19

            require github.com/a/b v1.2.3
            require (
            \tgithub.com/Burnt/x v0.1.0 // indirect
            \t"golang.org/x/text" v0.3.7

            )
            replace github.com/a/b => ../b
            replace (
            \tgolang.org/x/text v0.3.7 => github.com/fork/text v0.3.8
            )
            exclude github.com/old v1.0.0
            retract v1.0.1
            """
        let mod = try GoModFile(parsing: text, path: "go.mod")
        XCTAssertEqual(mod.modulePath, "example.com/m")
        XCTAssertEqual(mod.goVersion, "1.19")
        XCTAssertEqual(mod.requires, [
            ModuleVersion(path: "github.com/a/b", version: "v1.2.3"),
            ModuleVersion(path: "github.com/Burnt/x", version: "v0.1.0"),
            ModuleVersion(path: "golang.org/x/text", version: "v0.3.7"),
        ])
        XCTAssertEqual(mod.replacements.count, 2)
        XCTAssertEqual(mod.replacements[0].old, ModuleVersion(path: "github.com/a/b", version: nil))
        XCTAssertEqual(mod.replacements[0].directory, "../b")
        XCTAssertEqual(mod.replacements[1].module, ModuleVersion(path: "github.com/fork/text", version: "v0.3.8"))
        XCTAssertEqual(mod.replacements[1].old.version, "v0.3.7")
    }

    func testErrorsInGoWords() {
        // Checked against go 1.19's go build.
        XCTAssertThrowsError(try GoModFile(parsing: "module example.com/g2\nfoo bar\n", path: "/d/go.mod")) {
            XCTAssertEqual(($0 as? LoadError)?.messages, ["go: errors parsing go.mod:\n/d/go.mod:2: unknown directive: foo"])
        }
        XCTAssertThrowsError(try GoModFile(parsing: "go 1.19\n", path: "/d/go.mod")) {
            XCTAssertEqual(($0 as? LoadError)?.messages,
                           ["go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod"])
        }
        XCTAssertThrowsError(try GoModFile(parsing: "module example.com/g2\nrequire (\n x\n)\n", path: "/d/go.mod")) {
            XCTAssertEqual(($0 as? LoadError)?.messages,
                           ["go: errors parsing go.mod:\n/d/go.mod:3:2: usage: require module/path v1.2.3"])
        }
    }

    func testMainModuleIsTheNearestGoMod() throws {
        let root = try makeTree([
            "go.mod": goMod("example.com/outer"),
            "a/b/x.go": "package b\n",
            "inner/go.mod": goMod("example.com/inner"),
            "inner/c/y.go": "package c\n",
        ])
        XCTAssertEqual(try MainModule(searchingFrom: root + "/a/b")?.path, "example.com/outer")
        XCTAssertEqual(try MainModule(searchingFrom: root + "/a/b")?.directory, root)
        XCTAssertEqual(try MainModule(searchingFrom: root + "/inner/c")?.path, "example.com/inner")
        XCTAssertEqual(try MainModule(searchingFrom: root + "/inner")?.directory, root + "/inner")
    }

    func testModulePathEscaping() {
        XCTAssertEqual(escapeModulePath("github.com/BurntSushi/toml"), "github.com/!burnt!sushi/toml")
        XCTAssertEqual(escapeModulePath("golang.org/x/text"), "golang.org/x/text")
        XCTAssertEqual(moduleCacheDirectory(ModuleVersion(path: "github.com/Azure/go", version: "v1.0.0-RC1"), moduleCache: "/c"),
                       "/c/github.com/!azure/go@v1.0.0-!r!c1")
    }
}
