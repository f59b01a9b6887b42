-- The library workers' skills database, community partners and their
-- needs, and connections between people. Bodies are JSON (see
-- libranet_core::expertise).

-- visibility is copied out of the body so the directory can filter on it.
CREATE TABLE expertise (
    user_id    BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    visibility TEXT    NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A partner's needs go live once staff verify the organisation.
CREATE TABLE partner_orgs (
    user_id     BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    verified_at BIGINT,
    verified_by BIGINT REFERENCES users (id),
    updated_at  BIGINT NOT NULL
);

-- status: open, paused (requests went unanswered) or closed; a need of an
-- unverified partner is stored open and shown once the partner is verified.
CREATE TABLE needs (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX needs_owner ON needs (owner_id);

-- reminded: 0, then 1 once the receiver was reminded to answer.
CREATE TABLE connections (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    to_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    need_id     BIGINT REFERENCES needs (id) ON DELETE CASCADE,
    message     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    reminded    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    answered_at BIGINT
);
-- One waiting request per pair and need.
CREATE UNIQUE INDEX connections_pending ON connections (from_id, to_id, COALESCE(need_id, 0))
    WHERE status = 'pending';
CREATE INDEX connections_to ON connections (to_id, status);

CREATE TABLE connection_messages (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    connection_id BIGINT NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    sender_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX connection_messages_thread ON connection_messages (connection_id, id);

-- A pair has at most one ongoing mentorship (a second request or a cohort
-- cannot take a second place for the same two people).
CREATE UNIQUE INDEX mentorships_ongoing ON mentorships (mentor_id, mentee_id) WHERE ended_at IS NULL;
