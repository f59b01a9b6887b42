//! Reports to library staff and what they decided.

use libranet_core::moderation::{ContentReport, Decision, ModerationEntry, ReportView};

use super::{ApiFailure, get, post, send_empty};

pub async fn reports() -> Result<Vec<ReportView>, ApiFailure> {
    get("/reports").await
}

pub async fn report_content(body: &ContentReport) -> Result<(), ApiFailure> {
    send_empty(post("/moderation/reports"), body).await
}

pub async fn decide_report(id: i64, body: &Decision) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/reports/{id}/decision")), body).await
}

pub async fn moderation_log() -> Result<Vec<ModerationEntry>, ApiFailure> {
    get("/moderation/log").await
}
