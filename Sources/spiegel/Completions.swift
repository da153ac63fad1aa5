import ArgumentParser
import Foundation
import SpiegelCore
import SpiegelStore

/// What the shell completes (bash, zsh and fish, through `spiegel --generate-completion-script`):
/// instrument ids and session numbers, found as the command would find them: in the
/// instrument folders and the store named on the line being typed, else in the environment
/// and the defaults. Completion never prints an error and never creates or changes a store.
enum Completions {
    /// The ids of the instruments Spiegel finds, for an argument or option that takes one.
    static let instrumentIDs = CompletionKind.custom { words, _, prefix in
        instrumentIDs(folders: values(of: "--instruments", in: words)).filter { $0.hasPrefix(prefix) }
    }

    /// The instrument ids, and the `.xml` files and folders beside what is typed, for an
    /// argument that takes an id or a file.
    static let instrumentIDsAndFiles = CompletionKind.custom { words, _, prefix in
        instrumentIDs(folders: values(of: "--instruments", in: words)).filter { $0.hasPrefix(prefix) } + instrumentFiles(prefix)
    }

    /// The numbers of the sessions in the store, for an argument or option that takes one.
    static let sessionNumbers = CompletionKind.custom { words, _, prefix in
        sessionNumbers(store: values(of: "--store", in: words).last).filter { $0.hasPrefix(prefix) }
    }

    static func instrumentIDs(folders: [String]) -> [String] {
        guard let resources = try? Resources.locate(),
            let catalog = try? InstrumentCatalog(resources: resources, extraFolders: folders)
        else { return [] }
        let ids = catalog.entries().compactMap { $0.result.instrument?.id.rawValue }
        return Array(Set(ids)).sorted()
    }

    static func sessionNumbers(store path: String?) -> [String] {
        var options = StoreOptions()
        options.path = path
        guard let store = try? options.open(.read),
            let sessions = try? store.sessions(matching: SessionFilter())
        else { return [] }
        return sessions.map { String($0.id.rawValue) }
    }

    /// The `.xml` files and the folders whose path starts with `prefix` (folders end in `/`).
    static func instrumentFiles(_ prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        return names.sorted().compactMap { name in
            let path = folder + name
            guard path.hasPrefix(prefix), !name.hasPrefix(".") else { return nil }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            return isFolder.boolValue ? path + "/" : name.hasSuffix(".xml") ? path : nil
        }
    }

    /// The values given to `option` on the command line (`--store X` and `--store=X`).
    static func values(of option: String, in words: [String]) -> [String] {
        var values: [String] = []
        for (index, word) in words.enumerated() {
            if word == option, index + 1 < words.count {
                values.append(words[index + 1])
            } else if word.hasPrefix(option + "=") {
                values.append(String(word.dropFirst(option.count + 1)))
            }
        }
        return values
    }
}
