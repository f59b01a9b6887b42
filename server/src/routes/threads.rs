//! A group's discussion threads: starting one, reading it, replying (safe
//! formatting, mentions of members) and following it. Only members of the
//! group read and write its threads.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::markup;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{Follow, NewPost, NewThread, PostView, ThreadView, check_post};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::routes::groups::group_and_status;
use crate::services::groups::{member_thread, status_in};
use crate::services::notifications::notify;
use crate::services::people::shown_name;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::Store;
use crate::store::network::{PostRow, ThreadRow};

/// At most this many people are told of one post's mentions.
const MAX_MENTIONS: usize = 10;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_thread))
        .routes(routes!(thread))
        .routes(routes!(reply))
        .routes(routes!(follow))
}

fn post_view(row: PostRow) -> PostView {
    PostView {
        id: row.id,
        author_id: row.author_id,
        author_name: row.author_name,
        body: row.body,
        created_at: row.created_at,
    }
}

/// Tells members mentioned in `body` (not `skip`, not blocked from the
/// author), at most [`MAX_MENTIONS`] of them.
async fn tell_mentioned(
    store: &dyn Store,
    thread: &ThreadRow,
    author: &CurrentUser,
    body: &str,
    skip: &[i64],
    now: i64,
) -> Result<(), ApiError> {
    let blocked = store.blocks_involving(author.user.id).await?;
    for username in markup::mentions(body).into_iter().take(MAX_MENTIONS) {
        let Some(user) = store.find_user_by_username(&username).await? else {
            continue;
        };
        let member = status_in(store, thread.group_id, user.id)
            .await?
            .is_some_and(libranet_core::network::MemberStatus::is_member);
        if member
            && user.id != author.user.id
            && !skip.contains(&user.id)
            && !blocked.contains(&user.id)
        {
            notify(
                store,
                now,
                user.id,
                NotificationKind::Mentioned,
                Some(thread.id),
                &shown_name(&author.user),
                &thread.title,
            )
            .await?;
        }
    }
    Ok(())
}

/// Starts a thread (members only); mentioned members are told.
#[utoipa::path(post, path = "/groups/{id}/threads", tag = "network", params(("id" = i64, Path)),
    request_body = NewThread,
    responses((status = 201, body = ThreadView), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_thread(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(new): ApiJson<NewThread>,
) -> Result<(StatusCode, Json<ThreadView>), ApiError> {
    let me = current.user.id;
    let (_, mine) = group_and_status(&state, id, me).await?;
    if !mine.is_some_and(libranet_core::network::MemberStatus::is_member) {
        return Err(ApiError::NotFound);
    }
    new.validate().map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let thread_id = store
        .create_thread(id, me, new.title.trim(), new.body.trim(), state.unix_now())
        .await?;
    let thread = member_thread(&state, thread_id, me).await?;
    tell_mentioned(store, &thread, &current, &new.body, &[], state.unix_now()).await?;
    Ok((
        StatusCode::CREATED,
        Json(thread_view(&state, thread, me).await?),
    ))
}

async fn thread_view(state: &AppState, thread: ThreadRow, me: i64) -> Result<ThreadView, ApiError> {
    let store = state.store.as_ref();
    let blocked = store.blocks_involving(me).await?;
    let group = store
        .group(thread.group_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let fields = group.body;
    let posts = store
        .posts(thread.id)
        .await?
        .into_iter()
        .filter(|p| !p.hidden && !blocked.contains(&p.author_id))
        .map(post_view)
        .collect();
    Ok(ThreadView {
        id: thread.id,
        group_id: thread.group_id,
        group_name: fields.name,
        title: thread.title,
        posts,
        following: store.followed_threads(me).await?.contains(&thread.id),
    })
}

/// A thread with its posts (members only; hidden posts and people one
/// blocked are left out).
#[utoipa::path(get, path = "/threads/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, body = ThreadView), (status = 404, body = ErrorBody)))]
pub async fn thread(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ThreadView>, ApiError> {
    let me = current.user.id;
    let thread = member_thread(&state, id, me).await?;
    Ok(Json(thread_view(&state, thread, me).await?))
}

/// Replies; the replier follows the thread, its followers are told, and
/// so are mentioned members.
#[utoipa::path(post, path = "/threads/{id}/posts", tag = "network", params(("id" = i64, Path)),
    request_body = NewPost,
    responses((status = 201, body = PostView), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn reply(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(new): ApiJson<NewPost>,
) -> Result<(StatusCode, Json<PostView>), ApiError> {
    let me = current.user.id;
    let thread = member_thread(&state, id, me).await?;
    let body = new.body.trim();
    check_post("body", body).map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let post_id = store.add_post(id, me, body, state.unix_now()).await?;
    // Only followers still in the group hear of replies.
    let members: Vec<i64> = store
        .group_members(thread.group_id)
        .await?
        .into_iter()
        .filter(|m| m.status.is_member())
        .map(|m| m.user_id)
        .collect();
    let followers: Vec<i64> = store
        .followers(id)
        .await?
        .into_iter()
        .filter(|f| members.contains(f))
        .collect();
    let blocked = store.blocks_involving(me).await?;
    let name = shown_name(&current.user);
    for follower in &followers {
        if *follower != me && !blocked.contains(follower) {
            notify(
                store,
                state.unix_now(),
                *follower,
                NotificationKind::ThreadReply,
                Some(id),
                &name,
                &thread.title,
            )
            .await?;
        }
    }
    tell_mentioned(store, &thread, &current, body, &followers, state.unix_now()).await?;
    store.set_follow(id, me, true).await?;
    let post = store.post(post_id).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(post_view(post))))
}

/// Follows a thread (replies reach the inbox) or stops following it.
#[utoipa::path(put, path = "/threads/{id}/follow", tag = "network", params(("id" = i64, Path)),
    request_body = Follow,
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn follow(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(choice): ApiJson<Follow>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    member_thread(&state, id, me).await?;
    state.store.set_follow(id, me, choice.follow).await?;
    Ok(StatusCode::NO_CONTENT)
}
