//! Rows written before scheduled things had a zone: the start-up step in
//! `crate::library_time` reads their wall-clock text in the migration zone
//! and stores the zone and instants.

use async_trait::async_trait;

use super::StoreResult;

/// What a row without a zone says about its time. A column a table does
/// not have is left empty (or 0).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Unzoned {
    pub id: i64,
    /// `YYYY-MM-DD`; empty for meet-ups.
    #[sqlx(default)]
    pub day: String,
    /// `HH:MM` for slots and check-ins; empty for events and meet-ups,
    /// whose times are in `body`.
    #[sqlx(default)]
    pub time: String,
    #[sqlx(default)]
    pub minutes: i64,
    /// The JSON body (events and meet-ups).
    #[sqlx(default)]
    pub body: String,
}

/// Every row still without a zone, by table.
#[derive(Debug, Clone, Default)]
pub struct UnzonedRows {
    pub events: Vec<Unzoned>,
    pub slots: Vec<Unzoned>,
    pub check_ins: Vec<Unzoned>,
    pub meetups: Vec<Unzoned>,
}

impl UnzonedRows {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.slots.is_empty()
            && self.check_ins.is_empty()
            && self.meetups.is_empty()
    }
}

#[async_trait]
pub trait LibraryTimeStore: Send + Sync {
    async fn unzoned(&self) -> StoreResult<UnzonedRows>;
    /// Each update sets the zone only where it is still empty, so two
    /// instances starting at once write it once.
    async fn zone_event(
        &self,
        id: i64,
        zone: &str,
        body: &str,
        starts_at: i64,
        ends_at: i64,
    ) -> StoreResult<()>;
    async fn zone_slot(&self, id: i64, zone: &str, starts_at: i64) -> StoreResult<()>;
    async fn zone_check_in(&self, id: i64, zone: &str, starts_at: i64) -> StoreResult<()>;
    async fn zone_meetup(&self, id: i64, body: &str) -> StoreResult<()>;
}
