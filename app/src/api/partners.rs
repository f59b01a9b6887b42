//! Community partners: one's organisation, and staff verifying partners.

use libranet_core::expertise::views::{OrgView, PartnerOrg};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

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
