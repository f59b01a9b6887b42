//! One's own account: details, language, password.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Problem;
use libranet_core::account::{DisplayName, Email, NewPassword, Username};
use libranet_core::api::{
    ChangePasswordRequest, ErrorBody, SessionView, UpdateAccountRequest, UserView,
};
use libranet_core::problem::FieldErrors;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
use crate::password;
use crate::services::sign_in::{locked, throttle_key};
use crate::session::{self, CurrentUser};
use crate::state::AppState;
use crate::store::AccountChanges;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_account, update_account))
        .routes(routes!(change_password))
}

/// The signed-in person's account.
#[utoipa::path(get, path = "/account", tag = "account",
    responses((status = 200, body = UserView), (status = 401, body = ErrorBody)))]
pub async fn get_account(current: CurrentUser) -> Json<UserView> {
    Json(current.user.view())
}

/// Changes display name, email or language. An empty string clears an
/// optional field; an absent field stays as it is.
#[utoipa::path(patch, path = "/account", tag = "account", request_body = UpdateAccountRequest,
    responses((status = 200, body = UserView), (status = 422, body = ErrorBody)))]
pub async fn update_account(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(body): ApiJson<UpdateAccountRequest>,
) -> Result<Json<UserView>, ApiError> {
    let mut errors = FieldErrors::new();
    let display_name = match body.display_name.as_deref() {
        Some(raw) => errors
            .check("display_name", DisplayName::parse_optional(Some(raw)))
            .map(|d| d.map(|d| d.as_str().to_owned())),
        None => None,
    };
    let email = match body.email.as_deref() {
        Some(raw) => errors
            .check("email", Email::parse_optional(Some(raw)))
            .map(|e| e.map(|e| e.as_str().to_owned())),
        None => None,
    };
    errors.finish().map_err(ApiError::Invalid)?;
    let changes = AccountChanges {
        display_name,
        email,
        language: body.language,
    };
    let user = state
        .store
        .update_account(current.user.id, changes, state.unix_now())
        .await?;
    Ok(Json(user.view()))
}

/// Changes the password. Every other session of the person ends; this one
/// is replaced by a fresh session.
#[utoipa::path(post, path = "/account/password", tag = "account", request_body = ChangePasswordRequest,
    responses((status = 200, body = SessionView), (status = 422, body = ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(body): ApiJson<ChangePasswordRequest>,
) -> Result<Response, ApiError> {
    let username = Username::parse(&current.user.username).ok();
    // Guessing the current password is throttled like signing in.
    let key = throttle_key(&current.user.username);
    let now = state.unix_now();
    if let Some(locked_until) = state.store.reserve_sign_in_attempt(&key, now).await? {
        return Err(locked(locked_until, now));
    }
    let mut errors = FieldErrors::new();
    let place = state.hasher.place()?;
    let matched = state
        .hasher
        .verify_in(
            place,
            &body.current_password,
            current.user.password_hash.as_deref(),
        )
        .await?;
    if matched {
        state.store.clear_sign_in_failures(&key).await?;
    } else {
        errors.push("current_password", Problem::CurrentPasswordWrong);
    }
    let new_password = password::normalise(&body.new_password);
    let password = errors.check(
        "new_password",
        NewPassword::parse(&new_password, username.as_ref()),
    );
    errors.finish().map_err(ApiError::Invalid)?;
    let Some(password) = password else {
        unreachable!("checked above")
    };
    let hash = state.hasher.hash(password.expose()).await?;
    state
        .store
        .set_password_hash(current.user.id, &hash, state.unix_now())
        .await?;
    state.store.delete_user_sessions(current.user.id).await?;
    let (cookie, view) =
        session::start(&state, &current.user, current.session.device, None, None).await?;
    let mut response = (StatusCode::OK, Json(view)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}
