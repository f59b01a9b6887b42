//! What the mentoring API sends and receives.

use serde::{Deserialize, Serialize};

use super::{CheckInFields, Feedback, MenteeProfile, MentorProfile, RequestAction, RequestStatus};

/// Why a mentor is paused when they did not pause themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PauseReason {
    /// Requests expired unanswered several times in a row.
    ExpiredRequests,
}

impl PauseReason {
    pub fn as_str(self) -> &'static str {
        "expired_requests"
    }
}

/// One's own mentoring set-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyMentoring {
    pub mentor: Option<MentorProfile>,
    /// Ongoing mentorships as the mentor.
    pub active: u8,
    pub paused_reason: Option<PauseReason>,
    pub mentee: Option<MenteeProfile>,
}

/// A mentor as others browse them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorCard {
    pub user_id: i64,
    pub name: String,
    pub profile: MentorProfile,
    /// Places taken by mentorships and by requests waiting for an answer.
    pub taken: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewRequest {
    pub mentor_id: i64,
    #[serde(default)]
    pub message: String,
}

/// A request as either side sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestView {
    pub id: i64,
    pub mentee_id: i64,
    pub mentee_name: String,
    pub mentor_id: i64,
    pub mentor_name: String,
    pub status: RequestStatus,
    pub message: String,
    pub question: Option<String>,
    pub answer: Option<String>,
    pub reason: Option<String>,
    /// What the mentee shared with the mentor.
    pub mentee: MenteeProfile,
    pub created_at: i64,
    pub expires_at: i64,
}

/// An answer to a request: `text` is the reason (decline), the question
/// (ask more) or the answer, as the action calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestAnswer {
    pub action: RequestAction,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestList {
    /// Requests one sent, as a mentee.
    pub sent: Vec<RequestView>,
    /// Requests one received, as a mentor.
    pub received: Vec<RequestView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckIn {
    pub id: i64,
    #[serde(flatten)]
    pub fields: CheckInFields,
    /// The moment `fields` names in `fields.time_zone`.
    pub starts_at: crate::time::UtcInstant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: i64,
    pub sender_id: i64,
    pub body: String,
    pub created_at: i64,
}

/// A mentorship in one's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorshipSummary {
    pub id: i64,
    pub mentor_id: i64,
    pub mentor_name: String,
    pub mentee_id: i64,
    pub mentee_name: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    /// Messages from the other person one has not read.
    pub unread: u32,
    pub cohort_id: Option<i64>,
}

/// Everything the pair shares, plus one's own notes and feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorshipView {
    pub summary: MentorshipSummary,
    pub goals: Vec<String>,
    pub checkins: Vec<CheckIn>,
    pub messages: Vec<Message>,
    /// Only the reader's own notes.
    pub my_note: String,
    pub my_feedback: Option<Feedback>,
    /// The reader blocked the other person.
    pub blocked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedGoals {
    pub goals: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Text {
    pub body: String,
}

/// Ending a mentorship, with one's feedback if given now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndMentorship {
    #[serde(default)]
    pub feedback: Option<Feedback>,
}

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    RequestReceived,
    RequestAccepted,
    RequestDeclined,
    RequestMoreInfo,
    RequestAnswered,
    RequestWithdrawn,
    RequestExpired,
    MentorPaused,
    Message,
    CheckInScheduled,
    CheckInSoon,
    MentorshipEnded,
    CohortInvite,
    CohortApplied,
    CohortPublished,
    CohortUnmatched,
    ConnectionRequest,
    ConnectionAccepted,
    ConnectionDeclined,
    ConnectionMessage,
    ConnectionReminder,
    NeedPaused,
    NeedExpired,
    PartnerVerified,
    EndorsementReceived,
    RecommendationReceived,
    RecommendationApproved,
    ThreadReply,
    Mentioned,
    GroupJoinRequest,
    GroupJoinAccepted,
    ResourceAdapted,
    ResourceComment,
    ContentHidden,
    ContentRestored,
    Warned,
    ReportHandled,
    EventPromoted,
    EventCancelled,
    AppointmentBooked,
    AppointmentReminder,
    AppointmentCancelled,
    DeskHelp,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 43] = [
        NotificationKind::RequestReceived,
        NotificationKind::RequestAccepted,
        NotificationKind::RequestDeclined,
        NotificationKind::RequestMoreInfo,
        NotificationKind::RequestAnswered,
        NotificationKind::RequestWithdrawn,
        NotificationKind::RequestExpired,
        NotificationKind::MentorPaused,
        NotificationKind::Message,
        NotificationKind::CheckInScheduled,
        NotificationKind::CheckInSoon,
        NotificationKind::MentorshipEnded,
        NotificationKind::CohortInvite,
        NotificationKind::CohortApplied,
        NotificationKind::CohortPublished,
        NotificationKind::CohortUnmatched,
        NotificationKind::ConnectionRequest,
        NotificationKind::ConnectionAccepted,
        NotificationKind::ConnectionDeclined,
        NotificationKind::ConnectionMessage,
        NotificationKind::ConnectionReminder,
        NotificationKind::NeedPaused,
        NotificationKind::NeedExpired,
        NotificationKind::PartnerVerified,
        NotificationKind::EndorsementReceived,
        NotificationKind::RecommendationReceived,
        NotificationKind::RecommendationApproved,
        NotificationKind::ThreadReply,
        NotificationKind::Mentioned,
        NotificationKind::GroupJoinRequest,
        NotificationKind::GroupJoinAccepted,
        NotificationKind::ResourceAdapted,
        NotificationKind::ResourceComment,
        NotificationKind::ContentHidden,
        NotificationKind::ContentRestored,
        NotificationKind::Warned,
        NotificationKind::ReportHandled,
        NotificationKind::EventPromoted,
        NotificationKind::EventCancelled,
        NotificationKind::AppointmentBooked,
        NotificationKind::AppointmentReminder,
        NotificationKind::AppointmentCancelled,
        NotificationKind::DeskHelp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::RequestReceived => "request_received",
            NotificationKind::RequestAccepted => "request_accepted",
            NotificationKind::RequestDeclined => "request_declined",
            NotificationKind::RequestMoreInfo => "request_more_info",
            NotificationKind::RequestAnswered => "request_answered",
            NotificationKind::RequestWithdrawn => "request_withdrawn",
            NotificationKind::RequestExpired => "request_expired",
            NotificationKind::MentorPaused => "mentor_paused",
            NotificationKind::Message => "message",
            NotificationKind::CheckInScheduled => "check_in_scheduled",
            NotificationKind::CheckInSoon => "check_in_soon",
            NotificationKind::MentorshipEnded => "mentorship_ended",
            NotificationKind::CohortInvite => "cohort_invite",
            NotificationKind::CohortApplied => "cohort_applied",
            NotificationKind::CohortPublished => "cohort_published",
            NotificationKind::CohortUnmatched => "cohort_unmatched",
            NotificationKind::ConnectionRequest => "connection_request",
            NotificationKind::ConnectionAccepted => "connection_accepted",
            NotificationKind::ConnectionDeclined => "connection_declined",
            NotificationKind::ConnectionMessage => "connection_message",
            NotificationKind::ConnectionReminder => "connection_reminder",
            NotificationKind::NeedPaused => "need_paused",
            NotificationKind::NeedExpired => "need_expired",
            NotificationKind::PartnerVerified => "partner_verified",
            NotificationKind::EndorsementReceived => "endorsement_received",
            NotificationKind::RecommendationReceived => "recommendation_received",
            NotificationKind::RecommendationApproved => "recommendation_approved",
            NotificationKind::ThreadReply => "thread_reply",
            NotificationKind::Mentioned => "mentioned",
            NotificationKind::GroupJoinRequest => "group_join_request",
            NotificationKind::GroupJoinAccepted => "group_join_accepted",
            NotificationKind::ResourceAdapted => "resource_adapted",
            NotificationKind::ResourceComment => "resource_comment",
            NotificationKind::ContentHidden => "content_hidden",
            NotificationKind::ContentRestored => "content_restored",
            NotificationKind::Warned => "warned",
            NotificationKind::ReportHandled => "report_handled",
            NotificationKind::EventPromoted => "event_promoted",
            NotificationKind::EventCancelled => "event_cancelled",
            NotificationKind::AppointmentBooked => "appointment_booked",
            NotificationKind::AppointmentReminder => "appointment_reminder",
            NotificationKind::AppointmentCancelled => "appointment_cancelled",
            NotificationKind::DeskHelp => "desk_help",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Where in the app the notification leads.
    pub fn link(self, subject_id: Option<i64>) -> String {
        use NotificationKind as K;
        match (self, subject_id) {
            (
                K::Message
                | K::CheckInScheduled
                | K::CheckInSoon
                | K::MentorshipEnded
                | K::RequestAccepted,
                Some(id),
            ) => {
                format!("/mentoring/pairs/{id}")
            }
            (K::CohortApplied, Some(id)) => format!("/mentoring/cohorts/{id}"),
            (
                K::ConnectionRequest
                | K::ConnectionAccepted
                | K::ConnectionDeclined
                | K::ConnectionMessage
                | K::ConnectionReminder,
                _,
            ) => "/community/connections".to_owned(),
            (K::NeedPaused | K::NeedExpired | K::PartnerVerified, _) => "/community".to_owned(),
            (
                K::EndorsementReceived | K::RecommendationReceived | K::RecommendationApproved,
                Some(id),
            ) => format!("/community/people/{id}"),
            (K::ThreadReply | K::Mentioned, Some(id)) => format!("/community/threads/{id}"),
            (K::GroupJoinRequest | K::GroupJoinAccepted, Some(id)) => {
                format!("/community/groups/{id}")
            }
            (K::ResourceAdapted | K::ResourceComment, Some(id)) => {
                format!("/community/resources/{id}")
            }
            (K::ContentHidden | K::ContentRestored | K::Warned | K::ReportHandled, _) => {
                "/community".to_owned()
            }
            (K::EventPromoted | K::EventCancelled, Some(id)) => format!("/events/{id}"),
            (K::AppointmentBooked | K::AppointmentReminder | K::AppointmentCancelled, _) => {
                "/appointments".to_owned()
            }
            (K::DeskHelp, _) => "/account".to_owned(),
            _ => "/mentoring".to_owned(),
        }
    }
}

/// Names and words a notification's sentence needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationDetail {
    /// The other person, or the cohort.
    #[serde(default)]
    pub name: String,
    /// A reason or a question, when there is one.
    #[serde(default)]
    pub text: String,
    /// The moment it is about (an appointment, a check-in, an event date),
    /// shown in `time_zone`, the place's zone.
    #[serde(default)]
    pub at: Option<crate::time::UtcInstant>,
    #[serde(default)]
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    pub id: i64,
    pub kind: NotificationKind,
    pub subject_id: Option<i64>,
    pub detail: NotificationDetail,
    pub created_at: i64,
    pub read: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Inbox {
    pub unread: u32,
    pub notifications: Vec<NotificationView>,
}

/// A report of a person to library staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewReport {
    pub mentorship_id: i64,
    pub reason: String,
    /// Attach the pair's messages so staff can read them.
    #[serde(default)]
    pub attach_messages: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CohortRole {
    Mentor,
    Mentee,
}

impl CohortRole {
    pub fn as_str(self) -> &'static str {
        match self {
            CohortRole::Mentor => "mentor",
            CohortRole::Mentee => "mentee",
        }
    }
    pub fn parse(name: &str) -> Option<Self> {
        [CohortRole::Mentor, CohortRole::Mentee]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// The coordinator asked; the person has not said yes yet.
    Invited,
    /// The person asked; the coordinator has not said yes yet.
    Applied,
    Joined,
}

impl MemberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Invited => "invited",
            MemberStatus::Applied => "applied",
            MemberStatus::Joined => "joined",
        }
    }
    pub fn parse(name: &str) -> Option<Self> {
        [
            MemberStatus::Invited,
            MemberStatus::Applied,
            MemberStatus::Joined,
        ]
        .into_iter()
        .find(|r| r.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortSummary {
    pub id: i64,
    pub name: String,
    pub published_at: Option<i64>,
    pub mentors: u32,
    pub mentees: u32,
    /// One's own place in it, if any.
    pub my_role: Option<CohortRole>,
    pub my_status: Option<MemberStatus>,
}

/// A member as the coordinator sees them, with what the assignment needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortMember {
    pub user_id: i64,
    pub name: String,
    pub role: CohortRole,
    pub status: MemberStatus,
    pub mentor: Option<MentorProfile>,
    pub mentee: Option<MenteeProfile>,
    /// A mentor's places not taken by ongoing mentorships.
    pub free: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pair {
    pub mentee_id: i64,
    pub mentor_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortView {
    pub id: i64,
    pub name: String,
    pub published_at: Option<i64>,
    pub members: Vec<CohortMember>,
    /// The published pairs.
    pub pairs: Vec<Pair>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewCohort {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invite {
    pub username: String,
    pub role: CohortRole,
}

/// Joining a cohort: the coordinator accepting someone, or a person
/// accepting an invitation or asking to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Join {
    pub role: CohortRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Publish {
    pub pairs: Vec<Pair>,
}
