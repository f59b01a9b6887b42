//! Who may organise events and appointments.

use libranet_core::account::Role;

use crate::error::ApiError;
use crate::session::CurrentUser;
use crate::state::AppState;

/// Staff, or a partner library staff verified.
pub(crate) async fn may_organise(
    state: &AppState,
    current: &CurrentUser,
) -> Result<bool, ApiError> {
    if current.is_staff() {
        return Ok(true);
    }
    if !current.user.roles.contains(&Role::Partner) {
        return Ok(false);
    }
    Ok(state
        .store
        .org(current.user.id)
        .await?
        .is_some_and(|(_, verified)| verified))
}
