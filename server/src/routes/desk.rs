//! Library staff at the desk: finding a patron, enrolling one, issuing
//! one-time codes and ending all of a patron's sessions. Staff never see or
//! choose a patron's password; the patron sets it with the code. Every
//! action is written to the audit log.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::account::{DisplayName, Role, Username};
use libranet_core::api::{EnrollPatronRequest, ErrorBody, IssueCodeRequest, OneTimeCodeView};
use libranet_core::desk::{EndedSessions, PatronSearch, PatronView};
use libranet_core::problem::FieldErrors;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::codes;
use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::accounts::open_patron_account;
use crate::services::desk::{audit, consent_view};
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;
use crate::store::desk::PatronRow;
use crate::store::{AuditEntry, CodePurpose, NewCode, UserRecord};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(enroll_patron))
        .routes(routes!(issue_reset_code))
        .routes(routes!(find_patrons))
        .routes(routes!(patron))
        .routes(routes!(end_sessions))
}

/// Only an admin acts on another staff or admin account.
pub(crate) fn may_act_on(staff: &CurrentUser, roles: &[Role]) -> bool {
    !roles.iter().any(|r| r.is_staff()) || staff.user.roles.contains(&Role::Admin)
}

pub(crate) async fn patron_view(state: &AppState, row: PatronRow) -> Result<PatronView, ApiError> {
    let now = state.unix_now();
    let consent = state
        .store
        .active_consent(row.id, now)
        .await?
        .map(|c| consent_view(c, now));
    Ok(PatronView {
        id: row.id,
        username: row.username,
        display_name: row.display_name,
        roles: row.roles,
        joined_at: row.created_at,
        active_sessions: u32::try_from(row.sessions).unwrap_or(0),
        suspended: row.suspended_until.is_some_and(|until| until > now),
        consent,
    })
}

/// Most patrons one search returns.
const SEARCH_LIMIT: i64 = 25;

/// Finds accounts by username or name (the words travel in the body, never
/// in the URL, and are not logged).
#[utoipa::path(post, path = "/desk/patrons/search", tag = "desk", request_body = PatronSearch,
    responses((status = 200, body = Vec<PatronView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn find_patrons(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiJson(body): ApiJson<PatronSearch>,
) -> Result<Json<Vec<PatronView>>, ApiError> {
    body.validate().map_err(ApiError::Invalid)?;
    let rows = state
        .store
        .find_patrons(body.text.trim(), state.unix_now(), SEARCH_LIMIT)
        .await?;
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        views.push(patron_view(&state, row).await?);
    }
    Ok(Json(views))
}

/// One account as the desk sees it.
#[utoipa::path(get, path = "/desk/patrons/{id}", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = PatronView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn patron(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PatronView>, ApiError> {
    let row = state
        .store
        .patron(id, state.unix_now())
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(patron_view(&state, row).await?))
}

/// Ends every session of a patron, everywhere (a lost phone, a kiosk left
/// signed in). Only an admin ends a staff member's sessions.
#[utoipa::path(post, path = "/desk/patrons/{id}/end-sessions", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = EndedSessions), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn end_sessions(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EndedSessions>, ApiError> {
    let row = state
        .store
        .patron(id, state.unix_now())
        .await?
        .ok_or(ApiError::NotFound)?;
    if !may_act_on(&staff.0, &row.roles) || id == staff.0.user.id {
        return Err(ApiError::Forbidden);
    }
    let ended = state.store.delete_user_sessions(id).await?;
    audit(&state, &staff.0, "end_sessions", id).await?;
    Ok(Json(EndedSessions {
        ended: u32::try_from(ended).unwrap_or(u32::MAX),
    }))
}

async fn issue_code(
    state: &AppState,
    staff: &StaffUser,
    user: &UserRecord,
    purpose: CodePurpose,
) -> Result<OneTimeCodeView, ApiError> {
    let code = codes::generate();
    let hash = state.hasher.hash(&codes::normalise(&code)).await?;
    let now = state.unix_now();
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
    let user = open_patron_account(
        &state,
        &username,
        None,
        display_name.as_ref(),
        None,
        body.language,
    )
    .await?;
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
