//! Reporting the other person of a mentorship to library staff, with the
//! messages only if the reporter chooses to attach them.

use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::check_message;
use libranet_core::mentoring::views::{Message, NewReport};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
use crate::routes::mentorships::pair_of;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::mentoring::ReportEntry;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(report))
}

/// Reports the other person to library staff, with the messages only if
/// the reporter chooses to attach them.
#[utoipa::path(post, path = "/reports", tag = "mentoring", request_body = NewReport,
    responses((status = 201), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(new): ApiJson<NewReport>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let row = pair_of(&state, new.mentorship_id, me).await?;
    let reason = new.reason.trim();
    check_message("reason", reason, true).map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let attached = if new.attach_messages {
        let messages: Vec<Message> = store
            .messages(row.id)
            .await?
            .into_iter()
            .map(Message::from)
            .collect();
        Some(serde_json::to_string(&messages).map_err(ApiError::unreadable)?)
    } else {
        None
    };
    let context = format!("mentorship:{}", row.id);
    match store
        .create_report(ReportEntry {
            reporter: me,
            subject: row.other(me),
            context: &context,
            reason,
            attached: attached.as_deref(),
            excerpt: None,
            now: state.unix_now(),
        })
        .await
    {
        Ok(_) => Ok(StatusCode::CREATED),
        // Already reported and waiting for staff.
        Err(StoreError::Conflict) => Err(ApiError::Conflict),
        Err(e) => Err(e.into()),
    }
}
