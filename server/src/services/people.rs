//! Who a person is to others: the name they are shown by, and whether a
//! viewer may reach them at all.

use crate::error::ApiError;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::UserRecord;

/// The name others see.
pub(crate) fn shown_name(user: &UserRecord) -> String {
    user.display_name
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| user.username.clone())
}

/// The other person, if the viewer may reach them: they exist, their page
/// is not hidden by staff, and neither blocked the other.
pub(crate) async fn reachable(
    state: &AppState,
    me: &CurrentUser,
    id: i64,
) -> Result<UserRecord, ApiError> {
    let store = state.store.as_ref();
    let user = store.find_user(id).await?.ok_or(ApiError::NotFound)?;
    if id != me.user.id
        && (store.blocked_between(me.user.id, id).await?
            || (store.profile_hidden(id).await? && !me.is_staff()))
    {
        return Err(ApiError::NotFound);
    }
    Ok(user)
}
