//! Appointment slots: publishing, booking, cancelling and reminders. Booking a
//! slot first locks the patron's account row (an update that changes
//! nothing), then claims the slot with a conditional update: two people
//! never get one slot, and one person never holds two slots at overlapping
//! times, on either backend.

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::desk::AppointmentStore;
use crate::store::desk::Booked;
use crate::store::desk::DueAppointment;
use crate::store::desk::NewSlot;
use crate::store::desk::SlotRow;

use super::{BookableSlot, Db, SLOT_SELECT, SqlStore};

#[async_trait::async_trait]
impl AppointmentStore for SqlStore<Db> {
    async fn create_slots(
        &self,
        host: i64,
        slots: &[NewSlot<'_>],
        now: i64,
    ) -> StoreResult<Option<Vec<i64>>> {
        let mut tx = self.pool.begin().await?;
        // The host's row first: one host's publishing happens one at a time.
        sqlx::query::<Db>("UPDATE users SET updated_at = updated_at WHERE id = $1")
            .bind(host)
            .execute(&mut *tx)
            .await?;
        let mut ids = Vec::with_capacity(slots.len());
        for slot in slots {
            let clash = sqlx::query_scalar::<Db, i64>(
                "SELECT COUNT(*) FROM appointment_slots WHERE (host_id = $1 OR patron_id = $1) AND cancelled_at IS NULL \
                 AND starts_at < $2 + $3 * 60 AND $2 < starts_at + minutes * 60",
            )
            .bind(host)
            .bind(slot.starts_at)
            .bind(slot.minutes)
            .fetch_one(&mut *tx)
            .await?;
            if clash > 0 {
                return Ok(None);
            }
            let id = sqlx::query_scalar::<Db, i64>(
                "INSERT INTO appointment_slots (host_id, kind, day, start, minutes, starts_at, body, created_at, time_zone) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(host)
            .bind(Text(slot.kind))
            .bind(slot.day)
            .bind(slot.start)
            .bind(slot.minutes)
            .bind(slot.starts_at)
            .bind(slot.body)
            .bind(now)
            .bind(slot.time_zone)
            .fetch_one(&mut *tx)
            .await?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(Some(ids))
    }

    async fn open_slots(&self, after: i64) -> StoreResult<Vec<SlotRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{SLOT_SELECT} WHERE s.patron_id IS NULL AND s.cancelled_at IS NULL AND s.starts_at > $1 \
             ORDER BY s.starts_at, s.id LIMIT 500"
        ));
        Ok(sqlx::query_as::<Db, SlotRow>(sql)
            .bind(after)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn slot(&self, id: i64) -> StoreResult<Option<SlotRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{SLOT_SELECT} WHERE s.id = $1"));
        Ok(sqlx::query_as::<Db, SlotRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn slots_of(&self, user: i64, after: i64) -> StoreResult<Vec<SlotRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{SLOT_SELECT} WHERE (s.patron_id = $1 OR s.host_id = $1) AND s.starts_at > $2 \
             ORDER BY s.starts_at, s.id LIMIT 500"
        ));
        Ok(sqlx::query_as::<Db, SlotRow>(sql)
            .bind(user)
            .bind(after)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn book_slot(
        &self,
        slot: i64,
        patron: i64,
        note: &str,
        after: i64,
        now: i64,
    ) -> StoreResult<Booked> {
        use Booked;
        let mut tx = self.pool.begin().await?;
        // The patron's row first: one person's bookings happen one at a time.
        sqlx::query::<Db>("UPDATE users SET updated_at = updated_at WHERE id = $1")
            .bind(patron)
            .execute(&mut *tx)
            .await?;
        let Some(BookableSlot {
            starts_at,
            minutes,
            host_id,
            patron_id,
        }) = sqlx::query_as::<Db, BookableSlot>(
            "SELECT starts_at, minutes, host_id, patron_id FROM appointment_slots \
             WHERE id = $1 AND cancelled_at IS NULL AND starts_at > $2",
        )
        .bind(slot)
        .bind(after)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(Booked::Closed);
        };
        if host_id == patron {
            return Ok(Booked::Closed);
        }
        if patron_id.is_some() {
            return Ok(Booked::Taken);
        }
        let clash = sqlx::query_scalar::<Db, i64>(
            "SELECT COUNT(*) FROM appointment_slots WHERE (patron_id = $1 OR host_id = $1) AND cancelled_at IS NULL \
             AND starts_at < $2 + $3 * 60 AND $2 < starts_at + minutes * 60",
        )
        .bind(patron)
        .bind(starts_at)
        .bind(minutes)
        .fetch_one(&mut *tx)
        .await?;
        if clash > 0 {
            return Ok(Booked::Clash);
        }
        // The claim itself: only one transaction finds patron_id empty.
        let claimed = sqlx::query::<Db>(
            "UPDATE appointment_slots SET patron_id = $1, patron_note = $2, booked_at = $3, reminded = 0 \
             WHERE id = $4 AND patron_id IS NULL AND cancelled_at IS NULL",
        )
        .bind(patron)
        .bind(note)
        .bind(now)
        .bind(slot)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed != 1 {
            return Ok(Booked::Taken);
        }
        tx.commit().await?;
        Ok(Booked::Booked)
    }

    async fn release_slot(&self, slot: i64, patron: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "UPDATE appointment_slots SET patron_id = NULL, patron_note = NULL, booked_at = NULL, reminded = 0 \
             WHERE id = $1 AND patron_id = $2 AND cancelled_at IS NULL",
        )
        .bind(slot)
        .bind(patron)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    async fn cancel_slot(&self, slot: i64, now: i64) -> StoreResult<Option<Option<i64>>> {
        Ok(sqlx::query_scalar::<Db, Option<i64>>(
            "UPDATE appointment_slots SET cancelled_at = $1 WHERE id = $2 AND cancelled_at IS NULL RETURNING patron_id",
        )
        .bind(now)
        .bind(slot)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn take_due_appointments(
        &self,
        now: i64,
        until: i64,
    ) -> StoreResult<Vec<DueAppointment>> {
        Ok(sqlx::query_as::<Db, DueAppointment>(
            "UPDATE appointment_slots SET reminded = 1 WHERE reminded = 0 AND patron_id IS NOT NULL \
             AND cancelled_at IS NULL AND starts_at > $1 AND starts_at <= $2 \
             RETURNING id AS slot_id, host_id, patron_id, starts_at, COALESCE(time_zone, '') AS time_zone",
        )
        .bind(now)
        .bind(until)
        .fetch_all(&self.pool)
        .await?)
    }
}
