//! One's personal calendar feed.

use libranet_core::events::CalendarFeed;

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn calendar_feed() -> Result<CalendarFeed, ApiFailure> {
    get("/events/feed").await
}

pub async fn new_calendar_feed() -> Result<CalendarFeed, ApiFailure> {
    send_json(post("/events/feed"), &serde_json::json!({})).await
}

pub async fn stop_calendar_feed() -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/events/feed")),
        &serde_json::json!({}),
    )
    .await
}
