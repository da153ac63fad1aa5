import Foundation
import GRDB
import SpiegelCore

extension SQLiteStore {
    public func createSession(_ draft: SessionDraft) throws -> Session {
        try pool.write { db in try insertSession(draft, db) }
    }

    func insertSession(_ draft: SessionDraft, _ db: Database) throws -> Session {
        let reference = draft.reference
        try checkCase(ofCodesIn: draft.header, of: draft.instrument, db)
        try registerInstrument(draft.instrument, hash: reference.hash, db)
        let uuid = (draft.uuid ?? UUID().uuidString).lowercased()
        try BoundStatement.execute(
            """
            INSERT INTO session (uuid, instrument_hash, date, video_path, video_size, video_fingerprint, video_duration_ms, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db
        ) {
            $0.bind(uuid)
            $0.bind(reference.hash.hex)
            $0.bind(draft.date)
            $0.bind(draft.video)
            $0.bind(Self.now())
        }
        let id = SessionID(db.lastInsertedRowID)
        try insertHeader(draft.header, into: "header_value", owner: id.rawValue, db)
        return Session(id: id, uuid: uuid, instrument: reference, video: draft.video, header: draft.header, date: draft.date)
    }

    /// Adds header values in their order to `header_value` (owner: a session) or
    /// `session_revision_header` (owner: a revision), in one statement.
    func insertHeader(_ header: [HeaderValue], into table: String, owner: Int64, _ db: Database) throws {
        guard !header.isEmpty else { return }
        let rows = Array(repeating: "(?, ?, ?, ?)", count: header.count).joined(separator: ", ")
        let column = table == "header_value" ? "session_id" : "revision_id"
        try BoundStatement.execute("INSERT INTO \(table) (\(column), position, field, value) VALUES \(rows)", in: db) {
            for (position, value) in header.enumerated() {
                $0.bind(owner)
                $0.bind(position)
                $0.bind(value.field.rawValue)
                $0.bind(value.value)
            }
        }
    }

    /// Keeps a snapshot of the instrument, by content hash, so a session is always read with
    /// the exact instrument it was made with.
    func registerInstrument(_ instrument: Instrument, hash: ContentHash, _ db: Database) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM instrument WHERE hash = ?"), arguments: [hash.hex]) == nil
        else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.execute(
            sql: "INSERT OR IGNORE INTO instrument (hash, id, version, json) VALUES (?, ?, ?, ?)",
            arguments: [hash.hex, instrument.id.rawValue, instrument.version, try encoder.encode(instrument)])
    }

    public func instrument(_ hash: ContentHash) throws -> Instrument? {
        try pool.read { db in try instrument(hash, db) }
    }

    func instrument(_ hash: ContentHash, _ db: Database) throws -> Instrument? {
        guard let data = try Data.fetchOne(db, sql: "SELECT json FROM instrument WHERE hash = ?", arguments: [hash.hex]) else { return nil }
        return try InstrumentSnapshot.instrument(from: data)
    }

    public func session(_ id: SessionID) throws -> Session? {
        try pool.read { db in try session(id, db) }
    }

    func session(_ id: SessionID, _ db: Database) throws -> Session? {
        try fetchSessions(db, where: "s.id = ?", arguments: [id.rawValue]).first
    }

    public func sessions(matching filter: SessionFilter) throws -> [Session] {
        try pool.read { db in try sessions(matching: filter, db) }
    }

    /// The sessions the filter matches; a filter that cannot match because of what was typed
    /// is refused (``checkCanMatch(_:_:)``).
    func sessions(matching filter: SessionFilter, _ db: Database) throws -> [Session] {
        try checkCanMatch(filter, db)
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let instrument = filter.instrument {
            conditions.append("i.id = ?")
            arguments.append(instrument.rawValue)
        }
        for value in filter.fields {
            conditions.append("EXISTS (SELECT 1 FROM header_value h WHERE h.session_id = s.id AND h.field = ? AND h.value = ?)")
            arguments += [value.field.rawValue, value.value]
        }
        if let from = filter.from {
            conditions.append("s.date >= ?")
            arguments.append(from)
        }
        if let to = filter.to {
            conditions.append("s.date <= ?")
            arguments.append(to)
        }
        return try fetchSessions(
            db, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments: StatementArguments(arguments))
    }

    /// Sessions with their header values; deleted sessions only when asked for. Columns are
    /// read by position, the instrument reference is built once per instrument, and header
    /// values are gathered by an array indexed by session id (ids are dense), not by hashing.
    func fetchSessions(
        _ db: Database, where condition: String, arguments: StatementArguments, includingDeleted: Bool = false
    ) throws -> [Session] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT s.id, s.uuid, s.date, s.video_path, s.video_size, s.video_fingerprint, s.video_duration_ms,
                        s.instrument_hash, i.id, i.version FROM session s
                    JOIN instrument i ON i.hash = s.instrument_hash
                    WHERE \(includingDeleted ? "" : "s.deleted_at IS NULL AND ")(\(condition)) ORDER BY s.date, s.id
                    """),
            arguments: arguments)
        var sessions: [Session] = []
        var references: [String: InstrumentReference] = [:]
        while let row = try rows.next() {
            let video = (row[3] as String?).map { path in
                VideoReference(
                    path: path, size: row[4] ?? 0, fingerprint: row[5] ?? "", duration: (row[6] as Int?).map(VideoTime.init(milliseconds:)))
            }
            let hash: String = row[7]
            let reference =
                references[hash]
                ?? InstrumentReference(id: InstrumentID(row[8] as String), version: row[9], hash: ContentHash(hex: hash))
            references[hash] = reference
            sessions.append(
                Session(id: SessionID(row[0] as Int64), uuid: row[1], instrument: reference, video: video, header: [], date: row[2]))
        }
        try fillHeaders(&sessions, db)
        return sessions
    }

    /// Adds each session's header values, in position order: one look-up for one session,
    /// else one scan of all values.
    private func fillHeaders(_ sessions: inout [Session], _ db: Database) throws {
        guard let first = sessions.first else { return }
        let rows =
            sessions.count == 1
            ? try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT session_id, position, field, value FROM header_value WHERE session_id = ?"),
                arguments: [first.id.rawValue])
            : try Row.fetchCursor(db.cachedStatement(sql: "SELECT session_id, position, field, value FROM header_value"))
        let ids = sessions.map(\.id.rawValue)
        let (low, high) = (ids.min() ?? 0, ids.max() ?? 0)
        // Session id − low → index in `sessions`.
        var slots = [Int32](repeating: -1, count: Int(high - low) + 1)
        for (index, id) in ids.enumerated() { slots[Int(id - low)] = Int32(index) }
        var values: [(session: Int, position: Int, value: HeaderValue)] = []
        var last = [Int](repeating: -1, count: sessions.count)
        var inOrder = true
        var fields: [String: FieldID] = [:]
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard id >= low, id <= high, slots[Int(id - low)] >= 0 else { continue }
            let index = Int(slots[Int(id - low)])
            let position: Int = row[1]
            let name: String = row[2]
            let field = fields[name] ?? FieldID(name)
            fields[name] = field
            values.append((index, position, HeaderValue(field: field, value: row[3])))
            if position < last[index] { inOrder = false }
            last[index] = position
        }
        if !inOrder { values.sort { ($0.session, $0.position) < ($1.session, $1.position) } }
        for entry in values { sessions[entry.session].header.append(entry.value) }
    }

    public func context() throws -> RatingContext {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM context WHERE id = 1") else { return RatingContext() }
            return RatingContext(
                session: (row["session_id"] as Int64?).map { SessionID($0) },
                rater: (row["rater"] as String?).map { RaterCode($0) },
                role: (row["role"] as String?).map { RoleID($0) })
        }
    }

    public func setContext(_ context: RatingContext) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO context (id, session_id, rater, role) VALUES (1, ?, ?, ?)",
                arguments: [context.session?.rawValue, context.rater?.rawValue, context.role?.rawValue])
        }
    }
}

extension BoundStatement {
    /// Binds a recording's four columns: path, size, fingerprint, duration in milliseconds.
    mutating func bind(_ video: VideoReference?) {
        bind(video?.path)
        bind(video?.size)
        bind(video?.fingerprint)
        bind(video?.duration.map { Int64($0.milliseconds) })
    }
}
