//! Library time: every scheduled thing has a wall-clock date and time, as
//! the person typed it, in a named IANA time zone, and the UTC instant that
//! reading resolves to. Comparisons, sorting and reminders use the instant;
//! people see the wall clock.
//!
//! Two types keep units apart: [`UtcInstant`] is whole seconds since the
//! Unix epoch, and [`WallClock`] is a civil day and a minute of that day.
//! Nothing converts one into the other without a [`Zone`].
//!
//! ## Times daylight saving skips or repeats
//!
//! [`WallClock::resolve`] follows RFC 5545 (section 3.3.5), which calendar
//! apps also follow:
//! - a time in a **gap** (clocks jump forward, e.g. 02:30 on the March
//!   change in Chicago) is moved forward by the length of the gap: 02:30
//!   becomes 03:30 daylight time;
//! - a time in a **fold** (clocks fall back, e.g. 01:30 on the November
//!   change) means the **first** of the two, the one still on daylight time.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::date::{civil_from_days, days_from_civil, format_day, parse_day};
use crate::problem::FieldErrors;

const SECS_PER_DAY: i64 = 86_400;
const MINUTES_PER_DAY: u16 = 24 * 60;

/// A moment on the UTC time line, in whole seconds since 1970-01-01T00:00Z.
/// This is what every `starts_at`, `created_at` and `expires_at` holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = i64))]
#[serde(transparent)]
pub struct UtcInstant(i64);

impl UtcInstant {
    /// The instant this many seconds after 1970-01-01T00:00Z.
    pub const fn from_unix_seconds(seconds: i64) -> Self {
        UtcInstant(seconds)
    }

    /// Seconds since 1970-01-01T00:00Z.
    pub const fn unix_seconds(self) -> i64 {
        self.0
    }

    /// The instant this many seconds later (earlier when negative), saturating at the ends of the range.
    #[must_use]
    pub const fn plus_seconds(self, seconds: i64) -> Self {
        UtcInstant(self.0.saturating_add(seconds))
    }

    /// The instant this many minutes later.
    #[must_use]
    pub const fn plus_minutes(self, minutes: u16) -> Self {
        self.plus_seconds(minutes as i64 * 60)
    }

    /// The UTC day number (days since 1970-01-01) this instant falls on.
    pub const fn utc_day(self) -> i64 {
        self.0.div_euclid(SECS_PER_DAY)
    }

    /// `YYYYMMDDTHHMMSSZ`, the UTC form iCalendar files use.
    pub fn ical_utc(self) -> String {
        let secs = self.0.rem_euclid(SECS_PER_DAY);
        format!(
            "{}T{:02}{:02}{:02}Z",
            format_day(self.utc_day()).replace('-', ""),
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }
}

/// A validated IANA time zone (for example `America/Chicago`), with the
/// daylight-saving rules of the time zone database built into Libranet.
#[derive(Clone)]
pub struct Zone {
    name: String,
    rules: jiff::tz::TimeZone,
}

impl Zone {
    /// The zone of an IANA name, or `TimeZoneUnknown`. Names are matched
    /// as the database spells them (case-insensitively), so `UTC` and
    /// `Europe/Madrid` work and `CST` or `+05:00` do not.
    pub fn named(name: &str) -> Result<Zone, Problem> {
        let name = name.trim();
        let known = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c))
            && name.contains(|c: char| c.is_ascii_alphabetic());
        if !known {
            return Err(Problem::TimeZoneUnknown);
        }
        let rules = jiff::tz::db()
            .get(name)
            .map_err(|_| Problem::TimeZoneUnknown)?;
        // The database's own spelling, whatever case was typed.
        let name = rules.iana_name().unwrap_or(name).to_owned();
        Ok(Zone { name, rules })
    }

    /// Coordinated Universal Time.
    pub fn utc() -> Zone {
        Zone {
            name: "UTC".to_owned(),
            rules: jiff::tz::TimeZone::UTC,
        }
    }

    /// The IANA name, as stored and sent to the app.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The wall clock in this zone at an instant (seconds dropped).
    pub fn wall_clock(&self, at: UtcInstant) -> WallClock {
        let Ok(timestamp) = jiff::Timestamp::from_second(at.0) else {
            return WallClock::from_parts(at.utc_day(), 0);
        };
        let civil = self.rules.to_datetime(timestamp);
        let day = days_of(civil.date());
        let minute = u16::try_from(civil.hour()).unwrap_or(0) * 60
            + u16::try_from(civil.minute()).unwrap_or(0);
        WallClock { day, minute }
    }

    /// The day number of "today" in this zone at an instant.
    pub fn today(&self, at: UtcInstant) -> i64 {
        self.wall_clock(at).day
    }

    /// Seconds this zone is ahead of UTC at an instant (negative west of
    /// Greenwich).
    pub fn offset_seconds(&self, at: UtcInstant) -> i32 {
        jiff::Timestamp::from_second(at.0).map_or(0, |t| self.rules.to_offset(t).seconds())
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Zone({})", self.name)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

/// The day number (see [`crate::date`]) of a civil date.
fn days_of(date: jiff::civil::Date) -> i64 {
    days_from_civil(
        i64::from(date.year()),
        u32::try_from(date.month()).unwrap_or(1),
        u32::try_from(date.day()).unwrap_or(1),
    )
}

/// A civil date and a time of day, as a person reads them off a wall
/// clock: no zone, so not yet a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallClock {
    /// Days since 1970-01-01 (see [`crate::date`]).
    pub day: i64,
    /// Minutes after midnight, below 24 × 60.
    pub minute: u16,
}

impl WallClock {
    /// The wall-clock time `minute` minutes after midnight on day number `day`.
    pub fn from_parts(day: i64, minute: u16) -> Self {
        WallClock {
            day,
            minute: minute.min(MINUTES_PER_DAY - 1),
        }
    }

    /// A `YYYY-MM-DD` day and an `HH:MM` time, each checked.
    pub fn parse(day: &str, time: &str) -> Result<Self, (&'static str, Problem)> {
        let day = parse_day(day).map_err(|p| ("day", p))?;
        let minute = parse_time(time).ok_or(("time", Problem::TimeInvalid))?;
        Ok(WallClock { day, minute })
    }

    /// `YYYY-MM-DD`.
    pub fn day_text(self) -> String {
        format_day(self.day)
    }

    /// `HH:MM`.
    pub fn time_text(self) -> String {
        format!("{:02}:{:02}", self.minute / 60, self.minute % 60)
    }

    /// The same wall-clock time `days` civil days later.
    #[must_use]
    pub fn plus_days(self, days: i64) -> Self {
        WallClock {
            day: self.day + days,
            ..self
        }
    }

    /// The instant this wall clock names in `zone`; gaps and folds resolve
    /// as the module documentation says.
    pub fn resolve(self, zone: &Zone) -> UtcInstant {
        let (year, month, day) = civil_from_days(self.day);
        let parsed = (|| {
            let date = jiff::civil::Date::new(
                i16::try_from(year).ok()?,
                i8::try_from(month).ok()?,
                i8::try_from(day).ok()?,
            )
            .ok()?;
            let hour = i8::try_from(self.minute / 60).ok()?;
            let minute = i8::try_from(self.minute % 60).ok()?;
            let civil = date.at(hour, minute, 0, 0);
            zone.rules.to_ambiguous_timestamp(civil).compatible().ok()
        })();
        match parsed {
            Some(timestamp) => UtcInstant(timestamp.as_second()),
            // Outside what the database covers: read it as UTC.
            None => UtcInstant(self.day * SECS_PER_DAY + i64::from(self.minute) * 60),
        }
    }
}

/// `HH:MM`, 24-hour clock, as minutes after midnight.
pub fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Checks a typed day and time for something that must not start in the
/// past: the day in `zone` (`DatePast`), then the moment (`TimePast`), each
/// on its own field. The wall clock when both read.
pub fn check_upcoming(
    errors: &mut FieldErrors,
    (day_field, time_field): (&str, &str),
    (day, time): (&str, &str),
    now: UtcInstant,
    zone: &Zone,
) -> Option<WallClock> {
    let day = match parse_day(day) {
        Ok(day) if day < zone.today(now) => {
            errors.push(day_field, Problem::DatePast);
            None
        }
        Ok(day) => Some(day),
        Err(problem) => {
            errors.push(day_field, problem);
            None
        }
    };
    let Some(minute) = parse_time(time) else {
        errors.push(time_field, Problem::TimeInvalid);
        return None;
    };
    let local = WallClock::from_parts(day?, minute);
    if local.resolve(zone) < now {
        errors.push(time_field, Problem::TimePast);
        return None;
    }
    Some(local)
}

/// The occurrences of a weekly series: step seven civil days from the
/// first, then resolve each in the zone, so "Tuesdays 18:00" stays 18:00
/// on both sides of a daylight-saving change.
pub fn weekly(first: WallClock, weeks: u8, zone: &Zone) -> Vec<(WallClock, UtcInstant)> {
    (0..i64::from(weeks.max(1)))
        .map(|week| {
            let local = first.plus_days(7 * week);
            (local, local.resolve(zone))
        })
        .collect()
}

/// A scheduled thing's when, resolved in its zone: what the person typed
/// and the instants it starts and ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    /// The wall-clock date and time as typed.
    pub local: WallClock,
    /// When it starts.
    pub starts_at: UtcInstant,
    /// When it ends.
    pub ends_at: UtcInstant,
}

impl Scheduled {
    /// Resolves `local` in `zone` and ends it `minutes` later.
    pub fn new(local: WallClock, minutes: u16, zone: &Zone) -> Self {
        let starts_at = local.resolve(zone);
        Scheduled {
            local,
            starts_at,
            ends_at: starts_at.plus_minutes(minutes),
        }
    }
}

#[cfg(test)]
mod tests;
