//! Signing up, in and out, reading the current session, and redeeming a
//! one-time code from library staff.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Problem;
use libranet_core::account::{DisplayName, Email, NewPassword, Username};
use libranet_core::api::{ErrorBody, RedeemCodeRequest, SessionView, SignInRequest, SignUpRequest};
use libranet_core::problem::FieldErrors;
use libranet_core::session_policy::{
    KIOSK_ALIVE_SECS, KIOSK_CLOSING_GRACE_SECS, KIOSK_PRINTING_SECS,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::client::Client;
use crate::error::{ApiError, ApiJson};
use crate::services::accounts::open_patron_account;
use crate::services::sign_in::{locked, throttle_key};
use crate::session::{self, CurrentUser};
use crate::state::AppState;
use crate::store::StoreError;
use crate::{apart, codes, password};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_up))
        .routes(routes!(sign_in))
        .routes(routes!(sign_out))
        .routes(routes!(get_session))
        .routes(routes!(redeem_code))
        .routes(routes!(heartbeat))
        .routes(routes!(printing))
        .routes(routes!(closing))
}

fn with_session(status: StatusCode, cookie: HeaderValue, view: SessionView) -> Response {
    let mut response = (status, Json(view)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    response
}

/// Creates an account (no email needed) and signs the person in. A taken
/// username counts against the client's budget of attempts, so sign-up
/// cannot be used to list which usernames exist.
#[utoipa::path(post, path = "/auth/sign-up", tag = "auth", request_body = SignUpRequest,
    responses((status = 201, body = SessionView), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SignUpRequest>,
) -> Result<Response, ApiError> {
    apart::run(sign_up_apart(state, client, headers, body)).await
}

async fn sign_up_apart(
    state: AppState,
    client: Client,
    headers: HeaderMap,
    body: SignUpRequest,
) -> Result<Response, ApiError> {
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&body.username));
    let normalised = password::normalise(&body.password);
    let password = errors.check(
        "password",
        NewPassword::parse(&normalised, username.as_ref()),
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
    let place = state
        .gate
        .admit(state.store.as_ref(), &state.hasher, &client)
        .await?;
    let hash = state.hasher.hash_in(place, password.expose()).await?;
    let user = open_patron_account(
        &state,
        &username,
        Some(&hash),
        display_name.as_ref(),
        email.as_ref(),
        body.language,
    )
    .await?;
    // Given back, so a class signing up behind one address is not stopped,
    // but creating accounts does not make an address known.
    state.gate.give_back(state.store.as_ref(), &client).await?;
    tracing::info!(user_id = user.id, "account created");
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) =
        session::start(&state, &user, body.device, body.kiosk_id, previous).await?;
    Ok(with_session(StatusCode::CREATED, cookie, view))
}

/// Signs in. A wrong username and a wrong password look and take the same.
#[utoipa::path(post, path = "/auth/sign-in", tag = "auth", request_body = SignInRequest,
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody),
        (status = 429, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    ApiJson(body): ApiJson<SignInRequest>,
) -> Result<Response, ApiError> {
    apart::run(sign_in_apart(state, client, headers, body)).await
}

async fn sign_in_apart(
    state: AppState,
    client: Client,
    headers: HeaderMap,
    body: SignInRequest,
) -> Result<Response, ApiError> {
    let typed = body.username.trim().to_lowercase();
    let mut errors = FieldErrors::new();
    if typed.is_empty() {
        errors.push("username", Problem::Required);
    }
    if body.password.is_empty() {
        errors.push("password", Problem::Required);
    }
    errors.finish().map_err(ApiError::Invalid)?;

    // Shed a flood before any hashing: a client over its budget, then a
    // full hasher queue, are refused at once.
    let place = state
        .gate
        .admit(state.store.as_ref(), &state.hasher, &client)
        .await?;
    let Ok(username) = Username::parse(&typed) else {
        // No account can have this name: the same work and the same answer,
        // and nothing stored.
        state.hasher.verify_in(place, &body.password, None).await?;
        return Err(ApiError::SignInFailed);
    };
    let key = throttle_key(&typed);
    let now = state.unix_now();
    // The attempt is counted before the password is checked, so parallel
    // guesses cannot slip past the lock.
    if let Some(locked_until) = state.store.reserve_sign_in_attempt(&key, now).await? {
        return Err(locked(locked_until, now));
    }
    let user = state.store.find_user_by_username(username.as_str()).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matched = state
        .hasher
        .verify_in(place, &body.password, stored)
        .await?;
    let Some(user) = user.filter(|_| matched) else {
        return Err(ApiError::SignInFailed);
    };
    state.store.clear_sign_in_failures(&key).await?;
    state.gate.refund(state.store.as_ref(), &client).await?;
    tracing::info!(user_id = user.id, device = ?body.device, "signed in");
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) =
        session::start(&state, &user, body.device, body.kiosk_id, previous).await?;
    Ok(with_session(StatusCode::OK, cookie, view))
}

/// Ends the session on the server and tells the browser to forget the site's
/// cookies. Always succeeds, signed in or not.
///
/// The HTTP cache is kept: it holds only the public app and skills data
/// (every personal answer is `no-store`), so the next person at a public
/// computer does not download them again. The app wipes its own storage.
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
    h.insert("clear-site-data", HeaderValue::from_static("\"cookies\""));
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
    responses((status = 200, body = SessionView), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody)))]
pub async fn redeem_code(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RedeemCodeRequest>,
) -> Result<Response, ApiError> {
    apart::run(redeem_code_apart(state, client, headers, body)).await
}

async fn redeem_code_apart(
    state: AppState,
    client: Client,
    headers: HeaderMap,
    body: RedeemCodeRequest,
) -> Result<Response, ApiError> {
    let typed_code = codes::normalise(&body.code);
    let mut errors = FieldErrors::new();
    let username = errors.check("username", Username::parse(&body.username));
    if typed_code.is_empty() {
        errors.push("code", Problem::Required);
    }
    let new_password = password::normalise(&body.new_password);
    let password = errors.check(
        "new_password",
        NewPassword::parse(&new_password, username.as_ref()),
    );
    errors.finish().map_err(ApiError::Invalid)?;
    let (Some(username), Some(password)) = (username, password) else {
        unreachable!("checked above")
    };

    let place = state
        .gate
        .admit(state.store.as_ref(), &state.hasher, &client)
        .await?;
    let now = state.unix_now();
    let user = state.store.find_user_by_username(username.as_str()).await?;
    let code = match &user {
        Some(u) => state
            .store
            .find_code(u.id)
            .await?
            .filter(|c| c.expires_at > now),
        None => None,
    };
    // The try is counted before the code is checked, so parallel guesses
    // cannot exceed the limit.
    let reserved = match &code {
        Some(c) => state.store.reserve_code_try(c, codes::MAX_TRIES).await?,
        None => false,
    };
    let stored = code
        .as_ref()
        .filter(|_| reserved)
        .map(|c| c.code_hash.as_str());
    let matched = state.hasher.verify_in(place, &typed_code, stored).await?;
    let (Some(user), Some(code), true) = (user, code, matched) else {
        return Err(ApiError::field("code", Problem::CodeInvalid));
    };
    let hash = state.hasher.hash(password.expose()).await?;
    let key = throttle_key(username.as_str());
    match state
        .store
        .complete_code(user.id, &code, &hash, &key, now)
        .await
    {
        Err(StoreError::Conflict) => return Err(ApiError::field("code", Problem::CodeInvalid)),
        other => other?,
    }
    state.gate.refund(state.store.as_ref(), &client).await?;
    tracing::info!(
        user_id = user.id,
        "password set with a one-time code; other sessions ended"
    );
    let previous = session::token_from(&headers, &state.settings);
    let (cookie, view) =
        session::start(&state, &user, body.device, body.kiosk_id, previous).await?;
    Ok(with_session(StatusCode::OK, cookie, view))
}

/// A kiosk page is still open: keeps its session alive for a little longer
/// (see `KIOSK_ALIVE_SECS`). It is not activity, so it never holds off the
/// idle sign-out. 401 when the session is over.
#[utoipa::path(post, path = "/auth/heartbeat", tag = "auth",
    responses((status = 204), (status = 401, body = ErrorBody)))]
pub async fn heartbeat(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    session::heartbeat(&state, &headers, KIOSK_ALIVE_SECS).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A kiosk page is about to open the print dialog, which stops its
/// heartbeat while open: keeps the session alive for `KIOSK_PRINTING_SECS`.
#[utoipa::path(post, path = "/auth/printing", tag = "auth",
    responses((status = 204), (status = 401, body = ErrorBody)))]
pub async fn printing(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    session::heartbeat(&state, &headers, KIOSK_PRINTING_SECS).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A kiosk page is going away (closed, reloaded or left): its session ends
/// within a few seconds unless another open tab, or the reloaded page,
/// says it is still there. Always succeeds.
#[utoipa::path(post, path = "/auth/closing", tag = "auth", responses((status = 204)))]
pub async fn closing(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    if let Ok((id_hash, _)) = session::live_session(&state, &headers).await {
        state
            .store
            .end_session_soon(&id_hash, state.unix_now() + KIOSK_CLOSING_GRACE_SECS)
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}
