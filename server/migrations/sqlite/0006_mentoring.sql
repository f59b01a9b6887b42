-- LibLine mentoring: mentor and mentee profiles, requests, mentorships
-- with their check-ins, notes and messages, cohorts, blocks and reports,
-- and the in-app notification inbox. Bodies are JSON (see
-- libranet_core::mentoring).

-- capacity and is_open are copied out of the body so an accept can check
-- and take a place in one statement; active counts ongoing mentorships.
-- expiries counts requests in a row the mentor let expire.
CREATE TABLE mentor_profiles (
    user_id       INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    capacity      INTEGER NOT NULL,
    is_open       INTEGER NOT NULL,
    active        INTEGER NOT NULL DEFAULT 0,
    expiries      INTEGER NOT NULL DEFAULT 0,
    paused_reason TEXT,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE mentee_profiles (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- mentee_body is what the mentee shared with this mentor when asking.
CREATE TABLE mentor_requests (
    id          INTEGER PRIMARY KEY,
    mentee_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentor_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status      TEXT    NOT NULL,
    message     TEXT    NOT NULL,
    question    TEXT,
    answer      TEXT,
    reason      TEXT,
    mentee_body TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
-- One open request per pair at a time.
CREATE UNIQUE INDEX mentor_requests_open ON mentor_requests (mentee_id, mentor_id)
    WHERE status IN ('pending', 'more_info');
CREATE INDEX mentor_requests_mentor ON mentor_requests (mentor_id, status);
CREATE INDEX mentor_requests_expiry ON mentor_requests (expires_at) WHERE status IN ('pending', 'more_info');

CREATE TABLE cohorts (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES users (id),
    published_at INTEGER,
    created_at   INTEGER NOT NULL
);

-- status: invited (the coordinator asked), applied (the person asked),
-- joined (both agree).
CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL,
    status    TEXT    NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);

CREATE TABLE mentorships (
    id         INTEGER PRIMARY KEY,
    mentor_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentee_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    cohort_id  INTEGER REFERENCES cohorts (id) ON DELETE SET NULL,
    goals      TEXT    NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    ended_by   INTEGER
);
CREATE INDEX mentorships_mentor ON mentorships (mentor_id);
CREATE INDEX mentorships_mentee ON mentorships (mentee_id);

CREATE TABLE mentorship_checkins (
    id            INTEGER PRIMARY KEY,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL,
    time          TEXT    NOT NULL,
    minutes       INTEGER NOT NULL,
    topic         TEXT    NOT NULL,
    starts_at     INTEGER NOT NULL,
    reminded      INTEGER NOT NULL DEFAULT 0,
    created_by    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL
);
CREATE INDEX mentorship_checkins_pair ON mentorship_checkins (mentorship_id, starts_at);

-- Each person's own notes on a mentorship; nobody else reads them.
CREATE TABLE mentorship_notes (
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (mentorship_id, user_id)
);

CREATE TABLE mentorship_messages (
    id            INTEGER PRIMARY KEY,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    sender_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX mentorship_messages_pair ON mentorship_messages (mentorship_id, id);

-- The newest message each person has read in each mentorship.
CREATE TABLE mentorship_reads (
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_read     INTEGER NOT NULL,
    PRIMARY KEY (mentorship_id, user_id)
);

CREATE TABLE mentorship_feedback (
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating        INTEGER NOT NULL,
    comment       TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (mentorship_id, user_id)
);

CREATE TABLE blocks (
    blocker_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    blocked_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

-- attached is the conversation, only when the reporter chose to attach it.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    reporter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    context     TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    attached    TEXT,
    status      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- kind names what happened; subject_id is the request, mentorship or
-- cohort it is about; detail is a short JSON object for the sentence.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    subject_id INTEGER,
    detail     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    read_at    INTEGER
);
CREATE INDEX notifications_inbox ON notifications (user_id, id);
