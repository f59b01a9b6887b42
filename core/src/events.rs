//! Library events: workshops, info sessions, job fairs and group meet-ups,
//! at a branch and room or online, with a capacity, the skills they teach
//! and a waitlist that moves up by itself when a seat frees.

use serde::{Deserialize, Serialize};

use crate::jobs::{
    MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills, check_title_and_description,
};

use crate::learning::is_web_link;
use crate::mentoring::parse_time;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::teaching::Audience;
use crate::text::check_text;
use crate::text::{drop_repeats, trim_each};
use crate::time::{Scheduled, UtcInstant, WallClock, Zone, check_upcoming, weekly};

/// Most seats one event may have.
pub const MAX_CAPACITY: u32 = 5_000;
/// A weekly series has at most this many dates.
pub const MAX_REPEATS: u8 = 12;
/// Most skills one event may list.
pub const MAX_EVENT_SKILLS: usize = 20;

/// What sort of event it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A hands-on class.
    #[default]
    Workshop,
    /// A talk about a service or programme.
    InfoSession,
    /// Employers meeting job seekers.
    JobFair,
    /// A group meet-up.
    Meetup,
}

impl EventKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [EventKind; 4] = [
        EventKind::Workshop,
        EventKind::InfoSession,
        EventKind::JobFair,
        EventKind::Meetup,
    ];
}

/// What the organiser writes about an event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventFields {
    /// The event's title.
    pub title: String,
    /// What it is about and who it is for.
    #[serde(default)]
    pub description: String,
    /// What sort of event it is.
    #[serde(default)]
    pub kind: EventKind,
    /// `YYYY-MM-DD`, the first date of a series, on the wall clock of
    /// `time_zone`.
    pub date: String,
    /// `HH:MM`, wall-clock time in `time_zone`.
    pub start: String,
    /// `HH:MM` it ends, wall-clock time in `time_zone`.
    pub end: String,
    /// The IANA zone the times are in. An event at a branch takes the
    /// branch's zone (the server sets it); an online one takes the zone its
    /// organiser picks, by default their device's.
    #[serde(default)]
    pub time_zone: String,
    /// Branch and room; empty for an online event.
    #[serde(default)]
    pub place: String,
    /// Where to join online; empty for one in a room.
    #[serde(default)]
    pub online_link: String,
    /// The library branch it takes place at, when it is at one.
    #[serde(default)]
    pub branch_id: Option<i64>,
    /// Seats, 1 to [`MAX_CAPACITY`].
    pub capacity: u32,
    /// ESCO skills it teaches.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Who it is for.
    #[serde(default)]
    pub audience: Audience,
    /// The language it is held in.
    #[serde(default)]
    pub language: String,
    /// Weekly dates in all (1 for a single event).
    #[serde(default = "one")]
    pub weeks: u8,
}

fn one() -> u8 {
    1
}

impl EventFields {
    /// The same fields trimmed, each skill listed once.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        trim_each([
            &mut self.title,
            &mut self.description,
            &mut self.place,
            &mut self.online_link,
            &mut self.language,
            &mut self.date,
            &mut self.start,
            &mut self.end,
            &mut self.time_zone,
        ]);
        drop_repeats(&mut self.skills);
        self
    }

    /// Events cannot start before `now`; times are read in `zone`.
    pub fn validate(
        &self,
        vocabulary: &dyn Vocabulary,
        now: UtcInstant,
        zone: &Zone,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_title_and_description(&mut errors, &self.title, &self.description);
        let start = check_upcoming(
            &mut errors,
            ("date", "start"),
            (&self.date, &self.start),
            now,
            zone,
        );
        match (start, parse_time(&self.end)) {
            (_, None) => errors.push("end", Problem::TimeInvalid),
            (Some(s), Some(e)) if e <= s.minute => errors.push("end", Problem::RangeOrder),
            _ => {}
        }
        check_place(&mut errors, &self.place, &self.online_link);
        if !(1..=MAX_CAPACITY).contains(&self.capacity) {
            errors.push("capacity", Problem::NotAllowed);
        }
        if self.skills.len() > MAX_EVENT_SKILLS {
            errors.push("skills", Problem::TooMany);
        } else {
            check_skills(&mut errors, "skills", &self.skills, vocabulary);
        }
        check_text(&mut errors, "language", &self.language, true, MAX_TITLE);
        if !(1..=MAX_REPEATS).contains(&self.weeks) {
            errors.push("weeks", Problem::NotAllowed);
        }
        errors.finish()
    }

    /// The dates of the series, seven civil days apart, each resolved in
    /// `zone` (so a series keeps its wall-clock time across a
    /// daylight-saving change).
    pub fn occurrences(&self, zone: &Zone) -> Vec<Scheduled> {
        let Ok(first) = WallClock::parse(&self.date, &self.start) else {
            return Vec::new();
        };
        let minutes = self.minutes();
        weekly(first, self.weeks, zone)
            .into_iter()
            .map(|(local, _)| Scheduled::new(local, minutes, zone))
            .collect()
    }

    /// Minutes from start to end (0 when the times do not read).
    pub fn minutes(&self) -> u16 {
        match (parse_time(&self.start), parse_time(&self.end)) {
            (Some(s), Some(e)) if e > s => e - s,
            _ => 0,
        }
    }
}

/// A place (branch and room) or a web link to join, at least one; both
/// checked. Events and appointments share it.
pub(crate) fn check_place(errors: &mut FieldErrors, place: &str, online_link: &str) {
    if place.is_empty() && online_link.is_empty() {
        errors.push("place", Problem::Required);
    }
    check_text(errors, "place", place, false, MAX_TITLE);
    check_text(errors, "online_link", online_link, false, MAX_SHORT_TEXT);
    if !online_link.is_empty() && !is_web_link(online_link) {
        errors.push("online_link", Problem::LinkInvalid);
    }
}

/// Where the person stands for one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RsvpStatus {
    /// Has a seat.
    Going,
    /// On the waitlist; moved up by itself when a seat frees.
    Waiting,
}

impl RsvpStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Going => "going",
            RsvpStatus::Waiting => "waiting",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [RsvpStatus::Going, RsvpStatus::Waiting]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// One event (one date of a series) as people see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventView {
    /// This date's id.
    pub id: i64,
    /// Shared by the dates of one series.
    pub series_id: i64,
    /// This date (`fields.date` is the series' first), `YYYY-MM-DD` on
    /// the wall clock of `fields.time_zone`.
    pub day: String,
    /// When this date starts and ends.
    pub starts_at: UtcInstant,
    /// When this date ends.
    pub ends_at: UtcInstant,
    /// What the organiser wrote (the series' first date and times).
    pub fields: EventFields,
    /// The organiser's display name.
    pub organiser_name: String,
    /// How many have a seat.
    pub going: u32,
    /// How many are on the waitlist.
    pub waiting: u32,
    /// Where the viewer stands, if signed up.
    pub mine: Option<RsvpStatus>,
    /// 1 for the first on the waitlist.
    pub my_place: Option<u32>,
    /// The organiser cancelled this date.
    pub cancelled: bool,
    /// The viewer organises it (or is staff).
    pub can_manage: bool,
}

/// Someone signed up, as the organiser sees them when taking attendance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendee {
    /// Their account id.
    pub user_id: i64,
    /// Their display name.
    pub name: String,
    /// Whether they have a seat or wait.
    pub status: RsvpStatus,
    /// The organiser marked them as there.
    pub attended: bool,
}

/// Whether one person came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendance {
    /// The person's account id.
    pub user_id: i64,
    /// They came (true) or not (false).
    pub attended: bool,
}

/// One's personal calendar feed. The address, which holds a secret, is
/// shown once, when it is made; making a new one retires the old.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarFeed {
    /// The viewer has a feed now.
    pub active: bool,
    /// Path of the feed (under the site's address), only when just made.
    #[serde(default)]
    pub path: Option<String>,
}

/// Why the organiser cancels, told to everyone who signed up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelEvent {
    /// Why, in the organiser's words; may be empty.
    #[serde(default)]
    pub reason: String,
    /// Also cancel the later dates of the same weekly series.
    #[serde(default)]
    pub later_dates: bool,
}

#[cfg(test)]
mod tests;
