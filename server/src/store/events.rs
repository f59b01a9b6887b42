//! What the events store keeps: events (one row per date of a series) and
//! who signed up, in order, with the seats and the waitlist.

use async_trait::async_trait;

use libranet_core::events::{EventFields, RsvpStatus};

use super::StoreResult;
use super::columns::{Json, Text};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub series_id: i64,
    pub owner_id: i64,
    pub owner_name: String,
    #[sqlx(try_from = "Json<EventFields>")]
    pub body: EventFields,
    pub day: String,
    pub capacity: i64,
    pub going: i64,
    pub waiting: i64,
    pub cancelled: bool,
    pub time_zone: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// One date of a new series.
pub struct NewEvent<'a> {
    /// `YYYY-MM-DD` on the wall clock of `time_zone`.
    pub day: String,
    pub body: &'a str,
    pub time_zone: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// What signing up did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    Going,
    Waiting,
    /// Already signed up (with this status); nothing changed.
    Already(RsvpStatus),
    /// No such event, or it was cancelled.
    Closed,
}

/// What withdrawing did: the status one had, and who moved up into the
/// freed seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Withdrawn {
    pub was_going: bool,
    pub promoted: Option<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendeeRow {
    pub user_id: i64,
    pub name: String,
    #[sqlx(try_from = "Text<RsvpStatus>")]
    pub status: RsvpStatus,
    pub seq: i64,
    pub attended: bool,
}

#[async_trait]
pub trait EventStore: Send + Sync {
    /// Creates every date of a series in one transaction; returns the ids.
    async fn create_events(
        &self,
        owner: i64,
        capacity: i64,
        dates: &[NewEvent<'_>],
        now: i64,
    ) -> StoreResult<Vec<i64>>;
    /// Events that end after `after` (unix seconds), soonest first.
    async fn events_ending_after(&self, after: i64) -> StoreResult<Vec<EventRow>>;
    async fn event(&self, id: i64) -> StoreResult<Option<EventRow>>;
    /// Every date of one series, in order.
    async fn series_events(&self, series_id: i64) -> StoreResult<Vec<EventRow>>;
    /// Every event ever held or planned (library insight reads them all).
    async fn all_events(&self) -> StoreResult<Vec<EventRow>>;
    /// Takes a seat if one is free, else a place at the end of the waitlist.
    async fn sign_up(&self, event: i64, user: i64, now: i64) -> StoreResult<Signed>;
    /// Leaves the event; a freed seat goes to the first on the waitlist.
    /// `None` if the person was not signed up.
    async fn withdraw(&self, event: i64, user: i64) -> StoreResult<Option<Withdrawn>>;
    /// Everyone signed up, seats first, then the waitlist in order.
    async fn attendees(&self, event: i64) -> StoreResult<Vec<AttendeeRow>>;
    /// (event, status) for every event the person signed up for.
    async fn signed_up(&self, user: i64) -> StoreResult<Vec<(i64, RsvpStatus)>>;
    /// Marks whether someone signed up came; `false` if they are not on
    /// the list.
    async fn set_attended(&self, event: i64, user: i64, attended: bool) -> StoreResult<bool>;
    /// Events the person was marked as attending, newest first.
    async fn attended_events(&self, user: i64) -> StoreResult<Vec<EventRow>>;
    /// `false` if it was cancelled already.
    async fn cancel_event(&self, event: i64, now: i64) -> StoreResult<bool>;
    /// Sets (or replaces) the person's calendar feed token hash.
    async fn set_feed(&self, user: i64, token_hash: &str, now: i64) -> StoreResult<()>;
    /// `false` if the person had no feed.
    async fn delete_feed(&self, user: i64) -> StoreResult<bool>;
    async fn has_feed(&self, user: i64) -> StoreResult<bool>;
    /// Whose feed this token hash opens.
    async fn feed_owner(&self, token_hash: &str) -> StoreResult<Option<i64>>;
}
