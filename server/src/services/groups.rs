//! Peer-group membership, as threads, posts and moderation see it.

use libranet_core::network::MemberStatus;

use crate::error::ApiError;
use crate::state::AppState;
use crate::store::Store;
use crate::store::network::ThreadRow;

/// The thread if the viewer is a member of its group, it is not hidden,
/// and its author and the viewer have not blocked each other.
pub(crate) async fn member_thread(
    state: &AppState,
    id: i64,
    me: i64,
) -> Result<ThreadRow, ApiError> {
    let store = state.store.as_ref();
    let thread = store
        .thread(id)
        .await?
        .filter(|t| !t.hidden)
        .ok_or(ApiError::NotFound)?;
    if thread.author_id != me && store.blocked_between(me, thread.author_id).await? {
        return Err(ApiError::NotFound);
    }
    match status_in(store, thread.group_id, me).await? {
        Some(s) if s.is_member() => Ok(thread),
        _ => Err(ApiError::NotFound),
    }
}

pub(crate) async fn status_in(
    store: &dyn Store,
    group: i64,
    user: i64,
) -> Result<Option<MemberStatus>, ApiError> {
    Ok(store.group_membership(group, user).await?)
}
