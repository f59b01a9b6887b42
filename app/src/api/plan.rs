//! The career plan and the job tracker.

use libranet_core::api::TrackedJobs;
use libranet_core::plan::{ApplicationStatus, Plan, TrackJob, TrackedJob};

use super::{ApiFailure, BASE, Request, get, send_json};

pub async fn plan() -> Result<Plan, ApiFailure> {
    get("/plan").await
}

/// Saves the plan; `Conflict` when it changed elsewhere since it was loaded.
pub async fn save_plan(body: &Plan) -> Result<Plan, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/plan")), body).await
}

pub async fn tracked_jobs() -> Result<TrackedJobs, ApiFailure> {
    get("/tracker").await
}

pub async fn track_job(job_id: i64, status: ApplicationStatus) -> Result<TrackedJob, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/tracker/{job_id}")),
        &TrackJob { status },
    )
    .await
}

pub async fn untrack_job(job_id: i64) -> Result<(), ApiFailure> {
    let response = Request::delete(&format!("{BASE}/tracker/{job_id}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        Err(ApiFailure::Server)
    }
}
