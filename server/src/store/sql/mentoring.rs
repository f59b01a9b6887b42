//! LibLine mentoring, cohorts, blocks, reports and the notification inbox.
//!
//! A mentor's free places are guarded by one conditional statement,
//! `active = active + 1 WHERE active < capacity`, run first in the
//! transaction that opens a mentorship: PostgreSQL re-checks the condition
//! after waiting for the row lock, and SQLite lets one writer in at a time,
//! so two accepts at the same moment can never both take the last place.

use libranet_core::mentoring::RequestStatus;
use libranet_core::mentoring::views::{CohortRole, MemberStatus, NotificationKind};
use libranet_core::moderation::ReportStatus;

use crate::store::MentoringStore;
use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::mentoring::Accepted;
use crate::store::mentoring::CheckInRow;
use crate::store::mentoring::CohortRow;
use crate::store::mentoring::DueCheckIn;
use crate::store::mentoring::MemberRow;
use crate::store::mentoring::MentorRow;
use crate::store::mentoring::MentorshipRow;
use crate::store::mentoring::MessageRow;
use crate::store::mentoring::NewPair;
use crate::store::mentoring::NotificationRow;
use crate::store::mentoring::Published;
use crate::store::mentoring::ReportEntry;
use crate::store::mentoring::ReportRow;
use crate::store::mentoring::RequestRow;
use crate::store::mentoring::RequestText;

use super::{Db, SqlStore};

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
        Ok(
            sqlx::query_scalar::<Db, String>("SELECT body FROM mentee_profiles WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn save_mentee(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO mentee_profiles (user_id, body, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(body)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
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
                let sql = sqlx::AssertSqlSafe(format!("SELECT {REQUEST_COLUMNS} WHERE r.id = $1"));
                if let Some(row) = sqlx::query_as::<Db, RequestRow>(sql)
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?
                {
                    expired.push((row, mentor_lapsed));
                }
            }
        }
        Ok(expired)
    }

    async fn count_lapse(&self, mentor_id: i64, limit: i64, reason: &str) -> StoreResult<bool> {
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
        .bind(reason)
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

    async fn mentorships_of(&self, user_id: i64) -> StoreResult<Vec<MentorshipRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {MENTORSHIP_COLUMNS} WHERE m.mentor_id = $1 OR m.mentee_id = $1 ORDER BY m.id DESC"
        ));
        Ok(sqlx::query_as::<Db, MentorshipRow>(sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn mentorship(&self, id: i64, viewer: i64) -> StoreResult<Option<MentorshipRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {MENTORSHIP_COLUMNS} WHERE m.id = $2"));
        Ok(sqlx::query_as::<Db, MentorshipRow>(sql)
            .bind(viewer)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn set_goals(&self, id: i64, goals: &str) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE mentorships SET goals = $1 WHERE id = $2")
            .bind(goals)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn add_check_in(
        &self,
        mentorship_id: i64,
        row: &CheckInRow,
        by: i64,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO mentorship_checkins (mentorship_id, day, time, minutes, topic, starts_at, created_by, created_at, time_zone) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(mentorship_id)
        .bind(&row.day)
        .bind(&row.time)
        .bind(row.minutes)
        .bind(&row.topic)
        .bind(row.starts_at)
        .bind(by)
        .bind(now)
        .bind(&row.time_zone)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn check_ins(&self, mentorship_id: i64) -> StoreResult<Vec<CheckInRow>> {
        Ok(sqlx::query_as::<Db, CheckInRow>(
            "SELECT id, day, time, minutes, topic, COALESCE(time_zone, '') AS time_zone, starts_at \
             FROM mentorship_checkins WHERE mentorship_id = $1 ORDER BY starts_at, id",
        )
        .bind(mentorship_id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn delete_check_in(&self, mentorship_id: i64, id: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "DELETE FROM mentorship_checkins WHERE mentorship_id = $1 AND id = $2",
        )
        .bind(mentorship_id)
        .bind(id)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    async fn take_due_check_ins(&self, now: i64, until: i64) -> StoreResult<Vec<DueCheckIn>> {
        /// A check-in claimed for its reminder.
        #[derive(sqlx::FromRow)]
        struct Taken {
            mentorship_id: i64,
            starts_at: i64,
            time_zone: String,
        }
        let taken = sqlx::query_as::<Db, Taken>(
            "UPDATE mentorship_checkins SET reminded = 1 WHERE reminded = 0 AND starts_at > $1 AND starts_at <= $2 \
             RETURNING mentorship_id, starts_at, COALESCE(time_zone, '') AS time_zone",
        )
        .bind(now)
        .bind(until)
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::with_capacity(taken.len());
        for Taken {
            mentorship_id,
            starts_at,
            time_zone,
        } in taken
        {
            if let Some((mentor_id, mentee_id)) = sqlx::query_as::<Db, (i64, i64)>(
                "SELECT mentor_id, mentee_id FROM mentorships WHERE id = $1 AND ended_at IS NULL",
            )
            .bind(mentorship_id)
            .fetch_optional(&self.pool)
            .await?
            {
                due.push(DueCheckIn {
                    mentorship_id,
                    mentor_id,
                    mentee_id,
                    starts_at,
                    time_zone,
                });
            }
        }
        Ok(due)
    }

    async fn note(&self, mentorship_id: i64, user_id: i64) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar::<Db, String>(
            "SELECT body FROM mentorship_notes WHERE mentorship_id = $1 AND user_id = $2",
        )
        .bind(mentorship_id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn save_note(
        &self,
        mentorship_id: i64,
        user_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO mentorship_notes (mentorship_id, user_id, body, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (mentorship_id, user_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(mentorship_id)
        .bind(user_id)
        .bind(body)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn messages(&self, mentorship_id: i64) -> StoreResult<Vec<MessageRow>> {
        self.conversation("mentorship_messages", "mentorship_id", mentorship_id)
            .await
    }

    async fn add_message(
        &self,
        mentorship_id: i64,
        sender_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO mentorship_messages (mentorship_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(mentorship_id)
        .bind(sender_id)
        .bind(body)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn mark_read(&self, mentorship_id: i64, user_id: i64, last_read: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO mentorship_reads (mentorship_id, user_id, last_read) VALUES ($1, $2, $3) \
             ON CONFLICT (mentorship_id, user_id) DO UPDATE SET last_read = \
             CASE WHEN excluded.last_read > mentorship_reads.last_read THEN excluded.last_read ELSE mentorship_reads.last_read END",
        )
        .bind(mentorship_id)
        .bind(user_id)
        .bind(last_read)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn end_mentorship(&self, id: i64, by: i64, now: i64) -> StoreResult<bool> {
        let mut tx = self.pool.begin().await?;
        let Some(mentor_id) = sqlx::query_scalar::<Db, i64>(
            "UPDATE mentorships SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL RETURNING mentor_id",
        )
        .bind(now)
        .bind(by)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(false);
        };
        sqlx::query::<Db>(
            "UPDATE mentor_profiles SET active = active - 1 WHERE user_id = $1 AND active > 0",
        )
        .bind(mentor_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn save_feedback(
        &self,
        mentorship_id: i64,
        user_id: i64,
        rating: i64,
        comment: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO mentorship_feedback (mentorship_id, user_id, rating, comment, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(mentorship_id)
        .bind(user_id)
        .bind(rating)
        .bind(comment)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn feedback(
        &self,
        mentorship_id: i64,
        user_id: i64,
    ) -> StoreResult<Option<(i64, String)>> {
        Ok(sqlx::query_as::<Db, (i64, String)>(
            "SELECT rating, comment FROM mentorship_feedback WHERE mentorship_id = $1 AND user_id = $2",
        )
        .bind(mentorship_id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?)
    }

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
            "{} ORDER BY r.id DESC LIMIT 200",
            super::mentoring::REPORT_SELECT
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    async fn report(&self, id: i64) -> StoreResult<Option<ReportRow>> {
        Ok(sqlx::query_as::<Db, ReportRow>(sqlx::AssertSqlSafe(format!(
            "{} WHERE r.id = $1",
            super::mentoring::REPORT_SELECT
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
