//! Notifications: what each is about, where it leads, and the inbox.

use serde::{Deserialize, Serialize};

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
