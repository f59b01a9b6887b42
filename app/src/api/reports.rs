//! Reports of a mentoring partner to library staff.

use libranet_core::mentoring::views::NewReport;

use super::{ApiFailure, post, send_empty};

pub async fn report(body: &NewReport) -> Result<(), ApiFailure> {
    send_empty(post("/reports"), body).await
}
