//! What staff actions at the desk share: the audit trail and how a
//! patron's consent reads.

use libranet_core::desk::ConsentView;

use crate::error::ApiError;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::AuditEntry;
use crate::store::desk::ConsentRow;

/// Writes a staff action on a person to the audit log (and the log, by ids).
pub(crate) async fn audit(
    state: &AppState,
    staff: &CurrentUser,
    action: &'static str,
    subject: i64,
) -> Result<(), ApiError> {
    state
        .store
        .record_audit(AuditEntry {
            actor_id: staff.user.id,
            action,
            subject_id: Some(subject),
            now: state.unix_now(),
        })
        .await?;
    tracing::info!(
        staff_id = staff.user.id,
        subject_id = subject,
        action,
        "desk action"
    );
    Ok(())
}

pub(crate) fn consent_view(row: ConsentRow, now: i64) -> ConsentView {
    ConsentView {
        id: row.id,
        staff_name: row.staff_name.unwrap_or_default(),
        granted_at: row.granted_at,
        expires_at: row.expires_at,
        ended_at: row.ended_at,
        edits: u32::try_from(row.edits).unwrap_or(0),
        active: row.ended_at.is_none() && row.expires_at > now,
    }
}
