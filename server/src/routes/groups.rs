//! Peer groups: job clubs, interest and regional groups, open or
//! approval-based, their members and meet-ups (threads are in
//! `routes/threads.rs`).
//!
//! Only members read a group's threads, members and meet-ups; its name and
//! description are public to members of the network so they can find it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{
    GroupFields, GroupMember, GroupPage, GroupView, MeetupFields, MeetupView, MemberStatus,
    ThreadSummary,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::library_time::{meetup_starts, picked_zone};
use crate::services::groups::status_in;
use crate::services::notifications::notify;
use crate::services::people::shown_name;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::network::GroupRow;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(groups, create_group))
        .routes(routes!(group, update_group))
        .routes(routes!(join))
        .routes(routes!(leave))
        .routes(routes!(accept_member, remove_member))
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
pub(crate) async fn group_and_status(
    state: &AppState,
    id: i64,
    me: i64,
) -> Result<(GroupRow, Option<MemberStatus>), ApiError> {
    let store = state.store.as_ref();
    let row = store.group(id).await?.ok_or(ApiError::NotFound)?;
    Ok((row, status_in(store, id, me).await?))
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
