//! Connections between members, and their messages.

use libranet_core::expertise::views::{ConnectionAnswer, ConnectionView, NewConnection};
use libranet_core::mentoring::views::{Message, Text};

use super::{ApiFailure, get, post, send_json};

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
