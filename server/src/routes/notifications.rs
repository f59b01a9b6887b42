//! The in-app inbox every feature writes to, and the sweep that expires
//! unanswered mentoring requests and sends check-in reminders.
//!
//! The sweep claims its rows with conditional updates, so several server
//! instances can run it at once and each event is announced exactly once.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::{Inbox, NotificationView};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson};
use crate::services::notifications::sweep;
use crate::session::CurrentUser;
use crate::state::AppState;

/// Newest notifications shown in the inbox.
const INBOX_SIZE: i64 = 50;
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(inbox))
        .routes(routes!(mark_read))
}

/// One's newest notifications and how many are unread.
#[utoipa::path(get, path = "/notifications", tag = "notifications",
    responses((status = 200, body = Inbox), (status = 401, body = ErrorBody)))]
pub async fn inbox(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Inbox>, ApiError> {
    let store = state.store.as_ref();
    sweep(store, state.unix_now()).await?;
    let rows = store.inbox(current.user.id, INBOX_SIZE).await?;
    let unread = store.unread_notifications(current.user.id).await?;
    let notifications = rows
        .into_iter()
        .map(|row| NotificationView {
            id: row.id,
            kind: row.kind,
            subject_id: row.subject_id,
            detail: serde_json::from_str(&row.detail).unwrap_or_default(),
            created_at: row.created_at,
            read: row.read,
        })
        .collect();
    Ok(Json(Inbox {
        unread: u32::try_from(unread).unwrap_or(u32::MAX),
        notifications,
    }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct MarkRead {
    /// Every notification up to this id counts as read.
    pub up_to: i64,
}

/// Marks notifications read, up to one id.
#[utoipa::path(post, path = "/notifications/read", tag = "notifications", request_body = MarkRead,
    responses((status = 204), (status = 401, body = ErrorBody)))]
pub async fn mark_read(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(body): ApiJson<MarkRead>,
) -> Result<StatusCode, ApiError> {
    state
        .store
        .mark_notifications_read(current.user.id, body.up_to, state.unix_now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
