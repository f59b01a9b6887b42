//! Mentoring requests: where one stands and what either side may do to it.

use serde::{Deserialize, Serialize};

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    /// Waiting for the mentor.
    Pending,
    /// The mentor asked the mentee for more information.
    MoreInfo,
    /// The mentor said yes; a mentorship began.
    Accepted,
    /// The mentor said no.
    Declined,
    /// Nobody answered in time.
    Expired,
    /// The mentee took it back.
    Withdrawn,
}

impl RequestStatus {
    /// Every status, in the order they are stored.
    pub const ALL: [RequestStatus; 6] = [
        RequestStatus::Pending,
        RequestStatus::MoreInfo,
        RequestStatus::Accepted,
        RequestStatus::Declined,
        RequestStatus::Expired,
        RequestStatus::Withdrawn,
    ];

    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::MoreInfo => "more_info",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Declined => "declined",
            RequestStatus::Expired => "expired",
            RequestStatus::Withdrawn => "withdrawn",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Still waiting for someone to act.
    pub fn is_open(self) -> bool {
        matches!(self, RequestStatus::Pending | RequestStatus::MoreInfo)
    }
}

/// What either side may do to a request, and who may do it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequestAction {
    /// Mentor.
    Accept,
    /// Mentor, optionally with a reason.
    Decline,
    /// Mentor: asks a question the mentee answers.
    AskMore,
    /// Mentee: answers a question, which sends the request back to the mentor.
    Answer,
    /// Mentee.
    Withdraw,
}

impl RequestAction {
    /// Whether only the mentor may take this action (otherwise only the mentee).
    pub fn by_mentor(self) -> bool {
        matches!(
            self,
            RequestAction::Accept | RequestAction::Decline | RequestAction::AskMore
        )
    }

    /// The status after the action, or `None` when it does not apply now.
    pub fn apply(self, status: RequestStatus) -> Option<RequestStatus> {
        use RequestAction as A;
        use RequestStatus as S;
        match (self, status) {
            (A::Accept, S::Pending | S::MoreInfo) => Some(S::Accepted),
            (A::Decline, S::Pending | S::MoreInfo) => Some(S::Declined),
            (A::AskMore, S::Pending) => Some(S::MoreInfo),
            (A::Answer, S::MoreInfo) => Some(S::Pending),
            (A::Withdraw, S::Pending | S::MoreInfo) => Some(S::Withdrawn),
            _ => None,
        }
    }
}
