-- A personal calendar feed: a calendar app subscribes to a secret address.
-- Only a hash of its token is kept; making a new one retires the old.
CREATE TABLE calendar_feeds (
    user_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL
);
