//! The notification inbox.

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::mentoring::InboxStore;
use crate::store::mentoring::NotificationRow;
use libranet_core::mentoring::views::NotificationKind;

use super::{Db, SqlStore};

#[async_trait::async_trait]
impl InboxStore for SqlStore<Db> {
    async fn notify(
        &self,
        user_id: i64,
        kind: NotificationKind,
        subject_id: Option<i64>,
        detail: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO notifications (user_id, kind, subject_id, detail, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(Text(kind))
        .bind(subject_id)
        .bind(detail)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn inbox(&self, user_id: i64, limit: i64) -> StoreResult<Vec<NotificationRow>> {
        Ok(sqlx::query_as::<Db, NotificationRow>(
            "SELECT id, kind, subject_id, detail, created_at, (read_at IS NOT NULL) AS read \
             FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(user_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn unread_notifications(&self, user_id: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn mark_notifications_read(&self, user_id: i64, up_to: i64, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id <= $3 AND read_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(up_to)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
