//! The library workers' skills database and the directory of who knows
//! what. Ranking happens in the browser; the server decides who sees what.

use axum::Json;
use axum::extract::State;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::Expertise;
use libranet_core::expertise::views::WorkerCard;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
use crate::services::directory::{visibility_name, visible_to};
use crate::session::CurrentUser;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_expertise, save_expertise))
        .routes(routes!(directory))
}

/// One's own skills record (empty until saved).
#[utoipa::path(get, path = "/expertise", tag = "community",
    responses((status = 200, body = Expertise), (status = 401, body = ErrorBody)))]
pub async fn my_expertise(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Expertise>, ApiError> {
    Ok(Json(match state.store.expertise(current.user.id).await? {
        Some(body) => serde_json::from_str(&body).map_err(ApiError::unreadable)?,
        None => Expertise::default(),
    }))
}

/// Saves one's skills record, with who may find it in the directory.
#[utoipa::path(put, path = "/expertise", tag = "community", request_body = Expertise,
    responses((status = 200, body = Expertise), (status = 422, body = ErrorBody)))]
pub async fn save_expertise(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(expertise): ApiJson<Expertise>,
) -> Result<Json<Expertise>, ApiError> {
    let expertise = expertise.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    expertise
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&expertise).map_err(ApiError::unreadable)?;
    state
        .store
        .save_expertise(
            current.user.id,
            &body,
            visibility_name(expertise.visibility),
            state.unix_now(),
        )
        .await?;
    Ok(Json(expertise))
}

/// The directory of library expertise, as far as each person chose to show
/// it: to anyone (public), to members, or to library staff.
#[utoipa::path(get, path = "/expertise/directory", tag = "community",
    responses((status = 200, body = Vec<WorkerCard>), (status = 401, body = ErrorBody)))]
pub async fn directory(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<WorkerCard>>, ApiError> {
    let blocked = state.store.blocks_involving(current.user.id).await?;
    let mut cards = Vec::new();
    for row in state.store.directory(visible_to(&current)).await? {
        if row.user_id == current.user.id || blocked.contains(&row.user_id) {
            continue;
        }
        cards.push(WorkerCard {
            user_id: row.user_id,
            name: row.name,
            expertise: serde_json::from_str(&row.body).map_err(ApiError::unreadable)?,
        });
    }
    Ok(Json(cards))
}
