//! The signed-in person's profile: their skills and the rest of it.

use axum::Json;
use axum::extract::State;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::problem::FieldErrors;
use libranet_core::profile::{MAX_PROFILE_SKILLS, ProfileDetails, ProfileSkill, ProfileSkills};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
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

/// Checks and saves someone's skills (their own, or a patron's at the desk).
pub(crate) async fn save_skills(
    state: &AppState,
    user_id: i64,
    body: ProfileSkills,
) -> Result<ProfileSkills, ApiError> {
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    let mut errors = FieldErrors::new();
    if body.skills.len() > MAX_PROFILE_SKILLS {
        errors.push("skills", Problem::TooMany);
    }
    let mut seen = std::collections::HashSet::new();
    let mut skills: Vec<ProfileSkill> = Vec::new();
    for (i, skill) in body.skills.into_iter().enumerate() {
        if !taxonomy.has_skill(&skill.skill_id) {
            errors.push(&format!("skills[{i}].skill_id"), Problem::UnknownSkill);
        } else if seen.insert(skill.skill_id.clone()) {
            skills.push(skill);
        }
    }
    errors.finish().map_err(ApiError::Invalid)?;
    state
        .store
        .replace_profile_skills(user_id, &skills, state.unix_now())
        .await?;
    Ok(ProfileSkills { skills })
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

pub(crate) async fn load_details(
    state: &AppState,
    user_id: i64,
) -> Result<ProfileDetails, ApiError> {
    Ok(match state.store.profile_details(user_id).await? {
        Some(body) => serde_json::from_str(&body)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored profile: {e}")))?,
        None => ProfileDetails::default(),
    })
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

/// Checks and saves someone's profile details.
pub(crate) async fn save_details(
    state: &AppState,
    user_id: i64,
    details: ProfileDetails,
) -> Result<ProfileDetails, ApiError> {
    let mut problems = details.validate().err().unwrap_or_default();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    for (i, work) in details.work_history.iter().enumerate() {
        if let Some(id) = &work.occupation_id
            && !taxonomy.has_occupation(id)
        {
            problems.push(libranet_core::problem::FieldError::new(
                &format!("work_history[{i}].occupation_id"),
                Problem::UnknownOccupation,
            ));
        }
    }
    let mut details = details;
    if let Some(branch) = details.branch_id
        && !super::branches::branch_known(state, branch).await?
    {
        // A branch closed since it was chosen is dropped, so the rest still
        // saves; choosing one that does not exist is an error.
        if load_details(state, user_id).await?.branch_id == Some(branch) {
            details.branch_id = None;
        } else {
            problems.push(libranet_core::problem::FieldError::new(
                "branch_id",
                Problem::NotAllowed,
            ));
        }
    }
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    let body = serde_json::to_string(&details).map_err(|e| ApiError::Internal(e.into()))?;
    state
        .store
        .save_profile_details(user_id, &body, state.unix_now())
        .await?;
    Ok(details)
}
