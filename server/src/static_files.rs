//! Serves the built app: hashed assets cached for a year (gzip-compressed
//! copies when the build made them), and `index.html` for every other path
//! so the app's router can handle it.

use std::path::Path;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::services::{ServeDir, ServeFile};

use crate::error::ApiError;
use crate::state::AppState;

/// The app's files under `/`, falling back to `index.html`.
pub fn router(app_dir: &Path) -> Router<AppState> {
    let index = app_dir.join("index.html");
    let files = ServeDir::new(app_dir)
        .precompressed_gzip()
        .fallback(ServeFile::new(index));
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(guard_and_cache))
}

async fn guard_and_cache(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    // Unknown API paths get a JSON 404, never the app's page.
    if path.starts_with("/api/") {
        return ApiError::NotFound.into_response();
    }
    let mut response = next.run(request).await;
    if response.status() == StatusCode::NOT_FOUND {
        // No index.html: the app has not been built.
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "The Libranet app has not been built yet. Run `make run`.",
        )
            .into_response();
    }
    // The page itself is never stored, so Back after a sign-out cannot
    // bring a signed-in page out of the browser's cache.
    let cache = if is_hashed_asset(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-store"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// Trunk names built assets `name-<hex hash>.ext`; their content never
/// changes under the same name.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let hash = stem
        .rsplit(['-', '_'])
        .find(|part| (10..=16).contains(&part.len()));
    hash.is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunks_hashed_file_names() {
        assert!(is_hashed_asset("/libranet-app-3f2a9c0d1b7e6a55_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/account"));
        assert!(!is_hashed_asset("/favicon.svg"));
    }
}
