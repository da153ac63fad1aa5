/// A kind of file Spiegel reads, with the one size limit that applies to it wherever it is read.
///
/// The limits are generous for real files and small enough that reading one is quick: an
/// instrument is 10–50 KB, a rating file with hundreds of evidence texts a few hundred KB,
/// an invitation a few KB, a bundled schema or a report template under 100 KB, and a list of
/// files (`--files-from`) about 50 bytes a file.
public enum FileKind: Sendable, CaseIterable, CustomStringConvertible {
    case instrument
    case ratingFile
    case invitation
    case schema
    case template
    case fileList

    /// The largest file of this kind Spiegel reads; anything larger is refused unread.
    public var maximumSize: Int {
        switch self {
        case .instrument: 2 << 20
        case .ratingFile: 8 << 20
        case .invitation: 1 << 20
        case .schema: 1 << 20
        case .template: 1 << 20
        case .fileList: 64 << 20
        }
    }

    /// The kind as a message names it: "an instrument", "a rating file".
    public var description: String {
        switch self {
        case .instrument: "an instrument"
        case .ratingFile: "a rating file"
        case .invitation: "an invitation"
        case .schema: "a schema"
        case .template: "a template"
        case .fileList: "a list of files"
        }
    }

    /// The refusal of a file of `size` bytes: "the file is 9.4 MB, more than the 8 MB limit for a rating file".
    public func sizeRefusal(_ size: Int) -> String? {
        size > maximumSize ? "the file is \(ByteCount(size)), more than the \(ByteCount(maximumSize)) limit for \(self)" : nil
    }
}
