//! Library branches as other features check them.

use crate::error::ApiError;
use crate::state::AppState;

/// Whether a branch of this id exists.
pub(crate) async fn branch_known(state: &AppState, id: i64) -> Result<bool, ApiError> {
    Ok(state.store.branches().await?.iter().any(|b| b.id == id))
}
