import Foundation
import SpiegelCore
import SpiegelXML

/// Every instrument Spiegel can find: the bundled ones and those in the user's folders.
///
/// Folders are searched in this order, and an id found earlier wins over the same id later:
/// `--instruments` folders, `$SPIEGEL_INSTRUMENTS`, the user folder, the bundled instruments.
struct InstrumentCatalog {
    struct Entry {
        enum Origin: String { case bundled, user }
        var url: URL
        var origin: Origin
        var result: InstrumentLoader.Result
        /// Why the file was not read (it is no regular file, or cannot be opened); nil when it was.
        var unreadable: String? = nil
    }

    let loader: InstrumentLoader
    let folders: [(URL, Entry.Origin)]

    static var defaultUserFolder: URL {
        let environment = ProcessInfo.processInfo.environment
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appending(path: ".local/share")
        return dataHome.appending(path: "spiegel/instruments")
    }

    static let defaultUserFolderDescription = "$XDG_DATA_HOME/spiegel/instruments (default ~/.local/share/spiegel/instruments)"

    init(resources: Resources, extraFolders: [String]) throws {
        let schema = try FileReader.read(resources.instrumentSchema, as: .schema)
        do {
            loader = try InstrumentLoader(schemaContents: schema, name: resources.instrumentSchema.path)
        } catch {
            throw CLIError("\(error)")
        }
        let environmentFolders = (ProcessInfo.processInfo.environment["SPIEGEL_INSTRUMENTS"] ?? "")
            .split(separator: ":").map(String.init)
        for folder in extraFolders {
            do {
                try InputFile.checkFolder(folder, shownAs: "--instruments \(folder)")
            } catch {
                throw CLIError("\(error.description)")
            }
        }
        folders =
            (extraFolders + environmentFolders).map { (URL(fileURLWithPath: $0), .user) }
            + [(Self.defaultUserFolder, .user), (resources.instrumentsFolder, .bundled)]
    }

    /// Loads one file. `source` is how diagnostics name it.
    func load(_ url: URL, source: String? = nil) throws(FileError) -> InstrumentLoader.Result {
        let bytes = try FileReader.read(url, as: .instrument, shownAs: source)
        return loader.load(bytes, source: source ?? url.path)
    }

    /// Every `.xml` file in the search folders, loaded, in search order.
    ///
    /// A file that cannot be read or does not validate is an entry without an instrument,
    /// carrying its diagnostics: one bad file never stops the others from being found.
    func entries() -> [Entry] {
        var entries: [Entry] = []
        for (folder, origin) in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".xml") {
                let url = folder.appending(path: name)
                entries.append(entry(url, origin: origin))
            }
        }
        return entries
    }

    /// Loads one file of a folder; a file that is no regular file, or cannot be read, gives its
    /// reason (as a diagnostic too).
    private func entry(_ url: URL, origin: Entry.Origin) -> Entry {
        do throws(FileError) {
            if let reason = InputFile.skipReason(url.path) { throw FileError(path: url.path, reason: reason) }
            return Entry(url: url, origin: origin, result: try load(url))
        } catch {
            let location = SourceLocation(file: url.path, line: 1, column: 1)
            return Entry(
                url: url, origin: origin, result: InstrumentLoader.Result(diagnostics: [.error(error.reason, at: location)]),
                unreadable: error.reason)
        }
    }

    /// The instrument named by an id, or by a path to a file.
    ///
    /// Looking up an id reports every file of the search folders that is not a valid
    /// instrument as a warning on stderr, and skips it.
    func resolve(_ reference: String) throws -> (Instrument, URL) {
        if reference.hasSuffix(".xml") || reference.contains("/") {
            let url = URL(fileURLWithPath: reference)
            let result = try load(url, source: reference)
            guard let instrument = result.instrument else {
                throw InvalidInstrument(diagnostics: result.diagnostics)
            }
            return (instrument, url)
        }
        let all = entries()
        for entry in all where entry.result.instrument == nil {
            Terminal.error("warning: \(Self.skipping(entry))")
        }
        if let entry = all.first(where: { $0.result.instrument?.id.rawValue == reference }), let instrument = entry.result.instrument {
            return (instrument, entry.url)
        }
        let known = all.compactMap { $0.result.instrument?.id.rawValue }
        throw CLIError("no instrument with id '\(reference)'; known ids: \(known.joined(separator: ", ")). Give a path to use a file.")
    }

    /// "path: not a valid instrument (2 errors), skipped; run 'spiegel instrument validate path'".
    /// A file that could not be read says why instead: "path: is a named pipe (FIFO), not a
    /// regular file, skipped".
    static func skipping(_ entry: Entry) -> String {
        let count = entry.result.diagnostics.filter { $0.severity == .error }.count
        let path = entry.url.path.escapedForTerminal
        if let reason = entry.unreadable { return "\(path): \(reason), skipped" }
        return
            "\(path): not a valid instrument (\(count) error\(count == 1 ? "" : "s")), skipped; run 'spiegel instrument validate \(path)'"
    }
}

/// An instrument file that does not validate: its diagnostics are printed, exit status 1.
struct InvalidInstrument: Error {
    var diagnostics: [Diagnostic]
}
