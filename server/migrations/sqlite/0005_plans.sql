-- What a person keeps for themselves: profile details, goals and plan,
-- and the jobs they track. Bodies are JSON (see libranet_core::profile and
-- libranet_core::plan).

CREATE TABLE profile_details (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- revision counts saves, so a save from a stale copy is refused.
CREATE TABLE plans (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE tracked_jobs (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id     INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, job_id)
);
