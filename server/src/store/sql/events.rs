//! Events and sign-ups. Every change to an event's seats starts by
//! updating the event row (`version = version + 1`): PostgreSQL then holds
//! that row's lock to the end of the transaction and SQLite lets one writer
//! in, so sign-ups and withdrawals of one event happen one at a time and a
//! freed seat goes to exactly one person.

use libranet_core::events::RsvpStatus;

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::events::AttendeeRow;
use crate::store::events::EventRow;
use crate::store::events::EventStore;
use crate::store::events::NewEvent;
use crate::store::events::Signed;
use crate::store::events::Withdrawn;

use super::{Db, SqlStore};

pub(crate) const EVENT_SELECT: &str = "SELECT e.id, COALESCE(e.series_id, e.id) AS series_id, e.owner_id, \
     COALESCE(u.display_name, u.username) AS owner_name, e.body, e.day, e.capacity, e.going, \
     (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting, \
     (CAST(CASE WHEN e.cancelled_at IS NULL THEN 0 ELSE 1 END AS BIGINT) <> 0) AS cancelled, \
     COALESCE(e.time_zone, '') AS time_zone, COALESCE(e.starts_at, 0) AS starts_at, COALESCE(e.ends_at, 0) AS ends_at \
     FROM events e JOIN users u ON u.id = e.owner_id";

#[async_trait::async_trait]
impl EventStore for SqlStore<Db> {
    async fn create_events(
        &self,
        owner: i64,
        capacity: i64,
        dates: &[NewEvent<'_>],
        now: i64,
    ) -> StoreResult<Vec<i64>> {
        let mut tx = self.pool.begin().await?;
        let mut ids = Vec::with_capacity(dates.len());
        for date in dates {
            let id = sqlx::query_scalar::<Db, i64>(
                "INSERT INTO events (series_id, owner_id, body, day, capacity, created_at, time_zone, starts_at, ends_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(ids.first().copied())
            .bind(owner)
            .bind(date.body)
            .bind(&date.day)
            .bind(capacity)
            .bind(now)
            .bind(date.time_zone)
            .bind(date.starts_at)
            .bind(date.ends_at)
            .fetch_one(&mut *tx)
            .await?;
            ids.push(id);
        }
        if let Some(first) = ids.first() {
            sqlx::query::<Db>("UPDATE events SET series_id = $1 WHERE id = $1")
                .bind(first)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn events_ending_after(&self, after: i64) -> StoreResult<Vec<EventRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE e.ends_at > $1 ORDER BY e.starts_at, e.id LIMIT 500",
            super::events::EVENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, EventRow>(sql)
            .bind(after)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn series_events(&self, series_id: i64) -> StoreResult<Vec<EventRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE COALESCE(e.series_id, e.id) = $1 ORDER BY e.starts_at, e.id",
            super::events::EVENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, EventRow>(sql)
            .bind(series_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn all_events(&self) -> StoreResult<Vec<EventRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} ORDER BY e.starts_at, e.id",
            super::events::EVENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, EventRow>(sql)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn event(&self, id: i64) -> StoreResult<Option<EventRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE e.id = $1", super::events::EVENT_SELECT));
        Ok(sqlx::query_as::<Db, EventRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn sign_up(&self, event: i64, user: i64, now: i64) -> StoreResult<Signed> {
        use Signed;
        let mut tx = self.pool.begin().await?;
        // The event row first: this transaction now has the event to itself.
        let Some((going, capacity)) = sqlx::query_as::<Db, (i64, i64)>(
            "UPDATE events SET version = version + 1 WHERE id = $1 AND cancelled_at IS NULL RETURNING going, capacity",
        )
        .bind(event)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Signed::Closed);
        };
        if let Some(Text(status)) = sqlx::query_scalar::<Db, Text<RsvpStatus>>(
            "SELECT status FROM rsvps WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?
        {
            return Ok(Signed::Already(status));
        }
        let seat = going < capacity;
        sqlx::query::<Db>(
            "INSERT INTO rsvps (event_id, user_id, status, seq, created_at) \
             VALUES ($1, $2, $3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM rsvps WHERE event_id = $1), $4)",
        )
        .bind(event)
        .bind(user)
        .bind(Text(if seat {
            RsvpStatus::Going
        } else {
            RsvpStatus::Waiting
        }))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if seat {
            sqlx::query::<Db>("UPDATE events SET going = going + 1 WHERE id = $1")
                .bind(event)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(if seat { Signed::Going } else { Signed::Waiting })
    }

    async fn withdraw(&self, event: i64, user: i64) -> StoreResult<Option<Withdrawn>> {
        let mut tx = self.pool.begin().await?;
        sqlx::query::<Db>("UPDATE events SET version = version + 1 WHERE id = $1")
            .bind(event)
            .execute(&mut *tx)
            .await?;
        let Some(Text(status)) = sqlx::query_scalar::<Db, Text<RsvpStatus>>(
            "DELETE FROM rsvps WHERE event_id = $1 AND user_id = $2 RETURNING status",
        )
        .bind(event)
        .bind(user)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let was_going = status == RsvpStatus::Going;
        let mut promoted = None;
        if was_going {
            let cancelled = sqlx::query_scalar::<Db, i64>(
                "SELECT CAST(CASE WHEN cancelled_at IS NULL THEN 0 ELSE 1 END AS BIGINT) FROM events WHERE id = $1",
            )
            .bind(event)
            .fetch_one(&mut *tx)
            .await?;
            if cancelled == 0 {
                promoted = sqlx::query_scalar::<Db, i64>(
                    "UPDATE rsvps SET status = 'going' WHERE event_id = $1 AND status = 'waiting' AND seq = \
                     (SELECT MIN(seq) FROM rsvps WHERE event_id = $1 AND status = 'waiting') RETURNING user_id",
                )
                .bind(event)
                .fetch_optional(&mut *tx)
                .await?;
            }
            if promoted.is_none() {
                sqlx::query::<Db>("UPDATE events SET going = going - 1 WHERE id = $1")
                    .bind(event)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(Some(Withdrawn {
            was_going,
            promoted,
        }))
    }

    async fn attendees(&self, event: i64) -> StoreResult<Vec<AttendeeRow>> {
        Ok(sqlx::query_as::<Db, AttendeeRow>(
            "SELECT r.user_id, COALESCE(u.display_name, u.username) AS name, r.status, r.seq, \
             (r.attended <> 0) AS attended FROM rsvps r \
             JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 \
             ORDER BY CASE WHEN r.status = 'going' THEN 0 ELSE 1 END, r.seq",
        )
        .bind(event)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn signed_up(&self, user: i64) -> StoreResult<Vec<(i64, RsvpStatus)>> {
        Ok(sqlx::query_as::<Db, (i64, Text<RsvpStatus>)>(
            "SELECT event_id, status FROM rsvps WHERE user_id = $1",
        )
        .bind(user)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(event, Text(status))| (event, status))
        .collect())
    }

    async fn set_attended(&self, event: i64, user: i64, attended: bool) -> StoreResult<bool> {
        Ok(
            sqlx::query::<Db>(
                "UPDATE rsvps SET attended = $1 WHERE event_id = $2 AND user_id = $3",
            )
            .bind(i64::from(attended))
            .bind(event)
            .bind(user)
            .execute(&self.pool)
            .await?
            .rows_affected()
                > 0,
        )
    }

    async fn attended_events(&self, user: i64) -> StoreResult<Vec<EventRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE e.id IN (SELECT event_id FROM rsvps WHERE user_id = $1 AND attended <> 0) ORDER BY e.starts_at DESC, e.id DESC",
            super::events::EVENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, EventRow>(sql)
            .bind(user)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn set_feed(&self, user: i64, token_hash: &str, now: i64) -> StoreResult<()> {
        // One statement, so two at once (a double click) cannot collide.
        sqlx::query::<Db>(
            "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
        )
        .bind(user)
        .bind(token_hash)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn delete_feed(&self, user: i64) -> StoreResult<bool> {
        Ok(
            sqlx::query::<Db>("DELETE FROM calendar_feeds WHERE user_id = $1")
                .bind(user)
                .execute(&self.pool)
                .await?
                .rows_affected()
                > 0,
        )
    }

    async fn has_feed(&self, user: i64) -> StoreResult<bool> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT COUNT(*) FROM calendar_feeds WHERE user_id = $1")
                .bind(user)
                .fetch_one(&self.pool)
                .await?
                > 0,
        )
    }

    async fn feed_owner(&self, token_hash: &str) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT user_id FROM calendar_feeds WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn cancel_event(&self, event: i64, now: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "UPDATE events SET cancelled_at = $1, version = version + 1 WHERE id = $2 AND cancelled_at IS NULL",
        )
        .bind(now)
        .bind(event)
        .execute(&self.pool)
        .await?
        .rows_affected()
            > 0)
    }
}
