//! A patron's consent to staff help with their profile.

use libranet_core::desk::{ConsentView, GrantConsent};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn grant_consent(id: i64, body: &GrantConsent) -> Result<ConsentView, ApiFailure> {
    send_json(post(&format!("/desk/patrons/{id}/consent")), body).await
}

pub async fn end_consent(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/desk/patrons/{id}/consent")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn my_desk_help() -> Result<Vec<ConsentView>, ApiFailure> {
    get("/account/desk-help").await
}

pub async fn end_my_desk_help() -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/account/desk-help")),
        &serde_json::json!({}),
    )
    .await
}
