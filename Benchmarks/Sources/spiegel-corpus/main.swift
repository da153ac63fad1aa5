import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelXML

/// spiegel-corpus SESSIONS STORE [SEED]: writes a deterministic School2Care corpus of
/// SESSIONS sessions into the store at STORE (created when missing).
///
/// spiegel-corpus SESSIONS --files FOLDER [SEED]: writes the same corpus as rating files, one
/// per rating, into FOLDER, for `spiegel rating import`.
let usage = "usage: spiegel-corpus SESSIONS STORE [SEED]\n       spiegel-corpus SESSIONS --files FOLDER [SEED]\n"
var arguments = Array(CommandLine.arguments.dropFirst())
let writesFiles = arguments.count >= 2 && arguments[1] == "--files"
if writesFiles { arguments.remove(at: 1) }
guard arguments.count == 2 || arguments.count == 3, let count = Int(arguments[0]), count > 0 else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let target = arguments[1]
let seed: UInt64
if arguments.count == 3 {
    guard let given = UInt64(arguments[2]) else {
        FileHandle.standardError.write(Data("spiegel-corpus: the seed '\(arguments[2])' is not a whole number\n\(usage)".utf8))
        exit(2)
    }
    seed = given
} else {
    seed = 2026
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let schema = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/spiegel-instrument.xsd")))
let xml = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/school2care-reflectie.xml")))
guard let instrument = try InstrumentLoader(schemaContents: schema).load(xml, source: "school2care-reflectie.xml").instrument else {
    fatalError("the bundled School2Care instrument does not load")
}
var corpus = Corpus(instrument: instrument, random: SplitMix64(seed: seed))
let start = Date()
if writesFiles {
    let files = try RatingFiles(folder: URL(fileURLWithPath: target), sessions: count)
    var written = 0
    var bytes = 0
    for index in 0..<count {
        for (rating, session, _) in corpus.session(index) {
            bytes += try files.write(rating, session: session, index: index)
            written += 1
        }
    }
    let elapsed = String(format: "%.1f", Date().timeIntervalSince(start))
    print("\(count) sessions written to \(target) as \(written) rating files (\(bytes / 1_000_000) MB) in \(elapsed) s (seed \(seed))")
} else {
    let store = try SQLiteStore(path: target)
    var batch: [(rating: Rating, session: SessionDraft, digest: String)] = []
    for index in 0..<count {
        batch += corpus.session(index)
        if batch.count >= 3_000 || index == count - 1 {
            _ = try store.importRatings(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }
    print("\(count) sessions written to \(target) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s (seed \(seed))")
}
