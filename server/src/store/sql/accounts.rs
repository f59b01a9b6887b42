//! Accounts, roles, the sign-in throttle and the audit log.

use crate::store::AccountChanges;
use crate::store::AccountStore;
use crate::store::AuditEntry;
use crate::store::Budget;
use crate::store::NewUser;
use crate::store::StoreError;
use crate::store::StoreResult;
use crate::store::UserRecord;
use crate::store::columns::Text;
use libranet_core::Lang;
use libranet_core::account::Role;

use super::{Db, SqlStore};

/// A `users` row, before its roles are read.
#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    username: String,
    password_hash: Option<String>,
    display_name: Option<String>,
    email: Option<String>,
    #[sqlx(try_from = "Text<Lang>")]
    language: Lang,
    created_at: i64,
}

/// The columns of [`UserRow`], by name.
const USER_SELECT: &str =
    "SELECT id, username, password_hash, display_name, email, language, created_at FROM users";

impl SqlStore<Db> {
    /// The person's roles, in the order of their words.
    pub(super) async fn roles_of(&self, user_id: i64) -> StoreResult<Vec<Role>> {
        Ok(sqlx::query_scalar::<Db, Text<Role>>(
            "SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|Text(role)| role)
        .collect())
    }

    async fn user_from_row(&self, row: UserRow) -> StoreResult<UserRecord> {
        let mut roles = self.roles_of(row.id).await?;
        roles.sort();
        Ok(UserRecord {
            id: row.id,
            username: row.username,
            password_hash: row.password_hash,
            display_name: row.display_name,
            email: row.email,
            language: row.language,
            roles,
            created_at: row.created_at,
        })
    }

    async fn user_from_option(&self, row: Option<UserRow>) -> StoreResult<Option<UserRecord>> {
        match row {
            Some(row) => Ok(Some(self.user_from_row(row).await?)),
            None => Ok(None),
        }
    }
}

#[async_trait::async_trait]
impl AccountStore for SqlStore<Db> {
    fn backend(&self) -> &'static str {
        super::BACKEND
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query::<Db>("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn count_users(&self) -> StoreResult<i64> {
        let (n,): (i64,) = sqlx::query_as::<Db, (i64,)>("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    async fn create_user(&self, new: NewUser<'_>) -> StoreResult<UserRecord> {
        let mut tx = self.pool.begin().await?;
        let (id,): (i64,) = sqlx::query_as::<Db, (i64,)>(
            "INSERT INTO users (username, password_hash, display_name, email, language, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(new.username)
        .bind(new.password_hash)
        .bind(new.display_name)
        .bind(new.email)
        .bind(Text(new.language))
        .bind(new.now)
        .fetch_one(&mut *tx)
        .await?;
        for role in new.roles {
            sqlx::query::<Db>(
                "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(Text(*role))
            .bind(new.now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.find_user(id)
            .await?
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))
    }

    async fn find_user(&self, id: i64) -> StoreResult<Option<UserRecord>> {
        let sql = sqlx::AssertSqlSafe(format!("{USER_SELECT} WHERE id = $1"));
        let row = sqlx::query_as::<Db, UserRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        self.user_from_option(row).await
    }

    async fn find_user_by_username(&self, username: &str) -> StoreResult<Option<UserRecord>> {
        let sql = sqlx::AssertSqlSafe(format!("{USER_SELECT} WHERE username = $1"));
        let row = sqlx::query_as::<Db, UserRow>(sql)
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        self.user_from_option(row).await
    }

    async fn update_account(
        &self,
        id: i64,
        changes: AccountChanges,
        now: i64,
    ) -> StoreResult<UserRecord> {
        let current = self
            .find_user(id)
            .await?
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))?;
        let display_name = changes.display_name.unwrap_or(current.display_name);
        let email = changes.email.unwrap_or(current.email);
        let language = changes.language.unwrap_or(current.language);
        sqlx::query::<Db>(
            "UPDATE users SET display_name = $1, email = $2, language = $3, updated_at = $4 WHERE id = $5",
        )
        .bind(display_name)
        .bind(email)
        .bind(Text(language))
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        self.find_user(id)
            .await?
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))
    }

    async fn set_password_hash(&self, id: i64, hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn reserve_sign_in_attempt(&self, key: &str, now: i64) -> StoreResult<Option<i64>> {
        sqlx::query::<Db>(
            "INSERT INTO sign_in_failures (account_key, failures, last_failure_at, locked_until) \
             VALUES ($1, 0, $2, 0) ON CONFLICT (account_key) DO NOTHING",
        )
        .bind(key)
        .bind(now)
        .execute(&self.pool)
        .await?;
        // One statement: count the attempt unless locked, and lock as
        // soon as the count reaches the limit. The lock doubles with
        // each further attempt: 30 s, 1, 2, 4, 8, then 15 minutes.
        let reserved = sqlx::query_as::<Db, (i64,)>(
            "UPDATE sign_in_failures SET \
               failures = CASE WHEN last_failure_at < $3 THEN 1 ELSE failures + 1 END, \
               last_failure_at = $2, \
               locked_until = CASE (CASE WHEN last_failure_at < $3 THEN 1 ELSE failures + 1 END) - $4 \
                 WHEN 0 THEN $2 + 30 WHEN 1 THEN $2 + 60 WHEN 2 THEN $2 + 120 \
                 WHEN 3 THEN $2 + 240 WHEN 4 THEN $2 + 480 \
                 ELSE CASE WHEN (CASE WHEN last_failure_at < $3 THEN 1 ELSE failures + 1 END) > $4 \
                   THEN $2 + 900 ELSE 0 END END \
             WHERE account_key = $1 AND locked_until <= $2 \
             RETURNING failures",
        )
        .bind(key)
        .bind(now)
        .bind(now - super::FAILURE_WINDOW_SECS)
        .bind(super::FREE_ATTEMPTS)
        .fetch_optional(&self.pool)
        .await?;
        if reserved.is_some() {
            return Ok(None);
        }
        let (locked_until,): (i64,) = sqlx::query_as::<Db, (i64,)>(
            "SELECT locked_until FROM sign_in_failures WHERE account_key = $1",
        )
        .bind(key)
        .fetch_one(&self.pool)
        .await?;
        Ok(Some(locked_until))
    }

    async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<()> {
        sqlx::query::<Db>("DELETE FROM sign_in_failures WHERE account_key = $1")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    async fn reserve_client_attempt(
        &self,
        client_key: &str,
        now: i64,
        window_secs: i64,
        budget: i64,
    ) -> StoreResult<Budget> {
        // One statement: start a fresh window when the old one is
        // over, otherwise count the attempt if the budget allows.
        let counted = sqlx::query_as::<Db, (i64,)>(
            "INSERT INTO client_attempts (client_key, window_start, attempts) VALUES ($1, $2, 1) \
             ON CONFLICT (client_key) DO UPDATE SET \
               window_start = CASE WHEN client_attempts.window_start <= $2 - $3 THEN $2 \
                 ELSE client_attempts.window_start END, \
               attempts = CASE WHEN client_attempts.window_start <= $2 - $3 THEN 1 \
                 ELSE client_attempts.attempts + 1 END \
             WHERE client_attempts.window_start <= $2 - $3 OR client_attempts.attempts < $4 \
             RETURNING attempts",
        )
        .bind(client_key)
        .bind(now)
        .bind(window_secs)
        .bind(budget)
        .fetch_optional(&self.pool)
        .await?;
        if counted.is_some() {
            return Ok(Budget::Granted);
        }
        let (window_start,): (i64,) = sqlx::query_as::<Db, (i64,)>(
            "SELECT window_start FROM client_attempts WHERE client_key = $1",
        )
        .bind(client_key)
        .fetch_one(&self.pool)
        .await?;
        Ok(Budget::Exhausted {
            until: window_start + window_secs,
        })
    }

    async fn refund_client_attempt(&self, client_key: &str) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE client_attempts SET attempts = attempts - 1 WHERE client_key = $1 AND attempts > 0",
        )
        .bind(client_key)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn record_audit(&self, entry: AuditEntry<'_>) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO audit_log (at, actor_id, action, subject_id) VALUES ($1, $2, $3, $4)",
        )
        .bind(entry.now)
        .bind(entry.actor_id)
        .bind(entry.action)
        .bind(entry.subject_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn audit_count(&self, action: &str, subject_id: i64) -> StoreResult<i64> {
        let (n,): (i64,) = sqlx::query_as::<Db, (i64,)>(
            "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND subject_id = $2",
        )
        .bind(action)
        .bind(subject_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(n)
    }
}
