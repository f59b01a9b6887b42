//! What the mentoring API sends and receives.

use serde::{Deserialize, Serialize};

use super::{CheckInFields, Feedback, MenteeProfile, MentorProfile, RequestAction, RequestStatus};

mod cohorts;
mod notifications;
pub use cohorts::*;
pub use notifications::*;

/// Why a mentor is paused when they did not pause themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PauseReason {
    /// Requests expired unanswered several times in a row.
    ExpiredRequests,
}

impl PauseReason {
    /// The name stored and sent for this reason.
    pub fn as_str(self) -> &'static str {
        "expired_requests"
    }

    /// The reason with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        (name == PauseReason::ExpiredRequests.as_str()).then_some(PauseReason::ExpiredRequests)
    }
}

/// One's own mentoring set-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyMentoring {
    /// One's mentor profile, if one offers to mentor.
    pub mentor: Option<MentorProfile>,
    /// Ongoing mentorships as the mentor.
    pub active: u8,
    /// Why the mentor profile was paused for one, if the system paused it.
    pub paused_reason: Option<PauseReason>,
    /// One's mentee profile, if one looks for a mentor.
    pub mentee: Option<MenteeProfile>,
}

/// A mentor as others browse them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorCard {
    /// The mentor's account id.
    pub user_id: i64,
    /// The mentor's display name.
    pub name: String,
    /// What the mentor offers.
    pub profile: MentorProfile,
    /// Places taken by mentorships and by requests waiting for an answer.
    pub taken: u8,
}

/// A mentee's request to be mentored by one mentor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewRequest {
    /// The account id of the mentor asked.
    pub mentor_id: i64,
    /// A note to the mentor; may be empty.
    #[serde(default)]
    pub message: String,
}

/// A request as either side sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestView {
    /// The request's id.
    pub id: i64,
    /// The account id of the mentee who asked.
    pub mentee_id: i64,
    /// The mentee's display name.
    pub mentee_name: String,
    /// The account id of the mentor asked.
    pub mentor_id: i64,
    /// The mentor's display name.
    pub mentor_name: String,
    /// Where the request stands.
    pub status: RequestStatus,
    /// The mentee's note to the mentor.
    pub message: String,
    /// The mentor's question, if they asked for more.
    pub question: Option<String>,
    /// The mentee's answer to that question, if given.
    pub answer: Option<String>,
    /// Why the mentor declined, if they said.
    pub reason: Option<String>,
    /// What the mentee shared with the mentor.
    pub mentee: MenteeProfile,
    /// When the request was sent, in seconds since the Unix epoch.
    pub created_at: i64,
    /// When an unanswered request expires, in seconds since the Unix epoch.
    pub expires_at: i64,
}

/// An answer to a request: `text` is the reason (decline), the question
/// (ask more) or the answer, as the action calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestAnswer {
    /// What the mentor or mentee does with the request.
    pub action: RequestAction,
    /// The reason, question or answer; empty when the action needs none.
    #[serde(default)]
    pub text: String,
}

/// The mentoring requests one is part of, on either side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestList {
    /// Requests one sent, as a mentee.
    pub sent: Vec<RequestView>,
    /// Requests one received, as a mentor.
    pub received: Vec<RequestView>,
}

/// A check-in meeting the pair scheduled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckIn {
    /// The check-in's id.
    pub id: i64,
    /// When, how long and how the pair meets.
    #[serde(flatten)]
    pub fields: CheckInFields,
    /// The moment `fields` names in `fields.time_zone`.
    pub starts_at: crate::time::UtcInstant,
}

/// A message between the two people of a mentorship.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    /// The message's id.
    pub id: i64,
    /// The account id of the one who wrote it.
    pub sender_id: i64,
    /// The text of the message.
    pub body: String,
    /// When it was sent, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// A mentorship in one's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorshipSummary {
    /// The mentorship's id.
    pub id: i64,
    /// The mentor's account id.
    pub mentor_id: i64,
    /// The mentor's display name.
    pub mentor_name: String,
    /// The mentee's account id.
    pub mentee_id: i64,
    /// The mentee's display name.
    pub mentee_name: String,
    /// When the mentorship began, in seconds since the Unix epoch.
    pub started_at: i64,
    /// When it ended, if it has, in seconds since the Unix epoch.
    pub ended_at: Option<i64>,
    /// Messages from the other person one has not read.
    pub unread: u32,
    /// The cohort that paired them, if one did.
    pub cohort_id: Option<i64>,
}

/// Everything the pair shares, plus one's own notes and feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorshipView {
    /// Who, since when, and what one has not read yet.
    pub summary: MentorshipSummary,
    /// The goals the pair agreed on.
    pub goals: Vec<String>,
    /// The check-ins the pair scheduled.
    pub checkins: Vec<CheckIn>,
    /// The messages between the pair.
    pub messages: Vec<Message>,
    /// Only the reader's own notes.
    pub my_note: String,
    /// The feedback the reader gave, if any.
    pub my_feedback: Option<Feedback>,
    /// The reader blocked the other person.
    pub blocked: bool,
}

/// The goals a pair replaces its shared goals with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedGoals {
    /// The new list of goals.
    pub goals: Vec<String>,
}

/// A piece of text sent on its own (a message or a private note).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Text {
    /// The text.
    pub body: String,
}

/// Ending a mentorship, with one's feedback if given now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndMentorship {
    /// Feedback on the mentorship, if one gives it when ending.
    #[serde(default)]
    pub feedback: Option<Feedback>,
}

/// A report of a person to library staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewReport {
    /// The mentorship of the person reported.
    pub mentorship_id: i64,
    /// What went wrong, in the reporter's words.
    pub reason: String,
    /// Attach the pair's messages so staff can read them.
    #[serde(default)]
    pub attach_messages: bool,
}
