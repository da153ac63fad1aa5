import Foundation
import SpiegelCore
import SpiegelXML

/// Paths into the checkout, for tests: the bundled instruments and the test fixtures.
public enum Fixtures {
    /// The root of the checkout this test support was compiled from.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let instruments = repository.appending(path: "Instruments")
    public static let fixtures = repository.appending(path: "Tests/Fixtures")

    public static func fixture(_ path: String) -> URL { fixtures.appending(path: path) }

    /// The bundled instrument files.
    public static let bundledInstrumentNames = [
        "school2care-reflectie.xml",
        "observatielijst-coachingsgesprekken.xml",
        "kijkwijzer-krachtige-leeromgeving.xml",
        "kijkwijzer-vlekjesmethode.xml",
    ]

    public static func bytes(of url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    public static func text(of url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// A loader with the bundled schema, compiled once per process.
    public static let loader: InstrumentLoader = {
        let schema = try! bytes(of: instruments.appending(path: "spiegel-instrument.xsd"))
        return try! InstrumentLoader(schemaContents: schema)
    }()

    /// Loads an instrument from XML text; `source` names it in diagnostics.
    public static func load(xml: String, source: String = "test.xml") -> InstrumentLoader.Result {
        loader.load(Array(xml.utf8), source: source)
    }

    /// Loads a bundled instrument, failing loudly when it does not validate.
    public static func bundled(_ name: String) throws -> Instrument {
        let result = loader.load(try bytes(of: instruments.appending(path: name)), source: name)
        guard let instrument = result.instrument else {
            throw FixtureError("\(name) does not validate: \(result.diagnostics.map(\.description).joined(separator: "\n"))")
        }
        return instrument
    }

    /// A scratch folder, removed by the caller.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "spiegel-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
