//! One's own goals and plan (saved whole, guarded by a revision so an edit
//! made elsewhere is never overwritten) and the jobs one tracks.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::{ErrorBody, TrackedJobs};
use libranet_core::plan::{Plan, TrackJob, TrackedJob};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::{ListingKind, PlanSave};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_plan, save_plan))
        .routes(routes!(tracked_jobs))
        .routes(routes!(track_job, untrack_job))
}

async fn load_plan(state: &AppState, user_id: i64) -> Result<Plan, ApiError> {
    Ok(match state.store.plan(user_id).await? {
        Some((revision, body)) => {
            let mut plan: Plan = serde_json::from_str(&body)
                .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored plan: {e}")))?;
            plan.revision = revision;
            plan
        }
        None => Plan::default(),
    })
}

/// One's goals and their steps.
#[utoipa::path(get, path = "/plan", tag = "plan",
    responses((status = 200, body = Plan), (status = 401, body = ErrorBody)))]
pub async fn get_plan(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Plan>, ApiError> {
    Ok(Json(load_plan(&state, current.user.id).await?))
}

/// Saves the whole plan. `revision` must be the one it was loaded at;
/// otherwise 409 and nothing changes (load it again and redo the edit).
#[utoipa::path(put, path = "/plan", tag = "plan", request_body = Plan,
    responses((status = 200, body = Plan), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_plan(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(mut plan): ApiJson<Plan>,
) -> Result<Json<Plan>, ApiError> {
    plan.validate().map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&plan.goals).map_err(|e| ApiError::Internal(e.into()))?;
    let body = format!("{{\"goals\":{body}}}");
    match state
        .store
        .save_plan(current.user.id, plan.revision, &body, state.unix_now())
        .await?
    {
        PlanSave::Saved(revision) => {
            plan.revision = revision;
            Ok(Json(plan))
        }
        PlanSave::Stale => Err(ApiError::Conflict),
    }
}

/// The jobs one saved or applied to, newest change first.
#[utoipa::path(get, path = "/tracker", tag = "plan",
    responses((status = 200, body = TrackedJobs), (status = 401, body = ErrorBody)))]
pub async fn tracked_jobs(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<TrackedJobs>, ApiError> {
    let rows = state.store.tracked_jobs(current.user.id).await?;
    Ok(Json(TrackedJobs {
        jobs: rows
            .into_iter()
            .map(|row| TrackedJob {
                job_id: row.job_id,
                status: row.status,
                updated_at: row.updated_at,
            })
            .collect(),
    }))
}

/// Saves a job to one's tracker, or moves it to another stage.
#[utoipa::path(put, path = "/tracker/{job_id}", tag = "plan", request_body = TrackJob,
    responses((status = 200, body = TrackedJob), (status = 404, body = ErrorBody)))]
pub async fn track_job(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(job_id): ApiPath<i64>,
    ApiJson(body): ApiJson<TrackJob>,
) -> Result<Json<TrackedJob>, ApiError> {
    state
        .store
        .find_listing(ListingKind::Job, job_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let now = state.unix_now();
    state
        .store
        .track_job(current.user.id, job_id, body.status, now)
        .await?;
    Ok(Json(TrackedJob {
        job_id,
        status: body.status,
        updated_at: now,
    }))
}

/// Takes a job off one's tracker.
#[utoipa::path(delete, path = "/tracker/{job_id}", tag = "plan",
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn untrack_job(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(job_id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    if state.store.untrack_job(current.user.id, job_id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}
