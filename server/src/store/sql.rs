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
use crate::store::columns::Text;
use crate::store::mentoring::MessageRow;
use libranet_core::word::Word;

/// Failed sign-ins older than this no longer count.
pub(super) const FAILURE_WINDOW_SECS: i64 = 60 * 60;
/// Sign-in attempts allowed within the window before the account locks.
pub(super) const FREE_ATTEMPTS: i64 = 5;
/// Client budgets older than this are purged (longer than any sensible
/// budget window, so purging never resets a live one).
pub(super) const CLIENT_WINDOW_KEPT_SECS: i64 = 24 * 60 * 60;

impl SqlStore<Db> {
    /// Answers a request in `table` (a fixed name, never input) that is
    /// still pending; `false` if it was answered already.
    async fn answer_pending<T: Word + Send>(
        &self,
        table: &str,
        id: i64,
        status: T,
        now: i64,
    ) -> StoreResult<bool> {
        let sql = sqlx::AssertSqlSafe(format!(
            "UPDATE {table} SET status = $1, answered_at = $2 WHERE id = $3 AND status = 'pending'"
        ));
        Ok(sqlx::query::<Db>(sql)
            .bind(Text(status))
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            == 1)
    }

    /// One person's JSON body in `table`, a table of one body per person
    /// (a fixed name, never input).
    async fn body_of(&self, table: &str, user_id: i64) -> StoreResult<Option<String>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT body FROM {table} WHERE user_id = $1"));
        Ok(sqlx::query_scalar::<Db, String>(sql)
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Saves one person's JSON body in such a table, replacing the old one.
    async fn save_body(&self, table: &str, user_id: i64, body: &str, now: i64) -> StoreResult<()> {
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} (user_id, body, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"
        ));
        sqlx::query::<Db>(sql)
            .bind(user_id)
            .bind(body)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

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
