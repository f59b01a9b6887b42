-- Library time: every scheduled thing keeps its wall-clock date and time
-- (as typed), its IANA zone, and the UTC instant (unix seconds) that every
-- comparison, sort and reminder uses.
--
-- The new zone columns start empty; on start the server fills every empty
-- one by reading the stored wall-clock text in the migration zone
-- (LIBRANET_MIGRATION_TIME_ZONE, by default LIBRANET_TIME_ZONE) and
-- recomputes the instants, so nothing stored is lost or read as UTC.

-- A branch's own zone; empty means the library's (LIBRANET_TIME_ZONE).
ALTER TABLE branches ADD COLUMN time_zone TEXT;

ALTER TABLE events ADD COLUMN time_zone TEXT;
ALTER TABLE events ADD COLUMN starts_at BIGINT;
ALTER TABLE events ADD COLUMN ends_at BIGINT;
CREATE INDEX events_ends_at ON events (ends_at);

-- starts_at was the day and time read as UTC; it is recomputed.
ALTER TABLE appointment_slots ADD COLUMN time_zone TEXT;
CREATE INDEX appointment_slots_starts_at ON appointment_slots (starts_at);

ALTER TABLE mentorship_checkins ADD COLUMN time_zone TEXT;
