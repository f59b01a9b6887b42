//! The JSON bodies of the `/api/v1` endpoints, shared by the app's API client
//! and the server's handlers so both sides agree by construction.
//!
//! Timestamps are Unix seconds (UTC).

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::account::Role;
use crate::problem::FieldError;
use crate::session_policy::{DeviceKind, SessionPolicy};

/// A machine-readable error kind; see [`ErrorBody`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Some fields are wrong; `fields` says which and why.
    InvalidInput,
    /// The body is not JSON, or not the JSON this endpoint takes.
    MalformedBody,
    /// The username and password do not match an account.
    SignInFailed,
    /// Too many failed tries; wait and try again.
    TooManyAttempts,
    /// Not signed in, or the session has ended.
    Unauthenticated,
    /// Signed in, but this needs another role.
    Forbidden,
    /// The request did not come from this site.
    CrossSiteRejected,
    NotFound,
    /// What was sent was based on an older copy; fetch it again.
    Conflict,
    /// No places are left (a mentor's capacity); nothing was changed.
    Full,
    /// Library staff suspended the account; `retry_after_secs` says for how long.
    Suspended,
    /// Too many sign-ins are being checked at this moment; try again after
    /// `retry_after_secs`. Nothing was counted against the person.
    Busy,
    /// Something went wrong on the server; nothing was changed.
    Internal,
}

/// Every error answer has this shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorCode,
    /// A sentence in English for API clients; the app shows its own text.
    pub message: String,
    /// For `invalid_input`: each wrong field with its problem.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
    /// For `too_many_attempts` and `suspended`: seconds until another try is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_secs: Option<u32>,
}

/// Creating an account. Email is optional: many patrons have none.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignUpRequest {
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub language: Lang,
    #[serde(default)]
    pub device: DeviceKind,
    /// The registered kiosk this public computer is (staff set it on the
    /// kiosk page); its idle time applies.
    #[serde(default)]
    pub kiosk_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    pub username: String,
    pub password: String,
    #[serde(default)]
    pub device: DeviceKind,
    /// The registered kiosk this public computer is (staff set it on the
    /// kiosk page); its idle time applies.
    #[serde(default)]
    pub kiosk_id: Option<i64>,
}

/// A person as they see themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserView {
    pub id: i64,
    pub username: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub language: Lang,
    pub roles: Vec<Role>,
    pub created_at: i64,
}

impl UserView {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_staff(&self) -> bool {
        self.roles.iter().any(|r| r.is_staff())
    }
}

/// The signed-in person and the rules their session runs under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    pub user: UserView,
    pub device: DeviceKind,
    pub policy: SessionPolicy,
    pub expires_at: i64,
    /// Sent once, when a kiosk session starts: the tab key the app keeps in
    /// `sessionStorage` and sends in the `x-libranet-tab` header. Without
    /// it a kiosk session's cookie signs nobody in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tab_key: Option<String>,
}

/// Changes to one's own account; absent fields stay as they are.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateAccountRequest {
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub language: Option<Lang>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePasswordRequest {
    pub current_password: String,
    pub new_password: String,
}

/// Staff enrolling a patron at the desk. Staff never choose the password:
/// the patron sets it with the one-time code they are handed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrollPatronRequest {
    pub username: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub language: Lang,
}

/// Staff asking for a reset code for a patron who forgot their password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueCodeRequest {
    pub username: String,
}

/// A one-time code, shown once to the staff member who issued it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OneTimeCodeView {
    pub username: String,
    pub code: String,
    pub expires_at: i64,
}

/// A patron setting a new password with a one-time code from staff.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemCodeRequest {
    pub username: String,
    pub code: String,
    pub new_password: String,
    #[serde(default)]
    pub device: DeviceKind,
    /// The registered kiosk this public computer is (staff set it on the
    /// kiosk page); its idle time applies.
    #[serde(default)]
    pub kiosk_id: Option<i64>,
}

/// What `/healthz` reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub database: String,
}

/// Public facts the app needs before anyone signs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteInfo {
    pub library_name: String,
    pub demo: bool,
    pub kiosk_policy: SessionPolicy,
    pub personal_policy: SessionPolicy,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_up_needs_only_a_username_and_password() {
        let body: SignUpRequest =
            serde_json::from_str(r#"{"username":"ana","password":"long enough"}"#).unwrap();
        assert_eq!(body.email, None);
        assert_eq!(body.device, DeviceKind::Personal);
        assert_eq!(body.language, Lang::En);
    }

    #[test]
    fn error_bodies_leave_out_empty_parts() {
        let body = ErrorBody {
            error: ErrorCode::NotFound,
            message: "not found".into(),
            fields: vec![],
            retry_after_secs: None,
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"error":"not_found","message":"not found"}"#
        );
    }
}

/// Public listings changed since a sync cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListingChanges {
    /// Pass this as `since` next time.
    pub cursor: i64,
    /// More changes wait: ask again at once with the new cursor.
    pub more: bool,
    /// The cursor given is unknown here (the data was replaced): drop what
    /// is cached and keep what this answer brings.
    pub reset: bool,
    /// The taxonomy's version, so a cached copy can be checked.
    pub taxonomy_version: i64,
    /// Changed jobs; those with `open: false` leave the cache.
    pub jobs: Vec<crate::jobs::Job>,
    pub resources: Vec<crate::learning::Resource>,
}

/// Opens or closes a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetOpen {
    pub open: bool,
}

/// The jobs a person keeps track of, newest change first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackedJobs {
    pub jobs: Vec<crate::plan::TrackedJob>,
}
