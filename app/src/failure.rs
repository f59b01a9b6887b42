//! One typed failure, put into words only when it is shown.
//!
//! Pages keep a [`Failure`] (the API's problem code, a network failure, or
//! what the page itself found wrong) and show it with [`FailureText`], which
//! reads the current language: switching language re-words a failure that
//! is already on screen.

use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::i18n::{I18n, Key, use_i18n};

/// Why something did not work, kept typed until it renders.
#[derive(Clone, PartialEq)]
pub enum Failure {
    /// The API said no, or could not be reached.
    Api(ApiFailure),
    /// The page knows what went wrong in this case and has words for it
    /// (a slot just taken, a report already sent).
    Said(Key),
}

impl From<ApiFailure> for Failure {
    fn from(failure: ApiFailure) -> Self {
        Failure::Api(failure)
    }
}

impl std::fmt::Display for Failure {
    /// Not for people (they see [`FailureText`], in their language): only
    /// so that an `ErrorBoundary` can carry the typed failure. Plain words,
    /// so the keys' names are not compiled in.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Failure::Api(_) => "the API call did not work",
            Failure::Said(_) => "the page found a problem",
        })
    }
}

/// By hand, like `Display`: an `ErrorBoundary` keeps the failure as a
/// `dyn Error`, whose `Debug` would otherwise compile in every key's name.
impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Failure {}

impl Failure {
    /// The failure in the current language (tracks the language).
    pub fn words(&self, i18n: I18n) -> String {
        match self {
            Failure::Api(failure) => mentoring_failure(i18n, failure),
            Failure::Said(key) => i18n.t(*key).to_owned(),
        }
    }
}

/// A status line: what was done, or why it was not. Like [`Failure`], put
/// into words only when shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Done (or under way), in these words.
    Said(Key),
    /// Done, in these words with these values filled in.
    Filled(Key, Vec<String>),
    Failed(Failure),
}

impl Notice {
    /// The notice in the current language (tracks the language).
    pub fn words(&self, i18n: I18n) -> String {
        match self {
            Notice::Said(key) => i18n.t(*key).to_owned(),
            Notice::Filled(key, values) => {
                let values: Vec<&str> = values.iter().map(String::as_str).collect();
                i18n.fill(*key, &values)
            }
            Notice::Failed(failure) => failure.words(i18n),
        }
    }
}

impl From<ApiFailure> for Notice {
    fn from(failure: ApiFailure) -> Self {
        Notice::Failed(failure.into())
    }
}

/// A status line in words, re-worded when the language changes.
#[component]
pub fn NoticeText(notice: Notice) -> impl IntoView {
    let i18n = use_i18n();
    move || notice.words(i18n)
}

/// A failure in words, re-worded when the language changes. Only the text:
/// the caller's element (an alert, a status line) stays its own.
#[component]
pub fn FailureText(failure: Failure) -> impl IntoView {
    let i18n = use_i18n();
    move || failure.words(i18n)
}

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
        ApiFailure::Network => Key::NetworkError,
        ApiFailure::CrossSite | ApiFailure::Server | ApiFailure::NotFound => Key::ServerError,
        ApiFailure::Conflict => Key::PlanConflict,
        ApiFailure::Full => Key::MentorFull,
        ApiFailure::Suspended { retry_after_secs } => {
            let until = (js_sys::Date::now() / 1000.0) as i64 + i64::from(*retry_after_secs);
            return Some(i18n.fill(Key::AccountSuspended, &[&crate::time::day_of(until)]));
        }
    };
    Some(i18n.t(key).to_owned())
}

/// Text for a failed call outside forms: a conflict means someone else
/// acted first.
fn mentoring_failure(i18n: I18n, failure: &ApiFailure) -> String {
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
