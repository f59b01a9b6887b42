//! One's profile (skills and details), or a patron's that staff help with.

use libranet_core::profile::{ProfileDetails, ProfileSkills};

use super::{ApiFailure, BASE, Request, get, send_json};

pub async fn profile_skills() -> Result<ProfileSkills, ApiFailure> {
    profile_skills_of(None).await
}

/// Where a profile lives: one's own, or a patron's that staff help with
/// (only while the patron consents).
fn profile_path(patron: Option<i64>, part: &str) -> String {
    match patron {
        Some(id) => format!("/desk/patrons/{id}/profile/{part}"),
        None => format!("/profile/{part}"),
    }
}

pub async fn profile_skills_of(patron: Option<i64>) -> Result<ProfileSkills, ApiFailure> {
    get(&profile_path(patron, "skills")).await
}

pub async fn save_profile_skills(body: &ProfileSkills) -> Result<ProfileSkills, ApiFailure> {
    save_profile_skills_of(None, body).await
}

pub async fn save_profile_skills_of(
    patron: Option<i64>,
    body: &ProfileSkills,
) -> Result<ProfileSkills, ApiFailure> {
    let path = profile_path(patron, "skills");
    send_json(Request::put(&format!("{BASE}{path}")), body).await
}

pub async fn profile_details_of(patron: Option<i64>) -> Result<ProfileDetails, ApiFailure> {
    get(&profile_path(patron, "details")).await
}

pub async fn save_profile_details_of(
    patron: Option<i64>,
    body: &ProfileDetails,
) -> Result<ProfileDetails, ApiFailure> {
    let path = profile_path(patron, "details");
    send_json(Request::put(&format!("{BASE}{path}")), body).await
}
