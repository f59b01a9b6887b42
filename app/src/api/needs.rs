//! Partners' needs for skills.

use libranet_core::expertise::NeedFields;
use libranet_core::expertise::views::Need;

use super::{ApiFailure, get, post, send_json};

pub async fn needs() -> Result<Vec<Need>, ApiFailure> {
    get("/needs").await
}

pub async fn my_needs() -> Result<Vec<Need>, ApiFailure> {
    get("/needs/mine").await
}

pub async fn post_need(body: &NeedFields) -> Result<Need, ApiFailure> {
    send_json(post("/needs"), body).await
}

pub async fn close_need(id: i64) -> Result<Need, ApiFailure> {
    send_json(post(&format!("/needs/{id}/close")), &serde_json::json!({})).await
}
