//! What library staff use at the desk: finding a patron, ending their
//! sessions, helping them build a profile with their consent, and the
//! branches with their rooms and kiosks.

use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::jobs::MAX_TITLE;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_name;
use crate::text::check_text;

/// Fewest characters a patron search needs, so a search names someone.
pub const MIN_SEARCH: usize = 2;
/// How long consent to desk help lasts unless ended sooner.
pub const CONSENT_SECS: i64 = 2 * 3600;
/// Most people a room may hold.
pub const MAX_ROOM_CAPACITY: u32 = 5_000;
/// The idle minutes a kiosk may be set to before its session ends.
pub const IDLE_MINUTES: std::ops::RangeInclusive<u32> = 1..=60;

/// A search for a patron by username or name. It travels in a request
/// body, never in a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PatronSearch {
    /// A username or part of a name.
    pub text: String,
}

impl PatronSearch {
    /// Checks the search names enough to find someone: at least [`MIN_SEARCH`] characters, at most a title's length.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let text = self.text.trim();
        if text.chars().count() < MIN_SEARCH {
            errors.push("text", Problem::Required);
        }
        check_text(&mut errors, "text", text, false, MAX_TITLE);
        errors.finish()
    }
}

/// A patron's consent to a staff member editing their profile for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentView {
    /// The consent's id.
    pub id: i64,
    /// Who helped (empty if that account is gone).
    pub staff_name: String,
    /// When the patron agreed, in seconds since the Unix epoch.
    pub granted_at: i64,
    /// When it runs out, in seconds since the Unix epoch.
    pub expires_at: i64,
    /// When it was ended early, if it was.
    pub ended_at: Option<i64>,
    /// Profile saves made under it.
    pub edits: u32,
    /// It is in force now.
    pub active: bool,
}

/// A patron as the desk sees them: no profile, no password, no email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PatronView {
    /// The patron's account id.
    pub id: i64,
    /// The patron's username.
    pub username: String,
    /// The name shown to others, if set.
    pub display_name: Option<String>,
    /// The roles the account holds.
    pub roles: Vec<Role>,
    /// When the account was made, in seconds since the Unix epoch.
    pub joined_at: i64,
    /// Sessions still open anywhere.
    pub active_sessions: u32,
    /// Staff suspended the account.
    pub suspended: bool,
    /// Consent to desk help in force now.
    pub consent: Option<ConsentView>,
}

/// Staff confirm the patron, present, said yes to help with their profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantConsent {
    /// The patron said yes; nothing is granted without it.
    pub patron_agreed: bool,
}

/// How many sessions an action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndedSessions {
    /// The number of sessions ended.
    pub ended: u32,
}

/// What staff write about a branch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BranchFields {
    /// The branch's name.
    pub name: String,
    /// Its street address; may be empty.
    #[serde(default)]
    pub address: String,
    /// The branch's IANA zone; empty means the library's.
    #[serde(default)]
    pub time_zone: String,
}

impl BranchFields {
    /// The same fields with surrounding whitespace trimmed.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.address = self.address.trim().to_owned();
        self.time_zone = self.time_zone.trim().to_owned();
        self
    }

    /// Checks a name, the address's length and that a zone, if given, is a known IANA name.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", &self.name, true, MAX_TITLE);
        check_text(&mut errors, "address", &self.address, false, MAX_TITLE);
        if !self.time_zone.is_empty()
            && let Err(problem) = crate::time::Zone::named(&self.time_zone)
        {
            errors.push("time_zone", problem);
        }
        errors.finish()
    }
}

/// What staff write about a room of a branch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoomFields {
    /// The branch it is in.
    pub branch_id: i64,
    /// The room's name.
    pub name: String,
    /// How many people it holds, 1 to [`MAX_ROOM_CAPACITY`].
    pub capacity: u32,
}

impl RoomFields {
    /// Checks a name and a capacity within bounds.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", self.name.trim(), true, MAX_TITLE);
        if !(1..=MAX_ROOM_CAPACITY).contains(&self.capacity) {
            errors.push("capacity", Problem::NotAllowed);
        }
        errors.finish()
    }
}

/// What staff write about a public computer of a branch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskFields {
    /// The branch it is in.
    pub branch_id: i64,
    /// The name staff know it by ("PC 3").
    pub label: String,
    /// Idle minutes before its session ends, within [`IDLE_MINUTES`].
    pub idle_minutes: u32,
}

impl KioskFields {
    /// Checks a label and idle minutes within bounds.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "label", self.label.trim(), true, MAX_TITLE);
        if !IDLE_MINUTES.contains(&self.idle_minutes) {
            errors.push("idle_minutes", Problem::NotAllowed);
        }
        errors.finish()
    }
}

/// A room of a branch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoomView {
    /// The room's id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// How many people it holds.
    pub capacity: u32,
}

/// A public computer of a branch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskView {
    /// The kiosk's id.
    pub id: i64,
    /// The name staff know it by.
    pub label: String,
    /// Idle minutes before its session ends.
    pub idle_minutes: u32,
}

/// A branch with its rooms and kiosks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BranchView {
    /// The branch's id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its street address; may be empty.
    pub address: String,
    /// The zone its events and appointments are in: its own, or the
    /// library's when it has none.
    pub time_zone: String,
    /// It has a zone of its own (not the library's).
    pub own_time_zone: bool,
    /// Its rooms.
    pub rooms: Vec<RoomView>,
    /// Its public computers.
    pub kiosks: Vec<KioskView>,
}

impl BranchView {
    /// "Branch, room" as an event's or appointment's place reads.
    pub fn place(&self, room: &RoomView) -> String {
        format!("{}, {}", self.name, room.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_must_name_someone() {
        let search = |text: &str| PatronSearch { text: text.into() }.validate();
        assert!(search(" a ").is_err());
        assert!(search("mei").is_ok());
        assert!(search(&"x".repeat(MAX_TITLE + 1)).is_err());
    }

    #[test]
    fn rooms_and_kiosks_need_sensible_numbers() {
        let room = RoomFields {
            branch_id: 1,
            name: "Study room".into(),
            capacity: 0,
        };
        assert_eq!(room.validate().unwrap_err()[0].field, "capacity");
        let kiosk = KioskFields {
            branch_id: 1,
            label: "PC 3".into(),
            idle_minutes: 90,
        };
        assert_eq!(kiosk.validate().unwrap_err()[0].field, "idle_minutes");
        let blank = BranchFields::default().tidy();
        assert_eq!(blank.validate().unwrap_err()[0].field, "name");
    }
}
