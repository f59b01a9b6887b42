-- Accounts, roles, sessions, sign-in throttling, one-time codes, audit log.
-- Timestamps are Unix seconds (UTC).

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    -- NULL until the person sets a password (desk enrollment).
    password_hash TEXT,
    display_name  TEXT,
    email         TEXT,
    language      TEXT    NOT NULL DEFAULT 'en',
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Only a hash of the session token is stored: a copy of the database does
-- not let anyone sign in as someone else.
CREATE TABLE sessions (
    id_hash       TEXT    PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device        TEXT    NOT NULL,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    idle_secs     BIGINT NOT NULL,
    absolute_secs BIGINT NOT NULL,
    warning_secs  BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Keyed by the username as typed (lower-cased), whether or not such an
-- account exists, so throttling reveals nothing about which accounts exist.
CREATE TABLE sign_in_failures (
    account_key     TEXT    PRIMARY KEY,
    failures        BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL,
    locked_until    BIGINT NOT NULL
);

-- At most one live code per person; issuing a new one replaces the old.
CREATE TABLE one_time_codes (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    purpose      TEXT    NOT NULL,
    code_hash    TEXT    NOT NULL,
    issued_by    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    failed_tries BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         BIGINT NOT NULL,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT    NOT NULL,
    subject_id BIGINT REFERENCES users (id) ON DELETE SET NULL
);
