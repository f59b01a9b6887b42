//! What the mentoring store keeps: rows as the SQL returns them, before
//! the routes turn them into API views.

use async_trait::async_trait;

use libranet_core::mentoring::views::{NotificationKind, PauseReason};
use libranet_core::mentoring::{MenteeProfile, MentorProfile, RequestStatus};
use libranet_core::moderation::ReportStatus;

use super::StoreResult;
use super::columns::{Json, Text, TextOrNull};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MentorRow {
    pub user_id: i64,
    pub name: String,
    /// The profile as saved; its `open` flag is the one kept in `is_open`.
    #[sqlx(try_from = "Json<MentorProfile>")]
    pub body: MentorProfile,
    pub is_open: bool,
    pub active: i64,
    /// Requests waiting for this mentor's answer.
    pub waiting: i64,
    #[sqlx(try_from = "TextOrNull<PauseReason>")]
    pub paused_reason: Option<PauseReason>,
}

impl MentorRow {
    /// The profile, with the open flag the store keeps current.
    pub fn profile(&self) -> MentorProfile {
        MentorProfile {
            open: self.is_open,
            ..self.body.clone()
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub mentee_id: i64,
    pub mentee_name: String,
    pub mentor_id: i64,
    pub mentor_name: String,
    #[sqlx(try_from = "Text<RequestStatus>")]
    pub status: RequestStatus,
    pub message: String,
    pub question: Option<String>,
    pub answer: Option<String>,
    pub reason: Option<String>,
    /// What the mentee shared with this mentor when asking.
    #[sqlx(try_from = "Json<MenteeProfile>")]
    pub mentee_body: MenteeProfile,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Which text a request change writes with the new status.
#[derive(Debug, Clone, Copy)]
pub enum RequestText {
    Question,
    Answer,
    Reason,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MentorshipRow {
    pub id: i64,
    pub mentor_id: i64,
    pub mentor_name: String,
    pub mentee_id: i64,
    pub mentee_name: String,
    pub cohort_id: Option<i64>,
    #[sqlx(try_from = "Json<Vec<String>>")]
    pub goals: Vec<String>,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    /// Messages from the other person the viewer has not read.
    pub unread: i64,
}

impl MentorshipRow {
    pub fn has_member(&self, user_id: i64) -> bool {
        self.mentor_id == user_id || self.mentee_id == user_id
    }

    pub fn other(&self, user_id: i64) -> i64 {
        if self.mentor_id == user_id {
            self.mentee_id
        } else {
            self.mentor_id
        }
    }

    pub fn other_name(&self, user_id: i64) -> &str {
        if self.mentor_id == user_id {
            &self.mentee_name
        } else {
            &self.mentor_name
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// The new mentorship.
    Done(i64),
    /// The mentor has no free place.
    Full,
    /// Someone else changed the request first.
    NotOpen,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CheckInRow {
    pub id: i64,
    pub day: String,
    pub time: String,
    pub minutes: i64,
    pub topic: String,
    pub time_zone: String,
    /// Unix seconds of `day` and `time` in `time_zone`.
    pub starts_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub sender_id: i64,
    pub body: String,
    pub created_at: i64,
}

impl From<MessageRow> for libranet_core::mentoring::views::Message {
    fn from(row: MessageRow) -> Self {
        libranet_core::mentoring::views::Message {
            id: row.id,
            sender_id: row.sender_id,
            body: row.body,
            created_at: row.created_at,
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    #[sqlx(try_from = "Text<NotificationKind>")]
    pub kind: NotificationKind,
    pub subject_id: Option<i64>,
    pub detail: String,
    pub created_at: i64,
    pub read: bool,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    pub id: i64,
    pub reporter_id: i64,
    pub reporter_name: String,
    pub subject_id: i64,
    pub subject_name: String,
    /// What was reported, `kind:id` (see `libranet_core::moderation`).
    pub context: String,
    #[sqlx(try_from = "Text<ReportStatus>")]
    pub status: ReportStatus,
    pub reason: String,
    pub attached: Option<String>,
    /// The reported text as it read when reported.
    pub excerpt: Option<String>,
    pub created_at: i64,
}

/// A report to store.
pub struct ReportEntry<'a> {
    pub reporter: i64,
    /// Whose post, page or need it is.
    pub subject: i64,
    /// What was reported, `kind:id`.
    pub context: &'a str,
    pub reason: &'a str,
    /// The pair's messages, when the reporter attached them.
    pub attached: Option<&'a str>,
    /// The reported text as it reads now.
    pub excerpt: Option<&'a str>,
    pub now: i64,
}

/// A check-in starting soon that nobody was reminded of yet.
#[derive(Debug, Clone)]
pub struct DueCheckIn {
    pub mentorship_id: i64,
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub starts_at: i64,
    pub time_zone: String,
}

#[async_trait]
pub trait MentoringStore: Send + Sync {
    async fn mentor(&self, user_id: i64) -> StoreResult<Option<MentorRow>>;
    async fn save_mentor(
        &self,
        user_id: i64,
        body: &str,
        capacity: i64,
        open: bool,
        now: i64,
    ) -> StoreResult<()>;
    async fn open_mentors(&self) -> StoreResult<Vec<MentorRow>>;
    async fn mentee(&self, user_id: i64) -> StoreResult<Option<String>>;
    async fn save_mentee(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()>;

    /// `Conflict` when the pair already has an open request.
    async fn create_request(
        &self,
        mentee_id: i64,
        mentor_id: i64,
        message: &str,
        mentee_body: &str,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64>;
    async fn request(&self, id: i64) -> StoreResult<Option<RequestRow>>;
    async fn requests_of(&self, user_id: i64) -> StoreResult<Vec<RequestRow>>;
    /// Moves a request from `from` to `to` (only if it is still in `from`),
    /// writing `text` into the column it belongs to. `expires_at` restarts
    /// the clock when given.
    async fn change_request(
        &self,
        id: i64,
        from: RequestStatus,
        to: RequestStatus,
        text: Option<(RequestText, &str)>,
        expires_at: Option<i64>,
        now: i64,
    ) -> StoreResult<bool>;
    /// Takes one of the mentor's places and opens the mentorship, in one
    /// transaction: never over capacity, also under concurrent accepts.
    async fn accept_request(
        &self,
        id: i64,
        from: RequestStatus,
        goals: &str,
        now: i64,
    ) -> StoreResult<Accepted>;
    /// Expires overdue requests; returns them with whether the mentor was
    /// the one who let them lapse.
    async fn expire_requests(&self, now: i64) -> StoreResult<Vec<(RequestRow, bool)>>;
    /// Counts one more lapsed request; pauses the mentor at `limit` and
    /// says whether this call paused them.
    async fn count_lapse(
        &self,
        mentor_id: i64,
        limit: i64,
        reason: PauseReason,
    ) -> StoreResult<bool>;
    async fn reset_lapses(&self, mentor_id: i64) -> StoreResult<()>;
}

/// Mentorships under way: check-ins, notes, messages, the end and
/// feedback.
#[async_trait]
pub trait MentorshipStore: Send + Sync {
    async fn mentorships_of(&self, user_id: i64) -> StoreResult<Vec<MentorshipRow>>;
    async fn mentorship(&self, id: i64, viewer: i64) -> StoreResult<Option<MentorshipRow>>;
    async fn set_goals(&self, id: i64, goals: &str) -> StoreResult<()>;
    async fn add_check_in(
        &self,
        mentorship_id: i64,
        row: &CheckInRow,
        by: i64,
        now: i64,
    ) -> StoreResult<i64>;
    async fn check_ins(&self, mentorship_id: i64) -> StoreResult<Vec<CheckInRow>>;
    async fn delete_check_in(&self, mentorship_id: i64, id: i64) -> StoreResult<bool>;
    /// Check-ins starting before `until` not yet reminded of, marked now.
    async fn take_due_check_ins(&self, now: i64, until: i64) -> StoreResult<Vec<DueCheckIn>>;
    async fn note(&self, mentorship_id: i64, user_id: i64) -> StoreResult<Option<String>>;
    async fn save_note(
        &self,
        mentorship_id: i64,
        user_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<()>;
    async fn messages(&self, mentorship_id: i64) -> StoreResult<Vec<MessageRow>>;
    async fn add_message(
        &self,
        mentorship_id: i64,
        sender_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64>;
    async fn mark_read(&self, mentorship_id: i64, user_id: i64, last_read: i64) -> StoreResult<()>;
    /// Ends an ongoing mentorship and frees the mentor's place; `false`
    /// when it had already ended.
    async fn end_mentorship(&self, id: i64, by: i64, now: i64) -> StoreResult<bool>;
    /// `Conflict` when this person already gave feedback.
    async fn save_feedback(
        &self,
        mentorship_id: i64,
        user_id: i64,
        rating: i64,
        comment: &str,
        now: i64,
    ) -> StoreResult<()>;
    async fn feedback(
        &self,
        mentorship_id: i64,
        user_id: i64,
    ) -> StoreResult<Option<(i64, String)>>;
}

/// Blocks and reports, which keep people safe from each other.
#[async_trait]
pub trait SafetyStore: Send + Sync {
    async fn block(&self, blocker: i64, blocked: i64, now: i64) -> StoreResult<()>;
    async fn unblock(&self, blocker: i64, blocked: i64) -> StoreResult<()>;
    /// Whether either blocked the other.
    async fn blocked_between(&self, a: i64, b: i64) -> StoreResult<bool>;
    async fn blocked_by(&self, blocker: i64) -> StoreResult<Vec<i64>>;
    /// Everyone the person blocked or was blocked by.
    async fn blocks_involving(&self, user_id: i64) -> StoreResult<Vec<i64>>;
    /// `Conflict` while the same person's report of the same thing is open.
    async fn create_report(&self, report: ReportEntry<'_>) -> StoreResult<i64>;
    /// Newest first, at most 200.
    async fn reports(&self) -> StoreResult<Vec<ReportRow>>;
    async fn report(&self, id: i64) -> StoreResult<Option<ReportRow>>;
    async fn set_report_status(&self, id: i64, status: ReportStatus) -> StoreResult<()>;
}

/// The notification inbox.
#[async_trait]
pub trait InboxStore: Send + Sync {
    async fn notify(
        &self,
        user_id: i64,
        kind: NotificationKind,
        subject_id: Option<i64>,
        detail: &str,
        now: i64,
    ) -> StoreResult<()>;
    async fn inbox(&self, user_id: i64, limit: i64) -> StoreResult<Vec<NotificationRow>>;
    async fn unread_notifications(&self, user_id: i64) -> StoreResult<i64>;
    async fn mark_notifications_read(&self, user_id: i64, up_to: i64, now: i64) -> StoreResult<()>;
}
