//! The door of every request: which client is asking (an extractor), and
//! the refusal, before anything else reads the request, of a client this
//! instance already found over its budget of sign-in attempts.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::client::{Client, client_id, client_ip, client_key};
use crate::error::ApiError;
use crate::state::AppState;

fn request_ip(
    extensions: &axum::http::Extensions,
    headers: &HeaderMap,
    state: &AppState,
) -> Option<IpAddr> {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    client_ip(peer, headers, &state.settings.trusted_proxies)
}

impl FromRequestParts<AppState> for Client {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let ip = request_ip(&parts.extensions, &parts.headers, state);
        Ok(Client {
            id: client_id(ip),
            key: client_key(ip),
        })
    }
}

/// The routes that spend a client's budget.
const BUDGETED: [&str; 3] = [
    "/api/v1/auth/sign-in",
    "/api/v1/auth/sign-up",
    "/api/v1/auth/redeem-code",
];

/// Refuses a client this instance already found over budget before its
/// request is logged, timed or read: under a flood from a few addresses,
/// nearly every request ends here, and the cheaper that is, the sooner the
/// server gets back to the people the flood is not.
pub async fn shed(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() == Method::POST && BUDGETED.contains(&request.uri().path()) {
        let ip = request_ip(request.extensions(), request.headers(), &state);
        if let Err(refused) = state.gate.check_id(client_id(ip)) {
            let mut response = refused.into_response();
            let h = response.headers_mut();
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            return response;
        }
    }
    next.run(request).await
}
