//! Mentoring cohorts.

use libranet_core::mentoring::views::{
    CohortSummary, CohortView, Invite, Join, NewCohort, Publish,
};

use super::{ApiFailure, get, post, send_json};

pub async fn cohorts() -> Result<Vec<CohortSummary>, ApiFailure> {
    get("/cohorts").await
}

pub async fn create_cohort(body: &NewCohort) -> Result<CohortSummary, ApiFailure> {
    send_json(post("/cohorts"), body).await
}

pub async fn cohort(id: i64) -> Result<CohortView, ApiFailure> {
    get(&format!("/cohorts/{id}")).await
}

pub async fn invite_to_cohort(id: i64, body: &Invite) -> Result<CohortView, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/invite")), body).await
}

pub async fn join_cohort(id: i64, body: &Join) -> Result<CohortSummary, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/join")), body).await
}

pub async fn accept_cohort_member(id: i64, user_id: i64) -> Result<CohortView, ApiFailure> {
    send_json(
        post(&format!("/cohorts/{id}/members/{user_id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn publish_cohort(id: i64, body: &Publish) -> Result<CohortView, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/publish")), body).await
}
