//! The SQL both backends run, written once.
//!
//! `sql_store!` implements [`Store`](super::Store) for a backend's store type
//! over that backend's `sqlx` driver. The queries use only what SQLite and
//! PostgreSQL share, so the same text serves both.

/// Failed sign-ins older than this no longer count.
pub(super) const FAILURE_WINDOW_SECS: i64 = 60 * 60;
/// Sign-in attempts allowed within the window before the account locks.
pub(super) const FREE_ATTEMPTS: i64 = 5;

macro_rules! sql_store {
    ($store:ident, $db:ty, $name:literal) => {
        type UserRow = (i64, String, Option<String>, Option<String>, Option<String>, String, i64);

        impl $store {
            async fn user_from_row(&self, row: UserRow) -> $crate::store::StoreResult<$crate::store::UserRecord> {
                let (id, username, password_hash, display_name, email, language, created_at) = row;
                let names: Vec<(String,)> =
                    sqlx::query_as::<$db, (String,)>("SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role")
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?;
                let mut roles: Vec<_> = names
                    .iter()
                    .filter_map(|(n,)| libranet_core::account::Role::parse(n))
                    .collect();
                roles.sort();
                Ok($crate::store::UserRecord {
                    id,
                    username,
                    password_hash,
                    display_name,
                    email,
                    language: $crate::store::lang_from_tag(&language),
                    roles,
                    created_at,
                })
            }

            async fn user_from_option(
                &self,
                row: Option<UserRow>,
            ) -> $crate::store::StoreResult<Option<$crate::store::UserRecord>> {
                match row {
                    Some(row) => Ok(Some(self.user_from_row(row).await?)),
                    None => Ok(None),
                }
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            fn backend(&self) -> &'static str {
                $name
            }

            async fn ping(&self) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn count_users(&self) -> $crate::store::StoreResult<i64> {
                let (n,): (i64,) = sqlx::query_as::<$db, (i64,)>("SELECT COUNT(*) FROM users")
                    .fetch_one(&self.pool)
                    .await?;
                Ok(n)
            }

            async fn create_user(
                &self,
                new: $crate::store::NewUser<'_>,
            ) -> $crate::store::StoreResult<$crate::store::UserRecord> {
                let mut tx = self.pool.begin().await?;
                let (id,): (i64,) = sqlx::query_as::<$db, (i64,)>(
                    "INSERT INTO users (username, password_hash, display_name, email, language, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                )
                .bind(new.username)
                .bind(new.password_hash)
                .bind(new.display_name)
                .bind(new.email)
                .bind(new.language.tag())
                .bind(new.now)
                .fetch_one(&mut *tx)
                .await?;
                for role in new.roles {
                    sqlx::query::<$db>("INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3)")
                        .bind(id)
                        .bind(role.as_str())
                        .bind(new.now)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                self.find_user(id).await?.ok_or($crate::store::StoreError::Database(sqlx::Error::RowNotFound))
            }

            async fn find_user(&self, id: i64) -> $crate::store::StoreResult<Option<$crate::store::UserRecord>> {
                let row = sqlx::query_as::<$db, UserRow>(
                    "SELECT id, username, password_hash, display_name, email, language, created_at \
                     FROM users WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                self.user_from_option(row).await
            }

            async fn find_user_by_username(
                &self,
                username: &str,
            ) -> $crate::store::StoreResult<Option<$crate::store::UserRecord>> {
                let row = sqlx::query_as::<$db, UserRow>(
                    "SELECT id, username, password_hash, display_name, email, language, created_at \
                     FROM users WHERE username = $1",
                )
                .bind(username)
                .fetch_optional(&self.pool)
                .await?;
                self.user_from_option(row).await
            }

            async fn update_account(
                &self,
                id: i64,
                changes: $crate::store::AccountChanges,
                now: i64,
            ) -> $crate::store::StoreResult<$crate::store::UserRecord> {
                let current = self
                    .find_user(id)
                    .await?
                    .ok_or($crate::store::StoreError::Database(sqlx::Error::RowNotFound))?;
                let display_name = changes.display_name.unwrap_or(current.display_name);
                let email = changes.email.unwrap_or(current.email);
                let language = changes.language.unwrap_or(current.language);
                sqlx::query::<$db>(
                    "UPDATE users SET display_name = $1, email = $2, language = $3, updated_at = $4 WHERE id = $5",
                )
                .bind(display_name)
                .bind(email)
                .bind(language.tag())
                .bind(now)
                .bind(id)
                .execute(&self.pool)
                .await?;
                self.find_user(id).await?.ok_or($crate::store::StoreError::Database(sqlx::Error::RowNotFound))
            }

            async fn set_password_hash(&self, id: i64, hash: &str, now: i64) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                    .bind(hash)
                    .bind(now)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn throttle(&self, key: &str) -> $crate::store::StoreResult<Option<$crate::store::Throttle>> {
                let row = sqlx::query_as::<$db, (i64, i64, i64)>(
                    "SELECT failures, last_failure_at, locked_until FROM sign_in_failures WHERE account_key = $1",
                )
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(failures, last_failure_at, locked_until)| $crate::store::Throttle {
                    failures,
                    last_failure_at,
                    locked_until,
                }))
            }

            async fn reserve_sign_in_attempt(&self, key: &str, now: i64) -> $crate::store::StoreResult<Option<i64>> {
                sqlx::query::<$db>(
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
                let reserved = sqlx::query_as::<$db, (i64,)>(
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
                .bind(now - $crate::store::sql::FAILURE_WINDOW_SECS)
                .bind($crate::store::sql::FREE_ATTEMPTS)
                .fetch_optional(&self.pool)
                .await?;
                if reserved.is_some() {
                    return Ok(None);
                }
                let (locked_until,): (i64,) = sqlx::query_as::<$db, (i64,)>(
                    "SELECT locked_until FROM sign_in_failures WHERE account_key = $1",
                )
                .bind(key)
                .fetch_one(&self.pool)
                .await?;
                Ok(Some(locked_until))
            }

            async fn clear_sign_in_failures(&self, key: &str) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("DELETE FROM sign_in_failures WHERE account_key = $1")
                    .bind(key)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn create_session(&self, new: $crate::store::NewSession<'_>) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "INSERT INTO sessions (id_hash, user_id, device, created_at, last_seen_at, idle_secs, absolute_secs, warning_secs) \
                     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)",
                )
                .bind(new.id_hash)
                .bind(new.user_id)
                .bind($crate::store::device_name(new.device))
                .bind(new.now)
                .bind(i64::from(new.policy.idle_secs))
                .bind(i64::from(new.policy.absolute_secs))
                .bind(i64::from(new.policy.warning_secs))
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn find_session(
                &self,
                id_hash: &str,
            ) -> $crate::store::StoreResult<Option<$crate::store::SessionRecord>> {
                let row = sqlx::query_as::<$db, (i64, String, i64, i64, i64, i64, i64)>(
                    "SELECT user_id, device, created_at, last_seen_at, idle_secs, absolute_secs, warning_secs \
                     FROM sessions WHERE id_hash = $1",
                )
                .bind(id_hash)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(user_id, device, created_at, last_seen_at, idle, absolute, warning)| {
                    $crate::store::SessionRecord {
                        user_id,
                        device: $crate::store::device_from_name(&device),
                        created_at,
                        last_seen_at,
                        policy: libranet_core::session_policy::SessionPolicy {
                            idle_secs: $crate::store::seconds(idle),
                            absolute_secs: $crate::store::seconds(absolute),
                            warning_secs: $crate::store::seconds(warning),
                        },
                    }
                }))
            }

            async fn touch_session(&self, id_hash: &str, now: i64) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2 AND last_seen_at < $1")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn delete_session(&self, id_hash: &str) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn delete_user_sessions(&self, user_id: i64) -> $crate::store::StoreResult<u64> {
                let done = sqlx::query::<$db>("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn purge_expired(&self, now: i64) -> $crate::store::StoreResult<u64> {
                let sessions = sqlx::query::<$db>(
                    "DELETE FROM sessions WHERE created_at + absolute_secs <= $1 \
                     OR last_seen_at + idle_secs + $2 <= $1",
                )
                .bind(now)
                .bind(libranet_core::session_policy::IDLE_GRACE_SECS)
                .execute(&self.pool)
                .await?;
                let codes = sqlx::query::<$db>("DELETE FROM one_time_codes WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                let stale = sqlx::query::<$db>(
                    "DELETE FROM sign_in_failures WHERE last_failure_at < $1 AND locked_until < $2",
                )
                .bind(now - $crate::store::sql::FAILURE_WINDOW_SECS)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(sessions.rows_affected() + codes.rows_affected() + stale.rows_affected())
            }

            async fn replace_code(&self, new: $crate::store::NewCode<'_>) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>(
                    "INSERT INTO one_time_codes (user_id, purpose, code_hash, issued_by, created_at, expires_at, failed_tries) \
                     VALUES ($1, $2, $3, $4, $5, $6, 0) \
                     ON CONFLICT (user_id) DO UPDATE SET purpose = $2, code_hash = $3, issued_by = $4, \
                       created_at = $5, expires_at = $6, failed_tries = 0",
                )
                .bind(new.user_id)
                .bind(new.purpose.as_str())
                .bind(new.code_hash)
                .bind(new.issued_by)
                .bind(new.now)
                .bind(new.expires_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn find_code(&self, user_id: i64) -> $crate::store::StoreResult<Option<$crate::store::CodeRecord>> {
                let row = sqlx::query_as::<$db, (i64, String, i64, i64)>(
                    "SELECT id, code_hash, expires_at, failed_tries FROM one_time_codes WHERE user_id = $1",
                )
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(id, code_hash, expires_at, failed_tries)| $crate::store::CodeRecord {
                    id,
                    code_hash,
                    expires_at,
                    failed_tries,
                }))
            }

            async fn reserve_code_try(
                &self,
                code: &$crate::store::CodeRecord,
                max_tries: i64,
            ) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
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
                code: &$crate::store::CodeRecord,
                password_hash: &str,
                throttle_key: &str,
                now: i64,
            ) -> $crate::store::StoreResult<()> {
                let mut tx = self.pool.begin().await?;
                // Deleting the code first makes a second, concurrent use of
                // the same code find nothing to delete and fail.
                let used = sqlx::query::<$db>("DELETE FROM one_time_codes WHERE id = $1 AND code_hash = $2")
                    .bind(code.id)
                    .bind(&code.code_hash)
                    .execute(&mut *tx)
                    .await?;
                if used.rows_affected() != 1 {
                    return Err($crate::store::StoreError::Conflict);
                }
                sqlx::query::<$db>("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                    .bind(password_hash)
                    .bind(now)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>("DELETE FROM sign_in_failures WHERE account_key = $1")
                    .bind(throttle_key)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn taxonomy_version(&self) -> $crate::store::StoreResult<Option<i64>> {
                let (version,): (Option<i64>,) = sqlx::query_as::<$db, (Option<i64>,)>("SELECT MAX(version) FROM taxonomy")
                    .fetch_one(&self.pool)
                    .await?;
                Ok(version)
            }

            async fn load_taxonomy(&self) -> $crate::store::StoreResult<Option<(i64, String)>> {
                let row = sqlx::query_as::<$db, (i64, String)>(
                    "SELECT version, document FROM taxonomy ORDER BY version DESC LIMIT 1",
                )
                .fetch_optional(&self.pool)
                .await?;
                Ok(row)
            }

            async fn save_taxonomy(&self, source: &str, document: &str, now: i64) -> $crate::store::StoreResult<i64> {
                let mut tx = self.pool.begin().await?;
                let (version,): (i64,) = sqlx::query_as::<$db, (i64,)>(
                    "INSERT INTO taxonomy (version, source, document, imported_at) \
                     SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3 FROM taxonomy RETURNING version",
                )
                .bind(source)
                .bind(document)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query::<$db>("DELETE FROM taxonomy WHERE version < $1")
                    .bind(version)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(version)
            }

            async fn record_audit(&self, entry: $crate::store::AuditEntry<'_>) -> $crate::store::StoreResult<()> {
                sqlx::query::<$db>("INSERT INTO audit_log (at, actor_id, action, subject_id) VALUES ($1, $2, $3, $4)")
                    .bind(entry.now)
                    .bind(entry.actor_id)
                    .bind(entry.action)
                    .bind(entry.subject_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn audit_count(&self, action: &str, subject_id: i64) -> $crate::store::StoreResult<i64> {
                let (n,): (i64,) = sqlx::query_as::<$db, (i64,)>(
                    "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND subject_id = $2",
                )
                .bind(action)
                .bind(subject_id)
                .fetch_one(&self.pool)
                .await?;
                Ok(n)
            }
        }
    };
}

pub(super) use sql_store;
