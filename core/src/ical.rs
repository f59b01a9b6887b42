//! iCalendar (RFC 5545) files for calendar apps: one event or many.
//!
//! Times are "floating" local times (no time zone), which is what a pair
//! agreeing on "Tuesday at 18:30" means wherever their phones are.

use crate::date::{format_day, parse_day};

/// One event to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<'a> {
    /// Unique and stable, so a re-import updates instead of duplicating.
    pub uid: String,
    /// `YYYY-MM-DD`.
    pub day: &'a str,
    /// Minutes after midnight.
    pub start_minute: u16,
    pub minutes: u16,
    pub summary: &'a str,
    pub description: &'a str,
}

/// Escapes text values: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSS` for a day number and minute of the day (which may run
/// past midnight).
fn stamp(day: i64, minute: u32) -> String {
    let day = day + i64::from(minute / (24 * 60));
    let minute = minute % (24 * 60);
    format!(
        "{}T{:02}{:02}00",
        format_day(day).replace('-', ""),
        minute / 60,
        minute % 60
    )
}

/// A calendar with the events that have a valid day; `stamp_utc` is when it
/// was made (`YYYYMMDDTHHMMSSZ`).
pub fn calendar(events: &[Event<'_>], stamp_utc: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Libranet//LibLine//EN",
        "CALSCALE:GREGORIAN",
    ] {
        fold(line, &mut out);
    }
    for event in events {
        let Ok(day) = parse_day(event.day) else {
            continue;
        };
        let start = u32::from(event.start_minute);
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{stamp_utc}"),
            format!("DTSTART:{}", stamp(day, start)),
            format!("DTEND:{}", stamp(day, start + u32::from(event.minutes))),
            format!("SUMMARY:{}", escape(event.summary)),
            format!("DESCRIPTION:{}", escape(event.description)),
            "END:VEVENT".to_owned(),
        ] {
            fold(&line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event<'a>(summary: &'a str, start_minute: u16, minutes: u16) -> Event<'a> {
        Event {
            uid: "checkin-7@libranet".into(),
            day: "2026-12-31",
            start_minute,
            minutes,
            summary,
            description: "",
        }
    }

    #[test]
    fn a_calendar_has_crlf_lines_and_floating_times() {
        let ics = calendar(
            &[event("Check-in; CV, cover letter", 18 * 60 + 30, 45)],
            "20261201T120000Z",
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("\r\nDTSTART:20261231T183000\r\n"));
        assert!(ics.contains("\r\nDTEND:20261231T191500\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Check-in\\; CV\\, cover letter\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn an_event_past_midnight_ends_the_next_day_and_long_lines_fold() {
        let long = "é".repeat(60);
        let ics = calendar(&[event(&long, 23 * 60 + 30, 60)], "20261201T120000Z");
        assert!(ics.contains("DTEND:20270101T003000"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{long}")));
    }

    #[test]
    fn events_with_a_bad_day_are_left_out() {
        let mut bad = event("x", 0, 30);
        bad.day = "someday";
        assert!(!calendar(&[bad], "20261201T120000Z").contains("VEVENT"));
    }
}
