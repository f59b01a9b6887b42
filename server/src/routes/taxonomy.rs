//! `GET /api/v1/taxonomy`: the skills taxonomy, for the app to cache.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiError;
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_taxonomy))
}

/// The ESCO skills and occupations this library uses, with every label and
/// synonym. Send the `ETag` back in `If-None-Match` to get 304 when the app's
/// cached copy is current. Gzip-compressed when the client accepts it.
#[utoipa::path(get, path = "/taxonomy", tag = "site",
    responses((status = 200, description = "The taxonomy document", content_type = "application/json"),
        (status = 304, description = "The cached copy is current")))]
pub async fn get_taxonomy(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let doc = state.taxonomy.current(state.store.as_ref()).await?;
    let etag = HeaderValue::from_str(&doc.etag()).map_err(|e| ApiError::Internal(e.into()))?;
    if headers.get(header::IF_NONE_MATCH) == Some(&etag) {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [
                (header::ETAG, etag),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            ],
        )
            .into_response());
    }
    let gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = if gzip {
        let mut r = doc.gzip().into_response();
        r.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        r
    } else {
        doc.json.clone().into_response()
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::ETAG, etag);
    // Public and large: browsers keep it and check it with the ETag.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}
