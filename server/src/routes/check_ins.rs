//! A mentoring pair's check-ins: scheduling one (the other person is told,
//! and reminded when it is near) and cancelling it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::CheckInFields;
use libranet_core::mentoring::views::{CheckIn, NotificationKind};
use libranet_core::time::WallClock;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::library_time::picked_zone;
use crate::services::notifications::{When, notify_at};
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::mentoring::CheckInRow;

use crate::routes::mentorships::{ongoing, pair_of};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(add_check_in))
        .routes(routes!(remove_check_in))
}

/// Schedules a check-in; the other person is told.
#[utoipa::path(post, path = "/mentorships/{id}/check-ins", tag = "mentoring", params(("id" = i64, Path)),
    request_body = CheckInFields, responses((status = 201, body = CheckIn), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_check_in(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(mut fields): ApiJson<CheckInFields>,
) -> Result<(StatusCode, Json<CheckIn>), ApiError> {
    let me = current.user.id;
    let row = ongoing(&state, id, me).await?;
    fields.day = fields.day.trim().to_owned();
    fields.time = fields.time.trim().to_owned();
    fields.topic = fields.topic.trim().to_owned();
    fields.validate().map_err(ApiError::Invalid)?;
    // In the zone of whoever schedules it (the app sends their device's).
    let zone = picked_zone(&state, &fields.time_zone, "time_zone")?;
    fields.time_zone = zone.name().to_owned();
    let local = WallClock::parse(&fields.day, &fields.time)
        .map_err(|(field, problem)| ApiError::field(field, problem))?;
    let starts_at = local.resolve(&zone);
    let stored = CheckInRow {
        id: 0,
        day: fields.day.clone(),
        time: fields.time.clone(),
        minutes: i64::from(fields.minutes),
        topic: fields.topic.clone(),
        time_zone: fields.time_zone.clone(),
        starts_at: starts_at.unix_seconds(),
    };
    let now = state.unix_now();
    let check_in = state.store.add_check_in(id, &stored, me, now).await?;
    notify_at(
        state.store.as_ref(),
        now,
        row.other(me),
        NotificationKind::CheckInScheduled,
        Some(id),
        row.other_name(row.other(me)),
        "",
        When {
            at: stored.starts_at,
            time_zone: &stored.time_zone,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(CheckIn {
            id: check_in,
            fields,
            starts_at,
        }),
    ))
}

/// Cancels a check-in.
#[utoipa::path(delete, path = "/mentorships/{id}/check-ins/{check_in}", tag = "mentoring",
    params(("id" = i64, Path), ("check_in" = i64, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn remove_check_in(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath((id, check_in)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    pair_of(&state, id, current.user.id).await?;
    if state.store.delete_check_in(id, check_in).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}
