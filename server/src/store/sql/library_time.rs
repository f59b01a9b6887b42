//! Finding and zoning rows written before scheduled things had a zone.

use crate::store::StoreResult;
use crate::store::library_time::LibraryTimeStore;
use crate::store::library_time::Unzoned;
use crate::store::library_time::UnzonedRows;

use super::{Db, SqlStore};

#[async_trait::async_trait]
impl LibraryTimeStore for SqlStore<Db> {
    async fn unzoned(&self) -> StoreResult<UnzonedRows> {
        let events = self
            .unzoned_rows("SELECT id, day, body FROM events WHERE time_zone IS NULL ORDER BY id")
            .await?;
        let slots = self
            .unzoned_rows(
                "SELECT id, day, start AS time, minutes FROM appointment_slots WHERE time_zone IS NULL ORDER BY id",
            )
            .await?;
        let check_ins = self
            .unzoned_rows(
                "SELECT id, day, time, minutes FROM mentorship_checkins WHERE time_zone IS NULL ORDER BY id",
            )
            .await?;
        let meetups = self
            .unzoned_rows(
                "SELECT id, body FROM meetups WHERE body NOT LIKE '%\"time_zone\":\"%' ORDER BY id",
            )
            .await?;
        Ok(UnzonedRows {
            events,
            slots,
            check_ins,
            meetups,
        })
    }

    async fn zone_event(
        &self,
        id: i64,
        zone: &str,
        body: &str,
        starts_at: i64,
        ends_at: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE events SET time_zone = $1, body = $2, starts_at = $3, ends_at = $4 \
             WHERE id = $5 AND time_zone IS NULL",
        )
        .bind(zone)
        .bind(body)
        .bind(starts_at)
        .bind(ends_at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn zone_slot(&self, id: i64, zone: &str, starts_at: i64) -> StoreResult<()> {
        self.zone_timed("appointment_slots", id, zone, starts_at)
            .await
    }

    async fn zone_check_in(&self, id: i64, zone: &str, starts_at: i64) -> StoreResult<()> {
        self.zone_timed("mentorship_checkins", id, zone, starts_at)
            .await
    }

    async fn zone_meetup(&self, id: i64, body: &str) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE meetups SET body = $1 WHERE id = $2 AND body NOT LIKE '%\"time_zone\":\"%'",
        )
        .bind(body)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

impl SqlStore<Db> {
    /// Gives a row of `table` (a fixed name, never input) with a day, a
    /// time and no zone its zone and the instant it starts.
    async fn zone_timed(
        &self,
        table: &str,
        id: i64,
        zone: &str,
        starts_at: i64,
    ) -> StoreResult<()> {
        let sql = sqlx::AssertSqlSafe(format!(
            "UPDATE {table} SET time_zone = $1, starts_at = $2 WHERE id = $3 AND time_zone IS NULL"
        ));
        sqlx::query::<Db>(sql)
            .bind(zone)
            .bind(starts_at)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Rows of one table still without a zone, read by column name.
    async fn unzoned_rows(&self, sql: &'static str) -> StoreResult<Vec<Unzoned>> {
        Ok(sqlx::query_as::<Db, Unzoned>(sql)
            .fetch_all(&self.pool)
            .await?)
    }
}
