//! The anonymous insight report for staff.

use libranet_core::insight::{InsightFilter, InsightReport};

use super::{ApiFailure, get};

/// The insight report; the filter names quarters and a branch, never a person.
pub async fn insight(filter: &InsightFilter) -> Result<InsightReport, ApiFailure> {
    let query = serde_urlencoded::to_string(filter).map_err(|_| ApiFailure::Server)?;
    get(&format!("/insight?{query}")).await
}
