//! Branches, rooms and kiosks; appointment slots; patrons' consent to desk
//! help. Booking a slot first locks the patron's account row (an update
//! that changes nothing), then claims the slot with a conditional update:
//! two people never get one slot, and one person never holds two slots at
//! overlapping times, on either backend.

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::desk::AppointmentStore;
use crate::store::desk::AttendanceRow;
use crate::store::desk::Booked;
use crate::store::desk::BranchRow;
use crate::store::desk::ConsentRow;
use crate::store::desk::DeskStore;
use crate::store::desk::DueAppointment;
use crate::store::desk::KioskRow;
use crate::store::desk::NewSlot;
use crate::store::desk::PatronRow;
use crate::store::desk::RoomRow;
use crate::store::desk::SlotRow;
use crate::store::desk::StatisticsProfileRow;
use crate::store::desk::StatisticsSkillRow;

use super::{Db, SqlStore};

pub(crate) const SLOT_SELECT: &str = "SELECT s.id, s.host_id, COALESCE(h.display_name, h.username) AS host_name, s.kind, \
     s.day, s.start, s.minutes, s.body, s.patron_id, COALESCE(p.display_name, p.username) AS patron_name, s.patron_note, \
     (CAST(CASE WHEN s.cancelled_at IS NULL THEN 0 ELSE 1 END AS BIGINT) <> 0) AS cancelled, \
     COALESCE(s.time_zone, '') AS time_zone, s.starts_at \
     FROM appointment_slots s JOIN users h ON h.id = s.host_id LEFT JOIN users p ON p.id = s.patron_id";

pub(crate) const PATRON_SELECT: &str = "SELECT u.id, u.username, u.display_name, u.created_at, \
     (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.last_seen_at + s.idle_secs > $1 \
        AND s.created_at + s.absolute_secs > $1 AND (s.alive_until IS NULL OR s.alive_until >= $1)) AS sessions, \
     u.suspended_until FROM users u";

pub(crate) const CONSENT_SELECT: &str = "SELECT c.id, c.patron_id, c.staff_id, COALESCE(u.display_name, u.username) AS staff_name, \
     c.granted_at, c.expires_at, c.ended_at, c.edits FROM desk_consents c LEFT JOIN users u ON u.id = c.staff_id";

/// A slot as booking reads it.
#[derive(sqlx::FromRow)]
pub(crate) struct BookableSlot {
    starts_at: i64,
    minutes: i64,
    host_id: i64,
    patron_id: Option<i64>,
}

/// `%text%` for LIKE, with the wildcards in `text` taken literally.
pub(crate) fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

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
            "{} WHERE s.patron_id IS NULL AND s.cancelled_at IS NULL AND s.starts_at > $1 \
             ORDER BY s.starts_at, s.id LIMIT 500",
            super::desk::SLOT_SELECT
        ));
        Ok(sqlx::query_as::<Db, SlotRow>(sql)
            .bind(after)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn slot(&self, id: i64) -> StoreResult<Option<SlotRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE s.id = $1", super::desk::SLOT_SELECT));
        Ok(sqlx::query_as::<Db, SlotRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn slots_of(&self, user: i64, after: i64) -> StoreResult<Vec<SlotRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE (s.patron_id = $1 OR s.host_id = $1) AND s.starts_at > $2 \
             ORDER BY s.starts_at, s.id LIMIT 500",
            super::desk::SLOT_SELECT
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

#[async_trait::async_trait]
impl DeskStore for SqlStore<Db> {
    async fn branches(&self) -> StoreResult<Vec<BranchRow>> {
        Ok(sqlx::query_as::<Db, BranchRow>(
            "SELECT id, name, address, time_zone FROM branches ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_branch(
        &self,
        name: &str,
        address: &str,
        time_zone: Option<&str>,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO branches (name, address, created_at, time_zone) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(name)
        .bind(address)
        .bind(now)
        .bind(time_zone)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn update_branch(
        &self,
        id: i64,
        name: &str,
        address: &str,
        time_zone: Option<&str>,
    ) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "UPDATE branches SET name = $1, address = $2, time_zone = $3 WHERE id = $4",
        )
        .bind(name)
        .bind(address)
        .bind(time_zone)
        .bind(id)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    async fn delete_branch(&self, id: i64) -> StoreResult<bool> {
        let mut tx = self.pool.begin().await?;
        for sql in [
            "DELETE FROM rooms WHERE branch_id = $1",
            "DELETE FROM kiosks WHERE branch_id = $1",
        ] {
            sqlx::query::<Db>(sql).bind(id).execute(&mut *tx).await?;
        }
        let gone = sqlx::query::<Db>("DELETE FROM branches WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        tx.commit().await?;
        Ok(gone)
    }

    async fn rooms(&self) -> StoreResult<Vec<RoomRow>> {
        Ok(sqlx::query_as::<Db, RoomRow>(
            "SELECT id, branch_id, name, capacity FROM rooms ORDER BY branch_id, name",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_room(&self, branch: i64, name: &str, capacity: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO rooms (branch_id, name, capacity) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(branch)
        .bind(name)
        .bind(capacity)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn delete_room(&self, id: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>("DELETE FROM rooms WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            == 1)
    }

    async fn kiosks(&self) -> StoreResult<Vec<KioskRow>> {
        Ok(sqlx::query_as::<Db, KioskRow>(
            "SELECT id, branch_id, label, idle_minutes FROM kiosks ORDER BY branch_id, label",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_kiosk(&self, branch: i64, label: &str, idle_minutes: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO kiosks (branch_id, label, idle_minutes) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(branch)
        .bind(label)
        .bind(idle_minutes)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn delete_kiosk(&self, id: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>("DELETE FROM kiosks WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected()
            == 1)
    }

    async fn find_patrons(&self, text: &str, now: i64, limit: i64) -> StoreResult<Vec<PatronRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE LOWER(u.username) LIKE $2 ESCAPE '\\' OR LOWER(COALESCE(u.display_name, '')) LIKE $2 ESCAPE '\\' \
             ORDER BY u.username LIMIT $3",
            super::desk::PATRON_SELECT
        ));
        let rows = sqlx::query_as::<Db, PatronRow>(sql)
            .bind(now)
            .bind(super::desk::contains_pattern(text))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        let mut patrons = Vec::with_capacity(rows.len());
        for row in rows {
            patrons.push(self.patron_with_roles(row).await?);
        }
        Ok(patrons)
    }

    async fn patron(&self, id: i64, now: i64) -> StoreResult<Option<PatronRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE u.id = $2", super::desk::PATRON_SELECT));
        match sqlx::query_as::<Db, PatronRow>(sql)
            .bind(now)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        {
            Some(row) => Ok(Some(self.patron_with_roles(row).await?)),
            None => Ok(None),
        }
    }

    async fn grant_consent(
        &self,
        patron: i64,
        staff: i64,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        sqlx::query::<Db>(
            "UPDATE desk_consents SET ended_at = $1 WHERE patron_id = $2 AND ended_at IS NULL",
        )
        .bind(now)
        .bind(patron)
        .execute(&mut *tx)
        .await?;
        let id = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO desk_consents (patron_id, staff_id, granted_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(patron)
        .bind(staff)
        .bind(now)
        .bind(expires_at)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn active_consent(&self, patron: i64, now: i64) -> StoreResult<Option<ConsentRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE c.patron_id = $1 AND c.ended_at IS NULL AND c.expires_at > $2 ORDER BY c.id DESC LIMIT 1",
            super::desk::CONSENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, ConsentRow>(sql)
            .bind(patron)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn consents_of(&self, patron: i64) -> StoreResult<Vec<ConsentRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE c.patron_id = $1 ORDER BY c.id DESC LIMIT 50",
            super::desk::CONSENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, ConsentRow>(sql)
            .bind(patron)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn end_consent(&self, patron: i64, now: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "UPDATE desk_consents SET ended_at = $1 WHERE patron_id = $2 AND ended_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(patron)
        .execute(&self.pool)
        .await?
        .rows_affected()
            > 0)
    }

    async fn statistics_profiles(&self) -> StoreResult<Vec<StatisticsProfileRow>> {
        Ok(sqlx::query_as::<Db, StatisticsProfileRow>(
            "SELECT d.user_id, u.created_at, d.body FROM profile_details d JOIN users u ON u.id = d.user_id \
             WHERE d.body LIKE '%\"statistics\":true%'",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn statistics_skills(&self) -> StoreResult<Vec<StatisticsSkillRow>> {
        Ok(sqlx::query_as::<Db, StatisticsSkillRow>(
            "SELECT s.user_id, s.skill_id, s.added_at FROM profile_skills s \
             JOIN profile_details d ON d.user_id = s.user_id WHERE d.body LIKE '%\"statistics\":true%'",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn attendance_counts(&self) -> StoreResult<Vec<AttendanceRow>> {
        Ok(sqlx::query_as::<Db, AttendanceRow>(
            "SELECT event_id, CAST(SUM(CASE WHEN status = 'going' THEN 1 ELSE 0 END) AS BIGINT) AS going, \
             CAST(SUM(CASE WHEN attended = 1 THEN 1 ELSE 0 END) AS BIGINT) AS attended FROM rsvps GROUP BY event_id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn count_consent_edit(&self, consent: i64) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE desk_consents SET edits = edits + 1 WHERE id = $1")
            .bind(consent)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl SqlStore<Db> {
    async fn patron_with_roles(&self, mut row: PatronRow) -> StoreResult<PatronRow> {
        row.roles = self.roles_of(row.id).await?;
        Ok(row)
    }
}
