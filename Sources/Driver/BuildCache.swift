import Escape
import Foundation

/// The build cache (as the go command's, cmd/go/internal/cache): a
/// package's compiled object is kept under a key that hashes everything
/// the object depends on, so an unchanged package, the standard library's
/// above all, is compiled once per golly version and flag set.
///
/// The directory is `$GOLLYCACHE`, else `$XDG_CACHE_HOME/golly`, else
/// `~/.cache/golly`. An entry is `KK/KEY.o` (KK the key's first two hex
/// digits). Entries are written to a temporary file and renamed into place,
/// so that golly processes building at once never see a partial object;
/// two of them compiling the same package both write it, and the last
/// rename wins with identical contents.
struct BuildCache {
    let directory: String

    /// The cache the environment names; nil when no directory can be found or made.
    static func standard() -> BuildCache? {
        let env = ProcessInfo.processInfo.environment
        var dir: String
        if let d = env["GOLLYCACHE"], !d.isEmpty {
            dir = d
        } else if let x = env["XDG_CACHE_HOME"], !x.isEmpty {
            dir = x + "/golly"
        } else if let home = env["HOME"], !home.isEmpty {
            dir = home + "/.cache/golly"
        } else {
            return nil
        }
        if !dir.hasPrefix("/") { dir = FileManager.default.currentDirectoryPath + "/" + dir }
        return BuildCache(directory: dir)
    }

    func objectPath(for key: String) -> String {
        "\(directory)/\(key.prefix(2))/\(key).o"
    }

    /// Where the inline summary of the package with `key` is kept
    /// (InlineSummaries.swift).
    func summaryPath(for key: String) -> String {
        "\(directory)/\(key.prefix(2))/\(key).inl.bc"
    }

    /// Where the parameter summaries of the package with `key` are kept
    /// (Escape/ParameterSummaries.swift).
    func escapePath(for key: String) -> String {
        "\(directory)/\(key.prefix(2))/\(key).esc"
    }

    /// The parameter summaries of the package with `key` (none if absent).
    func parameterSummaries(for key: String) -> ParameterSummaries {
        guard let data = FileManager.default.contents(atPath: escapePath(for: key)),
              let text = String(data: data, encoding: .utf8) else { return [:] }
        return ParameterSummaries(text: text)
    }

    /// Keeps the parameter summaries of the package with `key` (written,
    /// then renamed into place, as objects are).
    func storeParameterSummaries(_ summaries: ParameterSummaries, for key: String) {
        let path = escapePath(for: key)
        let temporary = "\(path).\(getpid()).tmp"
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(summaries.text.utf8)) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// The inline summary of the package with `key`, if it offers any.
    func summary(for key: String) -> String? {
        let path = summaryPath(for: key)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The cached object for `key`, if there is one. Its modification
    /// time records the use (at most hourly, as the go command's), so that
    /// `trim` keeps what builds still use.
    func object(for key: String) -> String? {
        let path = objectPath(for: key)
        guard let modified = modificationDate(path) else { return nil }
        if Date().timeIntervalSince(modified) > 3600 {
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        }
        return path
    }

    /// Removes the entries no build has used for five days, once a day at
    /// most (cmd/go/internal/cache Trim): every rebuilt golly has keys of
    /// its own, and the old ones would pile up.
    func trim() {
        let marker = directory + "/trim.txt"
        if let last = modificationDate(marker), Date().timeIntervalSince(last) < 24 * 3600 { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: marker, contents: Data("\(Int(Date().timeIntervalSince1970))\n".utf8))
        let cutoff = Date().addingTimeInterval(-5 * 24 * 3600)
        let subdirectories = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for sub in subdirectories where sub.count == 2 {
            let dir = directory + "/" + sub
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                let path = dir + "/" + entry
                if let modified = modificationDate(path), modified < cutoff { try? FileManager.default.removeItem(atPath: path) }
            }
        }
    }

    private func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Moves a freshly written object into the cache (write, then rename);
    /// returns its path in the cache, or the original path when the cache
    /// cannot be written (the build goes on uncached).
    func store(_ object: String, for key: String) -> String {
        let path = objectPath(for: key)
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let temporary = "\(path).\(getpid()).tmp"
            try? FileManager.default.removeItem(atPath: temporary)
            try FileManager.default.copyItem(atPath: object, toPath: temporary)
            guard rename(temporary, path) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                return object
            }
            trim()
            return path
        } catch {
            return object
        }
    }

    /// `golly clean -cache`: removes every entry (and the directory).
    func clean() throws {
        guard FileManager.default.fileExists(atPath: directory) else { return }
        try FileManager.default.removeItem(atPath: directory)
    }
}

/// What identifies the compiler itself in every key: a hash of golly's own
/// executable, so that a rebuilt golly never reuses objects of another.
/// Hashing 13 MB on every build would cost a warm rebuild a tenth of a
/// second, so the hash is remembered in the cache next to the executable's
/// path, size, modification time and inode, and computed again only when
/// one of those changes.
let compilerIdentity: String = {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    var info = stat()
    let stamp = stat(exe, &info) == 0
        ? "\(exe) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)" : ""
    let memo = BuildCache.standard().map { $0.directory + "/identity" }
    if !stamp.isEmpty, let memo, let text = try? String(contentsOfFile: memo, encoding: .utf8) {
        let lines = text.split(separator: "\n")
        if lines.count == 2, lines[0] == stamp { return String(lines[1]) }
    }
    var h = SHA256()
    h.update(field: "golly build cache v1")
    if let data = FileManager.default.contents(atPath: exe) { h.update(raw: [UInt8](data)) }
    let identity = h.finalize()
    if !stamp.isEmpty, let memo {
        try? FileManager.default.createDirectory(atPath: (memo as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        let temporary = "\(memo).\(getpid()).tmp"
        if (try? "\(stamp)\n\(identity)".write(toFile: temporary, atomically: false, encoding: .utf8)) != nil {
            rename(temporary, memo)
        }
    }
    return identity
}()
