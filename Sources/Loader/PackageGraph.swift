// The depth-first walk over imports that PackageLoader.swift describes:
// one package read (PackageDirectory.swift), its imports resolved
// (Locate.swift) and checked (Internal.swift), each imported package
// loaded before the importer is added to the order. Problems are placed
// as the go command places them (LoadError.swift): the import stack is
// the chain of import paths from the command-line package to the importer.

struct PackageGraph {
    let loader: PackageLoader
    /// Dependencies before dependents.
    var order: [PackageSource] = []
    private(set) var errors: [String] = []
    private var reported: Set<String> = []
    var visited: Set<String> = []
    var onStack: Set<String> = []
    /// Resolutions so far, by import path and the importer's vendor tree.
    private var resolved: [String: Result<PackageLocation, Error>] = [:]

    init(loader: PackageLoader) { self.loader = loader }

    mutating func report(_ message: String) {
        if reported.insert(message).inserted { errors.append(message) }
    }

    mutating func load(_ root: Root) {
        switch root {
        case .package(let location, let fromWildcard):
            if loader.builtinPackages.contains(location.importPath) { return }
            visit(location, stack: [], via: nil, importer: nil, fromWildcard: fromWildcard)
        case .files(let directory, let names):
            let location = PackageLocation(importPath: "command-line-arguments", directory: directory, kind: .mainModule)
            visit(location, stack: [], via: nil, importer: nil, files: names)
        }
    }

    /// Loads the package at `location`, reached through the import paths
    /// `stack` by an import at position `via` written in `importer`.
    mutating func visit(_ location: PackageLocation, stack: [String], via position: String?, importer: Importer?,
                                fromWildcard: Bool = false, files: [String]? = nil) {
        let path = location.importPath
        let place = { (p: PackageProblem) in p.message(stack: stack, importPath: path, importPosition: position) }
        if onStack.contains(path) { return report(place(.withStack(Messages.importCycle))) }
        guard visited.insert(path).inserted else { return }
        guard let dir = read(location, files: files, fromWildcard: fromWildcard, place: place) else { return }
        if dir.name == "main" && importer != nil { return report(place(.atImport(Messages.program(path)))) }
        let me = Importer(importPath: path, directory: location.directory, isStandard: location.kind == .goroot,
                          isCommandLineFiles: files != nil)
        onStack.insert(path)
        let package = loadImports(of: dir, as: me, stack: stack + [path])
        onStack.remove(path)
        order.append(package)
    }

    /// The package directory at `location`, with golly's overlay for a
    /// GOROOT package; nil when it could not be read (the problem reported).
    mutating func read(_ location: PackageLocation, files: [String]?, fromWildcard: Bool,
                       place: (PackageProblem) -> String) -> DirectoryPackage? {
        let path = location.importPath
        var dir: DirectoryPackage
        do {
            let environment = loader.environment
            if location.kind == .goroot, environment.replacedPackages.contains(path), let root = environment.overlayRoot {
                dir = try environment.readPackage(in: root + "/" + path, only: nil, display: loader.display)
            } else {
                dir = try environment.readPackage(in: location.directory, only: files, display: loader.display)
            }
            // An overlay directory may hold only other packages' directories
            // (std/sync for std/sync/atomic): then it adds nothing.
            if location.kind == .goroot, !environment.replacedPackages.contains(path),
               let root = environment.overlayRoot, Paths.isDirectory(root + "/" + path),
               let extra = try? environment.readPackage(in: root + "/" + path, only: nil, display: loader.display) {
                guard extra.name == dir.name else {
                    report(place(.plain("golly's overlay for \(path) is package \(extra.name), not \(dir.name)")))
                    return nil
                }
                dir.goFiles += extra.goFiles
                dir.importPositions.merge(extra.importPositions) { first, _ in first }
            }
        } catch let noGo as NoGoFiles {
            if !fromWildcard { report(place(noGo.problem(importPath: path))) }
            return nil
        } catch {
            report(place(error as? PackageProblem ?? .plain("\(error)")))
            return nil
        }
        return dir
    }

    /// Resolves and loads `dir`'s imports; the package with them recorded.
    mutating func loadImports(of dir: DirectoryPackage, as me: Importer, stack: [String]) -> PackageSource {
        var package = PackageSource(
            importPath: me.importPath, name: dir.name, dir: dir.dir, goFiles: dir.goFiles,
            assemblyFiles: dir.assemblyFiles, testGoFiles: dir.testGoFiles, xTestGoFiles: dir.xTestGoFiles,
            imports: [], importMap: [:], importPositions: [:], isStandard: me.isStandard)
        for written in dir.importPositions.keys.sorted() where written != "C" {
            let position = dir.importPositions[written]!
            let place = { (p: PackageProblem) in p.message(stack: stack, importPath: written, importPosition: position) }
            var target: PackageLocation?
            if !loader.builtinPackages.contains(written) {
                do { target = try resolve(written, from: me) } catch {
                    report(place(error as? PackageProblem ?? .plain("\(error)")))
                    continue
                }
            }
            let resolved = target?.importPath ?? written
            if resolved != written { package.importMap[written] = resolved }
            if package.importPositions[resolved] == nil { package.imports.append(resolved) }
            package.importPositions[resolved] = package.importPositions[resolved] ?? position
            guard let target, !loader.builtinPackages.contains(resolved) else { continue }
            guard loader.resolver.mayImport(target, from: me) else {
                report(place(.withStackAndPosition(Messages.internalNotAllowed(resolved))))
                continue
            }
            visit(target, stack: stack, via: position, importer: me)
        }
        return package
    }

    /// The resolver's answer, which depends on the importer only through
    /// the vendor directory it sees (std, cmd, or none).
    private mutating func resolve(_ path: String, from importer: Importer) throws -> PackageLocation {
        let tree = !importer.isStandard ? "" : Paths.hasPathPrefix(importer.importPath, "cmd") ? "cmd" : "std"
        let key = tree + " " + path
        if resolved[key] == nil { resolved[key] = Result { try loader.resolver.resolve(path, from: importer) } }
        return try resolved[key]!.get()
    }
}
