//! Connections between people (a worker and a partner, about a need or
//! not) and the messages they exchange.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::views::{
    ConnectionAnswer, ConnectionStatus, ConnectionView, NeedStatus, NewConnection,
};
use libranet_core::expertise::{Expertise, NeedFields};
use libranet_core::mentoring::check_message;
use libranet_core::mentoring::views::{Message, NotificationKind, Text};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::directory::{visibility_name, visible_to};
use crate::services::notifications::notify;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::community::ConnectionRow;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(connections, connect))
        .routes(routes!(answer))
        .routes(routes!(messages, send))
}

fn connection_view(row: ConnectionRow) -> Result<ConnectionView, ApiError> {
    let need_title = match &row.need_body {
        Some(body) => Some(
            serde_json::from_str::<NeedFields>(body)
                .map_err(ApiError::unreadable)?
                .title,
        ),
        None => None,
    };
    Ok(ConnectionView {
        id: row.id,
        from_id: row.from_id,
        from_name: row.from_name,
        to_id: row.to_id,
        to_name: row.to_name,
        need_id: row.need_id,
        need_title,
        message: row.message,
        status: row.status,
        created_at: row.created_at,
    })
}

/// One's connection requests, sent and received.
#[utoipa::path(get, path = "/connections", tag = "community",
    responses((status = 200, body = Vec<ConnectionView>), (status = 401, body = ErrorBody)))]
pub async fn connections(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<ConnectionView>>, ApiError> {
    crate::services::notifications::sweep(state.store.as_ref(), state.unix_now()).await?;
    let me = current.user.id;
    let blocked = state.store.blocks_involving(me).await?;
    let rows = state.store.connections_of(me).await?;
    Ok(Json(
        rows.into_iter()
            .filter(|c| {
                !blocked.contains(if c.from_id == me {
                    &c.to_id
                } else {
                    &c.from_id
                })
            })
            .map(connection_view)
            .collect::<Result<_, _>>()?,
    ))
}

/// Asks to connect: a library worker about a partner's need, or anyone
/// with a worker they found in the directory.
#[utoipa::path(post, path = "/connections", tag = "community", request_body = NewConnection,
    responses((status = 201, body = ConnectionView), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn connect(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(new): ApiJson<NewConnection>,
) -> Result<(StatusCode, Json<ConnectionView>), ApiError> {
    let store = state.store.as_ref();
    let me = current.user.id;
    let message = new.message.trim();
    check_message("message", message, false).map_err(ApiError::Invalid)?;
    if new.to_user_id == me || store.blocked_between(me, new.to_user_id).await? {
        return Err(ApiError::field("to_user_id", Problem::NotAllowed));
    }
    // The other person must be reachable: the owner of a live need this is
    // about, or a worker whose record the asker may see.
    let reachable = match new.need_id {
        Some(need_id) => {
            let need = store
                .need(need_id)
                .await?
                .filter(|n| {
                    n.status == NeedStatus::Open
                        && n.verified
                        && !n.hidden
                        && n.expires_at > state.unix_now()
                })
                .ok_or_else(|| ApiError::field("need_id", Problem::NotAllowed))?;
            need.owner_id == new.to_user_id || need.owner_id == me
        }
        // A page staff hid cannot be reached either.
        None if store.profile_hidden(new.to_user_id).await? => false,
        None => match store.expertise(new.to_user_id).await? {
            Some(body) => {
                let record: Expertise =
                    serde_json::from_str(&body).map_err(ApiError::unreadable)?;
                visible_to(&current).contains(&visibility_name(record.visibility))
            }
            None => false,
        },
    };
    if !reachable {
        return Err(ApiError::field("to_user_id", Problem::NotAllowed));
    }
    let id = match store
        .create_connection(me, new.to_user_id, new.need_id, message, state.unix_now())
        .await
    {
        Ok(id) => id,
        Err(StoreError::Conflict) => return Err(ApiError::Conflict),
        Err(e) => return Err(e.into()),
    };
    let row = store.connection(id).await?.ok_or(ApiError::NotFound)?;
    notify(
        store,
        state.unix_now(),
        new.to_user_id,
        NotificationKind::ConnectionRequest,
        Some(id),
        &row.from_name,
        "",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(connection_view(row)?)))
}

async fn member_of(state: &AppState, id: i64, me: i64) -> Result<ConnectionRow, ApiError> {
    match state.store.connection(id).await? {
        Some(row) if row.has_member(me) => Ok(row),
        _ => Err(ApiError::NotFound),
    }
}

/// Accepts or declines a request one received.
#[utoipa::path(post, path = "/connections/{id}", tag = "community", params(("id" = i64, Path)), request_body = ConnectionAnswer,
    responses((status = 200, body = ConnectionView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(answer): ApiJson<ConnectionAnswer>,
) -> Result<Json<ConnectionView>, ApiError> {
    let me = current.user.id;
    let row = member_of(&state, id, me).await?;
    if row.to_id != me || state.store.blocked_between(me, row.from_id).await? {
        return Err(ApiError::Forbidden);
    }
    let (status, kind) = if answer.accept {
        (
            ConnectionStatus::Accepted,
            NotificationKind::ConnectionAccepted,
        )
    } else {
        (
            ConnectionStatus::Declined,
            NotificationKind::ConnectionDeclined,
        )
    };
    if !state
        .store
        .answer_connection(id, status, state.unix_now())
        .await?
    {
        return Err(ApiError::Conflict);
    }
    notify(
        state.store.as_ref(),
        state.unix_now(),
        row.from_id,
        kind,
        Some(id),
        &row.to_name,
        "",
    )
    .await?;
    Ok(Json(connection_view(
        state
            .store
            .connection(id)
            .await?
            .ok_or(ApiError::NotFound)?,
    )?))
}

/// Messages of an accepted connection, for its two people only.
#[utoipa::path(get, path = "/connections/{id}/messages", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Message>), (status = 404, body = ErrorBody)))]
pub async fn messages(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<Message>>, ApiError> {
    member_of(&state, id, current.user.id).await?;
    let rows = state.store.connection_messages(id).await?;
    Ok(Json(rows.into_iter().map(Message::from).collect()))
}

/// Writes to the other person of an accepted connection.
#[utoipa::path(post, path = "/connections/{id}/messages", tag = "community", params(("id" = i64, Path)), request_body = Text,
    responses((status = 201, body = Message), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn send(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(text): ApiJson<Text>,
) -> Result<(StatusCode, Json<Message>), ApiError> {
    let me = current.user.id;
    let row = member_of(&state, id, me).await?;
    if row.status != ConnectionStatus::Accepted {
        return Err(ApiError::Conflict);
    }
    let body = text.body.trim();
    check_message("body", body, true).map_err(ApiError::Invalid)?;
    let other = if row.from_id == me {
        row.to_id
    } else {
        row.from_id
    };
    if state.store.blocked_between(me, other).await? {
        return Err(ApiError::Forbidden);
    }
    let now = state.unix_now();
    let message_id = state
        .store
        .add_connection_message(id, me, body, now)
        .await?;
    let name = if row.from_id == me {
        &row.from_name
    } else {
        &row.to_name
    };
    notify(
        state.store.as_ref(),
        state.unix_now(),
        other,
        NotificationKind::ConnectionMessage,
        Some(id),
        name,
        "",
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(Message {
            id: message_id,
            sender_id: me,
            body: body.to_owned(),
            created_at: now,
        }),
    ))
}
