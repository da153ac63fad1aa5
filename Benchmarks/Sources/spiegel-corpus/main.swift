import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelXML

/// spiegel-corpus SESSIONS STORE [SEED]: writes a deterministic School2Care corpus of
/// SESSIONS sessions into the store at STORE (created when missing).
let arguments = CommandLine.arguments
guard arguments.count >= 3, let count = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: spiegel-corpus SESSIONS STORE [SEED]\n".utf8))
    exit(2)
}
let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 2026 : 2026
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let schema = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/spiegel-instrument.xsd")))
let xml = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/school2care-reflectie.xml")))
guard let instrument = try InstrumentLoader(schemaContents: schema).load(xml, source: "school2care-reflectie.xml").instrument else {
    fatalError("the bundled School2Care instrument does not load")
}
let store = try SQLiteStore(path: arguments[2])
var corpus = Corpus(instrument: instrument, random: SplitMix64(seed: seed))
let start = Date()
var batch: [(rating: Rating, session: SessionDraft, digest: String)] = []
for index in 0..<count {
    batch += corpus.session(index)
    if batch.count >= 3_000 || index == count - 1 {
        _ = try store.importRatings(batch)
        batch.removeAll(keepingCapacity: true)
    }
}
print("\(count) sessions written to \(arguments[2]) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s (seed \(seed))")
