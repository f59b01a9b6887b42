use super::*;
use crate::Problem;

#[test]
fn a_regional_group_names_its_region() {
    let group = GroupFields {
        name: "Job club".into(),
        kind: GroupKind::Regional,
        ..GroupFields::default()
    };
    let errors = group.clone().tidy().validate().unwrap_err();
    assert_eq!(errors[0].field, "region");
    assert_eq!(errors[0].problem, Problem::Required);
    let club = GroupFields {
        kind: GroupKind::JobClub,
        ..group
    };
    assert!(club.validate().is_ok());
}

#[test]
fn a_meetup_needs_a_real_future_day_and_time() {
    let zone = crate::time::Zone::named("America/Chicago").unwrap();
    let today = crate::time::WallClock::parse("2026-11-23", "12:00")
        .unwrap()
        .resolve(&zone);
    let meetup = MeetupFields {
        title: "Coffee".into(),
        date: "2026-11-30".into(),
        time: "18:30".into(),
        place: "Main branch, room 2".into(),
        details: String::new(),
        event_id: None,
        time_zone: "America/Chicago".into(),
    };
    assert!(meetup.validate(today, &zone).is_ok());
    let past = MeetupFields {
        date: "2026-11-01".into(),
        time: "25:00".into(),
        ..meetup.clone()
    };
    let fields: Vec<_> = past
        .validate(today, &zone)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("date".to_owned(), Problem::DatePast),
            ("time".to_owned(), Problem::TimeInvalid)
        ]
    );
}

#[test]
fn status_names_round_trip() {
    for s in [
        MemberStatus::Pending,
        MemberStatus::Member,
        MemberStatus::Organiser,
    ] {
        assert_eq!(MemberStatus::parse(s.as_str()), Some(s));
    }
    assert!(!MemberStatus::Pending.is_member());
    for s in [
        RecommendationStatus::Pending,
        RecommendationStatus::Approved,
        RecommendationStatus::Declined,
    ] {
        assert_eq!(RecommendationStatus::parse(s.as_str()), Some(s));
    }
    assert!(check_post("body", "  ").is_err());
    assert!(check_post("body", &"x".repeat(MAX_POST + 1)).is_err());
}
