import Foundation
import SpiegelStore

/// A path an output is about to be written to, compared with what the command reads by what
/// the file system says (device and inode, and the folder and name for a file not there
/// yet), never by the path as typed: `./x`, a symbolic link to the folder or a hard link
/// name the same file.
struct OutputTarget {
    /// The files SQLite keeps beside a store, and how a message names each.
    static let storeCompanions = [
        ("", "the store"), ("-wal", "the store's write-ahead log"), ("-shm", "the store's shared-memory index"),
        ("-journal", "the store's rollback journal"),
    ]

    let path: String
    let identity: FileIdentity?
    /// The size of the file there now; nil when there is none.
    let size: Int64?
    let place: Place?

    init(_ path: String) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        identity = exists ? FileIdentity(status) : nil
        size = exists ? Int64(status.st_size) : nil
        place = Place(path)
    }

    /// Refuses the target when it is an input of this command, a store it uses (the one
    /// opened, and the one SPIEGEL_STORE or the default names, which a command that opens
    /// none would otherwise overwrite), or the recording of a session in one of those stores.
    func checkNotRead() throws {
        if let identity, ReadFiles.shared.contains(identity) {
            throw CLIError("\(path): is a file this command reads; writing to it would replace its input: give another path")
        }
        if let place, let resources = try? Resources.locate(),
            [resources.templatesFolder, resources.instrumentsFolder].contains(where: { FileIdentity(path: $0.path) == place.folder })
        {
            throw CLIError("\(path): is in Spiegel's own \(place.folderName) folder, which reports are made with: give another path")
        }
        for store in Set(ReadFiles.shared.stores + [StoreOptions.resolvedPath(given: nil)]) {
            for (suffix, name) in Self.storeCompanions where names(store + suffix) {
                throw CLIError("\(path): is \(name) (\(store + suffix)); writing to it would destroy the store: give another path")
            }
            try checkNotRecording(in: store)
        }
    }

    /// Refuses the target when it is the video of a session in the store at `store` (by device
    /// and inode for a video that exists, by folder and name for one that is not there now).
    private func checkNotRecording(in store: String) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let opened = try? SQLiteStore(path: store, access: .read),
            let recordings = try? opened.recordingPaths(named: name, size: size)
        else { return }
        if let (session, video) = recordings.first(where: { names($0.path) }) {
            throw CLIError(
                "\(path): is the recording of session \(session) (\(video)); writing to it would destroy the video: give another path")
        }
    }

    /// Whether `other` names the same file as the target, or the same place when neither exists.
    private func names(_ other: String) -> Bool {
        if let identity, identity == FileIdentity(path: other) { return true }
        return place != nil && place == Place(other)
    }

    /// Where a path lies: its folder's identity and its name in that folder.
    struct Place: Equatable {
        var folder: FileIdentity
        var name: String
        /// The folder's own name, for messages.
        var folderName: String

        init?(_ path: String) {
            let url = URL(fileURLWithPath: path)
            guard let folder = FileIdentity(path: url.deletingLastPathComponent().path) else { return nil }
            self.folder = folder
            name = url.lastPathComponent
            folderName = url.deletingLastPathComponent().lastPathComponent
        }

        static func == (left: Place, right: Place) -> Bool { left.folder == right.folder && left.name == right.name }
    }
}
