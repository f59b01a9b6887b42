//! Every user-facing string, in English and Spanish.
//!
//! Text is looked up by [`Key`]; each language is an exhaustive `match`, so
//! a string missing in one language does not compile. Placeholders `{0}`,
//! `{1}` are filled by [`I18n::fill`].

use leptos::prelude::*;
use libranet_core::account::Role;
use libranet_core::profile::SkillLevel;
use libranet_core::{Lang, Problem};

use crate::cache;

mod en;
mod es;
mod key;

pub use key::Key;

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en::text(key),
        Lang::Es => es::text(key),
    }
}

/// The key that explains a field problem.
pub fn problem_key(problem: Problem) -> Key {
    match problem {
        Problem::Required => Key::ProblemRequired,
        Problem::UsernameTooShort => Key::ProblemUsernameTooShort,
        Problem::UsernameTooLong => Key::ProblemUsernameTooLong,
        Problem::UsernameCharacters => Key::ProblemUsernameCharacters,
        Problem::UsernameTaken => Key::ProblemUsernameTaken,
        Problem::PasswordTooShort => Key::ProblemPasswordTooShort,
        Problem::PasswordTooLong => Key::ProblemPasswordTooLong,
        Problem::PasswordCommon => Key::ProblemPasswordCommon,
        Problem::PasswordIsUsername => Key::ProblemPasswordIsUsername,
        Problem::EmailInvalid => Key::ProblemEmailInvalid,
        Problem::DisplayNameInvalid => Key::ProblemDisplayNameInvalid,
        Problem::CurrentPasswordWrong => Key::ProblemCurrentPasswordWrong,
        Problem::CodeInvalid => Key::ProblemCodeInvalid,
        Problem::UnknownUser => Key::ProblemUnknownUser,
        Problem::NotAllowed => Key::ProblemNotAllowed,
        Problem::WrongType => Key::ProblemWrongType,
        Problem::UnknownSkill => Key::ProblemUnknownSkill,
        Problem::TooMany => Key::ProblemTooMany,
        Problem::TooLong => Key::ProblemTooLong,
        Problem::DateInvalid => Key::ProblemDateInvalid,
        Problem::DateOrder => Key::ProblemDateOrder,
        Problem::RangeOrder => Key::ProblemRangeOrder,
        Problem::UnknownOccupation => Key::ProblemUnknownOccupation,
        Problem::LinkInvalid => Key::ProblemLinkInvalid,
        Problem::CsvHeader => Key::ProblemCsvHeader,
        Problem::TimeInvalid => Key::ProblemTimeInvalid,
        Problem::Full => Key::ProblemFull,
        Problem::ControlCharacters => Key::ProblemControlCharacters,
        Problem::FileTooLarge => Key::ProblemFileTooLarge,
        Problem::FileType => Key::ProblemFileType,
        Problem::DatePast => Key::ProblemDatePast,
        Problem::TimeClash => Key::ProblemTimeClash,
        Problem::HiddenCharacters => Key::ProblemHiddenCharacters,
        Problem::TimePast => Key::ProblemTimePast,
        Problem::TimeZoneUnknown => Key::ProblemTimeZoneUnknown,
    }
}

pub fn level_key(level: SkillLevel) -> Key {
    match level {
        SkillLevel::Learning => Key::LevelLearning,
        SkillLevel::Working => Key::LevelWorking,
        SkillLevel::Expert => Key::LevelExpert,
    }
}

pub fn role_key(role: Role) -> Key {
    match role {
        Role::Patron => Key::RolePatron,
        Role::LibraryWorker => Key::RoleLibraryWorker,
        Role::Mentor => Key::RoleMentor,
        Role::Partner => Key::RolePartner,
        Role::Staff => Key::RoleStaff,
        Role::Admin => Key::RoleAdmin,
    }
}

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Starts in the language chosen on this device before, else the
    /// browser's, else English.
    pub fn provide() -> I18n {
        let initial = cache::saved_lang()
            .or_else(|| {
                window()
                    .navigator()
                    .language()
                    .and_then(|tag| Lang::from_tag(&tag))
            })
            .unwrap_or_default();
        let i18n = I18n {
            lang: RwSignal::new(initial),
        };
        Effect::new(move |_| {
            let lang = i18n.lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
        });
        provide_context(i18n);
        i18n
    }

    /// The language chosen with the switch: remembered on this device.
    pub fn set(&self, lang: Lang) {
        cache::save_lang(lang);
        self.lang.set(lang);
    }

    /// A signed-in person's preferred language: used until they sign out,
    /// not remembered on the device (which may be a public computer).
    pub fn use_for_session(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// The text of `key` in the current language (tracks the language).
    pub fn t(&self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    /// The text of `key` with `{0}`, `{1}`… replaced by `args`.
    pub fn fill(&self, key: Key, args: &[&str]) -> String {
        args.iter()
            .enumerate()
            .fold(self.t(key).to_owned(), |acc, (i, arg)| {
                acc.replace(&format!("{{{i}}}"), arg)
            })
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A closure that renders `key` and follows language changes.
#[macro_export]
macro_rules! tr {
    ($i18n:expr, $key:ident) => {{
        let i18n = $i18n;
        move || i18n.t($crate::i18n::Key::$key)
    }};
}
