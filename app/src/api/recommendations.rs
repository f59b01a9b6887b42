//! Recommendations members write for each other.

use libranet_core::network::{NewRecommendation, Recommendation, RecommendationAnswer};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn recommend(
    person: i64,
    body: &NewRecommendation,
) -> Result<Recommendation, ApiFailure> {
    send_json(post(&format!("/people/{person}/recommendations")), body).await
}

pub async fn my_recommendations() -> Result<Vec<Recommendation>, ApiFailure> {
    get("/recommendations").await
}

pub async fn answer_recommendation(id: i64, approve: bool) -> Result<Recommendation, ApiFailure> {
    send_json(
        post(&format!("/recommendations/{id}")),
        &RecommendationAnswer { approve },
    )
    .await
}

pub async fn remove_recommendation(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/recommendations/{id}")),
        &serde_json::json!({}),
    )
    .await
}
