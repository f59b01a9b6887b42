-- The library workers' skills database, community partners and their
-- needs, and connections between people. Bodies are JSON (see
-- libranet_core::expertise).

-- visibility is copied out of the body so the directory can filter on it.
CREATE TABLE expertise (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    visibility TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- A partner's needs go live once staff verify the organisation.
CREATE TABLE partner_orgs (
    user_id     INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    verified_at INTEGER,
    verified_by INTEGER REFERENCES users (id),
    updated_at  INTEGER NOT NULL
);

-- status: open, paused (requests went unanswered) or closed; a need of an
-- unverified partner is stored open and shown once the partner is verified.
CREATE TABLE needs (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX needs_owner ON needs (owner_id);

-- reminded: 0, then 1 once the receiver was reminded to answer.
CREATE TABLE connections (
    id          INTEGER PRIMARY KEY,
    from_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    to_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    need_id     INTEGER REFERENCES needs (id) ON DELETE CASCADE,
    message     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    reminded    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    answered_at INTEGER
);
-- One waiting request per pair and need.
CREATE UNIQUE INDEX connections_pending ON connections (from_id, to_id, COALESCE(need_id, 0))
    WHERE status = 'pending';
CREATE INDEX connections_to ON connections (to_id, status);

CREATE TABLE connection_messages (
    id            INTEGER PRIMARY KEY,
    connection_id INTEGER NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    sender_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX connection_messages_thread ON connection_messages (connection_id, id);

-- A pair has at most one ongoing mentorship (a second request or a cohort
-- cannot take a second place for the same two people).
CREATE UNIQUE INDEX mentorships_ongoing ON mentorships (mentor_id, mentee_id) WHERE ended_at IS NULL;
