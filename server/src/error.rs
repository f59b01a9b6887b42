//! The one error type of the HTTP API.
//!
//! Bad input becomes 400/415/422 with what to fix; internal failures are
//! logged here, once, and answered with a generic body that reveals nothing.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use libranet_core::Problem;
use libranet_core::api::{ErrorBody, ErrorCode};
use libranet_core::problem::FieldError;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Fields that break the rules, each with its problem.
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// A body that is not JSON or not the expected JSON.
    #[error("malformed body: {0}")]
    Malformed(String),
    #[error("the body must be JSON")]
    UnsupportedMediaType,
    #[error("the body is too large")]
    TooLarge,
    #[error("sign-in failed")]
    SignInFailed,
    #[error("too many attempts")]
    TooManyAttempts { retry_after_secs: u32 },
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("cross-site request rejected")]
    CrossSite,
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("stale copy")]
    Conflict,
    #[error("no places left")]
    Full,
    /// Library staff suspended the account for a while.
    #[error("account suspended")]
    Suspended { retry_after_secs: u32 },
    /// Every place in the password hasher's queue is taken.
    #[error("password hasher busy")]
    Busy,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    /// Stored data that no longer reads as its type: an internal failure.
    pub fn unreadable(e: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(anyhow::anyhow!("stored data could not be read: {e}"))
    }

    /// One field with one problem.
    pub fn field(field: &str, problem: Problem) -> ApiError {
        ApiError::Invalid(vec![FieldError::new(field, problem)])
    }

    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput),
            ApiError::Malformed(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedBody),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::MalformedBody)
            }
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::MalformedBody),
            ApiError::SignInFailed => (StatusCode::UNAUTHORIZED, ErrorCode::SignInFailed),
            ApiError::TooManyAttempts { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts)
            }
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, ErrorCode::Forbidden),
            ApiError::CrossSite => (StatusCode::FORBIDDEN, ErrorCode::CrossSiteRejected),
            ApiError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ApiError::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MalformedBody)
            }
            ApiError::Conflict => (StatusCode::CONFLICT, ErrorCode::Conflict),
            ApiError::Full => (StatusCode::CONFLICT, ErrorCode::Full),
            ApiError::Suspended { .. } => (StatusCode::FORBIDDEN, ErrorCode::Suspended),
            ApiError::Busy => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::Busy),
            ApiError::Store(_) | ApiError::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
        }
    }

    fn public_message(&self) -> String {
        match self {
            ApiError::Invalid(_) => "Some fields need fixing; see `fields`.".into(),
            ApiError::Malformed(why) => format!("The request body could not be read: {why}"),
            ApiError::UnsupportedMediaType => {
                "Send the body as JSON (Content-Type: application/json).".into()
            }
            ApiError::TooLarge => "The request is too large.".into(),
            ApiError::SignInFailed => "The username or password is not right.".into(),
            ApiError::TooManyAttempts { .. } => {
                "Too many tries. Wait a little, then try again.".into()
            }
            ApiError::Unauthenticated => "Please sign in.".into(),
            ApiError::Forbidden => "Your account cannot do this.".into(),
            ApiError::CrossSite => "This request did not come from this site.".into(),
            ApiError::NotFound => "Nothing is here.".into(),
            ApiError::MethodNotAllowed => "This address does not take that method.".into(),
            ApiError::Conflict => {
                "This changed elsewhere since you loaded it; load it again, then save.".into()
            }
            ApiError::Full => "No places are left. Nothing was changed.".into(),
            ApiError::Suspended { .. } => {
                "Library staff suspended this account for a while; `retry_after_secs` says how long."
                    .into()
            }
            ApiError::Busy => {
                "Many sign-ins are being checked right now. Nothing was counted; try again in a moment."
                    .into()
            }
            ApiError::Store(_) | ApiError::Internal(_) => {
                "Something went wrong on our side. Nothing was changed; please try again.".into()
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error) = self.status_and_code();
        if status.is_server_error() {
            // The cause goes to the log, never to the client.
            tracing::error!(error = %self, "request failed");
        }
        let retry_after_secs = match &self {
            ApiError::TooManyAttempts { retry_after_secs }
            | ApiError::Suspended { retry_after_secs } => Some(*retry_after_secs),
            ApiError::Busy => Some(BUSY_RETRY_AFTER_SECS),
            _ => None,
        };
        let message = self.public_message();
        let fields = match self {
            ApiError::Invalid(fields) => fields,
            _ => Vec::new(),
        };
        let body = ErrorBody {
            error,
            message,
            fields,
            retry_after_secs,
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = retry_after_secs {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// How long a refused sign-in is told to wait while the hasher is busy.
const BUSY_RETRY_AFTER_SECS: u32 = 2;

impl From<crate::password::Busy> for ApiError {
    fn from(_: crate::password::Busy) -> Self {
        ApiError::Busy
    }
}

impl From<crate::password::HashError> for ApiError {
    fn from(err: crate::password::HashError) -> Self {
        match err {
            crate::password::HashError::Busy(_) => ApiError::Busy,
            crate::password::HashError::Failed(e) => ApiError::Internal(e),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
            JsonRejection::JsonDataError(err) => {
                let detail = err.body_text();
                if let Some(field) = missing_field(&detail) {
                    ApiError::field(&field, Problem::Required)
                } else if let Some(field) = field_in_error(&detail) {
                    ApiError::field(&field, Problem::WrongType)
                } else {
                    ApiError::Malformed(detail)
                }
            }
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge,
            other => ApiError::Malformed(other.body_text()),
        }
    }
}

/// Finds the field name in serde's "missing field `name`" message.
fn missing_field(detail: &str) -> Option<String> {
    let rest = &detail[detail.find("missing field `")? + "missing field `".len()..];
    Some(rest[..rest.find('`')?].to_owned())
}

/// Finds the field path axum puts before serde's message, as in
/// "...target type: device: unknown variant `tablet`...".
fn field_in_error(detail: &str) -> Option<String> {
    let rest = &detail[detail.find("target type: ")? + "target type: ".len()..];
    let path = &rest[..rest.find(": ")?];
    let plain = |c: char| c.is_ascii_alphanumeric() || "_.[]".contains(c);
    let named = path.starts_with(|c: char| c.is_ascii_alphabetic());
    (named && path.chars().all(plain)).then(|| path.to_owned())
}

/// `Json` whose rejections are [`ApiError`]s, so bad bodies get our shape.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// `Path` whose rejections are [`ApiError`]s: an id that is not a number
/// names nothing, so it is a JSON 404.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

impl From<axum::extract::rejection::PathRejection> for ApiError {
    fn from(_: axum::extract::rejection::PathRejection) -> Self {
        ApiError::NotFound
    }
}

/// `Query` whose rejections are [`ApiError`]s.
#[derive(Debug, Clone, Copy, Default, axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

impl From<axum::extract::rejection::QueryRejection> for ApiError {
    fn from(rejection: axum::extract::rejection::QueryRejection) -> Self {
        ApiError::Malformed(rejection.body_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_missing_field_in_serde_messages() {
        assert_eq!(
            missing_field(
                "Failed to deserialize the JSON body into the target type: missing field `password` at line 1 column 20"
            ),
            Some("password".into())
        );
        assert_eq!(missing_field("invalid type: integer"), None);
        assert_eq!(
            field_in_error(
                "Failed to deserialize the JSON body into the target type: device: unknown variant `tablet`, expected one of"
            ),
            Some("device".into())
        );
        assert_eq!(
            field_in_error(
                "Failed to deserialize the JSON body into the target type: invalid type: map"
            ),
            None
        );
    }

    #[test]
    fn internal_failures_answer_with_a_generic_message() {
        let err = ApiError::Internal(anyhow::anyhow!("disk on fire at /var/secret"));
        let (status, code) = err.status_and_code();
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(code, ErrorCode::Internal);
        assert!(!err.public_message().contains("secret"));
    }
}
