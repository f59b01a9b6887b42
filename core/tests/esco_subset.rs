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
