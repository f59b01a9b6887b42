//! Appointments: library staff and verified partners publish slots for
//! interview practice, resume review and career coaching; a signed-in
//! person books one. Both sides are told of bookings and cancellations and
//! reminded a day ahead in their inbox; a slot is never booked twice.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::appointments::{
    BookSlot, CancelAppointment, MyAppointments, SlotFields, SlotView,
};
use libranet_core::mentoring::check_message;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::time::{UtcInstant, WallClock};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::events::{may_organise, publishing_zone};
use crate::services::notifications::{When, notify_at, sweep};
use crate::services::people::shown_name;
use crate::session::{CurrentUser, MaybeUser};
use crate::state::AppState;
use crate::store::desk::{Booked, NewSlot, SlotRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(open_slots, publish))
        .routes(routes!(mine))
        .routes(routes!(book))
        .routes(routes!(cancel))
}

/// The place, link and language of a slot, as stored in its body.
fn details(row: &SlotRow) -> SlotFields {
    row.body.clone()
}

fn view_of(row: SlotRow, viewer: Option<&CurrentUser>) -> SlotView {
    let fields = details(&row);
    let viewer_id = viewer.map(|v| v.user.id);
    let can_manage = viewer.is_some_and(|v| v.user.id == row.host_id || v.is_staff());
    let mine = row.patron_id.is_some() && row.patron_id == viewer_id;
    SlotView {
        id: row.id,
        kind: row.kind,
        day: row.day,
        start: row.start,
        time_zone: row.time_zone,
        starts_at: UtcInstant::from_unix_seconds(row.starts_at),
        minutes: u16::try_from(row.minutes).unwrap_or(0),
        place: fields.place,
        // The link to join is for the two people meeting.
        online_link: if mine || can_manage {
            fields.online_link
        } else {
            String::new()
        },
        language: fields.language,
        host_name: row.host_name,
        booked: row.patron_id.is_some(),
        mine,
        can_manage,
        patron_name: if can_manage { row.patron_name } else { None },
        patron_note: if can_manage { row.patron_note } else { None },
        cancelled: row.cancelled,
    }
}

/// Open slots from now on, soonest first (public).
#[utoipa::path(get, path = "/appointments", tag = "appointments",
    responses((status = 200, body = Vec<SlotView>)))]
pub async fn open_slots(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
) -> Result<Json<Vec<SlotView>>, ApiError> {
    let rows = state.store.open_slots(state.unix_now()).await?;
    let views = rows
        .into_iter()
        .map(|row| view_of(row, viewer.as_ref()))
        .collect();
    Ok(Json(views))
}

/// Publishes back-to-back slots (staff and verified partners).
#[utoipa::path(post, path = "/appointments", tag = "appointments", request_body = SlotFields,
    responses((status = 201, body = Vec<SlotView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<SlotFields>,
) -> Result<(StatusCode, Json<Vec<SlotView>>), ApiError> {
    let mut fields = fields.tidy();
    let zone = publishing_zone(&state, &current, fields.branch_id, &mut fields.time_zone).await?;
    fields
        .validate(state.now(), &zone)
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let times = fields.slots(&zone);
    let texts: Vec<(String, String)> = times
        .iter()
        .map(|t| (t.local.day_text(), t.local.time_text()))
        .collect();
    let kind = fields.kind;
    let new: Vec<NewSlot<'_>> = times
        .iter()
        .zip(&texts)
        .map(|(t, (day, start))| NewSlot {
            kind,
            day,
            start,
            minutes: i64::from(fields.minutes),
            starts_at: t.starts_at.unix_seconds(),
            time_zone: zone.name(),
            body: &body,
        })
        .collect();
    let store = state.store.as_ref();
    let Some(ids) = store
        .create_slots(current.user.id, &new, state.unix_now())
        .await?
    else {
        return Err(ApiError::field("start", Problem::TimeClash));
    };
    let mut views = Vec::with_capacity(ids.len());
    for id in ids {
        let row = store.slot(id).await?.ok_or(ApiError::NotFound)?;
        views.push(view_of(row, Some(&current)));
    }
    Ok((StatusCode::CREATED, Json(views)))
}

/// One's appointments: booked, and offered (for hosts).
#[utoipa::path(get, path = "/appointments/mine", tag = "appointments",
    responses((status = 200, body = MyAppointments), (status = 401, body = ErrorBody)))]
pub async fn mine(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<MyAppointments>, ApiError> {
    let store = state.store.as_ref();
    // Reminders due now go out before the list is read.
    sweep(store, state.unix_now()).await?;
    // Today's earlier appointments still show: from midnight in the
    // library's zone.
    let now = state.now();
    let from = WallClock::from_parts(state.zone().today(now), 0)
        .resolve(state.zone())
        .unix_seconds()
        - 1;
    let mut mine = MyAppointments {
        may_host: may_organise(&state, &current).await?,
        ..MyAppointments::default()
    };
    for row in store.slots_of(current.user.id, from).await? {
        let hosting = row.host_id == current.user.id;
        let view = view_of(row, Some(&current));
        if hosting {
            mine.hosting.push(view);
        } else if !view.cancelled || view.mine {
            mine.booked.push(view);
        }
    }
    Ok(Json(mine))
}

/// Books a slot; both sides are told. 409 `full` when someone else was
/// quicker; 422 when the person already has an appointment at that time.
#[utoipa::path(post, path = "/appointments/{id}/book", tag = "appointments",
    params(("id" = i64, Path)), request_body = BookSlot,
    responses((status = 200, body = SlotView), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn book(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<BookSlot>,
) -> Result<Json<SlotView>, ApiError> {
    let note = body.note.trim().to_owned();
    BookSlot { note: note.clone() }
        .validate()
        .map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let now = state.unix_now();
    // Bookable until it starts.
    match store
        .book_slot(id, current.user.id, &note, now, now)
        .await?
    {
        Booked::Booked => {}
        Booked::Taken => return Err(ApiError::Full),
        Booked::Clash => return Err(ApiError::field("slot", Problem::TimeClash)),
        Booked::Closed => return Err(ApiError::NotFound),
    }
    let row = store.slot(id).await?.ok_or(ApiError::NotFound)?;
    let when = When {
        at: row.starts_at,
        time_zone: &row.time_zone,
    };
    notify_at(
        store,
        now,
        row.host_id,
        NotificationKind::AppointmentBooked,
        Some(id),
        &shown_name(&current.user),
        "",
        when,
    )
    .await?;
    Ok(Json(view_of(row, Some(&current))))
}

/// Cancels: the patron gives the slot back (it opens for others), or the
/// host or staff cancel it; the other side is told, with the reason.
#[utoipa::path(post, path = "/appointments/{id}/cancel", tag = "appointments",
    params(("id" = i64, Path)), request_body = CancelAppointment,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<CancelAppointment>,
) -> Result<StatusCode, ApiError> {
    let reason = body.reason.trim();
    check_message("reason", reason, false).map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let row = store.slot(id).await?.ok_or(ApiError::NotFound)?;
    let when = When {
        at: row.starts_at,
        time_zone: &row.time_zone,
    };
    let kind = NotificationKind::AppointmentCancelled;
    let now = state.unix_now();
    if row.patron_id == Some(current.user.id) {
        if !store.release_slot(id, current.user.id).await? {
            return Err(ApiError::Conflict);
        }
        notify_at(
            store,
            now,
            row.host_id,
            kind,
            Some(id),
            &shown_name(&current.user),
            reason,
            when,
        )
        .await?;
        return Ok(StatusCode::NO_CONTENT);
    }
    if row.host_id != current.user.id && !current.is_staff() {
        return Err(ApiError::Forbidden);
    }
    let Some(patron) = store.cancel_slot(id, now).await? else {
        return Err(ApiError::Conflict);
    };
    if let Some(patron) = patron {
        notify_at(
            store,
            now,
            patron,
            kind,
            Some(id),
            &row.host_name,
            reason,
            when,
        )
        .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}
