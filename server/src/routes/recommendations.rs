//! Recommendations: one member writes about another, who approves it (it
//! then shows on their page) or declines it; either may take it away.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{
    NewRecommendation, Recommendation, RecommendationAnswer, RecommendationStatus, check_post,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::routes::people::recommendation_view;
use crate::services::notifications::notify;
use crate::services::people::reachable;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::StoreError;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(recommend))
        .routes(routes!(my_recommendations))
        .routes(routes!(answer_recommendation, remove_recommendation))
}

/// Writes a recommendation; it shows once the person approves it.
#[utoipa::path(post, path = "/people/{id}/recommendations", tag = "network", params(("id" = i64, Path)),
    request_body = NewRecommendation,
    responses((status = 201, body = Recommendation), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn recommend(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(new): ApiJson<NewRecommendation>,
) -> Result<(StatusCode, Json<Recommendation>), ApiError> {
    let me = current.user.id;
    if id == me {
        return Err(ApiError::Forbidden);
    }
    let body = new.body.trim();
    check_post("body", body).map_err(ApiError::Invalid)?;
    reachable(&state, &current, id).await?;
    let store = state.store.as_ref();
    let rec = match store
        .create_recommendation(me, id, body, state.unix_now())
        .await
    {
        Ok(rec) => rec,
        Err(StoreError::Conflict) => return Err(ApiError::Conflict),
        Err(e) => return Err(e.into()),
    };
    let row = store.recommendation(rec).await?.ok_or(ApiError::NotFound)?;
    notify(
        store,
        state.unix_now(),
        id,
        NotificationKind::RecommendationReceived,
        Some(id),
        &row.author_name,
        "",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(recommendation_view(row))))
}

/// Recommendations one received (waiting ones to approve) or wrote.
#[utoipa::path(get, path = "/recommendations", tag = "network",
    responses((status = 200, body = Vec<Recommendation>), (status = 401, body = ErrorBody)))]
pub async fn my_recommendations(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<Recommendation>>, ApiError> {
    let me = current.user.id;
    let blocked = state.store.blocks_involving(me).await?;
    Ok(Json(
        state
            .store
            .recommendations_of(me)
            .await?
            .into_iter()
            .filter(|r| {
                !r.hidden && !blocked.contains(&r.author_id) && !blocked.contains(&r.subject_id)
            })
            // A declined one stays with its author only.
            .filter(|r| r.author_id == me || r.status != RecommendationStatus::Declined)
            .map(recommendation_view)
            .collect(),
    ))
}

/// The recipient approves (it shows on their page) or declines.
#[utoipa::path(post, path = "/recommendations/{id}", tag = "network", params(("id" = i64, Path)),
    request_body = RecommendationAnswer,
    responses((status = 200, body = Recommendation), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody)))]
pub async fn answer_recommendation(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(answer): ApiJson<RecommendationAnswer>,
) -> Result<Json<Recommendation>, ApiError> {
    let store = state.store.as_ref();
    let row = store
        .recommendation(id)
        .await?
        .filter(|r| r.subject_id == current.user.id && !r.hidden)
        .ok_or(ApiError::NotFound)?;
    let status = if answer.approve {
        RecommendationStatus::Approved
    } else {
        RecommendationStatus::Declined
    };
    if !store
        .answer_recommendation(id, status, state.unix_now())
        .await?
    {
        return Err(ApiError::Conflict);
    }
    if answer.approve {
        notify(
            store,
            state.unix_now(),
            row.author_id,
            NotificationKind::RecommendationApproved,
            Some(row.subject_id),
            &row.subject_name,
            "",
        )
        .await?;
    }
    let row = store.recommendation(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(recommendation_view(row)))
}

/// Its author withdraws it, or the recipient takes it off their page.
#[utoipa::path(delete, path = "/recommendations/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn remove_recommendation(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let store = state.store.as_ref();
    store
        .recommendation(id)
        .await?
        .filter(|r| r.author_id == me || r.subject_id == me)
        .ok_or(ApiError::NotFound)?;
    store.delete_recommendation(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
