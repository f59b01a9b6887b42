use super::*;
use crate::jobs::tests::Known;

pub(crate) fn mentor() -> MentorProfile {
    MentorProfile {
        about: String::new(),
        areas: vec![CareerArea::PublicLibraries],
        skills: vec![],
        years: 10,
        languages: vec!["English".into()],
        region: "Riverside".into(),
        time_zone: "America/Chicago".into(),
        mode: MeetingMode::Both,
        capacity: 2,
        hours_per_month: 4,
        open: true,
    }
}

#[test]
fn a_mentor_needs_a_topic_and_a_sensible_capacity() {
    assert_eq!(mentor().validate(&Known), Ok(()));
    let bad = MentorProfile {
        areas: vec![],
        capacity: 0,
        years: 200,
        languages: vec![" ".into()],
        ..mentor()
    };
    let fields: Vec<_> = bad
        .validate(&Known)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["languages[0]", "areas", "capacity", "years"]);
}

#[test]
fn tidy_drops_repeated_languages_whatever_their_case() {
    let tidy = MentorProfile {
        languages: vec!["Spanish".into(), " spanish ".into(), "English".into()],
        areas: vec![CareerArea::Archives, CareerArea::Archives],
        ..mentor()
    }
    .tidy();
    assert_eq!(tidy.languages, ["Spanish", "English"]);
    assert_eq!(tidy.areas, [CareerArea::Archives]);
}

#[test]
fn request_actions_follow_the_life_cycle() {
    use RequestAction as A;
    use RequestStatus as S;
    assert_eq!(A::AskMore.apply(S::Pending), Some(S::MoreInfo));
    assert_eq!(A::Answer.apply(S::MoreInfo), Some(S::Pending));
    assert_eq!(A::Accept.apply(S::MoreInfo), Some(S::Accepted));
    for done in [S::Accepted, S::Declined, S::Expired, S::Withdrawn] {
        for action in [A::Accept, A::Decline, A::AskMore, A::Answer, A::Withdraw] {
            assert_eq!(action.apply(done), None, "{action:?} on {done:?}");
        }
    }
    assert!(A::Decline.by_mentor() && !A::Withdraw.by_mentor());
    for s in S::ALL {
        assert_eq!(S::parse(s.as_str()), Some(s));
    }
}

#[test]
fn check_ins_need_a_real_day_and_time() {
    let ok = CheckInFields {
        day: "2026-12-01".into(),
        time: "18:30".into(),
        minutes: 45,
        topic: String::new(),
        time_zone: "America/Anchorage".into(),
    };
    assert_eq!(ok.validate(), Ok(()));
    assert_eq!(parse_time("18:30"), Some(18 * 60 + 30));
    for bad in ["24:00", "7:30", "12:60", "noon"] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
    let bad = CheckInFields {
        day: "2026-02-30".into(),
        time: "9".into(),
        minutes: 0,
        ..ok
    };
    let fields: Vec<_> = bad
        .validate()
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["day", "time", "minutes"]);
}
