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
    /// There is no such thing, or the reader may not know it exists.
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
    /// What kind of error it is.
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
    /// The username to sign in with.
    pub username: String,
    /// The password, as typed.
    pub password: String,
    /// An email address for the account, if the person has one.
    #[serde(default)]
    pub email: Option<String>,
    /// The name to show others, if different from the username.
    #[serde(default)]
    pub display_name: Option<String>,
    /// The language the app speaks to the person.
    #[serde(default)]
    pub language: Lang,
    /// Whether this is a personal device or a public computer.
    #[serde(default)]
    pub device: DeviceKind,
    /// The registered kiosk this public computer is (staff set it on the
    /// kiosk page); its idle time applies.
    #[serde(default)]
    pub kiosk_id: Option<i64>,
}

/// Signing in with a username and password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    /// The account's username.
    pub username: String,
    /// The password, as typed.
    pub password: String,
    /// Whether this is a personal device or a public computer.
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
    /// The account's id.
    pub id: i64,
    /// The account's username.
    pub username: String,
    /// The name shown to others, if set.
    pub display_name: Option<String>,
    /// The email address, if given.
    pub email: Option<String>,
    /// The language the app speaks to the person.
    pub language: Lang,
    /// The roles the account holds.
    pub roles: Vec<Role>,
    /// When the account was made.
    pub created_at: i64,
}

impl UserView {
    /// Whether the account holds this role.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether the account holds any staff role.
    pub fn is_staff(&self) -> bool {
        self.roles.iter().any(|r| r.is_staff())
    }
}

/// The signed-in person and the rules their session runs under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    /// Who is signed in.
    pub user: UserView,
    /// Whether the session is on a personal device or a public computer.
    pub device: DeviceKind,
    /// How long the session may sit idle and last in all.
    pub policy: SessionPolicy,
    /// When the session ends at the latest.
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
    /// A new name to show others.
    #[serde(default)]
    pub display_name: Option<String>,
    /// A new email address.
    #[serde(default)]
    pub email: Option<String>,
    /// A new language for the app.
    #[serde(default)]
    pub language: Option<Lang>,
}

/// Changing one's password, proving one knows the current one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePasswordRequest {
    /// The password now, as typed.
    pub current_password: String,
    /// The password wanted from now on.
    pub new_password: String,
}

/// Staff enrolling a patron at the desk. Staff never choose the password:
/// the patron sets it with the one-time code they are handed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrollPatronRequest {
    /// The username for the new account.
    pub username: String,
    /// The name to show others, if different from the username.
    #[serde(default)]
    pub display_name: Option<String>,
    /// The language the app speaks to the patron.
    #[serde(default)]
    pub language: Lang,
}

/// Staff asking for a reset code for a patron who forgot their password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueCodeRequest {
    /// The patron's username.
    pub username: String,
}

/// A one-time code, shown once to the staff member who issued it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OneTimeCodeView {
    /// The account the code is for.
    pub username: String,
    /// The code to hand to the patron.
    pub code: String,
    /// When the code stops working.
    pub expires_at: i64,
}

/// A patron setting a new password with a one-time code from staff.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RedeemCodeRequest {
    /// The patron's username.
    pub username: String,
    /// The one-time code staff handed over.
    pub code: String,
    /// The password wanted from now on.
    pub new_password: String,
    /// Whether this is a personal device or a public computer.
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
    /// `ok`, or `unavailable` when the database does not answer.
    pub status: String,
    /// Which database backend the server uses.
    pub database: String,
}

/// Public facts the app needs before anyone signs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteInfo {
    /// The library's name, as the site shows it.
    pub library_name: String,
    /// The site runs with the demo library and accounts.
    pub demo: bool,
    /// The session rules on a public computer.
    pub kiosk_policy: SessionPolicy,
    /// The session rules on a personal device.
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
    /// Changed learning resources.
    pub resources: Vec<crate::learning::Resource>,
}

/// Opens or closes a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetOpen {
    /// Open (true) or close (false) the listing.
    pub open: bool,
}

/// The jobs a person keeps track of, newest change first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackedJobs {
    /// The tracked jobs, with where one stands on each.
    pub jobs: Vec<crate::plan::TrackedJob>,
}
