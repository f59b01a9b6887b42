//! The SQL both backends run, written once.
//!
//! This module is compiled once per backend: `sqlite.rs` and `postgres.rs`
//! each include it with their own `Db` (the `sqlx` driver) and `BACKEND`
//! name, so every store trait is implemented for [`SqlStore<Db>`] from the
//! same source. The queries use only what SQLite and PostgreSQL share, so
//! the same text serves both. Plain Rust, so rustfmt and the compiler see
//! every line.

use super::{BACKEND, Db};
use crate::store::SqlStore;

/// Failed sign-ins older than this no longer count.
pub(super) const FAILURE_WINDOW_SECS: i64 = 60 * 60;
/// Sign-in attempts allowed within the window before the account locks.
pub(super) const FREE_ATTEMPTS: i64 = 5;
/// Client budgets older than this are purged (longer than any sensible
/// budget window, so purging never resets a live one).
pub(super) const CLIENT_WINDOW_KEPT_SECS: i64 = 24 * 60 * 60;

#[path = "sql/accounts.rs"]
mod accounts;
#[path = "sql/community.rs"]
mod community;
#[path = "sql/desk.rs"]
mod desk;
#[path = "sql/events.rs"]
mod events;
#[path = "sql/library_time.rs"]
mod library_time;
#[path = "sql/listings.rs"]
mod listings;
#[path = "sql/mentoring.rs"]
mod mentoring;
#[path = "sql/moderation.rs"]
mod moderation;
#[path = "sql/network.rs"]
mod network;
#[path = "sql/plans.rs"]
mod plans;
#[path = "sql/profile.rs"]
mod profile;
#[path = "sql/sessions.rs"]
mod sessions;
#[path = "sql/taxonomy.rs"]
mod taxonomy;
#[path = "sql/teaching.rs"]
mod teaching;
