use super::*;
use proptest::prelude::*;

fn zone(name: &str) -> Zone {
    Zone::named(name).unwrap()
}

fn at(day: &str, time: &str) -> WallClock {
    WallClock::parse(day, time).unwrap()
}

fn utc(text: &str) -> UtcInstant {
    UtcInstant(text.parse::<jiff::Timestamp>().unwrap().as_second())
}

#[test]
fn zones_are_iana_names_and_nothing_else() {
    assert_eq!(zone("america/chicago").name(), "America/Chicago");
    assert_eq!(zone("UTC").name(), "UTC");
    for bad in ["", "+05:00", "Mars/Olympus", "../etc/passwd", "  "] {
        assert_eq!(Zone::named(bad), Err(Problem::TimeZoneUnknown), "{bad:?}");
    }
}

#[test]
fn evening_in_chicago_is_the_next_utc_day() {
    let chicago = zone("America/Chicago");
    let evening = at("2026-12-03", "19:30").resolve(&chicago);
    assert_eq!(evening, utc("2026-12-04T01:30:00Z"));
    assert_eq!(format_day(chicago.today(evening)), "2026-12-03");
    assert_eq!(format_day(evening.utc_day()), "2026-12-04");
    assert_eq!(chicago.offset_seconds(evening), -6 * 3600);
    let auckland = zone("Pacific/Auckland");
    assert_eq!(
        at("2026-12-04", "09:00").resolve(&auckland),
        utc("2026-12-03T20:00:00Z")
    );
}

#[test]
fn gaps_move_forward_and_folds_take_the_first() {
    let chicago = zone("America/Chicago");
    // 2026-03-08: 02:00 CST jumps to 03:00 CDT.
    assert_eq!(
        at("2026-03-08", "02:30").resolve(&chicago),
        utc("2026-03-08T08:30:00Z")
    );
    assert_eq!(
        chicago.wall_clock(at("2026-03-08", "02:30").resolve(&chicago)),
        at("2026-03-08", "03:30")
    );
    // 2026-11-01: 02:00 CDT falls back to 01:00 CST; 01:30 happens twice.
    assert_eq!(
        at("2026-11-01", "01:30").resolve(&chicago),
        utc("2026-11-01T06:30:00Z")
    );
    // Auckland: 2026-09-27 02:00 NZST jumps to 03:00 NZDT.
    let auckland = zone("Pacific/Auckland");
    assert_eq!(
        auckland.wall_clock(at("2026-09-27", "02:15").resolve(&auckland)),
        at("2026-09-27", "03:15")
    );
}

#[test]
fn a_weekly_series_keeps_its_wall_clock_across_the_change() {
    let chicago = zone("America/Chicago");
    let series = weekly(at("2026-10-20", "18:00"), 4, &chicago);
    let starts: Vec<UtcInstant> = series.iter().map(|(_, s)| *s).collect();
    assert_eq!(
        starts,
        [
            utc("2026-10-20T23:00:00Z"),
            utc("2026-10-27T23:00:00Z"),
            utc("2026-11-04T00:00:00Z"),
            utc("2026-11-11T00:00:00Z"),
        ]
    );
    for (local, start) in series {
        assert_eq!(chicago.wall_clock(start), local);
        assert_eq!(local.time_text(), "18:00");
    }
}

#[test]
fn ical_stamps_are_utc() {
    assert_eq!(utc("2026-12-04T01:30:05Z").ical_utc(), "20261204T013005Z");
}

const ZONES: [&str; 6] = [
    "America/Chicago",
    "Pacific/Auckland",
    "America/Anchorage",
    "America/Los_Angeles",
    "Europe/Madrid",
    "Australia/Lord_Howe",
];

proptest! {
    /// Every wall-clock time that exists in a zone round-trips; one a
    /// gap skips comes back moved forward by the gap, never earlier.
    #[test]
    fn wall_clock_round_trips(z in 0..ZONES.len(), day in 19_000i64..23_000, minute in 0u16..1440) {
        let zone = zone(ZONES[z]);
        let local = WallClock { day, minute };
        let instant = local.resolve(&zone);
        let back = zone.wall_clock(instant);
        if back != local {
            // Only a gap changes it: the hour before does not exist.
            prop_assert!(back > local, "{local:?} -> {back:?}");
            let gap = (back.day - local.day) * 1440 + i64::from(back.minute) - i64::from(local.minute);
            prop_assert!(gap > 0 && gap <= 60, "gap of {gap} minutes");
            let before = zone.offset_seconds(instant.plus_seconds(-gap * 60 - 1));
            let after = zone.offset_seconds(instant);
            prop_assert_eq!(i64::from(after - before), gap * 60);
        }
    }

    /// A fold resolves to the earlier instant: an hour (or the fold's
    /// length) later reads the same wall clock.
    #[test]
    fn folds_take_the_earlier_instant(z in 0..ZONES.len(), day in 19_000i64..23_000, minute in 0u16..1440) {
        let zone = zone(ZONES[z]);
        let local = WallClock { day, minute };
        let instant = local.resolve(&zone);
        for earlier in [30i64, 60] {
            let before = instant.plus_seconds(-earlier * 60);
            prop_assert_ne!(zone.wall_clock(before), local);
        }
    }

    /// Instant to wall clock and back is the same instant (whole minutes).
    #[test]
    fn instants_round_trip(z in 0..ZONES.len(), minutes in 27_000_000i64..33_000_000) {
        let zone = zone(ZONES[z]);
        let instant = UtcInstant(minutes * 60);
        let local = zone.wall_clock(instant);
        let again = local.resolve(&zone);
        // The same instant or, in a fold, the first reading of it.
        prop_assert!(
            again == instant
                || (again < instant && zone.offset_seconds(again) != zone.offset_seconds(instant))
        );
        prop_assert_eq!(zone.wall_clock(again), local);
    }

    /// A weekly series never lands twice on one local day, and each
    /// occurrence is on the day and time it was asked for, or moved
    /// forward only by a gap.
    #[test]
    fn a_series_has_one_occurrence_per_local_day(z in 0..ZONES.len(), day in 19_000i64..23_000, minute in 0u16..1440, weeks in 1u8..=12) {
        let zone = zone(ZONES[z]);
        let series = weekly(WallClock { day, minute }, weeks, &zone);
        let mut days: Vec<i64> = series.iter().map(|(_, at)| zone.wall_clock(*at).day).collect();
        days.dedup();
        prop_assert_eq!(days.len(), usize::from(weeks));
        for pair in series.windows(2) {
            prop_assert!(pair[0].1 < pair[1].1);
            prop_assert_eq!(pair[1].0.day - pair[0].0.day, 7);
        }
    }
}
