//! Mentorships under way: check-ins, notes, messages, ending and feedback.

use crate::store::StoreResult;
use crate::store::mentoring::CheckInRow;
use crate::store::mentoring::DueCheckIn;
use crate::store::mentoring::MentorshipRow;
use crate::store::mentoring::MentorshipStore;
use crate::store::mentoring::MessageRow;

use super::{Db, MENTORSHIP_COLUMNS, SqlStore};

#[async_trait::async_trait]
impl MentorshipStore for SqlStore<Db> {
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
}
