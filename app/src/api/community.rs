//! The professional community: expertise, partners, needs, connections.

use libranet_core::expertise::views::{
    ConnectionAnswer, ConnectionView, Need, NewConnection, OrgView, PartnerOrg, WorkerCard,
};
use libranet_core::expertise::{Expertise, NeedFields};
use libranet_core::mentoring::views::{Message, Text};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn expertise() -> Result<Expertise, ApiFailure> {
    get("/expertise").await
}

pub async fn save_expertise(body: &Expertise) -> Result<Expertise, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/expertise")), body).await
}

pub async fn directory() -> Result<Vec<WorkerCard>, ApiFailure> {
    get("/expertise/directory").await
}

pub async fn my_org() -> Result<Option<OrgView>, ApiFailure> {
    get("/partner/org").await
}

pub async fn save_org(body: &PartnerOrg) -> Result<OrgView, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/partner/org")), body).await
}

pub async fn unverified_partners() -> Result<Vec<OrgView>, ApiFailure> {
    get("/desk/partners").await
}

pub async fn verify_partner(user_id: i64) -> Result<(), ApiFailure> {
    send_empty(
        post(&format!("/desk/partners/{user_id}/verify")),
        &serde_json::json!({}),
    )
    .await
}

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

pub async fn connections() -> Result<Vec<ConnectionView>, ApiFailure> {
    get("/connections").await
}

pub async fn connect(body: &NewConnection) -> Result<ConnectionView, ApiFailure> {
    send_json(post("/connections"), body).await
}

pub async fn answer_connection(id: i64, accept: bool) -> Result<ConnectionView, ApiFailure> {
    send_json(
        post(&format!("/connections/{id}")),
        &ConnectionAnswer { accept },
    )
    .await
}

pub async fn connection_messages(id: i64) -> Result<Vec<Message>, ApiFailure> {
    get(&format!("/connections/{id}/messages")).await
}

pub async fn send_connection_message(id: i64, body: &Text) -> Result<Message, ApiFailure> {
    send_json(post(&format!("/connections/{id}/messages")), body).await
}
