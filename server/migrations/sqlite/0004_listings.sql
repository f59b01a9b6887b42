-- Public listings (jobs, learning resources) and the change cursor that
-- lets browsers fetch only what changed since their last sync.

-- One row: the newest change number. A write takes the next number while
-- holding this row, so numbers become visible in the order they were given.
CREATE TABLE change_cursor (
    id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO change_cursor (id, value) VALUES (1, 0);

-- body: the listing's fields as JSON (see libranet_core::jobs::JobFields).
CREATE TABLE jobs (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL,
    owner_id   INTEGER NOT NULL REFERENCES users (id),
    is_open    INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_by_version ON jobs (version);

-- body: see libranet_core::learning::ResourceFields.
CREATE TABLE learning_resources (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL,
    owner_id   INTEGER NOT NULL REFERENCES users (id),
    is_open    INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX learning_resources_by_version ON learning_resources (version);
