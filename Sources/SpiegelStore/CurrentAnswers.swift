import GRDB
import SpiegelCore

/// A rating's current scores packed into one blob, kept in `rating.answers`: what reading a
/// whole corpus scans instead of one `score_revision` row per score.
///
/// The revisions stay the record; the blob is derived from them in the same transaction as
/// every score write (``SQLiteStore/refreshAnswers(rating:_:)``), so it always equals the
/// current revisions. Cleared scores are left out.
///
/// Layout: a format byte (1), then per score, in revision order: the item id, the answer
/// kind, the answer value (as ``AnswerCodec`` writes it) and the cited evidence ids joined by
/// spaces, each as a LEB128 length followed by that many UTF-8 bytes.
enum CurrentAnswers {
    static let format: UInt8 = 1

    /// A score revision's stored columns.
    struct Revision {
        var item: String
        var kind: String
        var value: String
        var citations: String

        init(_ score: Score) {
            (kind, value) = AnswerCodec.encode(score.answer)
            item = score.item.rawValue
            citations = AnswerCodec.citations(score.citations)
        }

        init(clearing item: ItemID) {
            (self.item, kind, value, citations) = (item.rawValue, "cleared", "", "")
        }

        init(_ row: Row, from index: Int) {
            (item, kind, value, citations) = (row[index], row[index + 1], row[index + 2], row[index + 3])
        }
    }

    /// Rewrites the blob of `rating` from its current revisions.
    static func refresh(rating: Int64, _ db: Database) throws {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT rating_id, item, kind, value, citations FROM score_revision WHERE rating_id = ? AND current = 1 ORDER BY id"),
            arguments: [rating])
        try write(rows, db)
    }

    /// Rebuilds every rating's blob in one scan: how a store written before the blob existed
    /// is migrated.
    static func refreshAll(_ db: Database) throws {
        try write(
            Row.fetchCursor(
                db, sql: "SELECT rating_id, item, kind, value, citations FROM score_revision WHERE current = 1 ORDER BY rating_id, id"),
            db)
    }

    /// Writes the blob of a rating whose current revisions are exactly `revisions`, in order.
    static func store(_ revisions: [Revision], rating: Int64, _ db: Database) throws {
        var blob: [UInt8] = [format]
        for revision in revisions { append(revision, to: &blob) }
        try save(blob, rating: rating, db)
    }

    private static func save(_ blob: [UInt8], rating: Int64, _ db: Database) throws {
        try BoundStatement.execute("UPDATE rating SET answers = ? WHERE id = ?", in: db) {
            $0.bind(blob)
            $0.bind(rating)
        }
    }

    /// Writes one blob per rating from current revision rows grouped by rating, in revision
    /// order: (rating id, item, kind, value, citations).
    private static func write(_ rows: RowCursor, _ db: Database) throws {
        var rating: Int64?
        var blob: [UInt8] = []
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if id != rating {
                if let rating { try save(blob, rating: rating, db) }
                rating = id
                blob = [format]
            }
            append(Revision(row, from: 1), to: &blob)
        }
        if let rating { try save(blob, rating: rating, db) }
    }

    /// Appends a revision's four fields; a cleared score is left out.
    private static func append(_ revision: Revision, to blob: inout [UInt8]) {
        guard revision.kind != "cleared" else { return }
        for field in [revision.item, revision.kind, revision.value, revision.citations] { append(field, to: &blob) }
    }

    private static func append(_ text: String, to blob: inout [UInt8]) {
        var length = text.utf8.count
        while length >= 0x80 {
            blob.append(UInt8(length & 0x7F) | 0x80)
            length >>= 7
        }
        blob.append(UInt8(length))
        blob.append(contentsOf: text.utf8)
    }

    /// Decodes blobs into scores. Item ids repeat from rating to rating in the same order, so
    /// each is compared with the id found at the same position before and only made anew when
    /// it differs: a corpus of thousands of ratings shares a handful of `ItemID` strings.
    struct Decoder {
        private var recent: [(bytes: [UInt8], item: ItemID)] = []

        mutating func scores(_ blob: UnsafeRawBufferPointer) throws -> [Score] {
            guard let first = blob.first else { return [] }
            guard first == CurrentAnswers.format else {
                throw StoreError("a rating's current answers are in format \(first), which this Spiegel cannot read; update Spiegel")
            }
            var reader = Reader(bytes: blob, offset: 1)
            var scores: [Score] = []
            while !reader.isAtEnd {
                let item = try self.item(reader.field(), at: scores.count)
                let kind = String(decoding: try reader.field(), as: UTF8.self)
                let valueBytes = try reader.field()
                let answer: Answer?
                if kind == "level", let level = Self.integer(valueBytes) {
                    answer = .level(level)
                } else {
                    answer = try AnswerCodec.decode(kind: kind, value: String(decoding: valueBytes, as: UTF8.self))
                }
                let citations = try reader.field()
                guard let answer else { continue }
                scores.append(
                    Score(
                        item: item, answer: answer,
                        citations: citations.isEmpty ? [] : AnswerCodec.citations(String(decoding: citations, as: UTF8.self))))
            }
            return scores
        }

        private mutating func item(_ bytes: UnsafeRawBufferPointer, at position: Int) -> ItemID {
            if position < recent.count, recent[position].bytes.elementsEqual(bytes) { return recent[position].item }
            let item = ItemID(String(decoding: bytes, as: UTF8.self))
            if position < recent.count {
                recent[position] = (Array(bytes), item)
            } else {
                recent.append((Array(bytes), item))
            }
            return item
        }

        /// A decimal integer written by `String(Int)`, without making a string; nil otherwise.
        private static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
            guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
            let negative = bytes[0] == UInt8(ascii: "-")
            guard !negative || bytes.count > 1 else { return nil }
            var value = 0
            for byte in bytes.dropFirst(negative ? 1 : 0) {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        var isAtEnd: Bool { offset >= bytes.count }

        /// The next length-prefixed field.
        mutating func field() throws -> UnsafeRawBufferPointer {
            var length = 0
            var shift = 0
            while true {
                guard offset < bytes.count, shift < 35 else { throw Self.damaged }
                let byte = bytes[offset]
                offset += 1
                length |= Int(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            guard length <= bytes.count - offset else { throw Self.damaged }
            defer { offset += length }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        }

        static let damaged = StoreError("a rating's current answers are damaged in the store; restore the store from a backup")
    }
}
