//! People's pages: endorsements, recommendations, blocks.

use libranet_core::network::{
    BlockedPerson, NewRecommendation, PersonView, Recommendation, RecommendationAnswer,
};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn person(id: i64) -> Result<PersonView, ApiFailure> {
    get(&format!("/people/{id}")).await
}

pub async fn endorse(person: i64, skill_id: &str, endorse: bool) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/people/{person}/endorsements")),
        &serde_json::json!({ "skill_id": skill_id, "endorse": endorse }),
    )
    .await
}

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

pub async fn set_person_blocked(id: i64, blocked: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/people/{id}/block");
    let builder = if blocked {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}

pub async fn blocks() -> Result<Vec<BlockedPerson>, ApiFailure> {
    get("/blocks").await
}
