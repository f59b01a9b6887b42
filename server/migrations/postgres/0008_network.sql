-- The professional community: endorsements, recommendations, peer groups
-- with threads, posts and meet-ups, the teaching resources exchange, and
-- moderation. `hidden` is set by staff; hidden rows are left out of every
-- list and page except the staff's report view.

-- One endorsement per skill per person; removing it deletes the row.
CREATE TABLE endorsements (
    subject_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skill_id    TEXT    NOT NULL,
    endorser_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (subject_id, skill_id, endorser_id)
);

-- status: pending until the recipient approves or declines.
CREATE TABLE recommendations (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    hidden      BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX recommendations_subject ON recommendations (subject_id, status);
-- One waiting recommendation per author and recipient.
CREATE UNIQUE INDEX recommendations_pending ON recommendations (author_id, subject_id)
    WHERE status = 'pending';

-- body is libranet_core::network::GroupFields as JSON.
CREATE TABLE peer_groups (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body       TEXT    NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

-- status: pending, member or organiser.
CREATE TABLE group_members (
    group_id  BIGINT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status    TEXT    NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);

-- The opening post is the thread's first post; hiding it hides the thread.
CREATE TABLE threads (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id     BIGINT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    author_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    hidden       BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL
);
CREATE INDEX threads_group ON threads (group_id, last_post_at);

CREATE TABLE posts (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id  BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    hidden     BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX posts_thread ON posts (thread_id, id);

CREATE TABLE thread_follows (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (thread_id, user_id)
);

-- body is libranet_core::network::MeetupFields as JSON.
CREATE TABLE meetups (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id   BIGINT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

-- body is libranet_core::teaching::TeachingFields as JSON; the file, when
-- there is one, sits in teaching_files so lists never read it.
CREATE TABLE teaching (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    original_id BIGINT REFERENCES teaching (id) ON DELETE SET NULL,
    body        TEXT    NOT NULL,
    file_name   TEXT,
    file_mime   TEXT,
    file_size   BIGINT,
    hidden      BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);
CREATE INDEX teaching_original ON teaching (original_id);

CREATE TABLE teaching_files (
    teaching_id BIGINT NOT NULL PRIMARY KEY REFERENCES teaching (id) ON DELETE CASCADE,
    bytes       BYTEA   NOT NULL
);

CREATE TABLE teaching_ratings (
    teaching_id BIGINT NOT NULL REFERENCES teaching (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stars       BIGINT NOT NULL,
    PRIMARY KEY (teaching_id, user_id)
);

CREATE TABLE teaching_comments (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    teaching_id BIGINT NOT NULL REFERENCES teaching (id) ON DELETE CASCADE,
    author_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body        TEXT    NOT NULL,
    hidden      BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL
);
CREATE INDEX teaching_comments_of ON teaching_comments (teaching_id, id);

ALTER TABLE needs ADD COLUMN hidden BIGINT NOT NULL DEFAULT 0;
-- What was reported, as it read then (kept if its author deletes it).
ALTER TABLE reports ADD COLUMN excerpt TEXT;
-- One open report per person and item.
CREATE UNIQUE INDEX reports_open_once ON reports (reporter_id, context) WHERE status = 'open';
-- A hidden profile leaves the directory, mentor lists and its page.
ALTER TABLE users ADD COLUMN profile_hidden BIGINT NOT NULL DEFAULT 0;
-- Until then the person cannot sign in.
ALTER TABLE users ADD COLUMN suspended_until BIGINT;

-- target is `kind:id` (see libranet_core::moderation), NULL for an action
-- on the person alone.
CREATE TABLE moderation_log (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         BIGINT NOT NULL,
    staff_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action     TEXT    NOT NULL,
    target     TEXT,
    subject_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    report_id  BIGINT REFERENCES reports (id) ON DELETE SET NULL,
    note       TEXT    NOT NULL
);
