use super::*;
use crate::taxonomy::{Labels, Occupation, Skill, SkillKind};

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(std::string::ToString::to_string).collect()
}

fn skill(id: &str, preferred: &str, alt: &[&str]) -> Skill {
    let mut labels = LabelSet::new();
    labels.insert("en".into(), Labels::new(preferred, strings(alt)));
    Skill {
        id: id.into(),
        kind: SkillKind::Skill,
        labels,
    }
}

fn index() -> SkillIndex {
    SkillIndex::new(&Taxonomy {
        skills: vec![
            skill(
                "s/forklift",
                "operate forklift",
                &["drive forklift", "forklift driving"],
            ),
            skill(
                "s/cash",
                "operate cash register",
                &["use till", "handle cash point"],
            ),
            skill(
                "s/customer",
                "provide customer service",
                &["customer care", "atención al cliente"],
            ),
            skill("s/excel", "use spreadsheets software", &["excel"]),
        ],
        ..Taxonomy::default()
    })
}

#[test]
fn normalises_case_accents_and_punctuation() {
    assert_eq!(
        normalise("  Atención   al CLIENTE! "),
        "atencion al cliente"
    );
    assert_eq!(normalise("C++ / C#"), "c c");
    assert_eq!(normalise("Año"), "ano");
}

#[test]
fn decomposed_accents_fold_like_precomposed_ones() {
    // "Atención", "año", "pingüino", "Çà" typed with combining marks.
    let nfd = "Atencio\u{301}n an\u{303}o pingu\u{308}ino C\u{327}a\u{300}";
    let nfc = "Atención año pingüino Çà";
    assert_ne!(nfd, nfc);
    assert_eq!(normalise(nfd), normalise(nfc));
    assert_eq!(normalise(nfd), "atencion ano pinguino ca");
}

#[test]
fn resolves_labels_synonyms_and_small_typos() {
    let idx = index();
    let cases = [
        ("Operate Forklift", Some("s/forklift")),
        ("forklift driving", Some("s/forklift")),
        ("Atencion al cliente", Some("s/customer")),
        ("EXCEL", Some("s/excel")),
        ("custmer care", Some("s/customer")),
        ("opreate cash register", Some("s/cash")),
        ("exel", Some("s/excel")),
        ("astrophysics", None),
        ("xl", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(idx.resolve(typed), expected, "{typed}");
    }
}

#[test]
fn suggests_by_word_prefixes_preferred_labels_first() {
    let idx = index();
    let ids: Vec<_> = idx
        .suggest("oper", 5)
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    assert_eq!(ids, ["s/forklift", "s/cash"]);
    let ids: Vec<_> = idx
        .suggest("cust car", 5)
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    assert_eq!(ids, ["s/customer"]);
    assert!(idx.suggest("   ", 5).is_empty());
}

#[test]
fn edit_distance_counts_swaps_as_one() {
    assert_eq!(edit_distance_within("form", "from", 2), Some(1));
    assert_eq!(edit_distance_within("kitten", "sitting", 3), Some(3));
    assert_eq!(edit_distance_within("kitten", "sitting", 2), None);
}

fn spanish_occupation(id: &str, en: &str, es: &str, alt: &[&str]) -> Occupation {
    let mut labels = LabelSet::new();
    labels.insert("en".into(), Labels::new(en, vec![]));
    labels.insert(
        "es".into(),
        Labels::new(es, strings(alt)).with_gender_forms(),
    );
    Occupation {
        id: id.into(),
        isco: "0000".into(),
        area: "test".into(),
        labels,
        essential: vec![],
        optional: vec![],
    }
}

fn spanish() -> Taxonomy {
    let mut teach = LabelSet::new();
    teach.insert("en".into(), Labels::new("teach linguistics", vec![]));
    teach.insert(
        "es".into(),
        Labels::new(
            "enseñar lingüística",
            strings(&["dar clases de lingüística"]),
        ),
    );
    Taxonomy {
        skills: vec![Skill {
            id: "s/linguistics".into(),
            kind: SkillKind::Skill,
            labels: teach,
        }],
        occupations: vec![
            spanish_occupation(
                "o/cashier",
                "cashier",
                "cajero/cajera",
                &["cajero", "cajera", "dependiente de caja"],
            ),
            spanish_occupation(
                "o/casino",
                "casino cashier",
                "cajero de casino/cajera de casino",
                &["cajero de casino", "cajera de casino"],
            ),
            spanish_occupation(
                "o/library",
                "library assistant",
                "asistente bibliotecario/asistente bibliotecaria",
                &["auxiliar de biblioteca"],
            ),
            spanish_occupation(
                "o/technician",
                "IT technician",
                "técnico informático/técnica informática",
                &[],
            ),
            spanish_occupation("o/pawn", "labourer", "peón/peona", &[]),
        ],
        ..Taxonomy::default()
    }
}

#[test]
fn spanish_job_titles_resolve_in_either_gender_and_the_neutral_label() {
    let idx = SkillIndex::occupations(&spanish());
    let cases = [
        ("cajero", Some("o/cashier")),
        ("cajera", Some("o/cashier")),
        ("cajero/cajera", Some("o/cashier")),
        ("Cajera de Casino", Some("o/casino")),
        ("asistente bibliotecaria", Some("o/library")),
        ("asistente bibliotecario", Some("o/library")),
        ("auxiliar de biblioteca", Some("o/library")),
        ("dependiente de caja", Some("o/cashier")),
        // Accents typed or not, precomposed or decomposed, ñ folded.
        ("tecnica informatica", Some("o/technician")),
        ("te\u{301}cnico informa\u{301}tico", Some("o/technician")),
        ("PEON", Some("o/pawn")),
        ("peo\u{301}na", Some("o/pawn")),
        // One-letter typos.
        ("cajerro", Some("o/cashier")),
        ("cajrea", Some("o/cashier")),
        ("asistente bibliotecarai", Some("o/library")),
        // English labels are indexed too.
        ("cashier", Some("o/cashier")),
        ("fontanero", None),
    ];
    for (typed, expected) in cases {
        assert_eq!(idx.resolve(typed), expected, "{typed}");
    }
    let ids: Vec<_> = idx
        .suggest("caje", 5)
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    assert_eq!(ids, ["o/cashier", "o/casino"]);
    let ids: Vec<_> = idx
        .suggest("bibliotecaria", 5)
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    assert_eq!(ids, ["o/library"]);
}

#[test]
fn spanish_skills_fold_enye_and_dieresis() {
    let idx = SkillIndex::new(&spanish());
    for typed in [
        "enseñar lingüística",
        "ensenar linguistica",
        "ENSEN\u{303}AR LINGU\u{308}I\u{301}STICA",
        "dar clases de linguistica",
        "ensenar lingüistca",
    ] {
        assert_eq!(idx.resolve(typed), Some("s/linguistics"), "{typed}");
    }
}
