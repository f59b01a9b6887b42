//! Library staff at the desk: enrolling patrons, codes, finding patrons.

use libranet_core::api::{EnrollPatronRequest, IssueCodeRequest, OneTimeCodeView};
use libranet_core::desk::{EndedSessions, PatronSearch, PatronView};

use super::{ApiFailure, get, post, send_json};

pub async fn enroll_patron(body: &EnrollPatronRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/patrons"), body).await
}

pub async fn issue_reset_code(body: &IssueCodeRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/reset-codes"), body).await
}

/// Patrons by username or name; the words go in the body, not the URL.
pub async fn find_patrons(body: &PatronSearch) -> Result<Vec<PatronView>, ApiFailure> {
    send_json(post("/desk/patrons/search"), body).await
}

pub async fn patron(id: i64) -> Result<PatronView, ApiFailure> {
    get(&format!("/desk/patrons/{id}")).await
}

pub async fn end_patron_sessions(id: i64) -> Result<EndedSessions, ApiFailure> {
    send_json(
        post(&format!("/desk/patrons/{id}/end-sessions")),
        &serde_json::json!({}),
    )
    .await
}
