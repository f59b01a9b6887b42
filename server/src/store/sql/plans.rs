//! What people keep for themselves: profile details, plan, tracked jobs.

use crate::store::PlanSave;
use crate::store::PlanStore;
use crate::store::StoreResult;
use crate::store::TrackedJobRow;
use crate::store::columns::Text;
use libranet_core::plan::ApplicationStatus;

use super::{Db, SqlStore};

#[async_trait::async_trait]
impl PlanStore for SqlStore<Db> {
    async fn profile_details(&self, user_id: i64) -> StoreResult<Option<String>> {
        self.body_of("profile_details", user_id).await
    }

    async fn save_profile_details(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()> {
        self.save_body("profile_details", user_id, body, now).await
    }

    async fn plan(&self, user_id: i64) -> StoreResult<Option<(i64, String)>> {
        Ok(sqlx::query_as::<Db, (i64, String)>(
            "SELECT revision, body FROM plans WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn save_plan(
        &self,
        user_id: i64,
        base_revision: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<PlanSave> {
        // Insert for the first save, otherwise update only from the
        // revision the person started from: one statement either way,
        // so two saves from the same revision cannot both win.
        let saved = if base_revision == 0 {
            sqlx::query::<Db>(
                "INSERT INTO plans (user_id, revision, body, updated_at) VALUES ($1, 1, $2, $3) \
                 ON CONFLICT (user_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(body)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected()
        } else {
            sqlx::query::<Db>(
                "UPDATE plans SET revision = revision + 1, body = $1, updated_at = $2 \
                 WHERE user_id = $3 AND revision = $4",
            )
            .bind(body)
            .bind(now)
            .bind(user_id)
            .bind(base_revision)
            .execute(&self.pool)
            .await?
            .rows_affected()
        };
        Ok(if saved == 1 {
            PlanSave::Saved(base_revision + 1)
        } else {
            PlanSave::Stale
        })
    }

    async fn tracked_jobs(&self, user_id: i64) -> StoreResult<Vec<TrackedJobRow>> {
        Ok(sqlx::query_as::<Db, TrackedJobRow>(
            "SELECT job_id, status, updated_at FROM tracked_jobs WHERE user_id = $1 \
             ORDER BY updated_at DESC, job_id",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn track_job(
        &self,
        user_id: i64,
        job_id: i64,
        status: ApplicationStatus,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO tracked_jobs (user_id, job_id, status, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, job_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(job_id)
        .bind(Text(status))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn untrack_job(&self, user_id: i64, job_id: i64) -> StoreResult<bool> {
        let done = sqlx::query::<Db>("DELETE FROM tracked_jobs WHERE user_id = $1 AND job_id = $2")
            .bind(user_id)
            .bind(job_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }
}
