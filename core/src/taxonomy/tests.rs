use super::*;

#[test]
fn labels_fall_back_to_english() {
    let mut labels = LabelSet::new();
    labels.insert("en".into(), Labels::new("cook", vec![]));
    let skill = Skill {
        id: "x".into(),
        kind: SkillKind::Skill,
        labels: labels.clone(),
    };
    assert_eq!(skill.label(Lang::Es), "cook");
    labels.insert("es".into(), Labels::new("cocinar", vec![]));
    let skill = Skill { labels, ..skill };
    assert_eq!(skill.label(Lang::Es), "cocinar");
    assert_eq!(skill.label(Lang::En), "cook");
}

fn cashier() -> Occupation {
    let mut labels = LabelSet::new();
    labels.insert(
        "en".into(),
        Labels::new("cashier", vec!["checkout operator".into()]),
    );
    labels.insert(
        "es".into(),
        Labels::new(
            "cajero/cajera",
            vec![
                "cajero".into(),
                "cajera".into(),
                "dependiente de caja".into(),
            ],
        )
        .with_gender_forms(),
    );
    Occupation {
        id: "o/cashier".into(),
        isco: "5230".into(),
        area: "retail and customer service".into(),
        labels,
        essential: vec!["s/till".into()],
        optional: vec![],
    }
}

fn taxonomy() -> Taxonomy {
    let mut en_only = LabelSet::new();
    en_only.insert(
        "en".into(),
        Labels::new("operate till", vec!["use till".into()]),
    );
    let mut t = Taxonomy {
        source: "test".into(),
        attribution: "ESCO".into(),
        languages: vec!["en".into(), "es".into()],
        skills: vec![Skill {
            id: "s/till".into(),
            kind: SkillKind::Skill,
            labels: en_only,
        }],
        occupations: vec![cashier()],
    };
    t.mark_fallbacks();
    t
}

#[test]
fn gender_forms_are_kept_and_serialised_only_when_present() {
    let o = cashier();
    let es = &o.labels["es"];
    assert_eq!(es.preferred, "cajero/cajera");
    assert_eq!(es.forms, ["cajero", "cajera"]);
    assert_eq!(
        es.alt,
        ["dependiente de caja"],
        "the forms are not repeated as synonyms"
    );
    assert_eq!(o.forms(Lang::Es), ["cajero", "cajera"]);
    assert_eq!(o.forms(Lang::En), ["cashier"]);
    let json = serde_json::to_string(&o.labels).unwrap();
    assert!(json.contains(r#""forms":["cajero","cajera"]"#), "{json}");
    assert_eq!(json.matches("forms").count(), 1, "{json}");
    assert!(!json.contains("lang"), "{json}");
    // Documents without the new fields still read.
    let old: Labels = serde_json::from_str(r#"{"preferred":"cook","alt":["chef"]}"#).unwrap();
    assert_eq!(old, Labels::new("cook", vec!["chef".into()]));
}

#[test]
fn english_standing_in_for_spanish_is_marked() {
    let t = taxonomy();
    let till = &t.skills[0];
    assert_eq!(till.labels["es"].lang.as_deref(), Some("en"));
    assert!(till.labels["es"].is_fallback());
    assert_eq!(till.label(Lang::Es), "operate till");
    assert_eq!(till.label_lang(Lang::Es), Lang::En);
    assert_eq!(t.occupations[0].label_lang(Lang::Es), Lang::Es);
    let json = serde_json::to_string(&till.labels["es"]).unwrap();
    assert!(json.contains(r#""lang":"en""#), "{json}");
}

#[test]
fn british_labels_stay_as_alternatives_of_us_ones() {
    let british = Labels::new("organise events", vec!["arrange events".into()]);
    let us = Labels::new("organize events", vec![]).with_british(&british);
    assert_eq!(us.preferred, "organize events");
    assert_eq!(us.alt, ["arrange events", "organise events"]);
}

#[test]
fn projects_onto_one_language() {
    let t = taxonomy();
    let es = t.in_language(Lang::Es);
    assert_eq!(es.languages, ["es"]);
    assert_eq!(es.attribution, t.attribution);
    assert!(es.skills.iter().all(|s| s.labels.keys().eq(["es"])));
    assert!(es.occupations.iter().all(|o| o.labels.keys().eq(["es"])));
    assert_eq!(es.occupations[0].labels["es"].forms, ["cajero", "cajera"]);
    assert_eq!(es.occupations[0].essential, ["s/till"]);
    assert_eq!(es.skills[0].labels["es"].lang.as_deref(), Some("en"));
    assert_eq!(es.skills[0].label(Lang::Es), "operate till");
    assert_eq!(es.skills[0].label_lang(Lang::Es), Lang::En);
    // Asked for a language it does not hold, a projection answers with the
    // one it has rather than the concept's id.
    assert_eq!(es.occupations[0].label(Lang::En), "cajero/cajera");
    assert_eq!(es.occupations[0].label_lang(Lang::En), Lang::Es);
    assert_eq!(es.skills[0].label_lang(Lang::En), Lang::En);

    let en = t.in_language(Lang::En);
    assert!(en.occupations.iter().all(|o| o.labels.keys().eq(["en"])));
    assert_eq!(en.occupations[0].label(Lang::En), "cashier");
    assert!(!en.skills[0].labels["en"].is_fallback());

    // A taxonomy whose data has no Spanish at all is marked while projecting.
    let mut bare = t.clone();
    bare.skills[0].labels.remove("es");
    assert_eq!(
        bare.in_language(Lang::Es).skills[0].labels["es"]
            .lang
            .as_deref(),
        Some("en")
    );
}
