import Foundation

/// A stand-in for a session's recording: a WAV file of silence (8 kHz, 8-bit mono). A browser
/// plays it in a report's `<video>` element and can seek in it, so the demo and the browser
/// test can show timestamps seeking without shipping a real video.
public enum StandInRecording {
    /// The bytes of a WAV file of `seconds` seconds of silence.
    public static func wav(seconds: Int) -> Data {
        let samples = 8000 * seconds
        var data = Data("RIFF".utf8)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt32(36 + samples))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(16)
        append16(1)  // PCM
        append16(1)  // mono
        append(8000)  // sample rate
        append(8000)  // bytes per second
        append16(1)  // block align
        append16(8)  // bits per sample
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(samples))
        data.append(Data(repeating: 128, count: samples))
        return data
    }
}
