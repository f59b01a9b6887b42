//! Cohorts, their members, and publishing their pairs.

use crate::store::StoreResult;
use crate::store::cohorts::CohortRow;
use crate::store::cohorts::CohortStore;
use crate::store::cohorts::MemberRow;
use crate::store::cohorts::NewPair;
use crate::store::cohorts::Published;
use crate::store::columns::Text;
use libranet_core::mentoring::views::{CohortRole, MemberStatus};

use super::{COHORT_COLUMNS, Db, SqlStore};

#[async_trait::async_trait]
impl CohortStore for SqlStore<Db> {
    async fn create_cohort(&self, name: &str, by: i64, now: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO cohorts (name, created_by, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(name)
        .bind(by)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn cohorts(&self) -> StoreResult<Vec<CohortRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COHORT_COLUMNS} ORDER BY c.id DESC"));
        Ok(sqlx::query_as::<Db, CohortRow>(sql)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn cohort(&self, id: i64) -> StoreResult<Option<CohortRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {COHORT_COLUMNS} WHERE c.id = $1"));
        Ok(sqlx::query_as::<Db, CohortRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn cohort_creator(&self, id: i64) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT created_by FROM cohorts WHERE id = $1")
                .bind(id)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    async fn cohort_members(&self, id: i64) -> StoreResult<Vec<MemberRow>> {
        Ok(sqlx::query_as::<Db, MemberRow>(
            "SELECT x.user_id, COALESCE(u.display_name, u.username) AS name, x.role, x.status, \
             p.body AS mentor_body, e.body AS mentee_body, p.capacity, p.active \
             FROM cohort_members x JOIN users u ON u.id = x.user_id \
             LEFT JOIN mentor_profiles p ON p.user_id = x.user_id \
             LEFT JOIN mentee_profiles e ON e.user_id = x.user_id \
             WHERE x.cohort_id = $1 ORDER BY x.role, x.user_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn membership(
        &self,
        cohort_id: i64,
        user_id: i64,
    ) -> StoreResult<Option<(CohortRole, MemberStatus)>> {
        Ok(
            sqlx::query_as::<Db, (Text<CohortRole>, Text<MemberStatus>)>(
                "SELECT role, status FROM cohort_members WHERE cohort_id = $1 AND user_id = $2",
            )
            .bind(cohort_id)
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|(Text(role), Text(status))| (role, status)),
        )
    }

    async fn memberships_of(
        &self,
        user_id: i64,
    ) -> StoreResult<Vec<(i64, CohortRole, MemberStatus)>> {
        Ok(
            sqlx::query_as::<Db, (i64, Text<CohortRole>, Text<MemberStatus>)>(
                "SELECT cohort_id, role, status FROM cohort_members WHERE user_id = $1",
            )
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|(cohort, Text(role), Text(status))| (cohort, role, status))
            .collect(),
        )
    }

    async fn set_member(
        &self,
        cohort_id: i64,
        user_id: i64,
        role: CohortRole,
        status: MemberStatus,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO cohort_members (cohort_id, user_id, role, status) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (cohort_id, user_id) DO UPDATE SET role = excluded.role, status = excluded.status",
        )
        .bind(cohort_id)
        .bind(user_id)
        .bind(Text(role))
        .bind(Text(status))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn remove_member(&self, cohort_id: i64, user_id: i64) -> StoreResult<bool> {
        Ok(
            sqlx::query::<Db>("DELETE FROM cohort_members WHERE cohort_id = $1 AND user_id = $2")
                .bind(cohort_id)
                .bind(user_id)
                .execute(&self.pool)
                .await?
                .rows_affected()
                == 1,
        )
    }

    async fn cohort_pairs(&self, cohort_id: i64) -> StoreResult<Vec<(i64, i64)>> {
        Ok(sqlx::query_as::<Db, (i64, i64)>(
            "SELECT mentee_id, mentor_id FROM mentorships WHERE cohort_id = $1 ORDER BY id",
        )
        .bind(cohort_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn publish_cohort(
        &self,
        cohort_id: i64,
        pairs: &[NewPair<'_>],
        now: i64,
    ) -> StoreResult<Published> {
        use Published;
        let mut tx = self.pool.begin().await?;
        let marked = sqlx::query::<Db>(
            "UPDATE cohorts SET published_at = $1 WHERE id = $2 AND published_at IS NULL",
        )
        .bind(now)
        .bind(cohort_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked != 1 {
            return Ok(Published::AlreadyPublished);
        }
        // Places are taken mentor by mentor in id order, so two
        // publishes sharing mentors lock rows in the same order.
        let mut per_mentor = std::collections::BTreeMap::<i64, i64>::new();
        for pair in pairs {
            *per_mentor.entry(pair.mentor_id).or_default() += 1;
        }
        for (mentor_id, count) in per_mentor {
            let took = sqlx::query::<Db>(
                "UPDATE mentor_profiles SET active = active + $1 WHERE user_id = $2 AND active + $1 <= capacity",
            )
            .bind(count)
            .bind(mentor_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if took != 1 {
                return Ok(Published::Full(mentor_id));
            }
        }
        let mut created = Vec::with_capacity(pairs.len());
        for pair in pairs {
            created.push(
                sqlx::query_scalar::<Db, i64>(
                    "INSERT INTO mentorships (mentor_id, mentee_id, cohort_id, goals, started_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(pair.mentor_id)
                .bind(pair.mentee_id)
                .bind(cohort_id)
                .bind(pair.goals)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?,
            );
        }
        tx.commit().await?;
        Ok(Published::Done(created))
    }
}
