//! Accounts: who a person is on Libranet, and the rules their credentials
//! follow. Values are parsed once at the edge into these types, so code past
//! the edge never sees an unchecked username or password.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::common_passwords;
use crate::text::check_visible;

/// Shortest username accepted.
pub const USERNAME_MIN_CHARS: usize = 3;
/// Longest username accepted.
pub const USERNAME_MAX_CHARS: usize = 32;
/// Shortest password accepted, in characters (not bytes).
pub const PASSWORD_MIN_CHARS: usize = 8;
/// Longest password accepted, in characters; long passphrases are welcome.
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Longest display name accepted.
pub const DISPLAY_NAME_MAX_CHARS: usize = 60;

/// A username: 3 to 32 of `a-z 0-9 . _ -`, starting with a letter or digit.
/// Usernames are case-insensitive, so they are stored lower-cased. Pasted
/// direction or zero-width characters get their own problem, since the
/// person cannot see what to remove.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

impl Username {
    /// Checks and lower-cases a username typed or sent; the problem if it is not a valid one.
    pub fn parse(raw: &str) -> Result<Username, Problem> {
        check_visible(raw)?;
        let name = raw.trim().to_lowercase();
        let count = name.chars().count();
        if count == 0 {
            return Err(Problem::Required);
        }
        if count < USERNAME_MIN_CHARS {
            return Err(Problem::UsernameTooShort);
        }
        if count > USERNAME_MAX_CHARS {
            return Err(Problem::UsernameTooLong);
        }
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
        let starts_well = name.starts_with(|c: char| c.is_ascii_alphanumeric());
        if !starts_well || !name.chars().all(allowed) {
            return Err(Problem::UsernameCharacters);
        }
        Ok(Username(name))
    }

    /// The username, lower-cased.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = Problem;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Username::parse(&value)
    }
}

impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that passed the rules: 8 to 128 characters, not on the
/// common-password list, not the username. No composition rules (NIST SP
/// 800-63B): length and rarity matter, symbols do not.
///
/// Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    /// Checks a new password (length, not common, not the username); the problem if it will not do.
    pub fn parse(raw: &str, username: Option<&Username>) -> Result<NewPassword, Problem> {
        let count = raw.chars().count();
        if count == 0 {
            return Err(Problem::Required);
        }
        if count < PASSWORD_MIN_CHARS {
            return Err(Problem::PasswordTooShort);
        }
        if count > PASSWORD_MAX_CHARS {
            return Err(Problem::PasswordTooLong);
        }
        if username.is_some_and(|u| raw.trim().to_lowercase() == u.as_str()) {
            return Err(Problem::PasswordIsUsername);
        }
        if common_passwords::is_common(raw) {
            return Err(Problem::PasswordCommon);
        }
        Ok(NewPassword(raw.to_owned()))
    }

    /// The secret itself, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(<redacted>)")
    }
}

/// An optional email address. Many patrons have none, so an empty field is
/// `None`, not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Reads an optional email: `None` when absent or blank, the problem when it is not an address.
    pub fn parse_optional(raw: Option<&str>) -> Result<Option<Email>, Problem> {
        let Some(text) = raw.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        let (local, domain) = text.split_once('@').ok_or(Problem::EmailInvalid)?;
        let valid = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && text.len() <= 254
            && !text.chars().any(|c| c.is_whitespace() || c.is_control());
        if valid {
            Ok(Some(Email(text.to_owned())))
        } else {
            Err(Problem::EmailInvalid)
        }
    }

    /// The address, trimmed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name a person wants others to see; optional, free text on one line,
/// without direction or zero-width characters (see [`crate::text`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    /// Reads an optional display name: `None` when absent or blank, the problem when it will not do.
    pub fn parse_optional(raw: Option<&str>) -> Result<Option<DisplayName>, Problem> {
        let Some(text) = raw.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        check_visible(text)?;
        if text.chars().count() > DISPLAY_NAME_MAX_CHARS || text.chars().any(char::is_control) {
            return Err(Problem::DisplayNameInvalid);
        }
        Ok(Some(DisplayName(text.to_owned())))
    }

    /// The name, trimmed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a person does on Libranet. One person may hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A library patron: job seeker, learner, community member.
    Patron,
    /// Someone who works at a library and grows their own career here.
    LibraryWorker,
    /// An experienced professional who takes on mentees (LibLine).
    Mentor,
    /// A community partner or employer posting jobs, needs and sessions.
    Partner,
    /// Library staff at the desk: enroll patrons, issue reset codes.
    Staff,
    /// Runs the Libranet deployment.
    Admin,
}

impl Role {
    /// Every role, in the order they are stored.
    pub const ALL: [Role; 6] = [
        Role::Patron,
        Role::LibraryWorker,
        Role::Mentor,
        Role::Partner,
        Role::Staff,
        Role::Admin,
    ];

    /// The stable name stored in the database and sent over the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Patron => "patron",
            Role::LibraryWorker => "library_worker",
            Role::Mentor => "mentor",
            Role::Partner => "partner",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    /// The role with this stored name, if any.
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Whether this role may use the library desk tools.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

#[cfg(test)]
mod tests;
