//! The library workers' skills database and directory, community partner
//! organisations (verified by staff before their needs go live), needs,
//! and connections between people with their messages.
//!
//! Ranking happens in the browser against these lists; the server decides
//! who may see and do what.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::account::Role;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::views::{
    ConnectionAnswer, ConnectionStatus, ConnectionView, Need, NeedStatus, NewConnection, OrgView,
    PartnerOrg, WorkerCard,
};
use libranet_core::expertise::{Expertise, NeedFields};
use libranet_core::mentoring::check_message;
use libranet_core::mentoring::views::{Message, NotificationKind, Text};
use libranet_core::profile::Visibility;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::community::{ConnectionRow, NeedRow};

/// A need without an end date stays up this long.
const NEED_DAYS: i64 = 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_expertise, save_expertise))
        .routes(routes!(directory))
        .routes(routes!(my_org, save_org))
        .routes(routes!(unverified))
        .routes(routes!(verify))
        .routes(routes!(needs, post_need))
        .routes(routes!(my_needs))
        .routes(routes!(update_need))
        .routes(routes!(close_need))
        .routes(routes!(connections, connect))
        .routes(routes!(answer))
        .routes(routes!(messages, send))
}

fn visibility_name(v: Visibility) -> &'static str {
    match v {
        Visibility::OnlyMe => "only_me",
        Visibility::Staff => "staff",
        Visibility::Members => "members",
        Visibility::Public => "public",
    }
}

/// One's own skills record (empty until saved).
#[utoipa::path(get, path = "/expertise", tag = "community",
    responses((status = 200, body = Expertise), (status = 401, body = ErrorBody)))]
pub async fn my_expertise(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Expertise>, ApiError> {
    Ok(Json(match state.store.expertise(current.user.id).await? {
        Some(body) => serde_json::from_str(&body).map_err(ApiError::unreadable)?,
        None => Expertise::default(),
    }))
}

/// Saves one's skills record, with who may find it in the directory.
#[utoipa::path(put, path = "/expertise", tag = "community", request_body = Expertise,
    responses((status = 200, body = Expertise), (status = 422, body = ErrorBody)))]
pub async fn save_expertise(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(expertise): ApiJson<Expertise>,
) -> Result<Json<Expertise>, ApiError> {
    let expertise = expertise.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    expertise
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&expertise).map_err(ApiError::unreadable)?;
    state
        .store
        .save_expertise(
            current.user.id,
            &body,
            visibility_name(expertise.visibility),
            state.unix_now(),
        )
        .await?;
    Ok(Json(expertise))
}

/// The directory of library expertise, as far as each person chose to show
/// it: to anyone (public), to members, or to library staff.
#[utoipa::path(get, path = "/expertise/directory", tag = "community",
    responses((status = 200, body = Vec<WorkerCard>), (status = 401, body = ErrorBody)))]
pub async fn directory(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<WorkerCard>>, ApiError> {
    let blocked = state.store.blocks_involving(current.user.id).await?;
    let mut cards = Vec::new();
    for (user_id, name, body) in state.store.directory(visible_to(&current)).await? {
        if user_id == current.user.id || blocked.contains(&user_id) {
            continue;
        }
        cards.push(WorkerCard {
            user_id,
            name,
            expertise: serde_json::from_str(&body).map_err(ApiError::unreadable)?,
        });
    }
    Ok(Json(cards))
}

/// The directory visibilities a person may see: staff also see records
/// shown to staff only.
fn visible_to(current: &CurrentUser) -> &'static [&'static str] {
    if current.user.roles.iter().any(|r| r.is_staff()) {
        &["public", "members", "staff"]
    } else {
        &["public", "members"]
    }
}

fn is_partner(current: &CurrentUser) -> bool {
    current
        .user
        .roles
        .iter()
        .any(|r| *r == Role::Partner || r.is_staff())
}

/// One's partner organisation, if any.
#[utoipa::path(get, path = "/partner/org", tag = "community",
    responses((status = 200, body = Option<OrgView>), (status = 403, body = ErrorBody)))]
pub async fn my_org(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Option<OrgView>>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    Ok(Json(match state.store.org(current.user.id).await? {
        Some((body, verified)) => Some(OrgView {
            user_id: current.user.id,
            org: serde_json::from_str(&body).map_err(ApiError::unreadable)?,
            verified,
        }),
        None => None,
    }))
}

/// Describes one's organisation (partners). Staff verify it before its
/// needs are shown; changing it later keeps the verification.
#[utoipa::path(put, path = "/partner/org", tag = "community", request_body = PartnerOrg,
    responses((status = 200, body = OrgView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_org(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(mut org): ApiJson<PartnerOrg>,
) -> Result<Json<OrgView>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    for text in [
        &mut org.name,
        &mut org.about,
        &mut org.website,
        &mut org.region,
    ] {
        *text = text.trim().to_owned();
    }
    org.validate().map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&org).map_err(ApiError::unreadable)?;
    state
        .store
        .save_org(current.user.id, &body, state.unix_now())
        .await?;
    let verified = state
        .store
        .org(current.user.id)
        .await?
        .is_some_and(|(_, v)| v);
    Ok(Json(OrgView {
        user_id: current.user.id,
        org,
        verified,
    }))
}

/// Organisations waiting for verification (staff).
#[utoipa::path(get, path = "/desk/partners", tag = "community",
    responses((status = 200, body = Vec<OrgView>), (status = 403, body = ErrorBody)))]
pub async fn unverified(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Vec<OrgView>>, ApiError> {
    let mut orgs = Vec::new();
    for (user_id, body) in state.store.unverified_orgs().await? {
        orgs.push(OrgView {
            user_id,
            org: serde_json::from_str(&body).map_err(ApiError::unreadable)?,
            verified: false,
        });
    }
    Ok(Json(orgs))
}

/// Verifies an organisation (staff): its needs go live and it is told.
#[utoipa::path(post, path = "/desk/partners/{user_id}/verify", tag = "community", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn verify(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(user_id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    if !state
        .store
        .verify_org(user_id, staff.0.user.id, state.unix_now())
        .await?
    {
        return Err(ApiError::NotFound);
    }
    notify(
        state.store.as_ref(),
        state.unix_now(),
        user_id,
        NotificationKind::PartnerVerified,
        None,
        "",
        "",
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

fn need_view(row: NeedRow) -> Result<Need, ApiError> {
    let org_name = row.org_body.map(|org| org.name).unwrap_or_default();
    let stored =
        NeedStatus::parse(&row.status).ok_or_else(|| ApiError::unreadable("need status"))?;
    let status = if stored == NeedStatus::Open && !row.verified {
        NeedStatus::AwaitingVerification
    } else {
        stored
    };
    Ok(Need {
        id: row.id,
        owner_id: row.owner_id,
        org_name,
        status,
        fields: row.body.clone(),
        created_at: row.created_at,
        expires_at: row.expires_at,
    })
}

/// Open needs of verified partners, for anyone signed in.
#[utoipa::path(get, path = "/needs", tag = "community",
    responses((status = 200, body = Vec<Need>), (status = 401, body = ErrorBody)))]
pub async fn needs(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<Need>>, ApiError> {
    // Blocking hides people from each other everywhere.
    let blocked = state.store.blocks_involving(current.user.id).await?;
    let rows = state.store.live_needs(state.unix_now()).await?;
    Ok(Json(
        rows.into_iter()
            .filter(|n| !blocked.contains(&n.owner_id))
            .map(need_view)
            .collect::<Result<_, _>>()?,
    ))
}

/// One's own needs in every state (partners).
#[utoipa::path(get, path = "/needs/mine", tag = "community",
    responses((status = 200, body = Vec<Need>), (status = 403, body = ErrorBody)))]
pub async fn my_needs(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<Need>>, ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    let rows = state.store.needs_of(current.user.id).await?;
    Ok(Json(
        rows.into_iter().map(need_view).collect::<Result<_, _>>()?,
    ))
}

async fn checked_need(
    state: &AppState,
    fields: NeedFields,
) -> Result<(NeedFields, String, i64), ApiError> {
    let fields = fields.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    fields
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let now = state.unix_now();
    let expires_at = match &fields.ends_on {
        // The end of that day in the library's zone.
        Some(day) => {
            let last =
                libranet_core::date::parse_day(day).map_err(|p| ApiError::field("ends_on", p))?;
            libranet_core::time::WallClock::from_parts(last + 1, 0)
                .resolve(state.zone())
                .unix_seconds()
        }
        None => now + NEED_DAYS * 86_400,
    };
    let body = serde_json::to_string(&fields).map_err(ApiError::unreadable)?;
    Ok((fields, body, expires_at))
}

/// Posts a need (partners with an organisation profile). It goes live when
/// staff have verified the organisation.
#[utoipa::path(post, path = "/needs", tag = "community", request_body = NeedFields,
    responses((status = 201, body = Need), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn post_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<NeedFields>,
) -> Result<(StatusCode, Json<Need>), ApiError> {
    if !is_partner(&current) {
        return Err(ApiError::Forbidden);
    }
    if state.store.org(current.user.id).await?.is_none() {
        return Err(ApiError::field("org", Problem::Required));
    }
    let (_, body, expires_at) = checked_need(&state, fields).await?;
    let id = state
        .store
        .create_need(current.user.id, &body, state.unix_now(), expires_at)
        .await?;
    let row = state.store.need(id).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(need_view(row)?)))
}

async fn own_need(state: &AppState, id: i64, current: &CurrentUser) -> Result<NeedRow, ApiError> {
    match state.store.need(id).await? {
        Some(row)
            if row.owner_id == current.user.id
                || current.user.roles.iter().any(|r| r.is_staff()) =>
        {
            Ok(row)
        }
        Some(_) => Err(ApiError::Forbidden),
        None => Err(ApiError::NotFound),
    }
}

/// Changes a need (its owner or staff); a paused need opens again.
#[utoipa::path(put, path = "/needs/{id}", tag = "community", params(("id" = i64, Path)), request_body = NeedFields,
    responses((status = 200, body = Need), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<NeedFields>,
) -> Result<Json<Need>, ApiError> {
    own_need(&state, id, &current).await?;
    let (_, body, expires_at) = checked_need(&state, fields).await?;
    let now = state.unix_now();
    state.store.update_need(id, &body, expires_at, now).await?;
    state
        .store
        .set_need_status(id, NeedStatus::Open.as_str(), now)
        .await?;
    Ok(Json(need_view(
        state.store.need(id).await?.ok_or(ApiError::NotFound)?,
    )?))
}

/// Closes a need (its owner or staff).
#[utoipa::path(post, path = "/needs/{id}/close", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Need), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn close_need(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Need>, ApiError> {
    own_need(&state, id, &current).await?;
    state
        .store
        .set_need_status(id, NeedStatus::Closed.as_str(), state.unix_now())
        .await?;
    Ok(Json(need_view(
        state.store.need(id).await?.ok_or(ApiError::NotFound)?,
    )?))
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
        status: ConnectionStatus::parse(&row.status)
            .ok_or_else(|| ApiError::unreadable("connection status"))?,
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
                    n.status == NeedStatus::Open.as_str()
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
        .answer_connection(id, status.as_str(), state.unix_now())
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
    if row.status != ConnectionStatus::Accepted.as_str() {
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
