import Foundation
import SpiegelCore
import SpiegelStore
import SpiegelXML

/// spiegel-bench agreement STORE [--runs K] [--values FILE]
///
/// Times, K runs each after one warm-up (default 20): reading every School2Care session with
/// its ratings (without evidence, as `spiegel agreement` reads them) from the store; building the agreement report for roles self and supervisor and
/// for all raters; rebuilding the overall and total-score matrices; and each statistic alone
/// on those matrices. Prints median, quartiles and min/max in ms, and writes the key values
/// and timings as JSON to FILE (default: standard output, the table then goes to stderr).
let usage = "usage: spiegel-bench agreement STORE [--runs K] [--values FILE]\n"

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("spiegel-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "agreement" else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
arguments.removeFirst()
var runs = 20
var valuesPath: String?
var storePath: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs":
        guard let given = arguments.first.flatMap(Int.init), given > 0 else { fail("--runs needs a whole number above 0") }
        runs = given
        arguments.removeFirst()
    case "--values":
        guard let given = arguments.first else { fail("--values needs a file") }
        valuesPath = given
        arguments.removeFirst()
    default:
        guard storePath == nil, !argument.hasPrefix("-") else { fail("unexpected argument '\(argument)'\n\(usage)") }
        storePath = argument
    }
}
guard let storePath else { fail("give the store to read\n\(usage)") }
guard FileManager.default.fileExists(atPath: storePath) else { fail("\(storePath): no such store") }

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let schema = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/spiegel-instrument.xsd")))
let xml = try [UInt8](Data(contentsOf: root.appending(path: "Instruments/school2care-reflectie.xml")))
guard let instrument = try InstrumentLoader(schemaContents: schema).load(xml, source: "school2care-reflectie.xml").instrument else {
    fail("the bundled School2Care instrument does not load")
}

do {
    let clock = ContinuousClock()
    let opening = clock.now
    let store = try SQLiteStore(path: storePath, access: .read)
    let openMs = Timing.milliseconds(clock.now - opening)
    let outcome = try AgreementBenchmark(instrument: instrument, runs: runs).run(store: store, path: storePath)
    let table = TimingTable.render(outcome, openMs: openMs)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let json = try encoder.encode(outcome) + Data("\n".utf8)
    if let valuesPath {
        try json.write(to: URL(fileURLWithPath: valuesPath))
        print(table, terminator: "")
    } else {
        FileHandle.standardError.write(Data(table.utf8))
        FileHandle.standardOutput.write(json)
    }
} catch {
    fail("\(error)")
}
