// `go test`'s packages (cmd/go/internal/load/test.go TestPackagesFor): the
// package under test built with its `_test.go` files, its external test
// package `p_test` (the `_test.go` files of package p_test), and what the
// generated test main imports besides them. Every package of the test
// binary that imports the package under test sees the variant with its
// test files (gc's "recompiled for test"): the graph holds one package per
// import path, so its importers' cache keys change with it.

/// The packages of one test binary, dependencies first.
public struct TestPackages {
    /// Every package but the test main, in dependency order; holds
    /// `tested` and `external`.
    public var packages: [PackageSource]
    /// The package under test, with its `_test.go` files after its others.
    public var tested: PackageSource
    /// The external test package, import path `p_test`, if it has files.
    public var external: PackageSource?
}

extension PackageLoader {
    /// The packages of the test binary of the package `importPath` (as the
    /// command line named it), whose main imports `mainImports` besides.
    public func loadTest(_ importPath: String, mainImports: [String]) throws -> TestPackages {
        let location = try locate(importPath, from: workingDirectory)
        var graph = PackageGraph(loader: self)
        let loaded = graph.loadTest(location, mainImports: mainImports)
        guard let (tested, external) = loaded, graph.errors.isEmpty else { throw LoadError(graph.errors) }
        return TestPackages(packages: graph.order, tested: tested, external: external)
    }
}

extension PackageGraph {
    /// Loads the package at `location` with its test files, then its
    /// external test package, then `mainImports` as the test main imports
    /// them (from the package's directory).
    mutating func loadTest(_ location: PackageLocation, mainImports: [String]) -> (PackageSource, PackageSource?)? {
        let path = location.importPath
        let place = { (p: PackageProblem) in p.message(stack: [], importPath: path, importPosition: nil) }
        guard visited.insert(path).inserted,
              var dir = read(location, files: nil, fromWildcard: false, place: place) else { return nil }
        let isStandard = location.kind == .goroot
        let externalFiles = dir.xTestGoFiles, externalImports = dir.xTestImportPositions
        dir.goFiles += dir.testGoFiles
        dir.importPositions.merge(dir.testImportPositions) { first, _ in first }
        onStack.insert(path)
        let tested = loadImports(of: dir, as: Importer(importPath: path, directory: location.directory, isStandard: isStandard),
                                 stack: [path])
        onStack.remove(path)
        order.append(tested)

        var external: PackageSource?
        if !externalFiles.isEmpty {
            var x = DirectoryPackage(dir: dir.dir)
            x.name = dir.name + "_test"
            x.goFiles = externalFiles
            x.importPositions = externalImports
            let me = Importer(importPath: path + "_test", directory: location.directory, isStandard: isStandard)
            visited.insert(me.importPath)
            let package = loadImports(of: x, as: me, stack: [me.importPath])
            order.append(package)
            external = package
        }

        var main = DirectoryPackage(dir: dir.dir)
        main.name = "main"
        main.importPositions = Dictionary(uniqueKeysWithValues: mainImports.map { ($0, "") })
        let me = Importer(importPath: path + ".test", directory: location.directory, isStandard: false)
        _ = loadImports(of: main, as: me, stack: [me.importPath])
        return (tested, external)
    }
}
