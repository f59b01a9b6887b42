//! A mentoring pair's check-ins.

use libranet_core::mentoring::CheckInFields;
use libranet_core::mentoring::views::CheckIn;

use super::{ApiFailure, BASE, Request, post, read, send_json};

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
