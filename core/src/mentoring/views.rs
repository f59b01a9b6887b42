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
    /// The name stored and sent for this reason.
    pub fn as_str(self) -> &'static str {
        "expired_requests"
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

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A mentee asked the reader to mentor them.
    RequestReceived,
    /// The mentor accepted the reader's request.
    RequestAccepted,
    /// The mentor declined the reader's request.
    RequestDeclined,
    /// The mentor asked the reader for more about their request.
    RequestMoreInfo,
    /// The mentee answered the reader's question.
    RequestAnswered,
    /// The mentee withdrew their request.
    RequestWithdrawn,
    /// The reader's request expired unanswered.
    RequestExpired,
    /// The reader's mentor profile was paused after requests expired.
    MentorPaused,
    /// New messages in a mentorship.
    Message,
    /// A check-in was scheduled.
    CheckInScheduled,
    /// A check-in starts soon.
    CheckInSoon,
    /// A mentorship ended.
    MentorshipEnded,
    /// The reader was invited to a cohort.
    CohortInvite,
    /// Someone asked to join the reader's cohort.
    CohortApplied,
    /// A cohort published its pairs, pairing the reader with someone.
    CohortPublished,
    /// A cohort published its pairs with no pair for the reader.
    CohortUnmatched,
    /// Someone asked to connect with the reader.
    ConnectionRequest,
    /// Someone accepted the reader's connection request.
    ConnectionAccepted,
    /// Someone declined the reader's connection request.
    ConnectionDeclined,
    /// A new message from a connection.
    ConnectionMessage,
    /// A connection request still waits for the reader's answer.
    ConnectionReminder,
    /// One of the reader's partner needs was paused because a connection request went unanswered.
    NeedPaused,
    /// One of the reader's partner needs reached its end date and closed.
    NeedExpired,
    /// Library staff verified the reader's partner organisation.
    PartnerVerified,
    /// Someone endorsed one of the reader's skills.
    EndorsementReceived,
    /// Someone wrote the reader a recommendation.
    RecommendationReceived,
    /// The recipient approved the reader's recommendation; it shows on their page.
    RecommendationApproved,
    /// Someone replied in a thread the reader follows.
    ThreadReply,
    /// Someone mentioned the reader in a thread.
    Mentioned,
    /// Someone asked to join the reader's group.
    GroupJoinRequest,
    /// The reader is now a member of a group they asked to join.
    GroupJoinAccepted,
    /// Someone published an adapted version of the reader's teaching resource.
    ResourceAdapted,
    /// Someone commented on one of the reader's teaching resources.
    ResourceComment,
    /// Library staff hid something the reader posted.
    ContentHidden,
    /// Library staff showed something of the reader's again.
    ContentRestored,
    /// Library staff warned the reader.
    Warned,
    /// Library staff dealt with a report the reader made.
    ReportHandled,
    /// A seat freed up: the reader moved from an event's waitlist to going.
    EventPromoted,
    /// An event the reader signed up for was cancelled.
    EventCancelled,
    /// Someone booked one of the reader's appointment slots.
    AppointmentBooked,
    /// An appointment of the reader's is coming up.
    AppointmentReminder,
    /// An appointment of the reader's was cancelled by the other side.
    AppointmentCancelled,
    /// A staff member is helping with the reader's profile, as the reader agreed.
    DeskHelp,
}

impl NotificationKind {
    /// Every kind, in the order they were added.
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

    /// The name stored and sent for this kind.
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

    /// The kind with this stored name, if any.
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
    /// The IANA time zone `at` is shown in.
    #[serde(default)]
    pub time_zone: String,
}

/// A notification in one's inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    /// The notification's id.
    pub id: i64,
    /// What it is about.
    pub kind: NotificationKind,
    /// The thing it is about (a mentorship, an event, a thread...), when there is one.
    pub subject_id: Option<i64>,
    /// The names and words its sentence needs.
    pub detail: NotificationDetail,
    /// When it was made, in seconds since the Unix epoch.
    pub created_at: i64,
    /// The reader has seen it.
    pub read: bool,
}

/// One's notifications and how many are unread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Inbox {
    /// How many of the notifications are unread.
    pub unread: u32,
    /// The notifications, newest first.
    pub notifications: Vec<NotificationView>,
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

/// The side a member takes in a cohort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CohortRole {
    /// Offers mentoring in the cohort.
    Mentor,
    /// Looks for a mentor in the cohort.
    Mentee,
}

impl CohortRole {
    /// The name stored and sent for this role.
    pub fn as_str(self) -> &'static str {
        match self {
            CohortRole::Mentor => "mentor",
            CohortRole::Mentee => "mentee",
        }
    }
    /// The role with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [CohortRole::Mentor, CohortRole::Mentee]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// Where a person's cohort membership stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// The coordinator asked; the person has not said yes yet.
    Invited,
    /// The person asked; the coordinator has not said yes yet.
    Applied,
    /// Both sides said yes; the person is a member.
    Joined,
}

impl MemberStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Invited => "invited",
            MemberStatus::Applied => "applied",
            MemberStatus::Joined => "joined",
        }
    }
    /// The status with this stored name, if any.
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

/// A cohort in a list of cohorts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortSummary {
    /// The cohort's id.
    pub id: i64,
    /// The cohort's name.
    pub name: String,
    /// When its pairs were published, in seconds since the Unix epoch, if they were.
    pub published_at: Option<i64>,
    /// How many mentors joined.
    pub mentors: u32,
    /// How many mentees joined.
    pub mentees: u32,
    /// One's own place in it, if any.
    pub my_role: Option<CohortRole>,
    /// Where one's own membership stands, if one has one.
    pub my_status: Option<MemberStatus>,
}

/// A member as the coordinator sees them, with what the assignment needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortMember {
    /// The member's account id.
    pub user_id: i64,
    /// The member's display name.
    pub name: String,
    /// Which side the member is on.
    pub role: CohortRole,
    /// Where the membership stands.
    pub status: MemberStatus,
    /// The member's mentor profile, for a mentor.
    pub mentor: Option<MentorProfile>,
    /// The member's mentee profile, for a mentee.
    pub mentee: Option<MenteeProfile>,
    /// A mentor's places not taken by ongoing mentorships.
    pub free: u8,
}

/// One mentee paired with one mentor in a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pair {
    /// The mentee's account id.
    pub mentee_id: i64,
    /// The mentor's account id.
    pub mentor_id: i64,
}

/// A cohort as its coordinator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortView {
    /// The cohort's id.
    pub id: i64,
    /// The cohort's name.
    pub name: String,
    /// When its pairs were published, in seconds since the Unix epoch, if they were.
    pub published_at: Option<i64>,
    /// Everyone invited, applied or joined.
    pub members: Vec<CohortMember>,
    /// The published pairs.
    pub pairs: Vec<Pair>,
}

/// A cohort to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewCohort {
    /// The cohort's name.
    pub name: String,
}

/// Inviting a person to a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invite {
    /// The username of the person invited.
    pub username: String,
    /// The side they are asked to take.
    pub role: CohortRole,
}

/// Joining a cohort: the coordinator accepting someone, or a person
/// accepting an invitation or asking to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Join {
    /// The side the person takes.
    pub role: CohortRole,
}

/// The pairs a coordinator publishes for a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Publish {
    /// Every mentee paired, with their mentor.
    pub pairs: Vec<Pair>,
}
