//! The skills taxonomy.

use libranet_core::taxonomy::Taxonomy;

use super::{ApiFailure, get};

/// The skills taxonomy (large: fetched once per page load, when needed).
pub async fn taxonomy() -> Result<Taxonomy, ApiFailure> {
    get("/taxonomy").await
}
