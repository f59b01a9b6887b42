-- What a person keeps for themselves: profile details, goals and plan,
-- and the jobs they track. Bodies are JSON (see libranet_core::profile and
-- libranet_core::plan).

CREATE TABLE profile_details (
    user_id    BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    updated_at BIGINT NOT NULL
);

-- revision counts saves, so a save from a stale copy is refused.
CREATE TABLE plans (
    user_id    BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    revision   BIGINT NOT NULL,
    body       TEXT    NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE tracked_jobs (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id     BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, job_id)
);
