//! The teaching resources exchange.

use libranet_core::network::NewPost;
use libranet_core::teaching::{
    NewTeaching, Rating, TeachingComment, TeachingSummary, TeachingView,
};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn teaching_list() -> Result<Vec<TeachingSummary>, ApiFailure> {
    get("/teaching").await
}

pub async fn teaching(id: i64) -> Result<TeachingView, ApiFailure> {
    get(&format!("/teaching/{id}")).await
}

pub async fn share_teaching(body: &NewTeaching) -> Result<TeachingView, ApiFailure> {
    send_json(post("/teaching"), body).await
}

pub async fn remove_teaching(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/teaching/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn rate_teaching(id: i64, stars: u8) -> Result<TeachingView, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/teaching/{id}/rating")),
        &Rating { stars },
    )
    .await
}

pub async fn comment_teaching(id: i64, body: &NewPost) -> Result<TeachingComment, ApiFailure> {
    send_json(post(&format!("/teaching/{id}/comments")), body).await
}

/// Where a shared file downloads from (a plain link: the browser fetches it).
pub fn teaching_file_url(id: i64) -> String {
    format!("{BASE}/teaching/{id}/file")
}
