//! Libranet's API tests: the real server on a fresh database, SQLite and
//! PostgreSQL, driven over HTTP like a browser would. One test binary (one
//! link), one module per area; shared set-ups live in [`support`].
//!
//! Each test named `area::what_happens::on_sqlite` has an `on_postgres`
//! twin that runs when `LIBRANET_TEST_POSTGRES_URL` is set (see
//! `scripts/test-postgres.sh`).

#[macro_use]
mod support;

mod appointments;
mod architecture;
mod auth;
mod cohorts;
mod community;
mod desk;
mod endorsements;
mod events;
mod groups;
mod insight;
mod library_time;
mod listings;
mod mentoring;
mod mentorships;
mod moderation;
mod names;
mod plan;
mod profile;
mod security;
mod sessions;
mod taxonomy;
mod teaching;
mod throttle;
