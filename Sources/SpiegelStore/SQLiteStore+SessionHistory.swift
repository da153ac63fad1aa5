import GRDB
import SpiegelCore

extension SQLiteStore {
    /// The session with this uuid, ignoring case (a uuid is the same id in capitals), deleted
    /// or not. Uuids are stored in small letters; one stored in capitals by an earlier version
    /// is found too, through the uuid index.
    public func session(uuid: String) throws -> (session: Session, deleted: Bool)? {
        try pool.read { db in try session(uuid: uuid, db) }
    }

    func session(uuid: String, _ db: Database) throws -> (session: Session, deleted: Bool)? {
        let spellings: StatementArguments = [uuid.lowercased(), uuid.uppercased(), uuid]
        guard let session = try fetchSessions(db, where: "s.uuid IN (?, ?, ?)", arguments: spellings, includingDeleted: true).first
        else { return nil }
        return (session, try isDeleted(session.id, db))
    }

    private func isDeleted(_ id: SessionID, _ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT deleted_at FROM session WHERE id = ?", arguments: [id.rawValue]) != nil
    }

    public func updateSession(_ id: SessionID, date: String, video: VideoReference?, header: [HeaderValue]) throws -> Session {
        try pool.write { db in
            let old = try existing(id, db)
            try keepRevision(of: old, change: .edit, db)
            try BoundStatement.execute(
                """
                UPDATE session SET date = ?, video_path = ?, video_size = ?, video_fingerprint = ?, video_duration_ms = ? WHERE id = ?
                """, in: db
            ) {
                $0.bind(date)
                $0.bind(video)
                $0.bind(id.rawValue)
            }
            try db.execute(sql: "DELETE FROM header_value WHERE session_id = ?", arguments: [id.rawValue])
            if let instrument = try instrument(old.instrument.hash, db) { try checkCase(ofCodesIn: header, of: instrument, db) }
            try insertHeader(header, into: "header_value", owner: id.rawValue, db)
            return try existing(id, db)
        }
    }

    public func deleteSession(_ id: SessionID) throws {
        try pool.write { db in
            try keepRevision(of: try existing(id, db), change: .delete, db)
            try db.execute(sql: "UPDATE session SET deleted_at = ? WHERE id = ?", arguments: [Self.now(), id.rawValue])
            try db.execute(sql: "UPDATE context SET session_id = NULL WHERE session_id = ?", arguments: [id.rawValue])
        }
    }

    public func sessionHistory(_ id: SessionID) throws -> (revisions: [SessionRevision], deletedAt: String?)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT deleted_at FROM session WHERE id = ?", arguments: [id.rawValue]) else {
                return nil
            }
            let revisions = try Row.fetchAll(
                db, sql: "SELECT * FROM session_revision WHERE session_id = ? ORDER BY id", arguments: [id.rawValue]
            ).map { try revision($0, db) }
            return (revisions, row[0])
        }
    }

    /// A session that exists and is not deleted, else an error naming it.
    private func existing(_ id: SessionID, _ db: Database) throws -> Session {
        guard let session = try session(id, db) else {
            throw StoreError("there is no session \(id); 'spiegel session list' shows the sessions")
        }
        return session
    }

    /// Copies a session's day, recording and header values into its history.
    private func keepRevision(of session: Session, change: SessionRevision.Change, _ db: Database) throws {
        try BoundStatement.execute(
            """
            INSERT INTO session_revision (session_id, change, date, video_path, video_size, video_fingerprint, video_duration_ms, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db
        ) {
            $0.bind(session.id.rawValue)
            $0.bind(change.rawValue)
            $0.bind(session.date)
            $0.bind(session.video)
            $0.bind(Self.now())
        }
        try insertHeader(session.header, into: "session_revision_header", owner: db.lastInsertedRowID, db)
    }

    private func revision(_ row: Row, _ db: Database) throws -> SessionRevision {
        let header = try Row.fetchAll(
            db, sql: "SELECT field, value FROM session_revision_header WHERE revision_id = ? ORDER BY position",
            arguments: [row["id"] as Int64]
        ).map { HeaderValue(field: FieldID($0[0] as String), value: $0[1]) }
        let video = (row["video_path"] as String?).map { path in
            VideoReference(
                path: path, size: row["video_size"] ?? 0, fingerprint: row["video_fingerprint"] ?? "",
                duration: (row["video_duration_ms"] as Int?).map(VideoTime.init(milliseconds:)))
        }
        return SessionRevision(
            change: SessionRevision.Change(rawValue: row["change"]) ?? .edit, recordedAt: row["recorded_at"], date: row["date"],
            video: video, header: header)
    }
}

extension SQLiteStore {
    /// The recorded video paths that could name the file `name` of `size` bytes (nil: no file
    /// there yet), deleted sessions included (their recordings are still someone's data): those
    /// whose last path component is `name`, and those recorded with that size (a hard link under
    /// another name). The caller compares the few candidates with the file system, instead of
    /// every session's path: on a 10,000-session store that was half of an HTML report's work.
    public func recordingPaths(named name: String, size: Int64?) throws -> [(session: SessionID, path: String)] {
        let sql = """
            SELECT id, video_path FROM session WHERE video_path IS NOT NULL
              AND (video_size = ?2 OR video_path = ?1 OR substr(video_path, -length(?1) - 1) = '/' || ?1)
            ORDER BY id
            """
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: [name, size ?? -1]).map { (SessionID($0[0] as Int64), $0[1] as String) }
        }
    }
}
