//! What the community API sends and receives.

use serde::{Deserialize, Serialize};

use super::{Expertise, NeedFields};

/// A worker in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkerCard {
    /// The worker's account id.
    pub user_id: i64,
    /// The worker's display name.
    pub name: String,
    /// The worker's skills record.
    pub expertise: Expertise,
}

/// A community partner organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerOrg {
    /// The organisation's name.
    pub name: String,
    /// What the organisation does.
    #[serde(default)]
    pub about: String,
    /// `https://` address, or empty.
    #[serde(default)]
    pub website: String,
    /// Where the organisation works.
    #[serde(default)]
    pub region: String,
}

impl PartnerOrg {
    /// Checks the name, lengths and that the website is a web link.
    pub fn validate(&self) -> Result<(), Vec<crate::problem::FieldError>> {
        use crate::jobs::{MAX_DESCRIPTION, MAX_TITLE};
        use crate::text::check_text;
        let mut errors = crate::problem::FieldErrors::new();
        crate::text::check_name(&mut errors, "name", &self.name, true, MAX_TITLE);
        check_text(&mut errors, "about", &self.about, false, MAX_DESCRIPTION);
        check_text(&mut errors, "region", &self.region, false, MAX_TITLE);
        if !self.website.is_empty() && !crate::learning::is_web_link(&self.website) {
            errors.push("website", crate::Problem::LinkInvalid);
        }
        errors.finish()
    }
}

/// A partner organisation as others see it, and whether staff verified it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrgView {
    /// The partner's account id.
    pub user_id: i64,
    /// What the partner wrote about itself.
    pub org: PartnerOrg,
    /// Library staff checked the organisation; its needs go live.
    pub verified: bool,
}

/// Where a partner's need stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NeedStatus {
    /// Shown to library workers.
    Open,
    /// Waiting for staff to verify the partner.
    AwaitingVerification,
    /// Held back because connection requests went unanswered.
    Paused,
    /// Closed by the partner, or past its date.
    Closed,
}

impl NeedStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            NeedStatus::Open => "open",
            NeedStatus::AwaitingVerification => "awaiting_verification",
            NeedStatus::Paused => "paused",
            NeedStatus::Closed => "closed",
        }
    }
    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [
            NeedStatus::Open,
            NeedStatus::AwaitingVerification,
            NeedStatus::Paused,
            NeedStatus::Closed,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// A partner's need as workers and the partner see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Need {
    /// The need's id.
    pub id: i64,
    /// The account id of the partner who posted it.
    pub owner_id: i64,
    /// The partner organisation's name.
    pub org_name: String,
    /// Where the need stands.
    pub status: NeedStatus,
    /// What the partner wrote.
    pub fields: NeedFields,
    /// When it was posted, in seconds since the Unix epoch.
    pub created_at: i64,
    /// When it expires, in seconds since the Unix epoch.
    pub expires_at: i64,
}

/// A request to connect with a worker or a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewConnection {
    /// The account id of the person asked.
    pub to_user_id: i64,
    /// The need it is about, if any.
    #[serde(default)]
    pub need_id: Option<i64>,
    /// A note to the person asked; may be empty.
    #[serde(default)]
    pub message: String,
}

/// Where a connection request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConnectionStatus {
    /// Sent, not yet answered.
    Pending,
    /// The person asked said yes.
    Accepted,
    /// The person asked said no.
    Declined,
}

impl ConnectionStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectionStatus::Pending => "pending",
            ConnectionStatus::Accepted => "accepted",
            ConnectionStatus::Declined => "declined",
        }
    }
    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [
            ConnectionStatus::Pending,
            ConnectionStatus::Accepted,
            ConnectionStatus::Declined,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// A connection request as either side sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectionView {
    /// The request's id.
    pub id: i64,
    /// The account id of the one who asked.
    pub from_id: i64,
    /// Their display name.
    pub from_name: String,
    /// The account id of the one asked.
    pub to_id: i64,
    /// Their display name.
    pub to_name: String,
    /// The need it is about, if any.
    pub need_id: Option<i64>,
    /// That need's title, if any.
    pub need_title: Option<String>,
    /// The note sent with it.
    pub message: String,
    /// Where it stands.
    pub status: ConnectionStatus,
    /// When it was sent, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// The answer to a connection request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConnectionAnswer {
    /// Accept (true) or decline (false).
    pub accept: bool,
}
