//! The inbox.

use libranet_core::mentoring::views::Inbox;

use super::{ApiFailure, get, post, send_empty};

pub async fn notifications() -> Result<Inbox, ApiFailure> {
    get("/notifications").await
}

pub async fn mark_notifications_read(up_to: i64) -> Result<(), ApiFailure> {
    send_empty(
        post("/notifications/read"),
        &serde_json::json!({ "up_to": up_to }),
    )
    .await
}
