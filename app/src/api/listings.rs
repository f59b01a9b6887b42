//! Job and learning listings: the public change feed and their posting.

use libranet_core::api::{ListingChanges, SetOpen};
use libranet_core::import::{ImportJobs, ImportReport};
use libranet_core::jobs::{Job, JobFields};
use libranet_core::learning::{Resource, ResourceFields};

use super::{ApiFailure, BASE, Request, get, post, send_json};

/// Public listings changed since `since` (0: all open ones).
pub async fn listing_changes(since: i64) -> Result<ListingChanges, ApiFailure> {
    get(&format!("/listings/changes?since={since}")).await
}

pub async fn job(id: i64) -> Result<Job, ApiFailure> {
    get(&format!("/jobs/{id}")).await
}

pub async fn import_jobs(body: &ImportJobs) -> Result<ImportReport, ApiFailure> {
    send_json(post("/jobs/import"), body).await
}

pub async fn create_job(body: &JobFields) -> Result<Job, ApiFailure> {
    send_json(post("/jobs"), body).await
}

pub async fn update_job(id: i64, body: &JobFields) -> Result<Job, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/jobs/{id}")), body).await
}

pub async fn set_job_open(id: i64, open: bool) -> Result<Job, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/jobs/{id}/open")),
        &SetOpen { open },
    )
    .await
}

pub async fn resource(id: i64) -> Result<Resource, ApiFailure> {
    get(&format!("/resources/{id}")).await
}

pub async fn update_resource(id: i64, body: &ResourceFields) -> Result<Resource, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/resources/{id}")), body).await
}

pub async fn set_resource_open(id: i64, open: bool) -> Result<Resource, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/resources/{id}/open")),
        &SetOpen { open },
    )
    .await
}

pub async fn create_resource(body: &ResourceFields) -> Result<Resource, ApiFailure> {
    send_json(post("/resources"), body).await
}
