use super::*;

pub struct Known;
impl Vocabulary for Known {
    fn has_skill(&self, id: &str) -> bool {
        id.starts_with("skill:")
    }
    fn has_occupation(&self, id: &str) -> bool {
        id.starts_with("occ:")
    }
}

pub fn fields() -> JobFields {
    JobFields {
        title: "Stock clerk".into(),
        employer: "Harbor Foods".into(),
        place: "Riverside".into(),
        work_mode: WorkMode::OnSite,
        schedule: Schedule::PartTime,
        pay: Some(Pay {
            min: 16,
            max: 19,
            currency: "USD".into(),
            period: PayPeriod::Hour,
        }),
        description: "Keep the shelves full.".into(),
        essential: vec!["skill:stock".into()],
        optional: vec!["skill:forklift".into()],
        occupation_id: Some("occ:clerk".into()),
        posted_on: "2026-11-01".into(),
        closes_on: Some("2026-12-01".into()),
        how_to_apply: "Ask at the store.".into(),
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "the tests build the fields inline"
)]
fn fields_with_problems(f: JobFields) -> Vec<(String, Problem)> {
    f.validate(&Known)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn a_complete_listing_is_valid() {
    assert_eq!(fields().validate(&Known), Ok(()));
}

#[test]
fn each_problem_is_named_by_its_field() {
    let mut f = fields();
    f.title = "  ".into();
    f.closes_on = Some("2026-10-01".into());
    f.pay.as_mut().unwrap().max = 3;
    f.essential.push("made-up".into());
    f.occupation_id = Some("nope".into());
    f.posted_on = "1 Nov".into();
    let problems = fields_with_problems(f.clone());
    assert!(problems.contains(&("title".into(), Problem::Required)));
    assert!(problems.contains(&("posted_on".into(), Problem::DateInvalid)));
    assert!(problems.contains(&("pay.max".into(), Problem::RangeOrder)));
    assert!(problems.contains(&("essential[1]".into(), Problem::UnknownSkill)));
    assert!(problems.contains(&("occupation_id".into(), Problem::UnknownOccupation)));
    f.posted_on = "2026-11-01".into();
    assert!(fields_with_problems(f).contains(&("closes_on".into(), Problem::DateOrder)));
}

#[test]
fn tidy_keeps_each_skill_once_preferring_essential() {
    let mut f = fields();
    f.essential = vec!["skill:a".into(), "skill:a".into()];
    f.optional = vec!["skill:a".into(), "skill:b".into()];
    f.closes_on = Some(" ".into());
    let f = f.tidy();
    assert_eq!(f.essential, ["skill:a"]);
    assert_eq!(f.optional, ["skill:b"]);
    assert_eq!(f.closes_on, None);
}

#[test]
fn closed_or_past_listings_are_not_open() {
    let job = Job {
        id: 1,
        version: 1,
        open: true,
        fields: fields(),
    };
    let day = |d: &str| parse_day(d).unwrap();
    assert!(job.is_open_on(day("2026-12-01")));
    assert!(!job.is_open_on(day("2026-12-02")));
    assert!(
        !Job {
            open: false,
            ..job.clone()
        }
        .is_open_on(day("2026-11-02"))
    );
}
