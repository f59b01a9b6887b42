//! Sessions and staff-issued one-time codes.

use crate::store::CodeRecord;
use crate::store::NewCode;
use crate::store::NewSession;
use crate::store::SessionRecord;
use crate::store::SessionStore;
use crate::store::StoreError;
use crate::store::StoreResult;
use crate::store::columns::Text;
use libranet_core::session_policy::DeviceKind;
use libranet_core::session_policy::IDLE_GRACE_SECS;
use libranet_core::session_policy::SessionPolicy;

use super::{Db, SqlStore};

/// A `sessions` row, before its device name and seconds are read.
#[derive(sqlx::FromRow)]
struct SessionRow {
    user_id: i64,
    #[sqlx(try_from = "Text<DeviceKind>")]
    device: DeviceKind,
    created_at: i64,
    last_seen_at: i64,
    idle_secs: i64,
    absolute_secs: i64,
    warning_secs: i64,
    alive_until: Option<i64>,
    tab_key_hash: Option<String>,
}

#[async_trait::async_trait]
impl SessionStore for SqlStore<Db> {
    async fn create_session(&self, new: NewSession<'_>) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO sessions (id_hash, user_id, device, created_at, last_seen_at, idle_secs, absolute_secs, \
               warning_secs, alive_until, tab_key_hash) \
             VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9)",
        )
        .bind(new.id_hash)
        .bind(new.user_id)
        .bind(Text(new.device))
        .bind(new.now)
        .bind(i64::from(new.policy.idle_secs))
        .bind(i64::from(new.policy.absolute_secs))
        .bind(i64::from(new.policy.warning_secs))
        .bind(new.alive_until)
        .bind(new.tab_key_hash)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn find_session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
        let row = sqlx::query_as::<Db, SessionRow>(
            "SELECT user_id, device, created_at, last_seen_at, idle_secs, absolute_secs, warning_secs, \
               alive_until, tab_key_hash \
             FROM sessions WHERE id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| SessionRecord {
            user_id: row.user_id,
            device: row.device,
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
            policy: SessionPolicy {
                idle_secs: crate::store::seconds(row.idle_secs),
                absolute_secs: crate::store::seconds(row.absolute_secs),
                warning_secs: crate::store::seconds(row.warning_secs),
            },
            alive_until: row.alive_until,
            tab_key_hash: row.tab_key_hash,
        }))
    }

    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2 AND last_seen_at < $1",
        )
        .bind(now)
        .bind(id_hash)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn keep_session_alive(&self, id_hash: &str, until: i64) -> StoreResult<bool> {
        let done = sqlx::query::<Db>(
            "UPDATE sessions SET alive_until = $2 \
             WHERE id_hash = $1 AND alive_until IS NOT NULL AND alive_until < $2",
        )
        .bind(id_hash)
        .bind(until)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        // Already alive at least that long (two tabs in the same second).
        let still = sqlx::query_as::<Db, (i64,)>(
            "SELECT 1 FROM sessions WHERE id_hash = $1 AND alive_until IS NOT NULL",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(still.is_some())
    }

    async fn end_session_soon(&self, id_hash: &str, until: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE sessions SET alive_until = $2 \
             WHERE id_hash = $1 AND alive_until IS NOT NULL AND alive_until > $2",
        )
        .bind(id_hash)
        .bind(until)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn delete_session(&self, id_hash: &str) -> StoreResult<()> {
        sqlx::query::<Db>("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_user_sessions(&self, user_id: i64) -> StoreResult<u64> {
        let done = sqlx::query::<Db>("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn purge_expired(&self, now: i64) -> StoreResult<u64> {
        let sessions = sqlx::query::<Db>(
            "DELETE FROM sessions WHERE created_at + absolute_secs <= $1 \
             OR last_seen_at + idle_secs + $2 <= $1 OR alive_until < $1",
        )
        .bind(now)
        .bind(IDLE_GRACE_SECS)
        .execute(&self.pool)
        .await?;
        let codes = sqlx::query::<Db>("DELETE FROM one_time_codes WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        let stale = sqlx::query::<Db>(
            "DELETE FROM sign_in_failures WHERE last_failure_at < $1 AND locked_until < $2",
        )
        .bind(now - super::FAILURE_WINDOW_SECS)
        .bind(now)
        .execute(&self.pool)
        .await?;
        let budgets = sqlx::query::<Db>("DELETE FROM client_attempts WHERE window_start < $1")
            .bind(now - super::CLIENT_WINDOW_KEPT_SECS)
            .execute(&self.pool)
            .await?;
        Ok(sessions.rows_affected()
            + codes.rows_affected()
            + stale.rows_affected()
            + budgets.rows_affected())
    }

    async fn replace_code(&self, new: NewCode<'_>) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO one_time_codes (user_id, purpose, code_hash, issued_by, created_at, expires_at, failed_tries) \
             VALUES ($1, $2, $3, $4, $5, $6, 0) \
             ON CONFLICT (user_id) DO UPDATE SET purpose = $2, code_hash = $3, issued_by = $4, \
               created_at = $5, expires_at = $6, failed_tries = 0",
        )
        .bind(new.user_id)
        .bind(Text(new.purpose))
        .bind(new.code_hash)
        .bind(new.issued_by)
        .bind(new.now)
        .bind(new.expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn find_code(&self, user_id: i64) -> StoreResult<Option<CodeRecord>> {
        Ok(sqlx::query_as::<Db, CodeRecord>(
            "SELECT id, code_hash, expires_at, failed_tries FROM one_time_codes WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn reserve_code_try(&self, code: &CodeRecord, max_tries: i64) -> StoreResult<bool> {
        let done = sqlx::query::<Db>(
            "UPDATE one_time_codes SET failed_tries = failed_tries + 1 \
             WHERE id = $1 AND code_hash = $2 AND failed_tries < $3",
        )
        .bind(code.id)
        .bind(&code.code_hash)
        .bind(max_tries)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn complete_code(
        &self,
        user_id: i64,
        code: &CodeRecord,
        password_hash: &str,
        throttle_key: &str,
        now: i64,
    ) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        // Deleting the code first makes a second, concurrent use of
        // the same code find nothing to delete and fail.
        let used = sqlx::query::<Db>("DELETE FROM one_time_codes WHERE id = $1 AND code_hash = $2")
            .bind(code.id)
            .bind(&code.code_hash)
            .execute(&mut *tx)
            .await?;
        if used.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        sqlx::query::<Db>("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query::<Db>("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query::<Db>("DELETE FROM sign_in_failures WHERE account_key = $1")
            .bind(throttle_key)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
