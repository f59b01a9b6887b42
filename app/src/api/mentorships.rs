//! Mentorships under way: goals, check-ins, messages, notes, ending.

use libranet_core::mentoring::views::{
    CheckIn, EndMentorship, MentorshipSummary, MentorshipView, Message, NewReport, SharedGoals,
    Text,
};
use libranet_core::mentoring::{CheckInFields, Feedback};

use super::{ApiFailure, BASE, Request, get, post, read, send_empty, send_json};

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

pub async fn add_check_in(id: i64, body: &CheckInFields) -> Result<CheckIn, ApiFailure> {
    send_json(post(&format!("/mentorships/{id}/check-ins")), body).await
}

pub async fn remove_check_in(id: i64, check_in: i64) -> Result<(), ApiFailure> {
    let response = Request::delete(&format!("{BASE}/mentorships/{id}/check-ins/{check_in}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        read::<()>(response).await
    }
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

pub async fn report(body: &NewReport) -> Result<(), ApiFailure> {
    send_empty(post("/reports"), body).await
}
