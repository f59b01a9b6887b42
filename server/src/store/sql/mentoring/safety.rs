//! Blocks and reports.

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::mentoring::ReportEntry;
use crate::store::mentoring::ReportRow;
use crate::store::mentoring::SafetyStore;
use libranet_core::moderation::ReportStatus;

use super::{Db, REPORT_SELECT, SqlStore};

#[async_trait::async_trait]
impl SafetyStore for SqlStore<Db> {
    async fn block(&self, blocker: i64, blocked: i64, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (blocker_id, blocked_id) DO NOTHING",
        )
        .bind(blocker)
        .bind(blocked)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn unblock(&self, blocker: i64, blocked: i64) -> StoreResult<()> {
        sqlx::query::<Db>("DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker)
            .bind(blocked)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn blocked_between(&self, a: i64, b: i64) -> StoreResult<bool> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT COUNT(*) FROM blocks WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1)",
        )
        .bind(a)
        .bind(b)
        .fetch_one(&self.pool)
        .await?
            > 0)
    }

    async fn blocked_by(&self, blocker: i64) -> StoreResult<Vec<i64>> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT blocked_id FROM blocks WHERE blocker_id = $1")
                .bind(blocker)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    async fn blocks_involving(&self, user_id: i64) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT blocked_id FROM blocks WHERE blocker_id = $1 UNION SELECT blocker_id FROM blocks WHERE blocked_id = $1",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_report(&self, r: ReportEntry<'_>) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO reports (reporter_id, subject_id, context, reason, attached, excerpt, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'open', $7) RETURNING id",
        )
        .bind(r.reporter)
        .bind(r.subject)
        .bind(r.context)
        .bind(r.reason)
        .bind(r.attached)
        .bind(r.excerpt)
        .bind(r.now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn reports(&self) -> StoreResult<Vec<ReportRow>> {
        Ok(sqlx::query_as::<Db, ReportRow>(sqlx::AssertSqlSafe(format!(
            "{REPORT_SELECT} ORDER BY r.id DESC LIMIT 200"
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    async fn report(&self, id: i64) -> StoreResult<Option<ReportRow>> {
        Ok(sqlx::query_as::<Db, ReportRow>(sqlx::AssertSqlSafe(format!(
            "{REPORT_SELECT} WHERE r.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn set_report_status(&self, id: i64, status: ReportStatus) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE reports SET status = $1 WHERE id = $2")
            .bind(Text(status))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
