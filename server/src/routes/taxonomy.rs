//! `GET /api/v1/taxonomy`: the skills taxonomy, for the app to cache.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Lang;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiQuery};
use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_taxonomy))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TaxonomyQuery {
    /// Only the labels of this language (`en` or `es`): where a concept has
    /// none in it, its English labels marked `"lang": "en"`. Without it,
    /// every language; an unknown language is a 400.
    lang: Option<Lang>,
}

/// The ESCO skills and occupations this library uses, with every label and
/// synonym, in one language (`?lang=es`) or in all. Send the `ETag` back in
/// `If-None-Match` to get 304 when the app's cached copy is current.
/// Gzip-compressed when the client accepts it.
#[utoipa::path(get, path = "/taxonomy", tag = "site", params(TaxonomyQuery),
    responses((status = 200, description = "The taxonomy document", content_type = "application/json"),
        (status = 304, description = "The cached copy is current"),
        (status = 400, description = "A language the taxonomy is not served in")))]
pub async fn get_taxonomy(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<TaxonomyQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let doc = state.taxonomy.current(state.store.as_ref()).await?;
    let etag =
        HeaderValue::from_str(&doc.etag(query.lang)).map_err(|e| ApiError::Internal(e.into()))?;
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
    let served = doc.served(query.lang);
    let gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = if gzip {
        let mut r = served.gzip().into_response();
        r.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        r
    } else {
        served.json.clone().into_response()
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
