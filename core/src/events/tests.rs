use super::*;
use crate::jobs::tests::Known;

fn fields() -> EventFields {
    EventFields {
        title: "Resume clinic".into(),
        date: "2026-12-01".into(),
        start: "18:00".into(),
        end: "19:30".into(),
        place: "Main branch, room 2".into(),
        capacity: 12,
        skills: vec!["skill:write".into()],
        language: "English".into(),
        weeks: 1,
        ..EventFields::default()
    }
}

fn chicago() -> Zone {
    Zone::named("America/Chicago").unwrap()
}

/// 2026-11-23 12:00 in Chicago.
fn now() -> UtcInstant {
    WallClock::parse("2026-11-23", "12:00")
        .unwrap()
        .resolve(&chicago())
}

#[test]
fn a_good_event_passes_and_a_series_runs_weekly() {
    assert!(fields().validate(&Known, now(), &chicago()).is_ok());
    let series = EventFields {
        weeks: 3,
        ..fields()
    };
    let days: Vec<String> = series
        .occurrences(&chicago())
        .iter()
        .map(|o| o.local.day_text())
        .collect();
    assert_eq!(days, ["2026-12-01", "2026-12-08", "2026-12-15"]);
    assert_eq!(series.minutes(), 90);
}

#[test]
fn tonight_is_publishable_until_it_starts() {
    let chicago = chicago();
    // 18:30 on 3 December in Chicago is already 4 December in UTC.
    let at = |time| {
        WallClock::parse("2026-12-03", time)
            .unwrap()
            .resolve(&chicago)
    };
    let tonight = EventFields {
        date: "2026-12-03".into(),
        start: "19:30".into(),
        end: "21:00".into(),
        ..fields()
    };
    assert!(tonight.validate(&Known, at("18:30"), &chicago).is_ok());
    let late = tonight.validate(&Known, at("19:31"), &chicago).unwrap_err();
    assert_eq!(
        (late[0].field.as_str(), late[0].problem),
        ("start", Problem::TimePast)
    );
    let yesterday = tonight
        .validate(&Known, at("18:30").plus_seconds(86_400), &chicago)
        .unwrap_err();
    assert_eq!(yesterday[0].problem, Problem::DatePast);
}

#[test]
fn each_problem_names_its_field() {
    let bad = EventFields {
        date: "2026-11-01".into(),
        start: "25:00".into(),
        end: "17:00".into(),
        place: String::new(),
        online_link: "javascript:x".into(),
        capacity: 0,
        skills: vec!["nope".into()],
        weeks: 13,
        ..fields()
    };
    let found: Vec<(String, Problem)> = bad
        .validate(&Known, now(), &chicago())
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            ("date".into(), Problem::DatePast),
            ("start".into(), Problem::TimeInvalid),
            ("online_link".into(), Problem::LinkInvalid),
            ("capacity".into(), Problem::NotAllowed),
            ("skills[0]".into(), Problem::UnknownSkill),
            ("weeks".into(), Problem::NotAllowed),
        ]
    );
    let backwards = EventFields {
        end: "17:00".into(),
        ..fields()
    };
    assert_eq!(
        backwards.validate(&Known, now(), &chicago()).unwrap_err()[0].problem,
        Problem::RangeOrder
    );
    let nowhere = EventFields {
        place: String::new(),
        ..fields()
    };
    assert_eq!(
        nowhere.validate(&Known, now(), &chicago()).unwrap_err()[0].field,
        "place"
    );
}
