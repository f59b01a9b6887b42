//! People's pages: endorsements and blocks.

use libranet_core::network::{BlockedPerson, PersonView};

use super::{ApiFailure, BASE, Request, get, send_empty};

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
