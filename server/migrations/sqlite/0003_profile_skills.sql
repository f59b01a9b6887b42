-- The skills on a person's profile: ESCO skill ids with a level.
CREATE TABLE profile_skills (
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skill_id TEXT    NOT NULL,
    level    TEXT    NOT NULL,
    position INTEGER NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, skill_id)
);
