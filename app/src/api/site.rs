//! What the library calls itself and its policies.

use libranet_core::api::SiteInfo;

use super::{ApiFailure, get};

pub async fn site() -> Result<SiteInfo, ApiFailure> {
    get("/site").await
}
