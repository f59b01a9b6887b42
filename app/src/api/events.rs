//! Events, seats and attendance.

use libranet_core::events::{Attendance, Attendee, CancelEvent, EventFields, EventView};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn events() -> Result<Vec<EventView>, ApiFailure> {
    get("/events").await
}

pub async fn event(id: i64) -> Result<EventView, ApiFailure> {
    get(&format!("/events/{id}")).await
}

pub async fn create_events(body: &EventFields) -> Result<Vec<EventView>, ApiFailure> {
    send_json(post("/events"), body).await
}

pub async fn rsvp(id: i64) -> Result<EventView, ApiFailure> {
    send_json(post(&format!("/events/{id}/rsvp")), &serde_json::json!({})).await
}

pub async fn withdraw(id: i64) -> Result<EventView, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/events/{id}/rsvp")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn cancel_event(id: i64, body: &CancelEvent) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/events/{id}/cancel")), body).await
}

pub async fn attendees(id: i64) -> Result<Vec<Attendee>, ApiFailure> {
    get(&format!("/events/{id}/attendees")).await
}

pub async fn mark_attendance(id: i64, body: &Attendance) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/events/{id}/attendance")),
        body,
    )
    .await
}

pub async fn attended_events() -> Result<Vec<EventView>, ApiFailure> {
    get("/events/attended").await
}
