//! Peer groups, their members and meet-ups.

use libranet_core::network::{GroupFields, GroupPage, GroupView, MeetupFields, MeetupView};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn groups() -> Result<Vec<GroupView>, ApiFailure> {
    get("/groups").await
}

pub async fn create_group(body: &GroupFields) -> Result<GroupView, ApiFailure> {
    send_json(post("/groups"), body).await
}

pub async fn group(id: i64) -> Result<GroupPage, ApiFailure> {
    get(&format!("/groups/{id}")).await
}

pub async fn join_group(id: i64) -> Result<GroupView, ApiFailure> {
    send_json(post(&format!("/groups/{id}/join")), &serde_json::json!({})).await
}

pub async fn leave_group(id: i64) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/groups/{id}/leave")), &serde_json::json!({})).await
}

pub async fn admit_member(group: i64, user: i64, admit: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/groups/{group}/members/{user}");
    let builder = if admit {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}

pub async fn create_meetup(group: i64, body: &MeetupFields) -> Result<MeetupView, ApiFailure> {
    send_json(post(&format!("/groups/{group}/meetups")), body).await
}
