use super::*;
use crate::jobs::tests::Known;

fn worker() -> Expertise {
    Expertise {
        skills: vec![
            WorkerSkill {
                skill_id: "skill:teach".into(),
                level: SkillLevel::Expert,
                evidence: None,
            },
            WorkerSkill {
                skill_id: "skill:web".into(),
                level: SkillLevel::Working,
                evidence: None,
            },
        ],
        wants: vec!["skill:grants".into()],
        region: "Riverside".into(),
        ..Expertise::default()
    }
}

fn need(skills: &[&str]) -> NeedFields {
    NeedFields {
        title: "Digital literacy classes".into(),
        description: String::new(),
        skills: skills
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
        hours: 20,
        place: "riverside".into(),
        remote: false,
        starts_on: None,
        ends_on: None,
    }
}

#[test]
fn held_skills_count_fully_and_wanted_ones_for_a_third() {
    let f = need_fit(
        &worker(),
        &need(&["skill:teach", "skill:grants", "skill:budget"]),
    );
    assert_eq!(f.has, ["skill:teach"]);
    assert_eq!(f.wants, ["skill:grants"]);
    assert_eq!(f.missing, ["skill:budget"]);
    assert!(f.same_place);
    assert_eq!(u32::from(f.score), (12 + 3) * 90 / 30 + 10);
    let all = need_fit(&worker(), &need(&["skill:teach", "skill:web"]));
    assert_eq!(all.score, 100);
}

#[test]
fn ranking_puts_the_best_fit_first_and_drops_no_fit() {
    let needs = vec![
        need(&["skill:budget"]),
        need(&["skill:grants"]),
        need(&["skill:teach"]),
    ];
    let ranked = rank_by_fit(needs, |n| need_fit(&worker(), n));
    let order: Vec<_> = ranked.iter().map(|(n, _)| n.skills[0].as_str()).collect();
    assert_eq!(order, ["skill:teach", "skill:grants"]);
}

#[test]
fn a_need_says_what_to_fix() {
    let bad = NeedFields {
        title: " ".into(),
        skills: vec!["nope".into()],
        place: String::new(),
        starts_on: Some("2027-02-01".into()),
        ends_on: Some("2027-01-01".into()),
        ..need(&[])
    }
    .tidy();
    let fields: Vec<_> = bad
        .validate(&Known)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, ["title", "skills[0]", "place", "ends_on"]);
    assert_eq!(need(&["skill:teach"]).validate(&Known), Ok(()));
}

#[test]
fn tidy_keeps_one_entry_per_skill_and_drops_blank_evidence() {
    let mut w = worker();
    w.skills.push(WorkerSkill {
        skill_id: "skill:teach".into(),
        level: SkillLevel::Learning,
        evidence: None,
    });
    w.skills[1].evidence = Some(Evidence {
        kind: EvidenceKind::Course,
        title: "  ".into(),
    });
    w.wants.push("skill:web".into());
    let t = w.tidy();
    assert_eq!(t.skills.len(), 2);
    assert_eq!(t.skills[1].evidence, None);
    assert_eq!(t.wants, ["skill:grants"]);
}
