import GRDB

/// The store's tables, as named migrations applied in order. A migration, once released,
/// never changes; a new need is a new migration.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions-ratings-evidence") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-current-score-flag") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-current-answers") { db in
            try db.execute(sql: "ALTER TABLE rating ADD COLUMN answers BLOB NOT NULL DEFAULT x''")
            try CurrentAnswers.refreshAll(db)
            // The packed answers serve the corpus scan the partial index served; one index
            // fewer to keep up on every score written.
            try db.execute(sql: "DROP INDEX score_revision_current")
        }
        migrator.registerMigration("v4-session-revisions") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5-evidence-revision-rater") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6-codes-ignoring-case") { db in
            try db.execute(sql: v6)
        }
        return migrator
    }

    static func appliedMigrations(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
    }

    /// Marks the latest revision of every (rating, item) as current, so that reading a corpus
    /// scans the revisions once instead of looking up a later one for each row. (The index
    /// is dropped again in v3, whose packed answers replace that scan.)
    private static let v2 = """
        ALTER TABLE score_revision ADD COLUMN current INTEGER NOT NULL DEFAULT 0;
        UPDATE score_revision SET current = 1 WHERE id IN (SELECT max(id) FROM score_revision GROUP BY rating_id, item);
        CREATE INDEX score_revision_current ON score_revision(rating_id) WHERE current = 1;
        """

    /// Sessions keep their history: an edit or a deletion first copies the session's day,
    /// recording and header values into a revision (with its header values in their own
    /// table, so that a withdrawal finds a code there as it does in `header_value`); a deleted
    /// session stays as a tombstone (`deleted_at`), with its ratings.
    private static let v4 = """
        ALTER TABLE session ADD COLUMN deleted_at TEXT;
        CREATE TABLE session_revision (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            change TEXT NOT NULL,
            date TEXT NOT NULL,
            video_path TEXT,
            video_size INTEGER,
            video_fingerprint TEXT,
            video_duration_ms INTEGER,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX session_revision_by_session ON session_revision(session_id, id);
        CREATE TABLE session_revision_header (
            revision_id INTEGER NOT NULL REFERENCES session_revision(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (revision_id, field)
        );
        CREATE INDEX session_revision_header_by_value ON session_revision_header(value);
        """

    /// Each evidence revision records the rater who made it. Evidence written before this
    /// migration by `note` or an import was written by the rater it belongs to; an earlier
    /// edit or deletion could have been anyone's, so its rater stays unknown (NULL).
    private static let v5 = """
        ALTER TABLE evidence_revision ADD COLUMN rater TEXT;
        UPDATE evidence_revision SET rater = (
            SELECT r.rater FROM evidence e JOIN rating r ON r.id = e.rating_id WHERE e.id = evidence_revision.evidence_id
        ) WHERE origin IN ('note', 'import');
        """

    /// Codes are compared ignoring case (a new code that differs only in case from a stored
    /// one is refused; a withdrawal finds a code in any case): indexes for those look-ups.
    private static let v6 = """
        CREATE INDEX rating_by_rater_nocase ON rating(rater COLLATE NOCASE);
        CREATE INDEX header_value_by_value_nocase ON header_value(value COLLATE NOCASE);
        CREATE INDEX session_revision_header_by_value_nocase ON session_revision_header(value COLLATE NOCASE);
        """

    private static let v1 = """
        CREATE TABLE instrument (
            hash TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            json BLOB NOT NULL
        );
        CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            instrument_hash TEXT NOT NULL REFERENCES instrument(hash),
            date TEXT NOT NULL,
            video_path TEXT,
            video_size INTEGER,
            video_fingerprint TEXT,
            video_duration_ms INTEGER,
            created_at TEXT NOT NULL
        );
        CREATE INDEX session_by_fingerprint ON session(video_fingerprint);
        CREATE INDEX session_by_date ON session(date);
        CREATE TABLE header_value (
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session_id, field)
        );
        CREATE INDEX header_value_by_value ON header_value(field, value);
        CREATE TABLE rating (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            rater TEXT NOT NULL,
            role TEXT NOT NULL,
            UNIQUE (session_id, rater, role)
        );
        CREATE INDEX rating_by_rater ON rating(rater);
        CREATE TABLE score_revision (
            id INTEGER PRIMARY KEY,
            rating_id INTEGER NOT NULL REFERENCES rating(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            citations TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX score_revision_by_item ON score_revision(rating_id, item, id);
        CREATE TABLE feedback_revision (
            id INTEGER PRIMARY KEY,
            rating_id INTEGER NOT NULL REFERENCES rating(id) ON DELETE CASCADE,
            strengths TEXT NOT NULL,
            work_points TEXT NOT NULL,
            origin TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX feedback_revision_by_rating ON feedback_revision(rating_id, id);
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            rating_id INTEGER NOT NULL REFERENCES rating(id) ON DELETE CASCADE
        );
        CREATE INDEX evidence_by_rating ON evidence(rating_id);
        CREATE TABLE evidence_revision (
            id INTEGER PRIMARY KEY,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER,
            item TEXT,
            indicator TEXT,
            valence TEXT NOT NULL,
            text TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX evidence_revision_by_evidence ON evidence_revision(evidence_id, id);
        CREATE TABLE imported_file (
            digest TEXT PRIMARY KEY,
            rating_id INTEGER NOT NULL REFERENCES rating(id) ON DELETE CASCADE,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE context (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            rater TEXT,
            role TEXT
        );
        """
}
