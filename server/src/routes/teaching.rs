//! The teaching resources exchange: library workers share lesson plans,
//! worksheets and slides (a checked file or a link) under a Creative
//! Commons licence; others rate, comment and publish adapted versions that
//! link to the original. The list is public, so gap analyses can point at
//! resources that teach a missing skill.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{NewPost, check_post};
use libranet_core::teaching::{
    FileInfo, MAX_FILE_BYTES, NewTeaching, Rating, TeachingComment, TeachingFields, TeachingLink,
    TeachingSummary, TeachingView, check_file, tenths,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::services::teaching::{blocked_for, visible, visible_given};
use crate::session::{CurrentUser, MaybeUser};
use crate::state::AppState;
use crate::store::network::{NewFile, TeachingRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .merge(
            // A file travels as base64 inside the JSON body: a third larger.
            OpenApiRouter::new().routes(routes!(share)).layer(
                axum::extract::DefaultBodyLimit::max(MAX_FILE_BYTES / 3 * 4 + 64 * 1024),
            ),
        )
        .routes(routes!(resource, remove))
        .routes(routes!(file))
        .routes(routes!(rate))
        .routes(routes!(comment))
}

fn fields_of(row: &TeachingRow) -> TeachingFields {
    row.body.clone()
}

fn summary(row: &TeachingRow) -> TeachingSummary {
    let fields = fields_of(row);
    TeachingSummary {
        id: row.id,
        title: fields.title,
        kind: fields.kind,
        licence: fields.licence,
        skills: fields.skills,
        audience: fields.audience,
        language: fields.language,
        owner_name: row.owner_name.clone(),
        rating_tenths: tenths(row.rating_sum, row.ratings),
        ratings: u32::try_from(row.ratings).unwrap_or(0),
        original_id: row.original_id,
    }
}

fn link(row: &TeachingRow) -> TeachingLink {
    TeachingLink {
        id: row.id,
        title: fields_of(row).title,
        owner_name: row.owner_name.clone(),
    }
}

/// Every shared resource, newest first.
#[utoipa::path(get, path = "/teaching", tag = "network",
    responses((status = 200, body = Vec<TeachingSummary>)))]
pub async fn list(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
) -> Result<Json<Vec<TeachingSummary>>, ApiError> {
    let blocked = blocked_for(&state, viewer.as_ref()).await?;
    Ok(Json(
        state
            .store
            .teaching_list()
            .await?
            .iter()
            .filter(|r| !blocked.contains(&r.owner_id))
            .map(summary)
            .collect(),
    ))
}

/// Shares a resource: a file of an accepted kind up to 5 MB, or a link; an
/// adaptation names its original, whose licence must allow it.
#[utoipa::path(post, path = "/teaching", tag = "network", request_body = NewTeaching,
    responses((status = 201, body = TeachingView), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn share(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(new): ApiJson<NewTeaching>,
) -> Result<(StatusCode, Json<TeachingView>), ApiError> {
    let fields = new.fields.tidy();
    let file = match &new.file {
        Some(upload) => Some(check_file(upload).map_err(|p| ApiError::field("file", p))?),
        None => None,
    };
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    fields
        .validate(taxonomy.as_ref(), file.is_some())
        .map_err(ApiError::Invalid)?;
    let me = current.user.id;
    let name = crate::services::people::shown_name(&current.user);
    let viewer = Some(current);
    let original = match new.original_id {
        Some(id) => {
            let row = visible(&state, id, viewer.as_ref())
                .await
                .map_err(|_| ApiError::field("original_id", Problem::NotAllowed))?;
            let licence = fields_of(&row).licence;
            if !licence.allows_adaptations() {
                return Err(ApiError::field("original_id", Problem::NotAllowed));
            }
            if !licence.adaptation_allows(fields.licence) {
                return Err(ApiError::field("licence", Problem::NotAllowed));
            }
            Some(row)
        }
        None => None,
    };
    let body = serde_json::to_string(&fields).map_err(|e| ApiError::Internal(e.into()))?;
    let store = state.store.as_ref();
    let id = store
        .create_teaching(
            me,
            new.original_id,
            &body,
            file.as_ref().map(|f| NewFile {
                name: &f.name,
                mime: f.mime,
                bytes: &f.bytes,
            }),
            state.unix_now(),
        )
        .await?;
    tracing::info!(teaching_id = id, "teaching resource shared");
    if let Some(original) = original
        && original.owner_id != me
    {
        notify(
            store,
            state.unix_now(),
            original.owner_id,
            NotificationKind::ResourceAdapted,
            Some(id),
            &name,
            &fields.title,
        )
        .await?;
    }
    let view = view_of(&state, id, viewer.as_ref()).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

async fn view_of(
    state: &AppState,
    id: i64,
    viewer: Option<&CurrentUser>,
) -> Result<TeachingView, ApiError> {
    let blocked = blocked_for(state, viewer).await?;
    let row = visible_given(state, id, viewer, &blocked).await?;
    let store = state.store.as_ref();
    let original = match row.original_id {
        Some(o) => store
            .teaching(o)
            .await?
            .filter(|r| !r.hidden && !blocked.contains(&r.owner_id))
            .map(|r| link(&r)),
        None => None,
    };
    let adaptations = store
        .adaptations(id)
        .await?
        .iter()
        .filter(|r| !blocked.contains(&r.owner_id))
        .map(link)
        .collect();
    let comments = store
        .comments(id)
        .await?
        .into_iter()
        .filter(|c| !c.hidden && !blocked.contains(&c.author_id))
        .map(|c| TeachingComment {
            id: c.id,
            author_id: c.author_id,
            author_name: c.author_name,
            body: c.body,
            created_at: c.created_at,
        })
        .collect();
    let my_rating = match viewer {
        Some(v) => store
            .my_rating(id, v.user.id)
            .await?
            .and_then(|s| u8::try_from(s).ok()),
        None => None,
    };
    Ok(TeachingView {
        id: row.id,
        owner_id: row.owner_id,
        owner_name: row.owner_name.clone(),
        fields: fields_of(&row),
        file: row.file_name.clone().map(|name| FileInfo {
            name,
            size: row.file_size.unwrap_or(0),
        }),
        original,
        adaptations,
        rating_tenths: tenths(row.rating_sum, row.ratings),
        ratings: u32::try_from(row.ratings).unwrap_or(0),
        my_rating,
        comments,
        created_at: row.created_at,
    })
}

/// A resource's page: what it teaches, its licence, file or link, the
/// original it adapts, its adaptations, ratings and comments.
#[utoipa::path(get, path = "/teaching/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, body = TeachingView), (status = 404, body = ErrorBody)))]
pub async fn resource(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<TeachingView>, ApiError> {
    Ok(Json(view_of(&state, id, viewer.as_ref()).await?))
}

/// The owner (or staff) takes a resource down.
#[utoipa::path(delete, path = "/teaching/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let row = state.store.teaching(id).await?.ok_or(ApiError::NotFound)?;
    if row.owner_id != current.user.id && !current.is_staff() {
        return Err(ApiError::Forbidden);
    }
    state.store.delete_teaching(id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The shared file, as a download.
#[utoipa::path(get, path = "/teaching/{id}/file", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, content_type = "application/octet-stream"), (status = 404, body = ErrorBody)))]
pub async fn file(
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    visible(&state, id, viewer.as_ref()).await?;
    let crate::store::network::TeachingFile {
        file_name: name,
        file_mime: mime,
        bytes,
    } = state
        .store
        .teaching_file(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime).map_err(|e| ApiError::Internal(e.into()))?,
    );
    // Stored names hold only letters, digits, spaces, dots, dashes and
    // underscores; non-ASCII letters go in the RFC 5987 form.
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii() { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
        ))
        .map_err(|e| ApiError::Internal(e.into()))?,
    );
    Ok(response)
}

/// Rates a resource 1 to 5 stars (one rating per person, changeable; not
/// one's own).
#[utoipa::path(put, path = "/teaching/{id}/rating", tag = "network", params(("id" = i64, Path)),
    request_body = Rating,
    responses((status = 200, body = TeachingView), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn rate(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(rating): ApiJson<Rating>,
) -> Result<Json<TeachingView>, ApiError> {
    if !(1..=5).contains(&rating.stars) {
        return Err(ApiError::field("stars", Problem::NotAllowed));
    }
    let me = current.user.id;
    let viewer = Some(current);
    let row = visible(&state, id, viewer.as_ref()).await?;
    if row.owner_id == me {
        return Err(ApiError::Forbidden);
    }
    state.store.rate(id, me, i64::from(rating.stars)).await?;
    Ok(Json(view_of(&state, id, viewer.as_ref()).await?))
}

/// Comments on a resource; its owner is told.
#[utoipa::path(post, path = "/teaching/{id}/comments", tag = "network", params(("id" = i64, Path)),
    request_body = NewPost,
    responses((status = 201, body = TeachingComment), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn comment(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(new): ApiJson<NewPost>,
) -> Result<(StatusCode, Json<TeachingComment>), ApiError> {
    let body = new.body.trim().to_owned();
    check_post("body", &body).map_err(ApiError::Invalid)?;
    let me = current.user.id;
    let name = crate::services::people::shown_name(&current.user);
    let viewer = Some(current);
    let row = visible(&state, id, viewer.as_ref()).await?;
    let store = state.store.as_ref();
    let comment_id = store.add_comment(id, me, &body, state.unix_now()).await?;
    if row.owner_id != me {
        notify(
            store,
            state.unix_now(),
            row.owner_id,
            NotificationKind::ResourceComment,
            Some(id),
            &name,
            &fields_of(&row).title,
        )
        .await?;
    }
    let c = store.comment(comment_id).await?.ok_or(ApiError::NotFound)?;
    Ok((
        StatusCode::CREATED,
        Json(TeachingComment {
            id: c.id,
            author_id: c.author_id,
            author_name: c.author_name,
            body: c.body,
            created_at: c.created_at,
        }),
    ))
}
