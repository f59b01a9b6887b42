//! Community partner organisations, verified by staff before their needs
//! go live.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::views::{OrgView, PartnerOrg};
use libranet_core::mentoring::views::NotificationKind;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::services::partners::is_partner;
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_org, save_org))
        .routes(routes!(unverified))
        .routes(routes!(verify))
}

/// One's partner organisation, if any.
#[utoipa::path(get, path = "/partner/org", tag = "community",
    responses((status = 200, body = Option<OrgView>), (status = 403, body = ErrorBody)))]
pub async fn my_org(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Option<OrgView>>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    Ok(Json(match state.store.org(current.user.id).await? {
        Some((body, verified)) => Some(OrgView {
            user_id: current.user.id,
            org: serde_json::from_str(&body).map_err(ApiError::unreadable)?,
            verified,
        }),
        None => None,
    }))
}

/// Describes one's organisation (partners). Staff verify it before its
/// needs are shown; changing it later keeps the verification.
#[utoipa::path(put, path = "/partner/org", tag = "community", request_body = PartnerOrg,
    responses((status = 200, body = OrgView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_org(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(mut org): ApiJson<PartnerOrg>,
) -> Result<Json<OrgView>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    for text in [
        &mut org.name,
        &mut org.about,
        &mut org.website,
        &mut org.region,
    ] {
        *text = text.trim().to_owned();
    }
    org.validate().map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&org).map_err(ApiError::unreadable)?;
    state
        .store
        .save_org(current.user.id, &body, state.unix_now())
        .await?;
    let verified = state
        .store
        .org(current.user.id)
        .await?
        .is_some_and(|(_, v)| v);
    Ok(Json(OrgView {
        user_id: current.user.id,
        org,
        verified,
    }))
}

/// Organisations waiting for verification (staff).
#[utoipa::path(get, path = "/desk/partners", tag = "community",
    responses((status = 200, body = Vec<OrgView>), (status = 403, body = ErrorBody)))]
pub async fn unverified(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Vec<OrgView>>, ApiError> {
    let mut orgs = Vec::new();
    for (user_id, body) in state.store.unverified_orgs().await? {
        orgs.push(OrgView {
            user_id,
            org: serde_json::from_str(&body).map_err(ApiError::unreadable)?,
            verified: false,
        });
    }
    Ok(Json(orgs))
}

/// Verifies an organisation (staff): its needs go live and it is told.
#[utoipa::path(post, path = "/desk/partners/{user_id}/verify", tag = "community", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn verify(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(user_id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    if !state
        .store
        .verify_org(user_id, staff.0.user.id, state.unix_now())
        .await?
    {
        return Err(ApiError::NotFound);
    }
    notify(
        state.store.as_ref(),
        state.unix_now(),
        user_id,
        NotificationKind::PartnerVerified,
        None,
        "",
        "",
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
