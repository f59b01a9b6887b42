//! What community partners need from library workers: posting, editing,
//! closing and listing needs.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::NeedFields;
use libranet_core::expertise::views::{Need, NeedStatus};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::partners::is_partner;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::community::NeedRow;

/// A need without an end date stays up this long.
const NEED_DAYS: i64 = 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(needs, post_need))
        .routes(routes!(my_needs))
        .routes(routes!(update_need))
        .routes(routes!(close_need))
}

fn need_view(row: NeedRow) -> Need {
    let org_name = row.org_body.map(|org| org.name).unwrap_or_default();
    let stored = row.status;
    let status = if stored == NeedStatus::Open && !row.verified {
        NeedStatus::AwaitingVerification
    } else {
        stored
    };
    Need {
        id: row.id,
        owner_id: row.owner_id,
        org_name,
        status,
        fields: row.body.clone(),
        created_at: row.created_at,
        expires_at: row.expires_at,
    }
}

/// Open needs of verified partners, for anyone signed in.
#[utoipa::path(get, path = "/needs", tag = "community",
    responses((status = 200, body = Vec<Need>), (status = 401, body = ErrorBody)))]
pub async fn needs(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<Need>>, ApiError> {
    // Blocking hides people from each other everywhere.
    let blocked = state.store.blocks_involving(current.user.id).await?;
    let rows = state.store.live_needs(state.unix_now()).await?;
    Ok(Json(
        rows.into_iter()
            .filter(|n| !blocked.contains(&n.owner_id))
            .map(need_view)
            .collect(),
    ))
}

/// One's own needs in every state (partners).
#[utoipa::path(get, path = "/needs/mine", tag = "community",
    responses((status = 200, body = Vec<Need>), (status = 403, body = ErrorBody)))]
pub async fn my_needs(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<Need>>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    let rows = state.store.needs_of(current.user.id).await?;
    Ok(Json(rows.into_iter().map(need_view).collect()))
}

async fn checked_need(
    state: &AppState,
    fields: NeedFields,
) -> Result<(NeedFields, String, i64), ApiError> {
    let fields = fields.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    fields
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let now = state.unix_now();
    let expires_at = match &fields.ends_on {
        // The end of that day in the library's zone.
        Some(day) => {
            let last =
                libranet_core::date::parse_day(day).map_err(|p| ApiError::field("ends_on", p))?;
            libranet_core::time::WallClock::from_parts(last + 1, 0)
                .resolve(state.zone())
                .unix_seconds()
        }
        None => now + NEED_DAYS * 86_400,
    };
    let body = serde_json::to_string(&fields).map_err(ApiError::unreadable)?;
    Ok((fields, body, expires_at))
}

/// Posts a need (partners with an organisation profile). It goes live when
/// staff have verified the organisation.
#[utoipa::path(post, path = "/needs", tag = "community", request_body = NeedFields,
    responses((status = 201, body = Need), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn post_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<NeedFields>,
) -> Result<(StatusCode, Json<Need>), ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    if state.store.org(current.user.id).await?.is_none() {
        return Err(ApiError::field("org", Problem::Required));
    }
    let (_, body, expires_at) = checked_need(&state, fields).await?;
    let id = state
        .store
        .create_need(current.user.id, &body, state.unix_now(), expires_at)
        .await?;
    let row = state.store.need(id).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(need_view(row))))
}

async fn own_need(state: &AppState, id: i64, current: &CurrentUser) -> Result<NeedRow, ApiError> {
    match state.store.need(id).await? {
        Some(row)
            if row.owner_id == current.user.id
                || current.user.roles.iter().any(|r| r.is_staff()) =>
        {
            Ok(row)
        }
        Some(_) => Err(ApiError::Forbidden),
        None => Err(ApiError::NotFound),
    }
}

/// Changes a need (its owner or staff); a paused need opens again.
#[utoipa::path(put, path = "/needs/{id}", tag = "community", params(("id" = i64, Path)), request_body = NeedFields,
    responses((status = 200, body = Need), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<NeedFields>,
) -> Result<Json<Need>, ApiError> {
    own_need(&state, id, &current).await?;
    let (_, body, expires_at) = checked_need(&state, fields).await?;
    let now = state.unix_now();
    state.store.update_need(id, &body, expires_at, now).await?;
    state
        .store
        .set_need_status(id, NeedStatus::Open, now)
        .await?;
    Ok(Json(need_view(
        state.store.need(id).await?.ok_or(ApiError::NotFound)?,
    )))
}

/// Closes a need (its owner or staff).
#[utoipa::path(post, path = "/needs/{id}/close", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Need), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn close_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Need>, ApiError> {
    own_need(&state, id, &current).await?;
    state
        .store
        .set_need_status(id, NeedStatus::Closed, state.unix_now())
        .await?;
    Ok(Json(need_view(
        state.store.need(id).await?.ok_or(ApiError::NotFound)?,
    )))
}
