//! Help at the desk with a patron's profile. The patron, present, says yes;
//! staff record it. The consent lasts two hours unless either side ends it
//! sooner. While it lasts, staff read and save the patron's skills and
//! details (never who may see the profile, the statistics choice or what
//! their page shows of events attended). Only the staff member the patron
//! said yes to may do it.
//! Every grant, end and save is in the audit log, and the patron sees each
//! consent, with its staff member and how many saves it made, on their
//! account page, where they can end it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::desk::{CONSENT_SECS, ConsentView, GrantConsent};
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::profile::{ProfileDetails, ProfileSkills};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::desk::{audit, consent_view};
use crate::services::notifications::notify;
use crate::services::people::shown_name;
use crate::services::profile::{load_details, save_details, save_skills};
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(grant, end))
        .routes(routes!(patron_skills, save_patron_skills))
        .routes(routes!(patron_details, save_patron_details))
        .routes(routes!(my_consents, end_my_consent))
}

/// The patron, if staff may help them (not staff themselves).
async fn helpable(state: &AppState, id: i64) -> Result<(), ApiError> {
    let row = state
        .store
        .patron(id, state.unix_now())
        .await?
        .ok_or(ApiError::NotFound)?;
    if row.roles.iter().any(|r| r.is_staff()) {
        return Err(ApiError::Forbidden);
    }
    Ok(())
}

/// The consent in force, given to this staff member, or 403: nobody edits
/// without it, and the patron's yes was to one person. The account is
/// checked again, in case it became a staff account meanwhile.
async fn consent_id(state: &AppState, staff: &StaffUser, patron: i64) -> Result<i64, ApiError> {
    helpable(state, patron).await?;
    state
        .store
        .active_consent(patron, state.unix_now())
        .await?
        .filter(|c| c.staff_id == Some(staff.0.user.id))
        .map(|c| c.id)
        .ok_or(ApiError::Forbidden)
}

/// Records that the patron, present, agreed to help with their profile.
#[utoipa::path(post, path = "/desk/patrons/{id}/consent", tag = "desk", params(("id" = i64, Path)),
    request_body = GrantConsent,
    responses((status = 201, body = ConsentView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn grant(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<GrantConsent>,
) -> Result<(StatusCode, Json<ConsentView>), ApiError> {
    if !body.patron_agreed {
        return Err(ApiError::field("patron_agreed", Problem::Required));
    }
    helpable(&state, id).await?;
    let now = state.unix_now();
    let store = state.store.as_ref();
    store
        .grant_consent(id, staff.0.user.id, now, now + CONSENT_SECS)
        .await?;
    audit(&state, &staff.0, "desk_consent_granted", id).await?;
    let row = store
        .active_consent(id, now)
        .await?
        .ok_or(ApiError::NotFound)?;
    notify(
        store,
        state.unix_now(),
        id,
        NotificationKind::DeskHelp,
        Some(row.id),
        &shown_name(&staff.0.user),
        "",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(consent_view(row, now))))
}

/// Staff end the help (the patron can too, from their account page).
#[utoipa::path(delete, path = "/desk/patrons/{id}/consent", tag = "desk", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn end(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    if !state.store.end_consent(id, state.unix_now()).await? {
        return Err(ApiError::NotFound);
    }
    audit(&state, &staff.0, "desk_consent_ended", id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The patron's skills, while they consent.
#[utoipa::path(get, path = "/desk/patrons/{id}/profile/skills", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = ProfileSkills), (status = 403, body = ErrorBody)))]
pub async fn patron_skills(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ProfileSkills>, ApiError> {
    consent_id(&state, &staff, id).await?;
    let skills = state.store.profile_skills(id).await?;
    Ok(Json(ProfileSkills { skills }))
}

/// Saves the patron's skills, while they consent.
#[utoipa::path(put, path = "/desk/patrons/{id}/profile/skills", tag = "desk", params(("id" = i64, Path)),
    request_body = ProfileSkills,
    responses((status = 200, body = ProfileSkills), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn save_patron_skills(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<ProfileSkills>,
) -> Result<Json<ProfileSkills>, ApiError> {
    let consent = consent_id(&state, &staff, id).await?;
    let saved = save_skills(&state, id, body).await?;
    state.store.count_consent_edit(consent).await?;
    audit(&state, &staff.0, "assist_profile_skills", id).await?;
    Ok(Json(saved))
}

/// The patron's details, while they consent.
#[utoipa::path(get, path = "/desk/patrons/{id}/profile/details", tag = "desk", params(("id" = i64, Path)),
    responses((status = 200, body = ProfileDetails), (status = 403, body = ErrorBody)))]
pub async fn patron_details(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ProfileDetails>, ApiError> {
    consent_id(&state, &staff, id).await?;
    Ok(Json(load_details(&state, id).await?))
}

/// Saves the patron's details, while they consent. Who may see the
/// profile and the statistics choice stay as the patron set them.
#[utoipa::path(put, path = "/desk/patrons/{id}/profile/details", tag = "desk", params(("id" = i64, Path)),
    request_body = ProfileDetails,
    responses((status = 200, body = ProfileDetails), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn save_patron_details(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(mut body): ApiJson<ProfileDetails>,
) -> Result<Json<ProfileDetails>, ApiError> {
    let consent = consent_id(&state, &staff, id).await?;
    let kept = load_details(&state, id).await?;
    body.visibility = kept.visibility;
    body.statistics = kept.statistics;
    body.show_attended = kept.show_attended;
    let saved = save_details(&state, id, body).await?;
    state.store.count_consent_edit(consent).await?;
    audit(&state, &staff.0, "assist_profile_details", id).await?;
    Ok(Json(saved))
}

/// Every time one let library staff help with one's profile, newest first.
#[utoipa::path(get, path = "/account/desk-help", tag = "account",
    responses((status = 200, body = Vec<ConsentView>), (status = 401, body = ErrorBody)))]
pub async fn my_consents(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<ConsentView>>, ApiError> {
    let now = state.unix_now();
    Ok(Json(
        state
            .store
            .consents_of(current.user.id)
            .await?
            .into_iter()
            .map(|c| consent_view(c, now))
            .collect(),
    ))
}

/// Ends the help in force now.
#[utoipa::path(delete, path = "/account/desk-help", tag = "account",
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn end_my_consent(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<StatusCode, ApiError> {
    if !state
        .store
        .end_consent(current.user.id, state.unix_now())
        .await?
    {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}
