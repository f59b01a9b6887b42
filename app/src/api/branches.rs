//! Library branches with their rooms and kiosks.

use libranet_core::desk::{BranchFields, BranchView, KioskFields, RoomFields};

use super::{ApiFailure, BASE, Request, get, post, send_json};

pub async fn branches() -> Result<Vec<BranchView>, ApiFailure> {
    get("/branches").await
}

pub async fn create_branch(body: &BranchFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/branches"), body).await
}

pub async fn delete_branch(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/branches/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn create_room(body: &RoomFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/rooms"), body).await
}

pub async fn delete_room(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/rooms/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn create_kiosk(body: &KioskFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/kiosks"), body).await
}

pub async fn delete_kiosk(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/kiosks/{id}")),
        &serde_json::json!({}),
    )
    .await
}
