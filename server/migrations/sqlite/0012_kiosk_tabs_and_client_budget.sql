-- Kiosk sessions end with their last open page, and sign-in attempts are
-- budgeted per client address across every server instance.

-- Until when a kiosk session lives without hearing from an open page;
-- NULL for personal sessions, which are not tied to open pages.
ALTER TABLE sessions ADD COLUMN alive_until INTEGER;
-- SHA-256 of the key the kiosk tab keeps in sessionStorage; NULL for
-- personal sessions.
ALTER TABLE sessions ADD COLUMN tab_key_hash TEXT;

-- Failed sign-in, sign-up and code attempts per client in a fixed window.
-- The key is a hash of the client's address (an IPv6 client by its /64).
CREATE TABLE client_attempts (
    client_key   TEXT    PRIMARY KEY,
    window_start INTEGER NOT NULL,
    attempts     INTEGER NOT NULL
);
