//! A person's profile details and skills: loading, checking and saving, for
//! the person themselves and for staff helping them at the desk.

use libranet_core::problem::{FieldErrors, Problem};
use libranet_core::profile::{MAX_PROFILE_SKILLS, ProfileDetails, ProfileSkill, ProfileSkills};

use crate::error::ApiError;
use crate::services::branches::branch_known;
use crate::state::AppState;

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
        && !branch_known(state, branch).await?
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
