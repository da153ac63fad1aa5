import Crypto
import Foundation
import SpiegelCore

/// What Spiegel records about a video file: its path, size, a fingerprint of its content,
/// and its duration when known.
///
/// The fingerprint is the SHA-256 of the file's size and three 1 MiB samples (the start, the
/// middle and the end), or of the whole file when it is smaller than 3 MiB. It identifies
/// a recording (two different recordings do not share size and sampled bytes) and takes the
/// same few milliseconds for a 20 MB clip as for a 20 GB one, because it reads at most 3 MiB.
enum VideoProbe {
    static let sampleSize = 1 << 20

    static func reference(for path: String, duration: VideoTime?) throws -> VideoReference {
        let url = URL(fileURLWithPath: path)
        let handle: FileHandle
        do {
            handle = try InputFile.openForReading(path, shownAs: "--video \(path)")
        } catch {
            throw CLIError("\(error.description)")
        }
        defer { try? handle.close() }
        let size = Int64((try? handle.seekToEnd()) ?? 0)
        guard size > 0 else {
            throw CLIError("--video \(path): is empty (0 bytes), not a recording; give the video file itself once it is there")
        }
        return VideoReference(
            path: url.standardizedFileURL.path, size: size, fingerprint: try fingerprint(of: handle, size: size),
            duration: try duration ?? probeDuration(of: url))
    }

    /// The fingerprint of the open file `handle` of `size` bytes.
    static func fingerprint(of handle: FileHandle, size: Int64) throws -> String {
        var hasher = SHA256()
        hasher.update(data: Data("spiegel-video-fingerprint-1 \(size)\n".utf8))
        let offsets: [Int64] = size <= 3 * Int64(sampleSize) ? [0] : [0, size / 2 - Int64(sampleSize / 2), size - Int64(sampleSize)]
        for offset in offsets {
            try handle.seek(toOffset: UInt64(offset))
            let length = size <= 3 * Int64(sampleSize) ? Int(size) : sampleSize
            hasher.update(data: try handle.read(upToCount: length) ?? Data())
        }
        return "sha256:" + Hexadecimal.string(hasher.finalize())
    }

    /// The duration ffprobe reports, when ffprobe is installed; nil otherwise.
    static func probeDuration(of url: URL) throws -> VideoTime? {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/ffprobe" }
        guard let ffprobe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ffprobe)
        process.arguments = ["-v", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let seconds = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        // NaN, infinite, zero or absurd lengths are unknown, not saved.
        return VideoTime(durationSeconds: seconds)
    }
}
