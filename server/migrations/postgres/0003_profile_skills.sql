-- The skills on a person's profile: ESCO skill ids with a level.
CREATE TABLE profile_skills (
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skill_id TEXT    NOT NULL,
    level    TEXT    NOT NULL,
    position BIGINT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, skill_id)
);
