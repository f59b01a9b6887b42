//! Peer groups: job clubs, interest and regional groups, open or
//! approval-based, with threads, replies (safe formatting, mentions of
//! members), following a thread, and meet-ups.
//!
//! Only members read a group's threads, members and meet-ups; its name and
//! description are public to members of the network so they can find it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::markup;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{
    Follow, GroupFields, GroupMember, GroupPage, GroupView, MeetupFields, MeetupView, MemberStatus,
    NewPost, NewThread, PostView, ThreadSummary, ThreadView, check_post,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::library_time::{meetup_starts, picked_zone};
use crate::services::groups::{member_thread, status_in};
use crate::services::notifications::notify;
use crate::services::people::shown_name;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::Store;
use crate::store::network::{GroupRow, PostRow, ThreadRow};

/// At most this many people are told of one post's mentions.
const MAX_MENTIONS: usize = 10;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(groups, create_group))
        .routes(routes!(group, update_group))
        .routes(routes!(join))
        .routes(routes!(leave))
        .routes(routes!(accept_member, remove_member))
        .routes(routes!(create_thread))
        .routes(routes!(thread))
        .routes(routes!(reply))
        .routes(routes!(follow))
        .routes(routes!(create_meetup))
}

fn group_view(row: &GroupRow, mine: Option<MemberStatus>) -> GroupView {
    GroupView {
        id: row.id,
        fields: row.body.clone(),
        members: u32::try_from(row.members).unwrap_or(0),
        mine,
    }
}

/// The group, and the viewer's place in it; 404 if there is no group.
async fn group_and_status(
    state: &AppState,
    id: i64,
    me: i64,
) -> Result<(GroupRow, Option<MemberStatus>), ApiError> {
    let store = state.store.as_ref();
    let row = store.group(id).await?.ok_or(ApiError::NotFound)?;
    Ok((row, status_in(store, id, me).await?))
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

/// Every group, with the viewer's place in each.
#[utoipa::path(get, path = "/groups", tag = "network",
    responses((status = 200, body = Vec<GroupView>), (status = 401, body = ErrorBody)))]
pub async fn groups(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<GroupView>>, ApiError> {
    let store = state.store.as_ref();
    let mine = store.group_memberships_of(current.user.id).await?;
    let mut views = Vec::new();
    for row in store.groups().await? {
        let status = mine.iter().find(|(g, _)| *g == row.id).map(|&(_, s)| s);
        views.push(group_view(&row, status));
    }
    Ok(Json(views))
}

/// Starts a group; its creator organises it.
#[utoipa::path(post, path = "/groups", tag = "network", request_body = GroupFields,
    responses((status = 201, body = GroupView), (status = 422, body = ErrorBody)))]
pub async fn create_group(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<GroupFields>,
) -> Result<(StatusCode, Json<GroupView>), ApiError> {
    let fields = fields.tidy();
    fields.validate().map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let store = state.store.as_ref();
    let id = store
        .create_group(&body, current.user.id, state.unix_now())
        .await?;
    let row = store.group(id).await?.ok_or(ApiError::NotFound)?;
    Ok((
        StatusCode::CREATED,
        Json(group_view(&row, Some(MemberStatus::Organiser))),
    ))
}

/// A group page: threads, meet-ups and members for members; organisers
/// also see who asked to join.
#[utoipa::path(get, path = "/groups/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, body = GroupPage), (status = 404, body = ErrorBody)))]
pub async fn group(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<GroupPage>, ApiError> {
    let me = current.user.id;
    let (row, mine) = group_and_status(&state, id, me).await?;
    let mut page = GroupPage {
        group: group_view(&row, mine),
        threads: Vec::new(),
        meetups: Vec::new(),
        members: Vec::new(),
    };
    let Some(status) = mine.filter(|s| s.is_member()) else {
        return Ok(Json(page));
    };
    let store = state.store.as_ref();
    let blocked = store.blocks_involving(me).await?;
    let following = store.followed_threads(me).await?;
    page.threads = store
        .threads(id)
        .await?
        .into_iter()
        .filter(|t| !blocked.contains(&t.author_id))
        .map(|t| ThreadSummary {
            id: t.id,
            title: t.title,
            author_name: t.author_name,
            replies: u32::try_from(t.posts - 1).unwrap_or(0),
            last_post_at: t.last_post_at,
            following: following.contains(&t.id),
        })
        .collect();
    for (meetup, body) in store.meetups(id).await? {
        let fields: MeetupFields = serde_json::from_str(&body).map_err(ApiError::unreadable)?;
        page.meetups.push(MeetupView {
            id: meetup,
            starts_at: meetup_starts(&state, &fields),
            fields,
        });
    }
    let organiser = status == MemberStatus::Organiser;
    page.members = store
        .group_members(id)
        .await?
        .into_iter()
        .filter(|m| !blocked.contains(&m.user_id))
        .filter_map(|m| {
            (m.status.is_member() || organiser).then_some(GroupMember {
                user_id: m.user_id,
                name: m.name,
                username: m.username,
                status: m.status,
            })
        })
        .collect();
    Ok(Json(page))
}

/// The organiser changes the group's description or rules.
#[utoipa::path(put, path = "/groups/{id}", tag = "network", params(("id" = i64, Path)),
    request_body = GroupFields,
    responses((status = 200, body = GroupView), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update_group(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<GroupFields>,
) -> Result<Json<GroupView>, ApiError> {
    let (_, mine) = group_and_status(&state, id, current.user.id).await?;
    if mine != Some(MemberStatus::Organiser) {
        return Err(ApiError::Forbidden);
    }
    let fields = fields.tidy();
    fields.validate().map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let store = state.store.as_ref();
    store.update_group(id, &body).await?;
    let row = store.group(id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(group_view(&row, mine)))
}

/// Joins an open group at once, or asks an approval-based group's
/// organisers (who are told).
#[utoipa::path(post, path = "/groups/{id}/join", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, body = GroupView), (status = 404, body = ErrorBody)))]
pub async fn join(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<GroupView>, ApiError> {
    let me = current.user.id;
    let (row, mine) = group_and_status(&state, id, me).await?;
    let store = state.store.as_ref();
    if mine.is_none() {
        let fields = &row.body;
        let status = if fields.open {
            MemberStatus::Member
        } else {
            MemberStatus::Pending
        };
        store
            .set_group_membership(id, me, status, state.unix_now())
            .await?;
        if status == MemberStatus::Pending {
            let blocked = store.blocks_involving(me).await?;
            for m in store.group_members(id).await? {
                if m.status == MemberStatus::Organiser && !blocked.contains(&m.user_id) {
                    notify(
                        store,
                        state.unix_now(),
                        m.user_id,
                        NotificationKind::GroupJoinRequest,
                        Some(id),
                        &shown_name(&current.user),
                        &fields.name,
                    )
                    .await?;
                }
            }
        }
    }
    let (row, mine) = group_and_status(&state, id, me).await?;
    Ok(Json(group_view(&row, mine)))
}

/// Leaves a group (or withdraws a request to join).
#[utoipa::path(post, path = "/groups/{id}/leave", tag = "network", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn leave(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let store = state.store.as_ref();
    if status_in(store, id, me).await? == Some(MemberStatus::Organiser) {
        let organisers = store
            .group_members(id)
            .await?
            .iter()
            .filter(|m| m.status == MemberStatus::Organiser)
            .count();
        if organisers <= 1 {
            // The group would be left without anyone to run it.
            return Err(ApiError::Conflict);
        }
    }
    if !store.leave_group(id, me).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

async fn organiser_of(state: &AppState, id: i64, me: i64) -> Result<GroupRow, ApiError> {
    let (row, mine) = group_and_status(state, id, me).await?;
    if mine != Some(MemberStatus::Organiser) {
        return Err(ApiError::Forbidden);
    }
    Ok(row)
}

/// An organiser lets someone who asked into the group.
#[utoipa::path(post, path = "/groups/{id}/members/{user_id}", tag = "network",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn accept_member(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath((id, user_id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    let row = organiser_of(&state, id, current.user.id).await?;
    let store = state.store.as_ref();
    if status_in(store, id, user_id).await? != Some(MemberStatus::Pending)
        || store.blocked_between(current.user.id, user_id).await?
    {
        return Err(ApiError::NotFound);
    }
    store
        .set_group_membership(id, user_id, MemberStatus::Member, state.unix_now())
        .await?;
    let fields = &row.body;
    notify(
        store,
        state.unix_now(),
        user_id,
        NotificationKind::GroupJoinAccepted,
        Some(id),
        &fields.name,
        "",
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An organiser declines a request or removes a member.
#[utoipa::path(delete, path = "/groups/{id}/members/{user_id}", tag = "network",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath((id, user_id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    organiser_of(&state, id, current.user.id).await?;
    if user_id == current.user.id || !state.store.leave_group(id, user_id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
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

/// An organiser plans a meet-up for the group.
#[utoipa::path(post, path = "/groups/{id}/meetups", tag = "network", params(("id" = i64, Path)),
    request_body = MeetupFields,
    responses((status = 201, body = MeetupView), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_meetup(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<MeetupFields>,
) -> Result<(StatusCode, Json<MeetupView>), ApiError> {
    organiser_of(&state, id, current.user.id).await?;
    // In the zone the organiser picked (the app sends their device's).
    let zone = picked_zone(&state, &fields.time_zone, "time_zone")?;
    let fields = MeetupFields {
        title: fields.title.trim().to_owned(),
        place: fields.place.trim().to_owned(),
        details: fields.details.trim().to_owned(),
        time_zone: zone.name().to_owned(),
        ..fields
    };
    fields
        .validate(state.now(), &zone)
        .map_err(ApiError::Invalid)?;
    if let Some(event) = fields.event_id {
        let live = state
            .store
            .event(event)
            .await?
            .is_some_and(|e| !e.cancelled);
        if !live {
            return Err(ApiError::field(
                "event_id",
                libranet_core::Problem::NotAllowed,
            ));
        }
    }
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let meetup = state
        .store
        .create_meetup(id, &body, current.user.id, state.unix_now())
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(MeetupView {
            id: meetup,
            starts_at: meetup_starts(&state, &fields),
            fields,
        }),
    ))
}
