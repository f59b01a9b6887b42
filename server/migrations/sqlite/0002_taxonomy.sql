-- The skills taxonomy (ESCO) as one versioned JSON document: the shipped
-- subset on first start, or a full import. Every instance serves the newest.
CREATE TABLE taxonomy (
    version     INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL,
    document    TEXT    NOT NULL,
    imported_at INTEGER NOT NULL
);
