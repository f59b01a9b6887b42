//! What library staff use at the desk: finding a patron, ending their
//! sessions, helping them build a profile with their consent, and the
//! branches with their rooms and kiosks.

use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::jobs::{MAX_TITLE, check_text};
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_name;

/// Fewest characters a patron search needs, so a search names someone.
pub const MIN_SEARCH: usize = 2;
/// How long consent to desk help lasts unless ended sooner.
pub const CONSENT_SECS: i64 = 2 * 3600;
pub const MAX_ROOM_CAPACITY: u32 = 5_000;
pub const IDLE_MINUTES: std::ops::RangeInclusive<u32> = 1..=60;

/// A search for a patron by username or name. It travels in a request
/// body, never in a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PatronSearch {
    pub text: String,
}

impl PatronSearch {
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
    pub id: i64,
    /// Who helped (empty if that account is gone).
    pub staff_name: String,
    pub granted_at: i64,
    pub expires_at: i64,
    pub ended_at: Option<i64>,
    /// Profile saves made under it.
    pub edits: u32,
    pub active: bool,
}

/// A patron as the desk sees them: no profile, no password, no email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PatronView {
    pub id: i64,
    pub username: String,
    pub display_name: Option<String>,
    pub roles: Vec<Role>,
    pub joined_at: i64,
    /// Sessions still open anywhere.
    pub active_sessions: u32,
    pub suspended: bool,
    /// Consent to desk help in force now.
    pub consent: Option<ConsentView>,
}

/// Staff confirm the patron, present, said yes to help with their profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantConsent {
    pub patron_agreed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EndedSessions {
    pub ended: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BranchFields {
    pub name: String,
    #[serde(default)]
    pub address: String,
    /// The branch's IANA zone; empty means the library's.
    #[serde(default)]
    pub time_zone: String,
}

impl BranchFields {
    pub fn tidy(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.address = self.address.trim().to_owned();
        self.time_zone = self.time_zone.trim().to_owned();
        self
    }

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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoomFields {
    pub branch_id: i64,
    pub name: String,
    pub capacity: u32,
}

impl RoomFields {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", self.name.trim(), true, MAX_TITLE);
        if !(1..=MAX_ROOM_CAPACITY).contains(&self.capacity) {
            errors.push("capacity", Problem::NotAllowed);
        }
        errors.finish()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskFields {
    pub branch_id: i64,
    pub label: String,
    pub idle_minutes: u32,
}

impl KioskFields {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "label", self.label.trim(), true, MAX_TITLE);
        if !IDLE_MINUTES.contains(&self.idle_minutes) {
            errors.push("idle_minutes", Problem::NotAllowed);
        }
        errors.finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoomView {
    pub id: i64,
    pub name: String,
    pub capacity: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskView {
    pub id: i64,
    pub label: String,
    pub idle_minutes: u32,
}

/// A branch with its rooms and kiosks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BranchView {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The zone its events and appointments are in: its own, or the
    /// library's when it has none.
    pub time_zone: String,
    /// It has a zone of its own (not the library's).
    pub own_time_zone: bool,
    pub rooms: Vec<RoomView>,
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
