//! The signed-in person's profile: their skills and the rest of it.

use axum::Json;
use axum::extract::State;
use libranet_core::api::ErrorBody;
use libranet_core::profile::{ProfileDetails, ProfileSkills};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
use crate::services::profile::{load_details, save_details, save_skills};
use crate::session::CurrentUser;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_profile_skills, replace_profile_skills))
        .routes(routes!(get_profile_details, save_profile_details))
}

/// The skills on one's profile, in one's own order.
#[utoipa::path(get, path = "/profile/skills", tag = "profile",
    responses((status = 200, body = ProfileSkills), (status = 401, body = ErrorBody)))]
pub async fn get_profile_skills(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<ProfileSkills>, ApiError> {
    let skills = state.store.profile_skills(current.user.id).await?;
    Ok(Json(ProfileSkills { skills }))
}

/// Replaces the skills on one's profile. Every skill must be in the
/// taxonomy; a skill given twice is kept once, at its first place.
#[utoipa::path(put, path = "/profile/skills", tag = "profile", request_body = ProfileSkills,
    responses((status = 200, body = ProfileSkills), (status = 422, body = ErrorBody)))]
pub async fn replace_profile_skills(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(body): ApiJson<ProfileSkills>,
) -> Result<Json<ProfileSkills>, ApiError> {
    Ok(Json(save_skills(&state, current.user.id, body).await?))
}

/// One's headline, about, region, languages, work history, education and
/// who may see the profile.
#[utoipa::path(get, path = "/profile/details", tag = "profile",
    responses((status = 200, body = ProfileDetails), (status = 401, body = ErrorBody)))]
pub async fn get_profile_details(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<ProfileDetails>, ApiError> {
    Ok(Json(load_details(&state, current.user.id).await?))
}

/// Replaces one's profile details. Work history entries may name the
/// occupation their title was matched to; it must be in the taxonomy.
#[utoipa::path(put, path = "/profile/details", tag = "profile", request_body = ProfileDetails,
    responses((status = 200, body = ProfileDetails), (status = 422, body = ErrorBody)))]
pub async fn save_profile_details(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(details): ApiJson<ProfileDetails>,
) -> Result<Json<ProfileDetails>, ApiError> {
    Ok(Json(save_details(&state, current.user.id, details).await?))
}
