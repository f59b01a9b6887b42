//! Which shared teaching resources a viewer may see.

use crate::error::ApiError;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::network::TeachingRow;

/// A resource anyone may see: it exists, is not hidden (staff still see
/// it) and its owner and the viewer have not blocked each other.
pub(crate) async fn visible(
    state: &AppState,
    id: i64,
    viewer: Option<&CurrentUser>,
) -> Result<TeachingRow, ApiError> {
    let blocked = blocked_for(state, viewer).await?;
    visible_given(state, id, viewer, &blocked).await
}

/// People the viewer blocked or was blocked by (none when signed out).
pub(crate) async fn blocked_for(
    state: &AppState,
    viewer: Option<&CurrentUser>,
) -> Result<Vec<i64>, ApiError> {
    Ok(match viewer {
        Some(v) => state.store.blocks_involving(v.user.id).await?,
        None => Vec::new(),
    })
}

/// [`visible`] when the caller already read the viewer's blocks.
pub(crate) async fn visible_given(
    state: &AppState,
    id: i64,
    viewer: Option<&CurrentUser>,
    blocked: &[i64],
) -> Result<TeachingRow, ApiError> {
    let row = state.store.teaching(id).await?.ok_or(ApiError::NotFound)?;
    let staff = viewer.is_some_and(CurrentUser::is_staff);
    if (row.hidden && !staff) || blocked.contains(&row.owner_id) {
        return Err(ApiError::NotFound);
    }
    Ok(row)
}
