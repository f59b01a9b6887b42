//! Signing up, in and out, reading the current session, and redeeming a
//! one-time code from library staff.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Problem;
use libranet_core::account::{DisplayName, Email, NewPassword, Role, Username};
use libranet_core::api::{ErrorBody, RedeemCodeRequest, SessionView, SignInRequest, SignUpRequest};
use libranet_core::problem::FieldErrors;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::codes;
use crate::error::{ApiError, ApiJson};
use crate::session::{self, CurrentUser};
use crate::state::{AppState, unix_now};
use crate::store::{NewUser, StoreError};

/// Failed sign-ins allowed before an account is locked for a while.
const FREE_FAILURES: i64 = 5;
/// The first lock; each further failure doubles it, up to `MAX_LOCK_SECS`.
const FIRST_LOCK_SECS: i64 = 30;
const MAX_LOCK_SECS: i64 = 15 * 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_up))
        .routes(routes!(sign_in))
        .routes(routes!(sign_out))
        .routes(routes!(get_session))
        .routes(routes!(redeem_code))
}

fn with_session(status: StatusCode, cookie: HeaderValue, view: SessionView) -> Response {
    let mut response = (status, Json(view)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response
}

/// Creates an account (no email needed) and signs the person in.
#[utoipa::path(post, path = "/auth/sign-up", tag = "auth", request_body = SignUpRequest,
    responses((status = 201, body = SessionView), (status = 422, body = ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SignUpRequest>,
) -> Result<Response, ApiError> {
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&body.username));
    let password = errors.check(
        "password",
        NewPassword::parse(&body.password, username.as_ref()),
    );
    let email = errors.check("email", Email::parse_optional(body.email.as_deref()));
    let display_name = errors.check(
        "display_name",
        DisplayName::parse_optional(body.display_name.as_deref()),
    );
    errors.finish().map_err(ApiError::Invalid)?;
    let (Some(username), Some(password), Some(email), Some(display_name)) =
        (username, password, email, display_name)
    else {
        unreachable!("every field parsed when there are no errors");
    };
    let hash = state.hasher.hash(password.expose()).await?;
    let created = state
        .store
        .create_user(NewUser {
            username: username.as_str(),
            password_hash: Some(&hash),
            display_name: display_name.as_ref().map(DisplayName::as_str),
            email: email.as_ref().map(Email::as_str),
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
    tracing::info!(user_id = user.id, "account created");
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) = session::start(&state, &user, body.device, previous).await?;
    Ok(with_session(StatusCode::CREATED, cookie, view))
}

/// Signs in. A wrong username and a wrong password look and take the same.
#[utoipa::path(post, path = "/auth/sign-in", tag = "auth", request_body = SignInRequest,
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody),
        (status = 429, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SignInRequest>,
) -> Result<Response, ApiError> {
    let key = body.username.trim().to_lowercase();
    let mut errors = FieldErrors::new();
    if key.is_empty() {
        errors.push("username", Problem::Required);
    }
    if body.password.is_empty() {
        errors.push("password", Problem::Required);
    }
    errors.finish().map_err(ApiError::Invalid)?;

    let now = unix_now();
    if let Some(t) = state.store.throttle(&key).await?
        && t.locked_until > now
    {
        return Err(ApiError::TooManyAttempts {
            retry_after_secs: u32::try_from(t.locked_until - now).unwrap_or(u32::MAX),
        });
    }
    let user = state.store.find_user_by_username(&key).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matched = state.hasher.verify(&body.password, stored).await?;
    let Some(user) = user.filter(|_| matched) else {
        let t = state.store.record_sign_in_failure(&key, now).await?;
        if t.failures >= FREE_FAILURES {
            let doublings = u32::try_from(t.failures - FREE_FAILURES)
                .unwrap_or(u32::MAX)
                .min(10);
            let lock = (FIRST_LOCK_SECS << doublings).min(MAX_LOCK_SECS);
            state.store.set_lock(&key, now + lock).await?;
        }
        return Err(ApiError::SignInFailed);
    };
    state.store.clear_sign_in_failures(&key).await?;
    tracing::info!(user_id = user.id, device = ?body.device, "signed in");
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) = session::start(&state, &user, body.device, previous).await?;
    Ok(with_session(StatusCode::OK, cookie, view))
}

/// Ends the session on the server and tells the browser to forget the site's
/// cookies, cache and storage. Always succeeds, signed in or not.
#[utoipa::path(post, path = "/auth/sign-out", tag = "auth", responses((status = 204)))]
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = session::token_from(&headers, &state.settings) {
        state
            .store
            .delete_session(&session::token_hash(&token))
            .await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    let h = response.headers_mut();
    h.insert(
        header::SET_COOKIE,
        session::clearing_cookie(&state.settings),
    );
    h.insert(
        "clear-site-data",
        HeaderValue::from_static("\"cache\", \"cookies\""),
    );
    Ok(response)
}

/// The signed-in person and their session's timeouts. Counts as activity.
#[utoipa::path(get, path = "/auth/session", tag = "auth",
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody)))]
pub async fn get_session(current: CurrentUser) -> Json<SessionView> {
    Json(session::view(&current.user, &current.session))
}

/// Sets a new password with a one-time code from library staff, ends every
/// other session of the person, and signs them in.
#[utoipa::path(post, path = "/auth/redeem-code", tag = "auth", request_body = RedeemCodeRequest,
    responses((status = 200, body = SessionView), (status = 422, body = ErrorBody)))]
pub async fn redeem_code(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RedeemCodeRequest>,
) -> Result<Response, ApiError> {
    let key = body.username.trim().to_lowercase();
    let typed_code = codes::normalise(&body.code);
    let mut errors = FieldErrors::new();
    if key.is_empty() {
        errors.push("username", Problem::Required);
    }
    if typed_code.is_empty() {
        errors.push("code", Problem::Required);
    }
    let username = Username::parse(&key).ok();
    let password = errors.check(
        "new_password",
        NewPassword::parse(&body.new_password, username.as_ref()),
    );
    errors.finish().map_err(ApiError::Invalid)?;
    let Some(password) = password else {
        unreachable!("checked above")
    };

    let now = unix_now();
    let user = state.store.find_user_by_username(&key).await?;
    let code = match &user {
        Some(u) => state
            .store
            .find_code(u.id)
            .await?
            .filter(|c| c.expires_at > now),
        None => None,
    };
    let matched = state
        .hasher
        .verify(&typed_code, code.as_ref().map(|c| c.code_hash.as_str()))
        .await?;
    let (Some(user), Some(code)) = (user, code) else {
        return Err(ApiError::field("code", Problem::CodeInvalid));
    };
    if !matched {
        state
            .store
            .record_code_failure(code.id, codes::MAX_TRIES)
            .await?;
        return Err(ApiError::field("code", Problem::CodeInvalid));
    }
    let hash = state.hasher.hash(password.expose()).await?;
    match state
        .store
        .complete_code(user.id, code.id, &hash, &key, now)
        .await
    {
        Err(StoreError::Conflict) => return Err(ApiError::field("code", Problem::CodeInvalid)),
        other => other?,
    }
    tracing::info!(
        user_id = user.id,
        "password set with a one-time code; other sessions ended"
    );
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) = session::start(&state, &user, body.device, previous).await?;
    Ok(with_session(StatusCode::OK, cookie, view))
}
