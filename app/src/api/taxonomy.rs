//! The skills taxonomy.

use libranet_core::Lang;
use libranet_core::taxonomy::Taxonomy;

use super::{ApiFailure, get};

/// The skills taxonomy with the labels of one language only (large: fetched
/// once per page load and language, when needed). Concepts without a label
/// in `lang` carry their English one, marked as English.
pub async fn taxonomy(lang: Lang) -> Result<Taxonomy, ApiFailure> {
    get(&format!("/taxonomy?lang={}", lang.tag())).await
}
