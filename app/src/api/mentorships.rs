//! Mentorships under way: goals, messages, notes, ending, blocking.

use libranet_core::mentoring::Feedback;
use libranet_core::mentoring::views::{
    EndMentorship, MentorshipSummary, MentorshipView, Message, SharedGoals, Text,
};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn mentorships() -> Result<Vec<MentorshipSummary>, ApiFailure> {
    get("/mentorships").await
}

pub async fn mentorship(id: i64) -> Result<MentorshipView, ApiFailure> {
    get(&format!("/mentorships/{id}")).await
}

pub async fn set_pair_goals(id: i64, body: &SharedGoals) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/mentorships/{id}/goals")),
        body,
    )
    .await
}

pub async fn save_pair_note(id: i64, body: &Text) -> Result<(), ApiFailure> {
    send_empty(Request::put(&format!("{BASE}/mentorships/{id}/note")), body).await
}

pub async fn send_message(id: i64, body: &Text) -> Result<Message, ApiFailure> {
    send_json(post(&format!("/mentorships/{id}/messages")), body).await
}

pub async fn end_mentorship(id: i64, body: &EndMentorship) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/mentorships/{id}/end")), body).await
}

pub async fn give_feedback(id: i64, body: &Feedback) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/mentorships/{id}/feedback")),
        body,
    )
    .await
}

pub async fn set_blocked(id: i64, blocked: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/mentorships/{id}/block");
    let builder = if blocked {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}
