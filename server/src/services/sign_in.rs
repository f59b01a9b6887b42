//! The sign-in throttle's rules, shared by sign-in and password changes.

use crate::digest::token_hash;
use crate::error::ApiError;

/// The answer while a key is locked.
pub(crate) fn locked(locked_until: i64, now: i64) -> ApiError {
    ApiError::TooManyAttempts {
        retry_after_secs: u32::try_from((locked_until - now).max(1)).unwrap_or(u32::MAX),
    }
}

/// What the sign-in throttle is keyed by: a hash of the username as typed,
/// so mistyped names (often passwords typed in the wrong box) are not stored.
pub(crate) fn throttle_key(typed_username: &str) -> String {
    token_hash(&typed_username.trim().to_lowercase())
}
