-- Library branches with their rooms and kiosks, managed at the desk.
CREATE TABLE branches (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    address    TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE rooms (
    id        INTEGER PRIMARY KEY,
    branch_id INTEGER NOT NULL REFERENCES branches (id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    capacity  INTEGER NOT NULL,
    UNIQUE (branch_id, name)
);

-- A public PC in kiosk mode: where it stands and how long it waits
-- before warning an idle person.
CREATE TABLE kiosks (
    id           INTEGER PRIMARY KEY,
    branch_id    INTEGER NOT NULL REFERENCES branches (id) ON DELETE CASCADE,
    label        TEXT    NOT NULL,
    idle_minutes INTEGER NOT NULL,
    UNIQUE (branch_id, label)
);

-- Appointment slots: one booking at a time. Booking is one conditional
-- update (patron_id IS NULL), so two people never get the same slot.
-- starts_at is unix seconds of day and start, read as UTC.
CREATE TABLE appointment_slots (
    id           INTEGER PRIMARY KEY,
    host_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    start        TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,
    starts_at    INTEGER NOT NULL,
    body         TEXT    NOT NULL,
    patron_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    patron_note  TEXT,
    booked_at    INTEGER,
    reminded     INTEGER NOT NULL DEFAULT 0,
    cancelled_at INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX appointment_slots_day ON appointment_slots (day);
CREATE INDEX appointment_slots_host ON appointment_slots (host_id);
CREATE INDEX appointment_slots_patron ON appointment_slots (patron_id);

-- A patron's consent, given in person at the desk, to a staff member
-- editing their profile for them, until expires_at or until withdrawn.
CREATE TABLE desk_consents (
    id         INTEGER PRIMARY KEY,
    patron_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    staff_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    granted_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    ended_at   INTEGER,
    edits      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX desk_consents_patron ON desk_consents (patron_id);
