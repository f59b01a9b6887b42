//! The only module that speaks HTTP: a typed client for `/api/v1`.
//!
//! This module holds the shared plumbing (the tab's kiosk key on every
//! request, reading answers, turning error bodies into [`ApiFailure`]); one
//! submodule per resource mirrors the server's `routes/` modules.

pub mod account;
pub mod appointments;
pub mod assist;
pub mod auth;
pub mod branches;
pub mod calendar;
pub mod check_ins;
pub mod cohorts;
pub mod connections;
pub mod desk;
pub mod events;
pub mod expertise;
pub mod groups;
pub mod insight;
pub mod listings;
pub mod mentoring;
pub mod mentorships;
pub mod moderation;
pub mod needs;
pub mod notifications;
pub mod partners;
pub mod people;
pub mod plan;
pub mod profile;
pub mod recommendations;
pub mod reports;
pub mod site;
pub mod taxonomy;
pub mod teaching;
pub mod threads;

use gloo_net::http::{RequestBuilder, Response};
use libranet_core::api::{ErrorBody, ErrorCode};
use libranet_core::problem::FieldError;
use libranet_core::session_policy::TAB_KEY_HEADER;
use serde::Serialize;
use serde::de::DeserializeOwned;

const BASE: &str = "/api/v1";

/// Request builders that carry this tab's kiosk key (when it holds one):
/// a kiosk session answers only to the tabs that share its key.
struct Request;

impl Request {
    fn get(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::get(url))
    }
    fn post(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::post(url))
    }
    fn put(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::put(url))
    }
    fn patch(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::patch(url))
    }
    fn delete(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::delete(url))
    }
}

fn with_tab(builder: RequestBuilder) -> RequestBuilder {
    match crate::cache::tab_key() {
        Some(key) => builder.header(TAB_KEY_HEADER, &key),
        None => builder,
    }
}

/// Why a call did not work, in terms the interface can explain.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// Some fields need fixing.
    Fields(Vec<FieldError>),
    SignInFailed,
    TooManyAttempts {
        retry_after_secs: u32,
    },
    /// Not signed in, or the session ended.
    SignedOut,
    Forbidden,
    /// The server refused a request it thought came from another site.
    CrossSite,
    /// What was sent was based on an older copy.
    Conflict,
    /// No places are left (a mentor's capacity).
    Full,
    /// Library staff suspended the account for this long.
    Suspended {
        retry_after_secs: u32,
    },
    /// Too many sign-ins are being checked at once; try again soon.
    Busy {
        retry_after_secs: u32,
    },
    NotFound,
    /// The server could not be reached.
    Network,
    /// The server failed or answered something unexpected.
    Server,
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiFailure::Server);
    }
    let body = response
        .json::<ErrorBody>()
        .await
        .map_err(|_| ApiFailure::Server)?;
    Err(match body.error {
        ErrorCode::InvalidInput => ApiFailure::Fields(body.fields),
        ErrorCode::SignInFailed => ApiFailure::SignInFailed,
        ErrorCode::TooManyAttempts => ApiFailure::TooManyAttempts {
            retry_after_secs: body.retry_after_secs.unwrap_or(30),
        },
        ErrorCode::Unauthenticated => ApiFailure::SignedOut,
        ErrorCode::Forbidden => ApiFailure::Forbidden,
        ErrorCode::CrossSiteRejected => ApiFailure::CrossSite,
        ErrorCode::Conflict => ApiFailure::Conflict,
        ErrorCode::Full => ApiFailure::Full,
        ErrorCode::Suspended => ApiFailure::Suspended {
            retry_after_secs: body.retry_after_secs.unwrap_or(0),
        },
        ErrorCode::NotFound => ApiFailure::NotFound,
        ErrorCode::Busy => ApiFailure::Busy {
            retry_after_secs: body.retry_after_secs.unwrap_or(2),
        },
        ErrorCode::MalformedBody | ErrorCode::Internal => ApiFailure::Server,
    })
}

async fn send_json<B: Serialize, T: DeserializeOwned>(
    builder: RequestBuilder,
    body: &B,
) -> Result<T, ApiFailure> {
    let request = builder.json(body).map_err(|_| ApiFailure::Server)?;
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    read(response).await
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let response = Request::get(&format!("{BASE}{path}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    read(response).await
}

fn post(path: &str) -> RequestBuilder {
    Request::post(&format!("{BASE}{path}"))
}

/// Sends a body and expects no content back.
async fn send_empty<B: Serialize>(builder: RequestBuilder, body: &B) -> Result<(), ApiFailure> {
    let request = builder.json(body).map_err(|_| ApiFailure::Server)?;
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        return Ok(());
    }
    read::<()>(response).await
}
