//! Hidden items, suspensions and the moderation log.

use crate::store::StoreResult;
use crate::store::network::ModerationLog;
use crate::store::network::ModerationRow;
use crate::store::network::ModerationStore;

use super::{Db, SqlStore};

/// The statements that hide or show one kind of item (fixed text, chosen
/// by kind, never built from input).
pub(crate) fn hide_statements(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        // Hiding a thread's opening post hides the thread with it.
        "post" => &[
            "UPDATE posts SET hidden = $1 WHERE id = $2",
            "UPDATE threads SET hidden = $1 WHERE id = (SELECT thread_id FROM posts WHERE id = $2) \
             AND $2 = (SELECT MIN(p.id) FROM posts p WHERE p.thread_id = threads.id)",
        ],
        "resource" => &["UPDATE teaching SET hidden = $1 WHERE id = $2"],
        "comment" => &["UPDATE teaching_comments SET hidden = $1 WHERE id = $2"],
        "profile" => &["UPDATE users SET profile_hidden = $1 WHERE id = $2"],
        "need" => &["UPDATE needs SET hidden = $1 WHERE id = $2"],
        "recommendation" => &["UPDATE recommendations SET hidden = $1 WHERE id = $2"],
        _ => return None,
    })
}

#[async_trait::async_trait]
impl ModerationStore for SqlStore<Db> {
    async fn set_hidden(&self, kind: &str, id: i64, hidden: bool) -> StoreResult<bool> {
        let Some(statements) = super::moderation::hide_statements(kind) else {
            return Ok(false);
        };
        let mut tx = self.pool.begin().await?;
        let mut found = false;
        for (i, statement) in statements.iter().enumerate() {
            let done = sqlx::query::<Db>(*statement)
                .bind(i64::from(hidden))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if i == 0 {
                found = done.rows_affected() > 0;
            }
        }
        tx.commit().await?;
        Ok(found)
    }

    async fn hidden_profiles(&self) -> StoreResult<Vec<i64>> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT id FROM users WHERE profile_hidden <> 0")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn profile_hidden(&self, user_id: i64) -> StoreResult<bool> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT profile_hidden FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?
                .is_some_and(|h| h != 0),
        )
    }

    async fn suspend(&self, user_id: i64, until: i64) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query::<Db>("UPDATE users SET suspended_until = $1 WHERE id = $2")
            .bind(until)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query::<Db>("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn lift_suspension(&self, user_id: i64) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE users SET suspended_until = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn suspended_until(&self, user_id: i64) -> StoreResult<Option<i64>> {
        Ok(
            sqlx::query_scalar::<Db, Option<i64>>(
                "SELECT suspended_until FROM users WHERE id = $1",
            )
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .flatten(),
        )
    }

    async fn log_moderation(&self, entry: ModerationLog<'_>) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO moderation_log (at, staff_id, action, target, subject_id, report_id, note) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(entry.now)
        .bind(entry.staff_id)
        .bind(entry.action)
        .bind(entry.target)
        .bind(entry.subject_id)
        .bind(entry.report_id)
        .bind(entry.note)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn moderation_log(&self) -> StoreResult<Vec<ModerationRow>> {
        Ok(sqlx::query_as::<Db, ModerationRow>(
            "SELECT l.id, l.at, COALESCE(s.display_name, s.username, '') AS staff_name, l.action, l.target, \
             COALESCE(u.display_name, u.username, '') AS subject_name, l.note \
             FROM moderation_log l LEFT JOIN users s ON s.id = l.staff_id LEFT JOIN users u ON u.id = l.subject_id \
             ORDER BY l.id DESC LIMIT 500",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}
