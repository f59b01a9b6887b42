//! A failed API call put into words.

use crate::api::ApiFailure;
use crate::i18n::{I18n, Key};

/// What to tell the person when a call failed for a reason other than
/// their fields.
pub fn failure_text(i18n: I18n, failure: &ApiFailure) -> Option<String> {
    let key = match failure {
        ApiFailure::Fields(_) => return None,
        ApiFailure::SignInFailed => Key::SignInFailed,
        ApiFailure::TooManyAttempts { retry_after_secs } => {
            return Some(i18n.fill(Key::TooManyAttempts, &[&retry_after_secs.to_string()]));
        }
        ApiFailure::Busy { retry_after_secs } => {
            return Some(i18n.fill(Key::SignInBusy, &[&retry_after_secs.to_string()]));
        }
        ApiFailure::SignedOut => Key::NeedSignIn,
        ApiFailure::Forbidden => Key::NotStaff,
        ApiFailure::CrossSite => Key::ServerError,
        ApiFailure::Network => Key::NetworkError,
        ApiFailure::Server | ApiFailure::NotFound => Key::ServerError,
        ApiFailure::Conflict => Key::PlanConflict,
        ApiFailure::Full => Key::MentorFull,
        ApiFailure::Suspended { retry_after_secs } => {
            let until = (js_sys::Date::now() / 1000.0) as i64 + i64::from(*retry_after_secs);
            return Some(i18n.fill(Key::AccountSuspended, &[&crate::time::day_of(until)]));
        }
    };
    Some(i18n.t(key).to_owned())
}

/// Text for a failed call in the mentoring pages: a conflict here means
/// someone else acted first.
pub fn mentoring_failure(i18n: I18n, failure: &ApiFailure) -> String {
    match failure {
        ApiFailure::Conflict => i18n.t(Key::MentoringChanged).to_owned(),
        ApiFailure::Full => i18n.t(Key::MentorFull).to_owned(),
        ApiFailure::NotFound => i18n.t(Key::GoneOrHidden).to_owned(),
        ApiFailure::Fields(f) => f
            .first()
            .map(|e| i18n.t(crate::i18n::problem_key(e.problem)).to_owned())
            .unwrap_or_default(),
        other => failure_text(i18n, other).unwrap_or_default(),
    }
}
