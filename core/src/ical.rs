//! iCalendar (RFC 5545) files for calendar apps: one event or many.
//!
//! Every start and end is a UTC instant (`DTSTART:20261204T013000Z`), so a
//! calendar anywhere puts it at the right moment and shows it in its own
//! zone. A weekly series is exported as one `VEVENT` per date, each with
//! its own `UID`: dates of a series are cancelled one by one.

use crate::time::UtcInstant;

/// One event to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<'a> {
    /// Unique and stable, so a re-import updates instead of duplicating.
    pub uid: String,
    /// When it starts.
    pub starts_at: UtcInstant,
    /// When it ends.
    pub ends_at: UtcInstant,
    /// The event's title.
    pub summary: &'a str,
    /// More about it, shown as the event's notes.
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

/// A calendar with the events; `made` is when it was made (each event's
/// `DTSTAMP`).
pub fn calendar(events: &[Event<'_>], made: UtcInstant) -> String {
    let stamp_utc = made.ical_utc();
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
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{stamp_utc}"),
            format!("DTSTART:{}", event.starts_at.ical_utc()),
            format!("DTEND:{}", event.ends_at.max(event.starts_at).ical_utc()),
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
    use crate::time::{WallClock, Zone};

    fn event<'a>(summary: &'a str, time: &str, minutes: u16) -> Event<'a> {
        let chicago = Zone::named("America/Chicago").unwrap();
        let starts_at = WallClock::parse("2026-12-31", time)
            .unwrap()
            .resolve(&chicago);
        Event {
            uid: "checkin-7@libranet".into(),
            starts_at,
            ends_at: starts_at.plus_minutes(minutes),
            summary,
            description: "",
        }
    }

    fn made() -> UtcInstant {
        WallClock::parse("2026-12-01", "12:00")
            .unwrap()
            .resolve(&Zone::utc())
    }

    #[test]
    fn a_calendar_has_crlf_lines_and_utc_times() {
        let ics = calendar(&[event("Check-in; CV, cover letter", "18:30", 45)], made());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        // 18:30 in Chicago on New Year's Eve is 00:30 UTC the next day.
        assert!(ics.contains("\r\nDTSTART:20270101T003000Z\r\n"));
        assert!(ics.contains("\r\nDTEND:20270101T011500Z\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20261201T120000Z\r\n"));
        assert!(ics.contains("\r\nSUMMARY:Check-in\\; CV\\, cover letter\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_inside_no_character() {
        let long = "é".repeat(60);
        let ics = calendar(&[event(&long, "23:30", 60)], made());
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{long}")));
    }
}
