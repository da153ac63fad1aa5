import Foundation
import SpiegelCore

/// One JSON object as Foundation's `JSONSerialization` reads it, with typed look-ups that
/// name the key path of anything missing or of the wrong type.
///
/// The store reads its instrument snapshots through this rather than `JSONDecoder`: the
/// decoder's generic machinery checks each `Decodable` type against its own protocols the
/// first time it meets it, and each such check scans every protocol conformance of the
/// program (a quarter of the instructions of `spiegel note` in a static build).
struct JSONFields {
    private let fields: [String: Any]
    /// Where this object is in the snapshot, for messages (`sections[2].items[0]`).
    let path: String

    init(_ value: Any?, path: String) throws(StoreError) {
        guard let fields = value as? [String: Any] else { throw Self.damaged(path, expected: "an object") }
        self.fields = fields
        self.path = path
    }

    /// The top-level object of a JSON document.
    init(parsing data: Data) throws(StoreError) {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StoreError("damaged instrument snapshot in the store: it is not JSON")
        }
        try self.init(value, path: "instrument")
    }

    func has(_ key: String) -> Bool { fields[key] != nil }

    func string(_ key: String) throws(StoreError) -> String {
        guard let value = fields[key] as? String else { throw Self.damaged(name(key), expected: "a string") }
        return value
    }

    func optionalString(_ key: String) throws(StoreError) -> String? {
        guard has(key) else { return nil }
        return try string(key)
    }

    func number(_ key: String) throws(StoreError) -> Double {
        guard let value = fields[key] as? NSNumber, !Self.isBoolean(value) else { throw Self.damaged(name(key), expected: "a number") }
        return value.doubleValue
    }

    func optionalNumber(_ key: String) throws(StoreError) -> Double? {
        guard has(key) else { return nil }
        return try number(key)
    }

    func integer(_ key: String) throws(StoreError) -> Int {
        guard let value = fields[key] as? NSNumber, !Self.isBoolean(value), let integer = Int(value.stringValue) else {
            throw Self.damaged(name(key), expected: "an integer")
        }
        return integer
    }

    func optionalInteger(_ key: String) throws(StoreError) -> Int? {
        guard has(key) else { return nil }
        return try integer(key)
    }

    func bool(_ key: String) throws(StoreError) -> Bool {
        guard let value = fields[key] as? NSNumber, Self.isBoolean(value) else { throw Self.damaged(name(key), expected: "true or false") }
        return value.boolValue
    }

    func object(_ key: String) throws(StoreError) -> JSONFields {
        try JSONFields(fields[key], path: name(key))
    }

    func optionalObject(_ key: String) throws(StoreError) -> JSONFields? {
        guard has(key) else { return nil }
        return try object(key)
    }

    /// The array under `key`, each element read by `element`.
    func array<T>(_ key: String, _ element: (JSONFields) throws(StoreError) -> T) throws(StoreError) -> [T] {
        guard let values = fields[key] as? [Any] else { throw Self.damaged(name(key), expected: "an array") }
        var result: [T] = []
        result.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            result.append(try element(try JSONFields(value, path: "\(name(key))[\(index)]")))
        }
        return result
    }

    /// The array under `key` read by `element`, or an empty array when the key is absent.
    func optionalArray<T>(_ key: String, _ element: (JSONFields) throws(StoreError) -> T) throws(StoreError) -> [T] {
        guard has(key) else { return [] }
        return try array(key, element)
    }

    /// The object under `key` as string values by key, sorted by key.
    func sortedStrings(_ key: String) throws(StoreError) -> [(key: String, value: String)] {
        guard let values = fields[key] as? [String: Any] else { throw Self.damaged(name(key), expected: "an object") }
        var result: [(key: String, value: String)] = []
        for (entry, value) in values {
            guard let text = value as? String else { throw Self.damaged("\(name(key)).\(entry)", expected: "a string") }
            result.append((entry, text))
        }
        return result.sorted { $0.key < $1.key }
    }

    /// The object's only key, for an enumeration case encoded as `{"case": {…}}`.
    func onlyKey() throws(StoreError) -> String {
        guard fields.count == 1, let key = fields.keys.first else { throw Self.damaged(path, expected: "an object with one key") }
        return key
    }

    private func name(_ key: String) -> String { "\(path).\(key)" }

    /// Whether `JSONSerialization` read `true` or `false` (a boolean `NSNumber`).
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    static func damaged(_ path: String, expected: String) -> StoreError {
        StoreError("damaged instrument snapshot in the store: \(path) is not \(expected)")
    }
}
