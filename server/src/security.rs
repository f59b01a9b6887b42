//! Defences every response and request goes through: security headers, a
//! Content-Security-Policy that admits the wasm app and nothing else, and
//! the cross-site request check on every state-changing route.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64ct::{Base64, Encoding};
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;

/// The policy for the app: its own scripts and wasm, its own styles, its own
/// API; no frames, plugins, or foreign origins. Trunk's small inline loader
/// script is allowed by its hash, computed from the built `index.html`.
pub fn content_security_policy(index_html: Option<&str>) -> String {
    let mut hashes = String::new();
    for script in index_html.map(inline_scripts).unwrap_or_default() {
        hashes.push_str(" 'sha256-");
        hashes.push_str(&Base64::encode_string(&Sha256::digest(script.as_bytes())));
        hashes.push('\'');
    }
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The bodies of `<script>` elements that have no `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            found.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    found
}

/// Adds the security headers to every response, and `no-store` to API ones.
pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    let csp = HeaderValue::from_str(&state.settings.content_security_policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
    h.insert(header::CONTENT_SECURITY_POLICY, csp);
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if state.settings.secure_cookies {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    // A route that allows caching (public data) says so itself.
    if is_api && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// Rejects state-changing requests that a browser made for another site,
/// and request bodies that are not JSON.
pub async fn same_site_only(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method();
    let safe = method == Method::GET || method == Method::HEAD || method == Method::OPTIONS;
    if !safe {
        let settings = &state.settings;
        if !is_same_site(
            request.headers(),
            &settings.public_origin,
            settings.origin_from_host,
        ) {
            return ApiError::CrossSite.into_response();
        }
        if has_body(request.headers()) && !is_json(request.headers()) {
            return ApiError::UnsupportedMediaType.into_response();
        }
    }
    next.run(request).await
}

/// Browsers send `Sec-Fetch-Site` (all current ones) or at least `Origin` on
/// state-changing requests. A request with neither did not come from a
/// browser page, so it cannot carry a victim's cookies cross-site.
fn is_same_site(headers: &HeaderMap, public_origin: &str, origin_from_host: bool) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let origin = origin.to_ascii_lowercase();
    if origin == public_origin {
        return true;
    }
    if !origin_from_host {
        return false;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, h)| h);
    matches!((host, origin_host), (Some(h), Some(o)) if h.eq_ignore_ascii_case(o))
}

fn has_body(headers: &HeaderMap) -> bool {
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match length {
        Some(n) => n > 0,
        None => headers.contains_key(header::TRANSFER_ENCODING),
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn the_policy_admits_trunks_inline_loader_by_hash_only() {
        let html = r#"<html><head><script type="module">import init from '/app.js';init();</script>
            <script src="/other.js"></script></head></html>"#;
        let csp = content_security_policy(Some(html));
        let expected =
            Base64::encode_string(&Sha256::digest(b"import init from '/app.js';init();"));
        assert!(csp.contains(&format!("'sha256-{expected}'")), "{csp}");
        assert_eq!(csp.matches("'sha256-").count(), 1);
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn cross_site_requests_are_told_apart_from_same_site_ones() {
        let origin = "http://127.0.0.1:8080";
        let check =
            |pairs: &[(&'static str, &'static str)]| is_same_site(&headers(pairs), origin, true);
        assert!(check(&[("sec-fetch-site", "same-origin")]));
        assert!(!check(&[("sec-fetch-site", "cross-site")]));
        assert!(!check(&[("sec-fetch-site", "same-site")]));
        assert!(check(&[("origin", "http://127.0.0.1:8080")]));
        assert!(!check(&[("origin", "https://evil.example")]));
        assert!(check(&[
            ("origin", "http://localhost:8080"),
            ("host", "localhost:8080")
        ]));
        assert!(check(&[]));
        // With a configured public URL, only that origin counts.
        let rebound = headers(&[
            ("origin", "http://attacker.example:8080"),
            ("host", "attacker.example:8080"),
        ]);
        assert!(!is_same_site(&rebound, origin, false));
        assert!(is_same_site(
            &headers(&[("origin", "http://127.0.0.1:8080")]),
            origin,
            false
        ));
    }

    #[test]
    fn only_json_bodies_count_as_json() {
        assert!(is_json(&headers(&[(
            "content-type",
            "application/json; charset=utf-8"
        )])));
        assert!(!is_json(&headers(&[("content-type", "text/plain")])));
        assert!(!is_json(&headers(&[(
            "content-type",
            "application/x-www-form-urlencoded"
        )])));
    }
}
