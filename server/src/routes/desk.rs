//! Library staff at the desk: enrolling a patron and issuing one-time codes.
//! Staff never see or choose a patron's password; the patron sets it with
//! the code. Every action is written to the audit log.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::account::{DisplayName, Role, Username};
use libranet_core::api::{EnrollPatronRequest, ErrorBody, IssueCodeRequest, OneTimeCodeView};
use libranet_core::problem::FieldErrors;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::codes;
use crate::error::{ApiError, ApiJson};
use crate::session::StaffUser;
use crate::state::{AppState, unix_now};
use crate::store::{AuditEntry, CodePurpose, NewCode, NewUser, StoreError, UserRecord};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(enroll_patron))
        .routes(routes!(issue_reset_code))
}

async fn issue_code(
    state: &AppState,
    staff: &StaffUser,
    user: &UserRecord,
    purpose: CodePurpose,
) -> Result<OneTimeCodeView, ApiError> {
    let code = codes::generate();
    let hash = state.hasher.hash(&codes::normalise(&code)).await?;
    let now = unix_now();
    let expires_at = now + i64::from(state.settings.code_ttl_secs);
    state
        .store
        .replace_code(NewCode {
            user_id: user.id,
            purpose,
            code_hash: &hash,
            issued_by: staff.0.user.id,
            now,
            expires_at,
        })
        .await?;
    let action = match purpose {
        CodePurpose::Setup => "enroll_patron",
        CodePurpose::Reset => "issue_reset_code",
    };
    state
        .store
        .record_audit(AuditEntry {
            actor_id: staff.0.user.id,
            action,
            subject_id: Some(user.id),
            now,
        })
        .await?;
    tracing::info!(
        staff_id = staff.0.user.id,
        subject_id = user.id,
        action,
        "desk action"
    );
    Ok(OneTimeCodeView {
        username: user.username.clone(),
        code,
        expires_at,
    })
}

/// Creates a patron account without a password and returns a one-time code
/// with which the patron sets their own.
#[utoipa::path(post, path = "/desk/patrons", tag = "desk", request_body = EnrollPatronRequest,
    responses((status = 201, body = OneTimeCodeView), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn enroll_patron(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(body): ApiJson<EnrollPatronRequest>,
) -> Result<(StatusCode, Json<OneTimeCodeView>), ApiError> {
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&body.username));
    let display_name = errors.check(
        "display_name",
        DisplayName::parse_optional(body.display_name.as_deref()),
    );
    errors.finish().map_err(ApiError::Invalid)?;
    let (Some(username), Some(display_name)) = (username, display_name) else {
        unreachable!("checked above")
    };
    let created = state
        .store
        .create_user(NewUser {
            username: username.as_str(),
            password_hash: None,
            display_name: display_name.as_ref().map(DisplayName::as_str),
            email: None,
            language: body.language,
            roles: &[Role::Patron],
            now: unix_now(),
        })
        .await;
    let user = match created {
        Err(StoreError::Conflict) => {
            return Err(ApiError::field("username", Problem::UsernameTaken));
        }
        other => other?,
    };
    let view = issue_code(&state, &staff, &user, CodePurpose::Setup).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Issues a one-time reset code for a patron who forgot their password.
/// Using it ends all of the patron's sessions. Only an admin may reset a
/// staff or admin account.
#[utoipa::path(post, path = "/desk/reset-codes", tag = "desk", request_body = IssueCodeRequest,
    responses((status = 201, body = OneTimeCodeView), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn issue_reset_code(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(body): ApiJson<IssueCodeRequest>,
) -> Result<(StatusCode, Json<OneTimeCodeView>), ApiError> {
    let username = Username::parse(&body.username).map_err(|p| ApiError::field("username", p))?;
    let user = state
        .store
        .find_user_by_username(username.as_str())
        .await?
        .ok_or_else(|| ApiError::field("username", Problem::UnknownUser))?;
    let issuer_is_admin = staff.0.user.roles.contains(&Role::Admin);
    if user.roles.iter().any(|r| r.is_staff()) && !issuer_is_admin {
        return Err(ApiError::field("username", Problem::NotAllowed));
    }
    let view = issue_code(&state, &staff, &user, CodePurpose::Reset).await?;
    Ok((StatusCode::CREATED, Json(view)))
}
