//! The space each mentoring pair shares: goals, messages, and each
//! person's own notes; ending with feedback; blocking. Check-ins are in
//! `routes/check_ins.rs`, reports to staff in `routes/reports.rs`.
//!
//! Only the two people in a mentorship can read or change it: anyone else
//! (library staff included) gets 404. Staff see a report, and the messages
//! only when the reporter attached them.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::{
    CheckIn, EndMentorship, MentorshipSummary, MentorshipView, Message, NotificationKind,
    SharedGoals, Text,
};
use libranet_core::mentoring::{CheckInFields, Feedback, check_message};
use libranet_core::time::UtcInstant;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::mentoring::MentorshipRow;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(open))
        .routes(routes!(set_goals))
        .routes(routes!(save_note))
        .routes(routes!(send_message))
        .routes(routes!(end))
        .routes(routes!(give_feedback))
        .routes(routes!(block, unblock))
}

/// Tells the other person of mentorship `id` (not `me`) of something `me`
/// did, under `me`'s name.
async fn tell_other(
    state: &AppState,
    row: &MentorshipRow,
    id: i64,
    me: i64,
    kind: NotificationKind,
) -> Result<(), ApiError> {
    let other = row.other(me);
    notify(
        state.store.as_ref(),
        state.unix_now(),
        other,
        kind,
        Some(id),
        row.other_name(other),
        "",
    )
    .await
}

fn summary(row: &MentorshipRow) -> MentorshipSummary {
    MentorshipSummary {
        id: row.id,
        mentor_id: row.mentor_id,
        mentor_name: row.mentor_name.clone(),
        mentee_id: row.mentee_id,
        mentee_name: row.mentee_name.clone(),
        started_at: row.started_at,
        ended_at: row.ended_at,
        unread: u32::try_from(row.unread).unwrap_or(u32::MAX),
        cohort_id: row.cohort_id,
    }
}

/// The mentorship, if the person is in it; otherwise it does not exist.
pub(crate) async fn pair_of(state: &AppState, id: i64, me: i64) -> Result<MentorshipRow, ApiError> {
    match state.store.mentorship(id, me).await? {
        Some(row) if row.has_member(me) => Ok(row),
        _ => Err(ApiError::NotFound),
    }
}

/// An ongoing mentorship the person is in; an ended one answers 409.
pub(crate) async fn ongoing(state: &AppState, id: i64, me: i64) -> Result<MentorshipRow, ApiError> {
    let row = pair_of(state, id, me).await?;
    if row.ended_at.is_some() {
        return Err(ApiError::Conflict);
    }
    Ok(row)
}

/// One's mentorships, ongoing and past, with unread message counts.
#[utoipa::path(get, path = "/mentorships", tag = "mentoring",
    responses((status = 200, body = Vec<MentorshipSummary>), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<MentorshipSummary>>, ApiError> {
    let rows = state.store.mentorships_of(current.user.id).await?;
    Ok(Json(rows.iter().map(summary).collect()))
}

/// Everything the pair shares, one's own notes and feedback. Reading it
/// marks the messages read.
#[utoipa::path(get, path = "/mentorships/{id}", tag = "mentoring", params(("id" = i64, Path)),
    responses((status = 200, body = MentorshipView), (status = 404, body = ErrorBody)))]
pub async fn open(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MentorshipView>, ApiError> {
    let me = current.user.id;
    let row = pair_of(&state, id, me).await?;
    let store = state.store.as_ref();
    let messages: Vec<Message> = store
        .messages(id)
        .await?
        .into_iter()
        .map(Message::from)
        .collect();
    if let Some(last) = messages.last() {
        store.mark_read(id, me, last.id).await?;
    }
    let checkins = store
        .check_ins(id)
        .await?
        .into_iter()
        .map(|c| CheckIn {
            id: c.id,
            starts_at: UtcInstant::from_unix_seconds(c.starts_at),
            fields: CheckInFields {
                day: c.day,
                time: c.time,
                time_zone: c.time_zone,
                minutes: u16::try_from(c.minutes).unwrap_or(30),
                topic: c.topic,
            },
        })
        .collect();
    let blocked = store.blocked_by(me).await?.contains(&row.other(me));
    let mut shown = summary(&row);
    shown.unread = 0;
    Ok(Json(MentorshipView {
        summary: shown,
        goals: row.goals.clone(),
        checkins,
        messages,
        my_note: store.note(id, me).await?.unwrap_or_default(),
        my_feedback: store
            .feedback(id, me)
            .await?
            .map(|(rating, comment)| Feedback {
                rating: u8::try_from(rating).unwrap_or(0),
                comment,
            }),
        blocked,
    }))
}

/// Replaces the goals the pair works on.
#[utoipa::path(put, path = "/mentorships/{id}/goals", tag = "mentoring", params(("id" = i64, Path)),
    request_body = SharedGoals, responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_goals(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(goals): ApiJson<SharedGoals>,
) -> Result<StatusCode, ApiError> {
    ongoing(&state, id, current.user.id).await?;
    let goals: Vec<String> = goals
        .goals
        .iter()
        .map(|g| g.trim().to_owned())
        .filter(|g| !g.is_empty())
        .collect();
    if goals.len() > libranet_core::plan::MAX_GOALS {
        return Err(ApiError::field("goals", Problem::TooMany));
    }
    for (i, goal) in goals.iter().enumerate() {
        if goal.chars().count() > libranet_core::jobs::MAX_TITLE {
            return Err(ApiError::field(&format!("goals[{i}]"), Problem::TooLong));
        }
    }
    state
        .store
        .set_goals(
            id,
            &serde_json::to_string(&goals).map_err(ApiError::unreadable)?,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Saves one's own notes on the mentorship; the other person never sees them.
#[utoipa::path(put, path = "/mentorships/{id}/note", tag = "mentoring", params(("id" = i64, Path)),
    request_body = Text, responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_note(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(note): ApiJson<Text>,
) -> Result<StatusCode, ApiError> {
    pair_of(&state, id, current.user.id).await?;
    check_message("body", &note.body, false).map_err(ApiError::Invalid)?;
    state
        .store
        .save_note(id, current.user.id, &note.body, state.unix_now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sends a message to the other person. Not after a block, either way.
#[utoipa::path(post, path = "/mentorships/{id}/messages", tag = "mentoring", params(("id" = i64, Path)),
    request_body = Text, responses((status = 201, body = Message), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn send_message(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(text): ApiJson<Text>,
) -> Result<(StatusCode, Json<Message>), ApiError> {
    let me = current.user.id;
    let row = ongoing(&state, id, me).await?;
    let body = text.body.trim();
    check_message("body", body, true).map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let other = row.other(me);
    if store.blocked_between(me, other).await? {
        return Err(ApiError::Forbidden);
    }
    let now = state.unix_now();
    let message_id = store.add_message(id, me, body, now).await?;
    store.mark_read(id, me, message_id).await?;
    // One unread "new messages" notice per pair is enough.
    let already = store
        .inbox(other, 20)
        .await?
        .iter()
        .any(|n| !n.read && n.kind == NotificationKind::Message && n.subject_id == Some(id));
    if !already {
        tell_other(&state, &row, id, me, NotificationKind::Message).await?;
    }
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

/// Ends the mentorship (either person may), with one's feedback if given;
/// the mentor's place frees up and the other person is told.
#[utoipa::path(post, path = "/mentorships/{id}/end", tag = "mentoring", params(("id" = i64, Path)),
    request_body = EndMentorship, responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn end(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<EndMentorship>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let row = ongoing(&state, id, me).await?;
    if let Some(feedback) = &body.feedback {
        feedback.validate().map_err(ApiError::Invalid)?;
    }
    let store = state.store.as_ref();
    let now = state.unix_now();
    if !store.end_mentorship(id, me, now).await? {
        return Err(ApiError::Conflict);
    }
    if let Some(feedback) = body.feedback {
        store
            .save_feedback(
                id,
                me,
                i64::from(feedback.rating),
                feedback.comment.trim(),
                now,
            )
            .await?;
    }
    tell_other(&state, &row, id, me, NotificationKind::MentorshipEnded).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Gives feedback on an ended mentorship, once.
#[utoipa::path(put, path = "/mentorships/{id}/feedback", tag = "mentoring", params(("id" = i64, Path)),
    request_body = Feedback, responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn give_feedback(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(feedback): ApiJson<Feedback>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let row = pair_of(&state, id, me).await?;
    if row.ended_at.is_none() {
        return Err(ApiError::Conflict);
    }
    feedback.validate().map_err(ApiError::Invalid)?;
    match state
        .store
        .save_feedback(
            id,
            me,
            i64::from(feedback.rating),
            feedback.comment.trim(),
            state.unix_now(),
        )
        .await
    {
        Ok(()) => Ok(StatusCode::NO_CONTENT),
        Err(StoreError::Conflict) => Err(ApiError::Conflict),
        Err(e) => Err(e.into()),
    }
}

/// Blocks the other person: no more messages either way, and neither sees
/// the other among mentors.
#[utoipa::path(post, path = "/mentorships/{id}/block", tag = "mentoring", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn block(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let row = pair_of(&state, id, me).await?;
    state
        .store
        .block(me, row.other(me), state.unix_now())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Lifts one's block.
#[utoipa::path(delete, path = "/mentorships/{id}/block", tag = "mentoring", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn unblock(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    let row = pair_of(&state, id, me).await?;
    state.store.unblock(me, row.other(me)).await?;
    Ok(StatusCode::NO_CONTENT)
}
