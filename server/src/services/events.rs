//! Who may organise events and appointments, and the zone what they
//! publish is in.

use libranet_core::account::Role;
use libranet_core::time::Zone;

use crate::error::ApiError;
use crate::library_time::zone_for;
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

/// For an organiser publishing events or slots: the zone they are in (at a
/// branch, the branch's; otherwise the one picked in `time_zone`), written
/// back into `time_zone` as it is stored. Anyone else is refused.
pub(crate) async fn publishing_zone(
    state: &AppState,
    current: &CurrentUser,
    branch_id: Option<i64>,
    time_zone: &mut String,
) -> Result<Zone, ApiError> {
    if !may_organise(state, current).await? {
        return Err(ApiError::Forbidden);
    }
    let zone = zone_for(state, branch_id, time_zone, "time_zone").await?;
    zone.name().clone_into(time_zone);
    Ok(zone)
}
