//! The shipped ESCO subset loads, covers what the product promises, and the
//! skill finder works on it.

use std::collections::HashSet;

use libranet_core::Lang;
use libranet_core::matching::{Requirements, match_job};
use libranet_core::skills::SkillIndex;
use libranet_core::taxonomy::Taxonomy;

fn subset() -> Taxonomy {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../taxonomy/esco-subset.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("subset file"))
        .expect("subset parses")
}

#[test]
fn ships_at_least_300_occupations_across_the_career_areas() {
    let t = subset();
    assert!(t.occupations.len() >= 300, "{}", t.occupations.len());
    let areas: HashSet<&str> = t.occupations.iter().map(|o| o.area.as_str()).collect();
    for area in [
        "library, archive and information",
        "retail and customer service",
        "food service",
        "warehouse and logistics",
        "office and administrative support",
        "care and home health",
        "IT support",
        "hospitality",
        "cleaning",
        "driving",
        "trades",
    ] {
        assert!(areas.contains(area), "{area}");
    }
    assert!(
        t.attribution
            .contains("ESCO classification of the European Commission")
    );
}

#[test]
fn library_occupations_carry_their_esco_skills() {
    let t = subset();
    let find = |label: &str| {
        t.occupations
            .iter()
            .find(|o| o.label(Lang::En) == label)
            .expect(label)
    };
    assert_eq!(find("library assistant").essential.len(), 12);
    assert_eq!(find("librarian").essential.len(), 14);
    let skills: HashSet<&str> = t.skills.iter().map(|s| s.id.as_str()).collect();
    for o in &t.occupations {
        assert!(o.id.starts_with("http://data.europa.eu/esco/occupation/"));
        for s in o.essential.iter().chain(&o.optional) {
            assert!(
                skills.contains(s.as_str()),
                "{} lists unknown skill {s}",
                o.id
            );
        }
    }
}

#[test]
fn typed_skills_find_their_esco_concept() {
    let t = subset();
    let index = SkillIndex::new(&t);
    let label = |id: &str| {
        t.skills
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .label(Lang::En)
            .to_owned()
    };
    let found = index.resolve("Manage library users queries").map(label);
    assert_eq!(found.as_deref(), Some("manage library users queries"));
    let typo = index.resolve("manage librery users queries").map(label);
    assert_eq!(typo.as_deref(), Some("manage library users queries"));
    assert!(!index.suggest("custom serv", 10).is_empty());
}

#[test]
fn a_library_assistant_with_every_essential_skill_can_do_the_job() {
    let t = subset();
    let job = t
        .occupations
        .iter()
        .find(|o| o.label(Lang::En) == "library assistant")
        .unwrap();
    let held: HashSet<&str> = job.essential.iter().map(String::as_str).collect();
    let m = match_job(
        &held,
        Requirements {
            essential: &job.essential,
            optional: &job.optional,
        },
    );
    assert!(m.can_do_now());
    assert!(m.score < 100 || job.optional.is_empty());
}

fn cashier(t: &Taxonomy) -> &libranet_core::taxonomy::Occupation {
    t.occupations
        .iter()
        .find(|o| o.label(Lang::En) == "cashier")
        .expect("cashier")
}

#[test]
fn spanish_job_titles_find_the_occupation_in_either_gender() {
    let t = subset();
    let cashier = cashier(&t);
    assert_eq!(cashier.label(Lang::Es), "cajero/cajera");
    assert_eq!(cashier.forms(Lang::Es), ["cajero", "cajera"]);
    let index = SkillIndex::occupations(&t);
    for typed in ["cajero", "cajera", "Cajero/Cajera", "cajerro", "CAJERA"] {
        assert_eq!(index.resolve(typed), Some(cashier.id.as_str()), "{typed}");
    }
    let library = t
        .occupations
        .iter()
        .find(|o| o.label(Lang::En) == "library assistant")
        .unwrap();
    for typed in ["asistente bibliotecaria", "asistente bibliotecario"] {
        assert_eq!(index.resolve(typed), Some(library.id.as_str()), "{typed}");
    }
    // The projection the app downloads finds them the same way.
    let es = t.in_language(Lang::Es);
    let index = SkillIndex::occupations(&es);
    assert_eq!(index.resolve("cajera"), Some(cashier.id.as_str()));
}

#[test]
fn every_concept_has_spanish_or_english_marked_as_such() {
    let t = subset();
    assert_eq!(t.languages, ["en", "es"]);
    let mut fallbacks = 0;
    for labels in t
        .skills
        .iter()
        .map(|s| &s.labels)
        .chain(t.occupations.iter().map(|o| &o.labels))
    {
        let es = &labels["es"];
        if es.is_fallback() {
            fallbacks += 1;
            assert_eq!(es.lang.as_deref(), Some("en"));
            assert_eq!(es.preferred, labels["en"].preferred);
        }
        assert!(!labels["en"].is_fallback());
    }
    // About 4% of skills have no Spanish label in ESCO's v1.0 series.
    assert!(fallbacks > 0 && fallbacks < 300, "{fallbacks}");
    let skill = t
        .skills
        .iter()
        .find(|s| s.labels["es"].is_fallback())
        .unwrap();
    assert_eq!(skill.label_lang(Lang::Es), Lang::En);
    assert_eq!(skill.label(Lang::Es), skill.label(Lang::En));
}

#[test]
fn english_is_us_english_and_british_spellings_still_find_the_skill() {
    let t = subset();
    let index = SkillIndex::new(&t);
    let found = index
        .resolve("labour legislation")
        .expect("British spelling");
    let skill = t.skills.iter().find(|s| s.id == found).unwrap();
    assert_eq!(skill.label(Lang::En), "labor legislation");
    assert_eq!(index.resolve("labor legislation"), Some(found));
}

#[test]
fn the_one_language_projections_are_smaller() {
    let t = subset();
    let whole = serde_json::to_string(&t).unwrap().len();
    let size = |lang| serde_json::to_string(&t.in_language(lang)).unwrap().len();
    // Ids and the occupations' skill lists weigh the same in every
    // language; the labels of the other language are what goes.
    let (en, es) = (size(Lang::En), size(Lang::Es));
    assert!(en * 100 < whole * 85, "en: {en} of {whole} bytes");
    assert!(es * 100 < whole * 70, "es: {es} of {whole} bytes");
}
