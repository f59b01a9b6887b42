//! LibLine mentoring: mentors and requests here; mentorships, blocks and
//! reports, the inbox and cohorts in the modules under `mentoring/`.
//!
//! A mentor's free places are guarded by one conditional statement,
//! `active = active + 1 WHERE active < capacity`, run first in the
//! transaction that opens a mentorship: PostgreSQL re-checks the condition
//! after waiting for the row lock, and SQLite lets one writer in at a time,
//! so two accepts at the same moment can never both take the last place.

use libranet_core::mentoring::RequestStatus;
use libranet_core::mentoring::views::PauseReason;

use crate::store::MentoringStore;
use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::mentoring::Accepted;
use crate::store::mentoring::MentorRow;
use crate::store::mentoring::RequestRow;
use crate::store::mentoring::RequestText;

use super::{Db, SqlStore};

#[path = "mentoring/cohorts.rs"]
mod cohorts;
#[path = "mentoring/inbox.rs"]
mod inbox;
#[path = "mentoring/mentorships.rs"]
mod mentorships;
#[path = "mentoring/safety.rs"]
mod safety;

pub(crate) const MENTOR_COLUMNS: &str = "p.user_id, COALESCE(u.display_name, u.username) AS name, p.body, (p.is_open <> 0) AS is_open, p.active, \
     (SELECT COUNT(*) FROM mentor_requests q WHERE q.mentor_id = p.user_id AND q.status IN ('pending', 'more_info')) AS waiting, \
     p.paused_reason \
     FROM mentor_profiles p JOIN users u ON u.id = p.user_id";

pub(crate) const REQUEST_COLUMNS: &str = "r.id, r.mentee_id, COALESCE(a.display_name, a.username) AS mentee_name, r.mentor_id, \
     COALESCE(b.display_name, b.username) AS mentor_name, r.status, r.message, r.question, r.answer, r.reason, r.mentee_body, \
     r.created_at, r.expires_at \
     FROM mentor_requests r JOIN users a ON a.id = r.mentee_id JOIN users b ON b.id = r.mentor_id";

/// `$1` is the viewer, whose unread messages are counted.
pub(crate) const MENTORSHIP_COLUMNS: &str = "m.id, m.mentor_id, COALESCE(a.display_name, a.username) AS mentor_name, m.mentee_id, \
     COALESCE(b.display_name, b.username) AS mentee_name, m.cohort_id, m.goals, m.started_at, m.ended_at, \
     (SELECT COUNT(*) FROM mentorship_messages x WHERE x.mentorship_id = m.id AND x.sender_id <> $1 \
        AND x.id > COALESCE((SELECT r.last_read FROM mentorship_reads r WHERE r.mentorship_id = m.id AND r.user_id = $1), 0)) AS unread \
     FROM mentorships m JOIN users a ON a.id = m.mentor_id JOIN users b ON b.id = m.mentee_id";

/// The statement for one request change (column names are fixed, never input).
pub(crate) fn change_statement(text: Option<RequestText>) -> sqlx::AssertSqlSafe<String> {
    let column = match text {
        None => "",
        Some(RequestText::Question) => ", question = $6",
        Some(RequestText::Answer) => ", answer = $6",
        Some(RequestText::Reason) => ", reason = $6",
    };
    sqlx::AssertSqlSafe(format!(
        "UPDATE mentor_requests SET status = $1, updated_at = $2, expires_at = COALESCE($3, expires_at){column} \
         WHERE id = $4 AND status = $5"
    ))
}

pub(crate) const COHORT_COLUMNS: &str = "c.id, c.name, c.published_at, \
     (SELECT COUNT(*) FROM cohort_members x WHERE x.cohort_id = c.id AND x.role = 'mentor' AND x.status = 'joined') AS mentors, \
     (SELECT COUNT(*) FROM cohort_members x WHERE x.cohort_id = c.id AND x.role = 'mentee' AND x.status = 'joined') AS mentees \
     FROM cohorts c";

pub(crate) const REPORT_SELECT: &str = "SELECT r.id, r.reporter_id, COALESCE(a.display_name, a.username) AS reporter_name, r.subject_id, \
     COALESCE(b.display_name, b.username) AS subject_name, r.context, r.status, r.reason, r.attached, r.excerpt, r.created_at \
     FROM reports r JOIN users a ON a.id = r.reporter_id JOIN users b ON b.id = r.subject_id";

#[async_trait::async_trait]
impl MentoringStore for SqlStore<Db> {
    async fn mentor(&self, user_id: i64) -> StoreResult<Option<MentorRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {MENTOR_COLUMNS} WHERE p.user_id = $1"));
        Ok(sqlx::query_as::<Db, MentorRow>(sql)
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn save_mentor(
        &self,
        user_id: i64,
        body: &str,
        capacity: i64,
        open: bool,
        now: i64,
    ) -> StoreResult<()> {
        // Opening again clears an automatic pause and its count.
        sqlx::query::<Db>(
            "INSERT INTO mentor_profiles (user_id, body, capacity, is_open, updated_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, capacity = excluded.capacity, \
             is_open = excluded.is_open, updated_at = excluded.updated_at, \
             expiries = CASE WHEN excluded.is_open = 1 THEN 0 ELSE mentor_profiles.expiries END, \
             paused_reason = CASE WHEN excluded.is_open = 1 THEN NULL ELSE mentor_profiles.paused_reason END",
        )
        .bind(user_id)
        .bind(body)
        .bind(capacity)
        .bind(i64::from(open))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn open_mentors(&self) -> StoreResult<Vec<MentorRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {MENTOR_COLUMNS} WHERE p.is_open = 1 AND u.profile_hidden = 0 ORDER BY p.user_id"
        ));
        Ok(sqlx::query_as::<Db, MentorRow>(sql)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn mentee(&self, user_id: i64) -> StoreResult<Option<String>> {
        self.body_of("mentee_profiles", user_id).await
    }

    async fn save_mentee(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()> {
        self.save_body("mentee_profiles", user_id, body, now).await
    }

    async fn create_request(
        &self,
        mentee_id: i64,
        mentor_id: i64,
        message: &str,
        mentee_body: &str,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO mentor_requests (mentee_id, mentor_id, status, message, mentee_body, created_at, updated_at, expires_at) \
             VALUES ($1, $2, 'pending', $3, $4, $5, $5, $6) RETURNING id",
        )
        .bind(mentee_id)
        .bind(mentor_id)
        .bind(message)
        .bind(mentee_body)
        .bind(now)
        .bind(expires_at)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn request(&self, id: i64) -> StoreResult<Option<RequestRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {REQUEST_COLUMNS} WHERE r.id = $1"));
        Ok(sqlx::query_as::<Db, RequestRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn requests_of(&self, user_id: i64) -> StoreResult<Vec<RequestRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} WHERE r.mentee_id = $1 OR r.mentor_id = $1 ORDER BY r.id DESC LIMIT 200"
        ));
        Ok(sqlx::query_as::<Db, RequestRow>(sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn change_request(
        &self,
        id: i64,
        from: RequestStatus,
        to: RequestStatus,
        text: Option<(RequestText, &str)>,
        expires_at: Option<i64>,
        now: i64,
    ) -> StoreResult<bool> {
        let statement = super::mentoring::change_statement(text.map(|t| t.0));
        let mut query = sqlx::query::<Db>(statement)
            .bind(Text(to))
            .bind(now)
            .bind(expires_at)
            .bind(id)
            .bind(Text(from));
        if let Some((_, value)) = text {
            query = query.bind(value);
        }
        Ok(query.execute(&self.pool).await?.rows_affected() == 1)
    }

    async fn accept_request(
        &self,
        id: i64,
        from: RequestStatus,
        goals: &str,
        now: i64,
    ) -> StoreResult<Accepted> {
        use Accepted;
        let mut tx = self.pool.begin().await?;
        // Write first: on SQLite a transaction that reads before it
        // writes cannot wait for the lock and fails instead.
        let took = sqlx::query::<Db>(
            "UPDATE mentor_profiles SET active = active + 1 \
             WHERE user_id = (SELECT mentor_id FROM mentor_requests WHERE id = $1) AND active < capacity",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let Some((mentor_id, mentee_id)) = sqlx::query_as::<Db, (i64, i64)>(
            "SELECT mentor_id, mentee_id FROM mentor_requests WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Accepted::NotOpen);
        };
        if took != 1 {
            return Ok(Accepted::Full);
        }
        let changed = sqlx::query::<Db>(
            "UPDATE mentor_requests SET status = 'accepted', updated_at = $1 WHERE id = $2 AND status = $3",
        )
        .bind(now)
        .bind(id)
        .bind(Text(from))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Ok(Accepted::NotOpen);
        }
        sqlx::query::<Db>("UPDATE mentor_profiles SET expiries = 0 WHERE user_id = $1")
            .bind(mentor_id)
            .execute(&mut *tx)
            .await?;
        let mentorship = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO mentorships (mentor_id, mentee_id, goals, started_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(mentor_id)
        .bind(mentee_id)
        .bind(goals)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Accepted::Done(mentorship))
    }

    async fn expire_requests(&self, now: i64) -> StoreResult<Vec<(RequestRow, bool)>> {
        let mut expired = Vec::new();
        // Waiting for the mentor: the mentor let it lapse. Waiting
        // for the mentee's answer: the mentee did.
        for (from, mentor_lapsed) in [
            (RequestStatus::Pending, true),
            (RequestStatus::MoreInfo, false),
        ] {
            let ids: Vec<i64> = sqlx::query_scalar::<Db, i64>(
                "UPDATE mentor_requests SET status = 'expired', updated_at = $1 \
                 WHERE status = $2 AND expires_at <= $1 RETURNING id",
            )
            .bind(now)
            .bind(Text(from))
            .fetch_all(&self.pool)
            .await?;
            for id in ids {
                if let Some(row) = self.request(id).await? {
                    expired.push((row, mentor_lapsed));
                }
            }
        }
        Ok(expired)
    }

    async fn count_lapse(
        &self,
        mentor_id: i64,
        limit: i64,
        reason: PauseReason,
    ) -> StoreResult<bool> {
        let count = sqlx::query_scalar::<Db, i64>(
            "UPDATE mentor_profiles SET expiries = expiries + 1 WHERE user_id = $1 RETURNING expiries",
        )
        .bind(mentor_id)
        .fetch_optional(&self.pool)
        .await?;
        if count.is_none_or(|c| c < limit) {
            return Ok(false);
        }
        let paused = sqlx::query::<Db>(
            "UPDATE mentor_profiles SET is_open = 0, paused_reason = $1 WHERE user_id = $2 AND is_open = 1",
        )
        .bind(Text(reason))
        .bind(mentor_id)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(paused == 1)
    }

    async fn reset_lapses(&self, mentor_id: i64) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE mentor_profiles SET expiries = 0 WHERE user_id = $1")
            .bind(mentor_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
