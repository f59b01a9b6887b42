//! Events: library staff and verified partners publish workshops, info
//! sessions, job fairs and meet-ups (a weekly series makes one event per
//! date); people sign up for a seat or a place on the waitlist, which moves
//! up by itself when someone withdraws; organisers cancel with notice to
//! everyone signed up.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::events::{
    Attendance, Attendee, CancelEvent, EventFields, EventView, RsvpStatus,
};
use libranet_core::mentoring::check_message;
use libranet_core::mentoring::views::NotificationKind;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::library_time::new_events;
use crate::services::events::publishing_zone;
use crate::services::notifications::{When, notify_at};
use crate::session::{CurrentUser, MaybeUser};
use crate::state::AppState;
use crate::store::events::{EventRow, Signed};
use libranet_core::time::UtcInstant;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(event))
        .routes(routes!(sign_up, withdraw))
        .routes(routes!(cancel))
        .routes(routes!(attendees, take_attendance))
        .routes(routes!(attended))
}

/// The event as `viewer` sees it; `signed_up: false` skips reading the
/// sign-up list when the caller knows the viewer is not on it.
async fn view_of(
    state: &AppState,
    row: EventRow,
    viewer: Option<&CurrentUser>,
    signed_up: bool,
) -> Result<EventView, ApiError> {
    let fields = row.body;
    let (mine, my_place) = match viewer {
        Some(v) if signed_up => {
            let attendees = state.store.attendees(row.id).await?;
            let me = attendees.iter().find(|a| a.user_id == v.user.id);
            let mine = me.map(|a| a.status);
            let place = match (mine, me) {
                (Some(RsvpStatus::Waiting), Some(a)) => Some(
                    attendees
                        .iter()
                        .filter(|o| o.status == RsvpStatus::Waiting && o.seq <= a.seq)
                        .count() as u32,
                ),
                _ => None,
            };
            (mine, place)
        }
        _ => (None, None),
    };
    let can_manage = viewer
        .as_ref()
        .is_some_and(|v| v.user.id == row.owner_id || v.is_staff());
    Ok(EventView {
        id: row.id,
        series_id: row.series_id,
        day: row.day,
        starts_at: UtcInstant::from_unix_seconds(row.starts_at),
        ends_at: UtcInstant::from_unix_seconds(row.ends_at),
        fields,
        organiser_name: row.owner_name,
        going: u32::try_from(row.going).unwrap_or(0),
        waiting: u32::try_from(row.waiting).unwrap_or(0),
        mine,
        my_place,
        cancelled: row.cancelled,
        can_manage,
    })
}

/// Events that have not ended, soonest first (public): tonight's stay
/// listed until they end.
#[utoipa::path(get, path = "/events", tag = "events",
    responses((status = 200, body = Vec<EventView>)))]
pub async fn list(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
) -> Result<Json<Vec<EventView>>, ApiError> {
    let rows = state.store.events_ending_after(state.unix_now()).await?;
    let signed: Vec<(i64, RsvpStatus)> = match &viewer {
        Some(v) => state.store.signed_up(v.user.id).await?,
        None => Vec::new(),
    };
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        // Only the events one signed up for need the sign-up list.
        let mine = signed.iter().any(|(e, _)| *e == row.id);
        views.push(view_of(&state, row, viewer.as_ref(), mine).await?);
    }
    Ok(Json(views))
}

/// Publishes an event, or a weekly series (one event per date).
#[utoipa::path(post, path = "/events", tag = "events", request_body = EventFields,
    responses((status = 201, body = Vec<EventView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<EventFields>,
) -> Result<(StatusCode, Json<Vec<EventView>>), ApiError> {
    let mut fields = fields.tidy();
    let zone = publishing_zone(&state, &current, fields.branch_id, &mut fields.time_zone).await?;
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    fields
        .validate(taxonomy.as_ref(), state.now(), &zone)
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let new = new_events(&fields, &body, &zone);
    let store = state.store.as_ref();
    let ids = store
        .create_events(
            current.user.id,
            i64::from(fields.capacity),
            &new,
            state.unix_now(),
        )
        .await?;
    let viewer = Some(current);
    let mut views = Vec::with_capacity(ids.len());
    for id in ids {
        let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
        views.push(view_of(&state, row, viewer.as_ref(), true).await?);
    }
    Ok((StatusCode::CREATED, Json(views)))
}

/// One event, with the viewer's seat or place on the waitlist.
#[utoipa::path(get, path = "/events/{id}", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = EventView), (status = 404, body = ErrorBody)))]
pub async fn event(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EventView>, ApiError> {
    let row = state.store.event(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(view_of(&state, row, viewer.as_ref(), true).await?))
}

/// Signs up: a seat if one is free, otherwise a place on the waitlist.
#[utoipa::path(post, path = "/events/{id}/rsvp", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = EventView), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody)))]
pub async fn sign_up(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EventView>, ApiError> {
    let store = state.store.as_ref();
    let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
    if row.starts_at <= state.unix_now() {
        // It has started: sign-up is closed.
        return Err(ApiError::Conflict);
    }
    match store.sign_up(id, current.user.id, state.unix_now()).await? {
        Signed::Closed => return Err(ApiError::Conflict),
        Signed::Going | Signed::Waiting | Signed::Already(_) => {}
    }
    let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(view_of(&state, row, Some(&current), true).await?))
}

/// Withdraws; a freed seat goes to the first on the waitlist, who is told.
#[utoipa::path(delete, path = "/events/{id}/rsvp", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = EventView), (status = 404, body = ErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EventView>, ApiError> {
    let store = state.store.as_ref();
    let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
    let done = store
        .withdraw(id, current.user.id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if let Some(promoted) = done.promoted {
        let fields = &row.body;
        notify_at(
            store,
            state.unix_now(),
            promoted,
            NotificationKind::EventPromoted,
            Some(id),
            &fields.title,
            "",
            When {
                at: row.starts_at,
                time_zone: &row.time_zone,
            },
        )
        .await?;
    }
    let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(view_of(&state, row, Some(&current), true).await?))
}

/// The organiser (or staff) cancels one date; everyone signed up is told,
/// with the reason.
#[utoipa::path(post, path = "/events/{id}/cancel", tag = "events", params(("id" = i64, Path)),
    request_body = CancelEvent,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<CancelEvent>,
) -> Result<StatusCode, ApiError> {
    let store = state.store.as_ref();
    let row = store.event(id).await?.ok_or(ApiError::NotFound)?;
    if row.owner_id != current.user.id && !current.is_staff() {
        return Err(ApiError::Forbidden);
    }
    let reason = body.reason.trim();
    check_message("reason", reason, false).map_err(ApiError::Invalid)?;
    if !store.cancel_event(id, state.unix_now()).await? {
        return Err(ApiError::Conflict);
    }
    let mut dates = vec![row.clone()];
    if body.later_dates {
        for later in store.series_events(row.series_id).await? {
            if later.id != id
                && later.starts_at > row.starts_at
                && store.cancel_event(later.id, state.unix_now()).await?
            {
                dates.push(later);
            }
        }
    }
    for date in dates {
        let fields = &date.body;
        for a in store.attendees(date.id).await? {
            notify_at(
                store,
                state.unix_now(),
                a.user_id,
                NotificationKind::EventCancelled,
                Some(date.id),
                &fields.title,
                reason,
                When {
                    at: date.starts_at,
                    time_zone: &date.time_zone,
                },
            )
            .await?;
        }
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The event if the viewer organises it or is staff.
async fn managed(state: &AppState, id: i64, current: &CurrentUser) -> Result<EventRow, ApiError> {
    let row = state.store.event(id).await?.ok_or(ApiError::NotFound)?;
    if row.owner_id != current.user.id && !current.is_staff() {
        return Err(ApiError::Forbidden);
    }
    Ok(row)
}

/// Everyone signed up, seats first, for taking attendance (organiser or
/// staff).
#[utoipa::path(get, path = "/events/{id}/attendees", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Attendee>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn attendees(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Attendee>>, ApiError> {
    managed(&state, id, &current).await?;
    Ok(Json(
        state
            .store
            .attendees(id)
            .await?
            .into_iter()
            .map(|a| {
                Ok(Attendee {
                    user_id: a.user_id,
                    status: a.status,
                    name: a.name,
                    attended: a.attended,
                })
            })
            .collect::<Result<_, ApiError>>()?,
    ))
}

/// Marks whether someone signed up came (organiser or staff).
#[utoipa::path(put, path = "/events/{id}/attendance", tag = "events", params(("id" = i64, Path)),
    request_body = Attendance,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn take_attendance(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(mark): ApiJson<Attendance>,
) -> Result<StatusCode, ApiError> {
    managed(&state, id, &current).await?;
    if !state
        .store
        .set_attended(id, mark.user_id, mark.attended)
        .await?
    {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The events one attended, newest first (they show on one's plan).
#[utoipa::path(get, path = "/events/attended", tag = "events",
    responses((status = 200, body = Vec<EventView>), (status = 401, body = ErrorBody)))]
pub async fn attended(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<EventView>>, ApiError> {
    let rows = state.store.attended_events(current.user.id).await?;
    let viewer = Some(current);
    let mut views = Vec::with_capacity(rows.len());
    for row in rows {
        views.push(view_of(&state, row, viewer.as_ref(), true).await?);
    }
    Ok(Json(views))
}
