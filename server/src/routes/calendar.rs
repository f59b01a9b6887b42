//! A person's calendar feed: a secret iCalendar address with the events
//! they have a seat at and their booked appointments, for a calendar app to
//! subscribe to; made, replaced and stopped by its owner.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::events::{CalendarFeed, RsvpStatus};
use libranet_core::time::UtcInstant;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiPath};
use crate::session::CurrentUser;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(feed_status, new_feed, stop_feed))
        .routes(routes!(feed))
}

/// Whether one has a calendar feed.
#[utoipa::path(get, path = "/events/feed", tag = "events",
    responses((status = 200, body = CalendarFeed), (status = 401, body = ErrorBody)))]
pub async fn feed_status(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<CalendarFeed>, ApiError> {
    Ok(Json(CalendarFeed {
        active: state.store.has_feed(current.user.id).await?,
        path: None,
    }))
}

/// Makes a personal calendar feed (retiring any earlier one) and returns
/// its address, once: the events one has a seat at and one's booked
/// appointments, for a calendar app to subscribe to.
#[utoipa::path(post, path = "/events/feed", tag = "events",
    responses((status = 201, body = CalendarFeed), (status = 401, body = ErrorBody)))]
pub async fn new_feed(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<(StatusCode, Json<CalendarFeed>), ApiError> {
    let token = crate::session::new_token();
    state
        .store
        .set_feed(
            current.user.id,
            &crate::session::token_hash(&token),
            state.unix_now(),
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CalendarFeed {
            active: true,
            path: Some(format!("/api/v1/calendar/{token}.ics")),
        }),
    ))
}

/// Stops the feed: its address no longer answers.
#[utoipa::path(delete, path = "/events/feed", tag = "events",
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn stop_feed(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<StatusCode, ApiError> {
    if !state.store.delete_feed(current.user.id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The personal calendar feed (iCalendar). The secret address is the only
/// key, so it answers without a session; an unknown address is 404.
#[utoipa::path(get, path = "/calendar/{file}", tag = "events", params(("file" = String, Path)),
    responses((status = 200, content_type = "text/calendar"), (status = 404, body = ErrorBody)))]
pub async fn feed(
    State(state): State<AppState>,
    ApiPath(file): ApiPath<String>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    use libranet_core::appointments::AppointmentKind;
    use libranet_core::ical::{Event, calendar};
    let token = file.strip_suffix(".ics").ok_or(ApiError::NotFound)?;
    let store = state.store.as_ref();
    let user = store
        .feed_owner(&crate::session::token_hash(token))
        .await?
        .ok_or(ApiError::NotFound)?;
    // From a month back, so recent ones stay in the calendar.
    let now = state.now();
    let since = now.plus_seconds(-30 * 86_400).unix_seconds();
    let mut owned: Vec<(String, i64, i64, String, String)> = Vec::new();
    for (event, status) in store.signed_up(user).await? {
        if status != RsvpStatus::Going {
            continue;
        }
        let Some(row) = store.event(event).await? else {
            continue;
        };
        if row.cancelled || row.ends_at < since {
            continue;
        }
        let fields = row.body;
        let place = if fields.place.is_empty() {
            fields.online_link.clone()
        } else {
            fields.place.clone()
        };
        owned.push((
            format!("event-{}@libranet", row.id),
            row.starts_at,
            row.ends_at,
            fields.title,
            place,
        ));
    }
    for slot in store.slots_of(user, since).await? {
        if slot.cancelled || slot.patron_id.is_none() {
            continue;
        }
        let details = slot.body;
        let kind = match slot.kind {
            AppointmentKind::InterviewPractice => "Interview practice",
            AppointmentKind::ResumeReview => "Resume review",
            AppointmentKind::CareerCoaching => "Career coaching",
        };
        let with = if slot.host_id == user {
            slot.patron_name.clone().unwrap_or_default()
        } else {
            slot.host_name.clone()
        };
        let place = if details.place.is_empty() {
            details.online_link
        } else {
            details.place
        };
        owned.push((
            format!("appointment-{}@libranet", slot.id),
            slot.starts_at,
            slot.starts_at + slot.minutes * 60,
            format!("{kind}: {with}"),
            place,
        ));
    }
    let events: Vec<Event<'_>> = owned
        .iter()
        .map(|(uid, starts, ends, summary, place)| Event {
            uid: uid.clone(),
            starts_at: UtcInstant::from_unix_seconds(*starts),
            ends_at: UtcInstant::from_unix_seconds(*ends),
            summary,
            description: place,
        })
        .collect();
    let body = calendar(&events, now);
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/calendar; charset=utf-8",
            ),
            // Personal: never kept in a shared cache or on a public computer.
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}
