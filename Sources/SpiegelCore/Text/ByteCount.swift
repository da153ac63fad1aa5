/// A size in bytes as a person reads it: `512 bytes`, `48 KB`, `9.4 MB`.
///
/// Units are powers of 1024, the way file managers on Linux count, so a limit of `8 << 20`
/// reads as `8 MB`. Whole values drop their decimal (`2 MB`, not `2.0 MB`).
public struct ByteCount: Hashable, Sendable, CustomStringConvertible {
    public var bytes: Int

    public init(_ bytes: Int) { self.bytes = bytes }

    public var description: String {
        let units = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        guard let (size, unit) = units.first(where: { bytes >= $0.0 }) else {
            return bytes == 1 ? "1 byte" : "\(bytes) bytes"
        }
        let tenths = bytes / size * 10 + (bytes % size * 10 + size / 2) / size
        return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
