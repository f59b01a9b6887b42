//! Branches, rooms and kiosks; patrons, found by the desk, and their
//! consent to desk help; the counts behind insight. Appointment slots are
//! in the child module.

use crate::store::StoreResult;
use crate::store::desk::AttendanceRow;
use crate::store::desk::BranchRow;
use crate::store::desk::ConsentRow;
use crate::store::desk::DeskStore;
use crate::store::desk::KioskRow;
use crate::store::desk::PatronRow;
use crate::store::desk::RoomRow;
use crate::store::desk::StatisticsProfileRow;
use crate::store::desk::StatisticsSkillRow;

use super::{Db, SqlStore};

#[path = "desk/appointments.rs"]
mod appointments;

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
