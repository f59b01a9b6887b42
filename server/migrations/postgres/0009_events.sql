-- Events: one row per date of a series (series_id is the first date's id);
-- body is libranet_core::events::EventFields as JSON. `going` counts the
-- seats taken; every change to the seats first updates the event row, so
-- changes to one event happen one at a time on both backends.
CREATE TABLE events (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id    BIGINT,
    owner_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body         TEXT    NOT NULL,
    day          TEXT    NOT NULL,
    capacity     BIGINT NOT NULL,
    going        BIGINT NOT NULL DEFAULT 0,
    version      BIGINT NOT NULL DEFAULT 0,
    cancelled_at BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX events_day ON events (day);

-- status: going or waiting; seq is the order people signed up in, which
-- is the waitlist's order.
CREATE TABLE rsvps (
    event_id   BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL,
    seq        BIGINT NOT NULL,
    -- Set by the organiser or staff when taking attendance.
    attended   BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX rsvps_user ON rsvps (user_id);
