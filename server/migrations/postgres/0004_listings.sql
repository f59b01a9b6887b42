-- Public listings (jobs, learning resources) and the change cursor that
-- lets browsers fetch only what changed since their last sync.

-- One row: the newest change number. A write takes the next number while
-- holding this row, so numbers become visible in the order they were given.
CREATE TABLE change_cursor (
    id    BIGINT NOT NULL PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO change_cursor (id, value) VALUES (1, 0);

-- body: the listing's fields as JSON (see libranet_core::jobs::JobFields).
CREATE TABLE jobs (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version    BIGINT NOT NULL,
    owner_id   BIGINT NOT NULL REFERENCES users (id),
    is_open    BIGINT NOT NULL,
    body       TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX jobs_by_version ON jobs (version);

-- body: see libranet_core::learning::ResourceFields.
CREATE TABLE learning_resources (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version    BIGINT NOT NULL,
    owner_id   BIGINT NOT NULL REFERENCES users (id),
    is_open    BIGINT NOT NULL,
    body       TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX learning_resources_by_version ON learning_resources (version);
