//! Appointments: interview practice, resume review and career coaching.
//! Library staff and verified partners publish slots; a patron books one;
//! either side can cancel. A slot holds one booking at a time.

use serde::{Deserialize, Serialize};

use crate::events::check_place;
use crate::jobs::{MAX_SHORT_TEXT, MAX_TITLE};
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::{check_text, trim_each};
use crate::time::{Scheduled, UtcInstant, WallClock, Zone, check_upcoming};

/// Shortest and longest slot, in minutes.
pub const MINUTES: std::ops::RangeInclusive<u16> = 15..=180;
/// Most back-to-back slots one form publishes.
pub const MAX_SLOTS_AT_ONCE: u8 = 8;
/// Reminders go out this long before a booked appointment starts.
pub const REMINDER_LEAD_SECS: i64 = 24 * 3600;

/// What an appointment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppointmentKind {
    /// Practising for a job interview.
    #[default]
    InterviewPractice,
    /// Going over a resume with someone.
    ResumeReview,
    /// Talking through career plans.
    CareerCoaching,
}

impl AppointmentKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [AppointmentKind; 3] = [
        AppointmentKind::InterviewPractice,
        AppointmentKind::ResumeReview,
        AppointmentKind::CareerCoaching,
    ];

    /// The name stored and sent for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentKind::InterviewPractice => "interview_practice",
            AppointmentKind::ResumeReview => "resume_review",
            AppointmentKind::CareerCoaching => "career_coaching",
        }
    }

    /// The kind with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// What a host writes when publishing slots: `count` back-to-back slots
/// of `minutes` each, from `start` on `day`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotFields {
    /// What the slots are for.
    #[serde(default)]
    pub kind: AppointmentKind,
    /// `YYYY-MM-DD`, on the wall clock of `time_zone`.
    pub day: String,
    /// `HH:MM`, wall-clock time in `time_zone`, of the first slot.
    pub start: String,
    /// The IANA zone: the branch's for a slot at one, otherwise the one
    /// the host picks (by default their device's).
    #[serde(default)]
    pub time_zone: String,
    /// How long each slot lasts, within [`MINUTES`].
    pub minutes: u16,
    /// How many slots, 1 to [`MAX_SLOTS_AT_ONCE`].
    #[serde(default = "one")]
    pub count: u8,
    /// Branch and room; empty when online.
    #[serde(default)]
    pub place: String,
    /// Where to join online; empty when at a place.
    #[serde(default)]
    pub online_link: String,
    /// The library branch it takes place at, when it is at one.
    #[serde(default)]
    pub branch_id: Option<i64>,
    /// Languages the host offers it in, in their words.
    #[serde(default)]
    pub language: String,
}

fn one() -> u8 {
    1
}

impl SlotFields {
    /// The same fields with surrounding whitespace trimmed.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        trim_each([
            &mut self.day,
            &mut self.start,
            &mut self.place,
            &mut self.online_link,
            &mut self.language,
            &mut self.time_zone,
        ]);
        self
    }

    /// Slots cannot start before `now`; times are read in `zone`.
    pub fn validate(&self, now: UtcInstant, zone: &Zone) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let start = check_upcoming(
            &mut errors,
            ("day", "start"),
            (&self.day, &self.start),
            now,
            zone,
        );
        if !MINUTES.contains(&self.minutes) {
            errors.push("minutes", Problem::NotAllowed);
        }
        if !(1..=MAX_SLOTS_AT_ONCE).contains(&self.count) {
            errors.push("count", Problem::NotAllowed);
        } else if let Some(start) = start
            && u32::from(start.minute) + u32::from(self.minutes) * u32::from(self.count) > 24 * 60
        {
            errors.push("count", Problem::RangeOrder);
        }
        check_place(&mut errors, &self.place, &self.online_link);
        check_text(&mut errors, "language", &self.language, false, MAX_TITLE);
        errors.finish()
    }

    /// The slots this form publishes, back to back on the wall clock, each
    /// resolved in `zone`.
    pub fn slots(&self, zone: &Zone) -> Vec<Scheduled> {
        let Ok(first) = WallClock::parse(&self.day, &self.start) else {
            return Vec::new();
        };
        (0..self.count)
            .map(|i| {
                let minute = first.minute + u16::from(i) * self.minutes;
                Scheduled::new(WallClock::from_parts(first.day, minute), self.minutes, zone)
            })
            .collect()
    }
}

/// Whether two spans of time overlap.
pub fn overlaps(a: &Scheduled, b: &Scheduled) -> bool {
    a.starts_at < b.ends_at && b.starts_at < a.ends_at
}

/// One slot as people see it. The patron's name shows only to the host
/// and staff; the patron sees `mine`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SlotView {
    /// The slot's id.
    pub id: i64,
    /// What it is for.
    pub kind: AppointmentKind,
    /// `YYYY-MM-DD` and `HH:MM` on the wall clock of `time_zone`.
    pub day: String,
    /// The start, `HH:MM`.
    pub start: String,
    /// The IANA zone `day` and `start` are read in.
    pub time_zone: String,
    /// When it starts.
    pub starts_at: UtcInstant,
    /// How long it lasts.
    pub minutes: u16,
    /// Branch and room; empty when online.
    pub place: String,
    /// Where to join online; empty when at a place.
    pub online_link: String,
    /// Languages the host offers it in.
    pub language: String,
    /// The host's display name.
    pub host_name: String,
    /// Someone booked it.
    pub booked: bool,
    /// The viewer booked it.
    pub mine: bool,
    /// The viewer hosts it (or is staff).
    pub can_manage: bool,
    /// The display name of the patron who booked it, for the host and staff.
    pub patron_name: Option<String>,
    /// What the patron wants to work on, for the host.
    pub patron_note: Option<String>,
    /// The host or the patron cancelled it.
    pub cancelled: bool,
}

/// A patron's booking: what they would like to work on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BookSlot {
    /// What the patron would like to work on; may be empty.
    #[serde(default)]
    pub note: String,
}

impl BookSlot {
    /// Checks the note's length.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_text(&mut errors, "note", &self.note, false, MAX_SHORT_TEXT);
        errors.finish()
    }
}

/// Why one side cancels, told to the other.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelAppointment {
    /// Why, in the canceller's words; may be empty.
    #[serde(default)]
    pub reason: String,
}

/// One's appointments: those one booked and, for hosts, those one offers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyAppointments {
    /// Slots one booked.
    pub booked: Vec<SlotView>,
    /// Slots one offers, as a host.
    pub hosting: Vec<SlotView>,
    /// The viewer may publish slots.
    pub may_host: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> SlotFields {
        SlotFields {
            kind: AppointmentKind::ResumeReview,
            day: "2026-12-01".into(),
            start: "10:00".into(),
            minutes: 30,
            count: 3,
            place: "Main branch, study room".into(),
            ..SlotFields::default()
        }
    }

    fn chicago() -> Zone {
        Zone::named("America/Chicago").unwrap()
    }

    fn at(day: &str, time: &str) -> UtcInstant {
        WallClock::parse(day, time).unwrap().resolve(&chicago())
    }

    fn today() -> UtcInstant {
        at("2026-11-23", "12:00")
    }

    #[test]
    fn a_good_form_makes_back_to_back_slots() {
        let f = fields();
        assert_eq!(f.validate(today(), &chicago()), Ok(()));
        let slots = f.slots(&chicago());
        let starts: Vec<String> = slots.iter().map(|s| s.local.time_text()).collect();
        assert_eq!(starts, ["10:00", "10:30", "11:00"]);
        assert_eq!(slots[1].starts_at, at("2026-12-01", "10:30"));
        assert_eq!(slots[1].ends_at, at("2026-12-01", "11:00"));
    }

    #[test]
    fn bad_forms_say_which_field() {
        let fields_of = |f: SlotFields| -> Vec<String> {
            f.validate(today(), &chicago())
                .unwrap_err()
                .into_iter()
                .map(|e| e.field)
                .collect()
        };
        let past = SlotFields {
            day: "2026-11-22".into(),
            ..fields()
        };
        assert_eq!(fields_of(past), ["day"]);
        let bad_time = SlotFields {
            start: "9am".into(),
            ..fields()
        };
        assert_eq!(fields_of(bad_time), ["start"]);
        let too_long = SlotFields {
            minutes: 200,
            ..fields()
        };
        assert_eq!(fields_of(too_long), ["minutes"]);
        let past_midnight = SlotFields {
            start: "23:00".into(),
            ..fields()
        };
        assert_eq!(fields_of(past_midnight), ["count"]);
        let nowhere = SlotFields {
            place: String::new(),
            ..fields()
        };
        assert_eq!(fields_of(nowhere), ["place"]);
        let bad_link = SlotFields {
            online_link: "javascript:alert(1)".into(),
            ..fields()
        };
        assert_eq!(fields_of(bad_link), ["online_link"]);
    }

    #[test]
    fn a_ten_oclock_slot_is_open_until_ten() {
        let f = SlotFields {
            day: "2026-12-03".into(),
            count: 1,
            ..fields()
        };
        assert_eq!(f.validate(at("2026-12-03", "09:30"), &chicago()), Ok(()));
        let late = f
            .validate(at("2026-12-03", "10:01"), &chicago())
            .unwrap_err();
        assert_eq!(
            (late[0].field.as_str(), late[0].problem),
            ("start", Problem::TimePast)
        );
    }

    #[test]
    fn overlap_is_about_time_not_equality() {
        let slot = |day: &str, start: &str, minutes| {
            Scheduled::new(WallClock::parse(day, start).unwrap(), minutes, &chicago())
        };
        let a = slot("2026-12-01", "10:00", 30);
        assert!(overlaps(&a, &slot("2026-12-01", "10:15", 30)));
        assert!(overlaps(&a, &slot("2026-12-01", "09:45", 30)));
        assert!(!overlaps(&a, &slot("2026-12-01", "10:30", 30)));
        assert!(!overlaps(&a, &slot("2026-12-02", "10:00", 30)));
    }

    #[test]
    fn kinds_round_trip() {
        for kind in AppointmentKind::ALL {
            assert_eq!(AppointmentKind::parse(kind.as_str()), Some(kind));
        }
    }
}
