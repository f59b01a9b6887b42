//! LibLine: one's mentor and mentee profiles, the mentors one may ask, and
//! requests from sending to an answer.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::{
    MentorCard, MyMentoring, NewRequest, NotificationKind, RequestAnswer, RequestList, RequestView,
};
use libranet_core::mentoring::{
    MenteeProfile, MentorProfile, REQUEST_EXPIRY_DAYS, RequestAction, check_message,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::{notify, sweep};
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::mentoring::{Accepted, MentorRow, RequestRow, RequestText};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_mentoring))
        .routes(routes!(save_mentor))
        .routes(routes!(save_mentee))
        .routes(routes!(mentors))
        .routes(routes!(requests, send_request))
        .routes(routes!(answer_request))
}

async fn mine(state: &AppState, user_id: i64) -> Result<MyMentoring, ApiError> {
    let store = state.store.as_ref();
    let mentor = store.mentor(user_id).await?;
    let mentee = match store.mentee(user_id).await? {
        Some(body) => Some(serde_json::from_str(&body).map_err(ApiError::unreadable)?),
        None => None,
    };
    Ok(MyMentoring {
        mentor: mentor.as_ref().map(MentorRow::profile),
        active: mentor
            .as_ref()
            .map_or(0, |m| u8::try_from(m.active).unwrap_or(u8::MAX)),
        paused_reason: mentor.and_then(|m| m.paused_reason),
        mentee,
    })
}

/// One's own mentor and mentee profiles.
#[utoipa::path(get, path = "/mentoring/me", tag = "mentoring",
    responses((status = 200, body = MyMentoring), (status = 401, body = ErrorBody)))]
pub async fn my_mentoring(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<MyMentoring>, ApiError> {
    Ok(Json(mine(&state, current.user.id).await?))
}

/// Offers (or changes, pauses, reopens) mentoring. Anyone may mentor.
#[utoipa::path(put, path = "/mentoring/mentor", tag = "mentoring", request_body = MentorProfile,
    responses((status = 200, body = MyMentoring), (status = 422, body = ErrorBody)))]
pub async fn save_mentor(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(profile): ApiJson<MentorProfile>,
) -> Result<Json<MyMentoring>, ApiError> {
    let profile = profile.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    profile
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&profile).map_err(ApiError::unreadable)?;
    state
        .store
        .save_mentor(
            current.user.id,
            &body,
            i64::from(profile.capacity),
            profile.open,
            state.unix_now(),
        )
        .await?;
    Ok(Json(mine(&state, current.user.id).await?))
}

/// What one looks for in a mentor.
#[utoipa::path(put, path = "/mentoring/mentee", tag = "mentoring", request_body = MenteeProfile,
    responses((status = 200, body = MyMentoring), (status = 422, body = ErrorBody)))]
pub async fn save_mentee(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(profile): ApiJson<MenteeProfile>,
) -> Result<Json<MyMentoring>, ApiError> {
    let profile = profile.tidy();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    profile
        .validate(taxonomy.as_ref())
        .map_err(ApiError::Invalid)?;
    let body = serde_json::to_string(&profile).map_err(ApiError::unreadable)?;
    state
        .store
        .save_mentee(current.user.id, &body, state.unix_now())
        .await?;
    Ok(Json(mine(&state, current.user.id).await?))
}

/// Mentors open for requests, except oneself and anyone blocked either
/// way. The browser ranks them against one's mentee profile.
#[utoipa::path(get, path = "/mentoring/mentors", tag = "mentoring",
    responses((status = 200, body = Vec<MentorCard>), (status = 401, body = ErrorBody)))]
pub async fn mentors(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<MentorCard>>, ApiError> {
    let store = state.store.as_ref();
    sweep(store, state.unix_now()).await?;
    let me = current.user.id;
    let blocked = store.blocks_involving(me).await?;
    let mut cards = Vec::new();
    for row in store.open_mentors().await? {
        if row.user_id == me || blocked.contains(&row.user_id) {
            continue;
        }
        cards.push(MentorCard {
            user_id: row.user_id,
            name: row.name.clone(),
            profile: row.profile(),
            taken: u8::try_from(row.active + row.waiting).unwrap_or(u8::MAX),
        });
    }
    Ok(Json(cards))
}

fn view(row: RequestRow) -> RequestView {
    RequestView {
        id: row.id,
        mentee_id: row.mentee_id,
        mentee_name: row.mentee_name,
        mentor_id: row.mentor_id,
        mentor_name: row.mentor_name,
        status: row.status,
        message: row.message,
        question: row.question,
        answer: row.answer,
        reason: row.reason,
        mentee: row.mentee_body,
        created_at: row.created_at,
        expires_at: row.expires_at,
    }
}

/// Requests one sent and received, newest first.
#[utoipa::path(get, path = "/mentoring/requests", tag = "mentoring",
    responses((status = 200, body = RequestList), (status = 401, body = ErrorBody)))]
pub async fn requests(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<RequestList>, ApiError> {
    let store = state.store.as_ref();
    sweep(store, state.unix_now()).await?;
    let (mut sent, mut received) = (Vec::new(), Vec::new());
    for row in store.requests_of(current.user.id).await? {
        if row.mentee_id == current.user.id {
            sent.push(view(row));
        } else {
            received.push(view(row));
        }
    }
    Ok(Json(RequestList { sent, received }))
}

/// Asks a mentor. Needs one's mentee profile, which the mentor then sees.
#[utoipa::path(post, path = "/mentoring/requests", tag = "mentoring", request_body = NewRequest,
    responses((status = 201, body = RequestView), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn send_request(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(new): ApiJson<NewRequest>,
) -> Result<(StatusCode, Json<RequestView>), ApiError> {
    let store = state.store.as_ref();
    let me = current.user.id;
    check_message("message", new.message.trim(), false).map_err(ApiError::Invalid)?;
    let Some(mentee_body) = store.mentee(me).await? else {
        return Err(ApiError::field("mentee", Problem::Required));
    };
    let mentor = match store.mentor(new.mentor_id).await? {
        Some(m) if m.is_open && m.user_id != me => m,
        _ => return Err(ApiError::field("mentor_id", Problem::NotAllowed)),
    };
    if store.blocked_between(me, mentor.user_id).await?
        || store.profile_hidden(mentor.user_id).await?
    {
        return Err(ApiError::field("mentor_id", Problem::NotAllowed));
    }
    let capacity = mentor.body.capacity;
    if mentor.active >= i64::from(capacity) {
        return Err(ApiError::Full);
    }
    let now = state.unix_now();
    let id = store
        .create_request(
            me,
            mentor.user_id,
            new.message.trim(),
            &mentee_body,
            now,
            now + REQUEST_EXPIRY_DAYS * 86_400,
        )
        .await
        .map_err(|e| match e {
            crate::store::StoreError::Conflict => ApiError::Conflict,
            other => other.into(),
        })?;
    let row = store.request(id).await?.ok_or(ApiError::NotFound)?;
    notify(
        store,
        state.unix_now(),
        mentor.user_id,
        NotificationKind::RequestReceived,
        Some(id),
        &row.mentee_name,
        "",
    )
    .await?;
    Ok((StatusCode::CREATED, Json(view(row))))
}

/// The mentor accepts, declines (with an optional reason) or asks for more;
/// the mentee answers a question or withdraws. A request that has moved on
/// answers 409; a mentor with no free place, 409 `full`.
#[utoipa::path(post, path = "/mentoring/requests/{id}", tag = "mentoring", request_body = RequestAnswer,
    params(("id" = i64, Path)),
    responses((status = 200, body = RequestView), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn answer_request(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(answer): ApiJson<RequestAnswer>,
) -> Result<Json<RequestView>, ApiError> {
    let store = state.store.as_ref();
    let me = current.user.id;
    // A request whose time ran out is expired before anyone acts on it.
    sweep(store, state.unix_now()).await?;
    let row = store.request(id).await?.ok_or(ApiError::NotFound)?;
    // Only the two people involved learn that the request exists.
    let allowed = if answer.action.by_mentor() {
        row.mentor_id == me
    } else {
        row.mentee_id == me
    };
    if !allowed {
        return Err(if row.mentor_id == me || row.mentee_id == me {
            ApiError::Forbidden
        } else {
            ApiError::NotFound
        });
    }
    let text = answer.text.trim();
    let needs_text = matches!(
        answer.action,
        RequestAction::AskMore | RequestAction::Answer
    );
    check_message("text", text, needs_text).map_err(ApiError::Invalid)?;
    let status = row.status;
    let next = answer.action.apply(status).ok_or(ApiError::Conflict)?;
    let now = state.unix_now();
    let (notice, to, subject) = match answer.action {
        RequestAction::Accept => {
            let goals =
                serde_json::to_string(&row.mentee_body.goals).map_err(ApiError::unreadable)?;
            if store.blocked_between(row.mentor_id, row.mentee_id).await? {
                return Err(ApiError::Forbidden);
            }
            let accepted = match store.accept_request(id, status, &goals, now).await {
                // The two already have an ongoing mentorship.
                Err(crate::store::StoreError::Conflict) => return Err(ApiError::Conflict),
                other => other?,
            };
            match accepted {
                Accepted::Done(mentorship) => {
                    (NotificationKind::RequestAccepted, row.mentee_id, mentorship)
                }
                Accepted::Full => return Err(ApiError::Full),
                Accepted::NotOpen => return Err(ApiError::Conflict),
            }
        }
        action => {
            let (column, kind, to) = match action {
                RequestAction::Decline => (
                    RequestText::Reason,
                    NotificationKind::RequestDeclined,
                    row.mentee_id,
                ),
                RequestAction::AskMore => (
                    RequestText::Question,
                    NotificationKind::RequestMoreInfo,
                    row.mentee_id,
                ),
                RequestAction::Answer => (
                    RequestText::Answer,
                    NotificationKind::RequestAnswered,
                    row.mentor_id,
                ),
                _ => (
                    RequestText::Reason,
                    NotificationKind::RequestWithdrawn,
                    row.mentor_id,
                ),
            };
            let written = (!text.is_empty()).then_some((column, text));
            // A question gives the mentee, and an answer the mentor, the
            // full time again.
            let restart = matches!(action, RequestAction::Answer | RequestAction::AskMore)
                .then_some(now + REQUEST_EXPIRY_DAYS * 86_400);
            if !store
                .change_request(id, status, next, written, restart, now)
                .await?
            {
                return Err(ApiError::Conflict);
            }
            (kind, to, id)
        }
    };
    if answer.action.by_mentor() {
        store.reset_lapses(me).await?;
    }
    let name = if to == row.mentee_id {
        &row.mentor_name
    } else {
        &row.mentee_name
    };
    notify(
        store,
        state.unix_now(),
        to,
        notice,
        Some(subject),
        name,
        text,
    )
    .await?;
    Ok(Json(view(
        store.request(id).await?.ok_or(ApiError::NotFound)?,
    )))
}
