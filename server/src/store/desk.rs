//! What the desk and appointments stores keep: branches with their rooms
//! and kiosks, appointment slots and their bookings, and patrons' consent
//! to help from staff.

use async_trait::async_trait;

use libranet_core::account::Role;
use libranet_core::appointments::{AppointmentKind, SlotFields};

use super::StoreResult;
use super::columns::{Json, Text};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SlotRow {
    pub id: i64,
    pub host_id: i64,
    pub host_name: String,
    #[sqlx(try_from = "Text<AppointmentKind>")]
    pub kind: AppointmentKind,
    pub day: String,
    pub start: String,
    pub minutes: i64,
    /// The place, link and language.
    #[sqlx(try_from = "Json<SlotFields>")]
    pub body: SlotFields,
    pub time_zone: String,
    pub starts_at: i64,
    pub patron_id: Option<i64>,
    pub patron_name: Option<String>,
    pub patron_note: Option<String>,
    pub cancelled: bool,
}

/// One slot to publish.
pub struct NewSlot<'a> {
    pub kind: AppointmentKind,
    pub day: &'a str,
    pub start: &'a str,
    pub minutes: i64,
    pub starts_at: i64,
    pub time_zone: &'a str,
    pub body: &'a str,
}

/// What booking did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booked {
    Booked,
    /// Someone else holds it.
    Taken,
    /// The patron already holds an appointment at an overlapping time.
    Clash,
    /// No such slot, or cancelled, or in the past.
    Closed,
}

/// A booked appointment a reminder is due for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueAppointment {
    pub slot_id: i64,
    pub host_id: i64,
    pub patron_id: i64,
    pub starts_at: i64,
    pub time_zone: String,
}

#[async_trait]
pub trait AppointmentStore: Send + Sync {
    /// Publishes slots in one transaction; `None` (nothing written) when one
    /// overlaps a slot the host already offers.
    async fn create_slots(
        &self,
        host: i64,
        slots: &[NewSlot<'_>],
        now: i64,
    ) -> StoreResult<Option<Vec<i64>>>;
    /// Open (not booked, not cancelled) slots starting after `after`.
    async fn open_slots(&self, after: i64) -> StoreResult<Vec<SlotRow>>;
    async fn slot(&self, id: i64) -> StoreResult<Option<SlotRow>>;
    /// Slots the person booked or hosts, from `after` on, soonest first.
    async fn slots_of(&self, user: i64, after: i64) -> StoreResult<Vec<SlotRow>>;
    /// Books the slot for the patron unless taken, clashing or closed.
    async fn book_slot(
        &self,
        slot: i64,
        patron: i64,
        note: &str,
        after: i64,
        now: i64,
    ) -> StoreResult<Booked>;
    /// The patron gives the slot back (it opens again); `false` if they
    /// did not hold it.
    async fn release_slot(&self, slot: i64, patron: i64) -> StoreResult<bool>;
    /// The host (or staff) cancels the slot; returns the patron who held
    /// it, if any. `None` if already cancelled.
    async fn cancel_slot(&self, slot: i64, now: i64) -> StoreResult<Option<Option<i64>>>;
    /// Claims the booked appointments starting in `(now, until]` that have
    /// had no reminder yet.
    async fn take_due_appointments(&self, now: i64, until: i64)
    -> StoreResult<Vec<DueAppointment>>;
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BranchRow {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// `None`: the library's zone.
    pub time_zone: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoomRow {
    pub id: i64,
    pub branch_id: i64,
    pub name: String,
    pub capacity: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KioskRow {
    pub id: i64,
    pub branch_id: i64,
    pub label: String,
    pub idle_minutes: i64,
}

/// A profile that may count in the statistics.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StatisticsProfileRow {
    pub user_id: i64,
    /// When the person joined.
    pub created_at: i64,
    /// The profile details, as JSON.
    pub body: String,
}

/// A skill on such a profile.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StatisticsSkillRow {
    pub user_id: i64,
    pub skill_id: String,
    pub added_at: i64,
}

/// One event's seats taken and people who came.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendanceRow {
    pub event_id: i64,
    pub going: i64,
    pub attended: i64,
}

/// A patron as the desk finds them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PatronRow {
    pub id: i64,
    pub username: String,
    pub display_name: Option<String>,
    /// Read after the row, from `user_roles`.
    #[sqlx(skip)]
    pub roles: Vec<Role>,
    pub created_at: i64,
    pub sessions: i64,
    pub suspended_until: Option<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    pub id: i64,
    pub patron_id: i64,
    pub staff_id: Option<i64>,
    pub staff_name: Option<String>,
    pub granted_at: i64,
    pub expires_at: i64,
    pub ended_at: Option<i64>,
    pub edits: i64,
}

#[async_trait]
pub trait DeskStore: Send + Sync {
    async fn branches(&self) -> StoreResult<Vec<BranchRow>>;
    /// `Conflict` when the name is taken.
    /// `time_zone`: `None` for the library's.
    async fn create_branch(
        &self,
        name: &str,
        address: &str,
        time_zone: Option<&str>,
        now: i64,
    ) -> StoreResult<i64>;
    /// `false` if there is no such branch; `Conflict` on a taken name.
    async fn update_branch(
        &self,
        id: i64,
        name: &str,
        address: &str,
        time_zone: Option<&str>,
    ) -> StoreResult<bool>;
    async fn delete_branch(&self, id: i64) -> StoreResult<bool>;
    async fn rooms(&self) -> StoreResult<Vec<RoomRow>>;
    async fn create_room(&self, branch: i64, name: &str, capacity: i64) -> StoreResult<i64>;
    async fn delete_room(&self, id: i64) -> StoreResult<bool>;
    async fn kiosks(&self) -> StoreResult<Vec<KioskRow>>;
    async fn create_kiosk(&self, branch: i64, label: &str, idle_minutes: i64) -> StoreResult<i64>;
    async fn delete_kiosk(&self, id: i64) -> StoreResult<bool>;
    /// Accounts whose username or display name contains `text`
    /// (case-insensitive), at most `limit`.
    async fn find_patrons(&self, text: &str, now: i64, limit: i64) -> StoreResult<Vec<PatronRow>>;
    async fn patron(&self, id: i64, now: i64) -> StoreResult<Option<PatronRow>>;
    /// Records consent; ends any earlier one of the same patron.
    async fn grant_consent(
        &self,
        patron: i64,
        staff: i64,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64>;
    /// The consent in force for this patron, if any.
    async fn active_consent(&self, patron: i64, now: i64) -> StoreResult<Option<ConsentRow>>;
    /// Every consent the patron gave, newest first.
    async fn consents_of(&self, patron: i64) -> StoreResult<Vec<ConsentRow>>;
    /// Ends the consent in force; `false` if none was.
    async fn end_consent(&self, patron: i64, now: i64) -> StoreResult<bool>;
    async fn count_consent_edit(&self, consent: i64) -> StoreResult<()>;
    /// Profiles that may allow anonymous statistics (the caller reads the
    /// body to be sure).
    async fn statistics_profiles(&self) -> StoreResult<Vec<StatisticsProfileRow>>;
    /// The same profiles' skills.
    async fn statistics_skills(&self) -> StoreResult<Vec<StatisticsSkillRow>>;
    /// Every event that has sign-ups.
    async fn attendance_counts(&self) -> StoreResult<Vec<AttendanceRow>>;
}
