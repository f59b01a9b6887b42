//! Stable codes for what is wrong with a piece of input.
//!
//! The server sends a code per field; the app turns it into a sentence in the
//! person's language. Codes are part of the API: add new ones, never rename.

use serde::{Deserialize, Serialize};

/// What is wrong with one field, and so what the person should fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// Nothing was given where something must be.
    #[error("this field is required")]
    Required,
    /// A username shorter than 3 characters.
    #[error("use at least 3 characters")]
    UsernameTooShort,
    /// A username longer than 32 characters.
    #[error("use at most 32 characters")]
    UsernameTooLong,
    /// A username with characters outside the allowed set, or not starting with a letter or digit.
    #[error(
        "use only letters a-z, digits, dots, dashes and underscores, starting with a letter or digit"
    )]
    UsernameCharacters,
    /// Another account has this username.
    #[error("this username is already taken")]
    UsernameTaken,
    /// A password shorter than 8 characters.
    #[error("use at least 8 characters")]
    PasswordTooShort,
    /// A password longer than 128 characters.
    #[error("use at most 128 characters")]
    PasswordTooLong,
    /// A password on the list of commonly used ones.
    #[error("this password is too common and easy to guess; choose another")]
    PasswordCommon,
    /// A password equal to the username.
    #[error("the password must not be the same as the username")]
    PasswordIsUsername,
    /// Text that is not an email address.
    #[error("this does not look like an email address")]
    EmailInvalid,
    /// A display name too long or with line breaks.
    #[error("use at most 60 characters, without line breaks")]
    DisplayNameInvalid,
    /// The current password given does not match the account's.
    #[error("the current password is not right")]
    CurrentPasswordWrong,
    /// A one-time code that is wrong or expired.
    #[error("this code is not right or has expired; ask library staff for a new one")]
    CodeInvalid,
    /// No account has this username.
    #[error("there is no account with this username")]
    UnknownUser,
    /// A value that is not one of the choices offered.
    #[error("this value is not one of the allowed choices")]
    NotAllowed,
    /// A value of the wrong form or type, or a body that cannot be read.
    #[error("this value has the wrong form (for example a number where text belongs)")]
    WrongType,
    /// A skill id not in the ESCO taxonomy.
    #[error("this skill is not in the skills taxonomy")]
    UnknownSkill,
    /// More items than allowed.
    #[error("too many items")]
    TooMany,
    /// Text longer than allowed.
    #[error("this text is too long; shorten it")]
    TooLong,
    /// A date not written as a real `YYYY-MM-DD` day.
    #[error("write the date as YYYY-MM-DD, for example 2026-12-31")]
    DateInvalid,
    /// An end date before its start date.
    #[error("the closing date must not be before the posting date")]
    DateOrder,
    /// A range whose highest value is below its lowest.
    #[error("the highest value must not be below the lowest")]
    RangeOrder,
    /// An occupation id not in the ESCO taxonomy.
    #[error("this occupation is not in the skills taxonomy")]
    UnknownOccupation,
    /// A link that is not a full `https://` address.
    #[error("use a full web address starting with https://")]
    LinkInvalid,
    /// A CSV import whose first row does not name the columns (with `title`).
    #[error("the first row must name the columns, including title")]
    CsvHeader,
    /// A time not written as `HH:MM` on a 24-hour clock.
    #[error("write the time as HH:MM on a 24-hour clock, for example 18:30")]
    TimeInvalid,
    /// No places are left.
    #[error("this is full; no places are left")]
    Full,
    /// Text with control characters in it.
    #[error("this text has invisible control characters; retype it without them")]
    ControlCharacters,
    /// A file over the size limit.
    #[error("this file is larger than 5 MB; share a smaller file or a link")]
    FileTooLarge,
    /// A file whose kind may not be shared, or whose content is not what its name says.
    #[error(
        "this kind of file cannot be shared; use PDF, Word, PowerPoint, Excel, OpenDocument, plain text, PNG or JPEG"
    )]
    FileType,
    /// A day that has already passed.
    #[error("this day has passed; pick today or a later day")]
    DatePast,
    /// A time that has already passed.
    #[error("this time has passed; pick a later time")]
    TimePast,
    /// Not a known IANA time zone name.
    #[error("this is not a time zone name; pick one from the list, for example America/Chicago")]
    TimeZoneUnknown,
    /// An appointment overlapping another at the same time.
    #[error("this overlaps another appointment at that time; pick another time")]
    TimeClash,
    /// Text with invisible direction or zero-width characters.
    #[error(
        "this has invisible direction or zero-width characters (often pasted in); retype it without them"
    )]
    HiddenCharacters,
}

/// A problem attached to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The request field, as named in the JSON body (for example `password`).
    pub field: String,
    /// What is wrong with it.
    pub problem: Problem,
    /// The problem in English, for API clients that do not translate codes.
    pub message: String,
}

impl FieldError {
    /// The problem under this field name, with its English message.
    pub fn new(field: &str, problem: Problem) -> Self {
        FieldError {
            field: field.to_owned(),
            problem,
            message: problem.to_string(),
        }
    }
}

/// Collects field problems so a form reports all of them at once.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the parsed value, or records the problem under `field`.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        parsed
            .map_err(|p| self.0.push(FieldError::new(field, p)))
            .ok()
    }

    /// Records the problem under `field`.
    pub fn push(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldError::new(field, problem));
    }

    /// `Ok` when nothing was recorded, otherwise every recorded problem.
    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_serialise_as_snake_case_codes() {
        let json = serde_json::to_string(&Problem::PasswordCommon).unwrap();
        assert_eq!(json, "\"password_common\"");
        let json = serde_json::to_string(&Problem::HiddenCharacters).unwrap();
        assert_eq!(json, "\"hidden_characters\"");
    }

    #[test]
    fn field_errors_collect_every_problem() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check("a", Ok::<_, Problem>(1)), Some(1));
        assert_eq!(errors.check::<u8>("b", Err(Problem::Required)), None);
        errors.push("c", Problem::EmailInvalid);
        let all = errors.finish().unwrap_err();
        assert_eq!(
            all.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
            ["b", "c"]
        );
        assert_eq!(all[0].message, "this field is required");
    }
}
