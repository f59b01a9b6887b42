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
use crate::store::StoreResult;
use crate::store::mentoring::MessageRow;

/// Failed sign-ins older than this no longer count.
pub(super) const FAILURE_WINDOW_SECS: i64 = 60 * 60;
/// Sign-in attempts allowed within the window before the account locks.
pub(super) const FREE_ATTEMPTS: i64 = 5;
/// Client budgets older than this are purged (longer than any sensible
/// budget window, so purging never resets a live one).
pub(super) const CLIENT_WINDOW_KEPT_SECS: i64 = 24 * 60 * 60;

impl SqlStore<Db> {
    /// One conversation's messages, oldest first: `table` keeps them under
    /// `key` (both fixed names, never input).
    async fn conversation(&self, table: &str, key: &str, id: i64) -> StoreResult<Vec<MessageRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT id, sender_id, body, created_at FROM {table} WHERE {key} = $1 ORDER BY id"
        ));
        Ok(sqlx::query_as::<Db, MessageRow>(sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?)
    }
}

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
