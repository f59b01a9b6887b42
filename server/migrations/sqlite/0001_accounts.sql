-- Accounts, roles, sessions, sign-in throttling, one-time codes, audit log.
-- Timestamps are Unix seconds (UTC).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    -- NULL until the person sets a password (desk enrollment).
    password_hash TEXT,
    display_name  TEXT,
    email         TEXT,
    language      TEXT    NOT NULL DEFAULT 'en',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Only a hash of the session token is stored: a copy of the database does
-- not let anyone sign in as someone else.
CREATE TABLE sessions (
    id_hash       TEXT    PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device        TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    idle_secs     INTEGER NOT NULL,
    absolute_secs INTEGER NOT NULL,
    warning_secs  INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Keyed by the username as typed (lower-cased), whether or not such an
-- account exists, so throttling reveals nothing about which accounts exist.
CREATE TABLE sign_in_failures (
    account_key     TEXT    PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL
);

-- At most one live code per person; issuing a new one replaces the old.
CREATE TABLE one_time_codes (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    purpose      TEXT    NOT NULL,
    code_hash    TEXT    NOT NULL,
    issued_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    failed_tries INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT    NOT NULL,
    subject_id INTEGER REFERENCES users (id) ON DELETE SET NULL
);
