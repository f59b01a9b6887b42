use super::*;
use crate::jobs::tests::fields;

fn job(id: i64, title: &str, employer: &str, place: &str, essential: &[&str]) -> Job {
    let mut f = fields();
    f.title = title.into();
    f.employer = employer.into();
    f.place = place.into();
    f.description = String::new();
    f.essential = essential
        .iter()
        .map(std::string::ToString::to_string)
        .collect();
    f.optional = vec![];
    f.occupation_id = None;
    f.closes_on = None;
    Job {
        id,
        version: id,
        open: true,
        fields: f,
    }
}

fn jobs() -> Vec<Job> {
    vec![
        job(
            1,
            "Warehouse associate",
            "Harbor Foods",
            "Riverside",
            &["forklift"],
        ),
        job(
            2,
            "Cashier",
            "Harbor Foods",
            "Eastgate",
            &["cash", "customer service"],
        ),
        job(
            3,
            "Library assistant",
            "Riverside Library",
            "Riverside",
            &["customer service", "cataloguing"],
        ),
        job(4, "Café cook", "Bean There", "Eastgate", &["cooking"]),
    ]
}

fn run(query: &SearchQuery, held: &[&str]) -> SearchResult {
    let jobs = jobs();
    let index = JobIndex::new(&jobs, std::borrow::ToOwned::to_owned, |_| String::new());
    let held: HashSet<&str> = held.iter().copied().collect();
    search(
        &index,
        &jobs,
        &held,
        query,
        parse_day("2026-11-23").unwrap(),
    )
}

fn ids(result: &SearchResult) -> Vec<i64> {
    let jobs = jobs();
    result.hits.iter().map(|h| jobs[h.job].id).collect()
}

fn text(t: &str) -> SearchQuery {
    SearchQuery {
        text: t.into(),
        ..SearchQuery::default()
    }
}

#[test]
fn every_word_must_be_found_and_partial_words_count() {
    assert_eq!(ids(&run(&text("cust"), &[])), [2, 3]);
    assert_eq!(ids(&run(&text("customer riverside"), &[])), [3]);
    assert!(run(&text("plumber"), &[]).hits.is_empty());
}

#[test]
fn accents_case_and_small_typos_are_forgiven() {
    assert_eq!(ids(&run(&text("CAFE"), &[])), [4]);
    assert_eq!(ids(&run(&text("warehuose"), &[])), [1]);
}

#[test]
fn a_better_match_ranks_higher_when_words_fit_equally() {
    assert_eq!(
        ids(&run(&text("harbor"), &["cash", "customer service"])),
        [2, 1]
    );
    assert_eq!(ids(&run(&text("harbor"), &["forklift"])), [1, 2]);
}

#[test]
fn facets_count_every_value_of_their_own_dimension() {
    let query = SearchQuery {
        place: Some("Riverside".into()),
        ..SearchQuery::default()
    };
    let result = run(&query, &[]);
    assert_eq!(ids(&result), [1, 3]);
    assert_eq!(result.facets.place.get("Eastgate"), Some(&2));
    assert_eq!(result.facets.place.get("Riverside"), Some(&2));
    assert_eq!(result.facets.employer.get("Harbor Foods"), Some(&1));
    assert_eq!(result.facets.employer.get("Bean There"), None);
}

#[test]
fn match_threshold_and_closed_jobs_filter_results() {
    let query = SearchQuery {
        min_match: 50,
        ..SearchQuery::default()
    };
    assert_eq!(ids(&run(&query, &["cooking"])), [4]);
    let mut all = jobs();
    all[0].open = false;
    all[1].fields.closes_on = Some("2026-11-22".into());
    let index = JobIndex::new(&all, std::borrow::ToOwned::to_owned, |_| String::new());
    let found = search(
        &index,
        &all,
        &HashSet::new(),
        &SearchQuery::default(),
        parse_day("2026-11-23").unwrap(),
    );
    assert_eq!(found.hits.len(), 2);
}

/// A two-language taxonomy: the cashier occupation and its till skill.
fn bilingual() -> crate::taxonomy::Taxonomy {
    use crate::taxonomy::{LabelSet, Labels, Occupation, Skill, SkillKind, Taxonomy};
    let set = |en: Labels, es: Labels| LabelSet::from([("en".into(), en), ("es".into(), es)]);
    Taxonomy {
        skills: vec![Skill {
            id: "s/till".into(),
            kind: SkillKind::Skill,
            labels: set(
                Labels::new("operate cash register", vec!["use till".into()]),
                Labels::new("manejar caja registradora", vec!["utilizar la caja".into()]),
            ),
        }],
        occupations: vec![Occupation {
            id: "o/cashier".into(),
            isco: "5230".into(),
            area: "retail and customer service".into(),
            labels: set(
                Labels::new("cashier", vec!["checkout operator".into()]),
                Labels::new(
                    "cajero/cajera",
                    vec![
                        "cajero".into(),
                        "cajera".into(),
                        "dependiente de caja".into(),
                    ],
                )
                .with_gender_forms(),
            ),
            essential: vec!["s/till".into()],
            optional: vec![],
        }],
        ..Taxonomy::default()
    }
}

#[test]
fn a_spanish_query_finds_an_english_listing_by_its_occupation_and_skills() {
    use crate::Lang;
    // Posted in English: neither title nor description has a Spanish word.
    let mut posted = job(
        7,
        "Front end associate",
        "Harbor Foods",
        "Eastgate",
        &["s/till"],
    );
    posted.fields.description = "Ring up groceries and help shoppers.".into();
    posted.fields.occupation_id = Some("o/cashier".into());
    let unrelated = job(8, "Line cook", "Bean There", "Eastgate", &[]);
    let all = vec![posted, unrelated];
    // The app passes the taxonomy projected onto the language it shows.
    let es = bilingual().in_language(Lang::Es);
    let index = JobIndex::new(
        &all,
        |id| {
            es.skills
                .iter()
                .find(|s| s.id == id)
                .map_or_else(String::new, |s| s.search_text(Lang::Es))
        },
        |id| {
            es.occupations
                .iter()
                .find(|o| o.id == id)
                .map_or_else(String::new, |o| o.search_text(Lang::Es))
        },
    );
    let find = |typed: &str| -> Vec<i64> {
        search(
            &index,
            &all,
            &HashSet::new(),
            &text(typed),
            parse_day("2026-11-23").unwrap(),
        )
        .hits
        .iter()
        .map(|h| all[h.job].id)
        .collect()
    };
    // Through the occupation, in either gender, with a typo or an accent.
    for typed in [
        "cajero",
        "cajera",
        "Cajera",
        "cajerro",
        "cajero/cajera",
        "dependiente de caja",
    ] {
        assert_eq!(find(typed), [7], "{typed}");
    }
    // Through the skill.
    assert_eq!(find("caja registradora"), [7]);
    assert_eq!(find("manejar"), [7]);
    // English words of the listing itself still count.
    assert_eq!(find("groceries"), [7]);
    assert!(find("fontanero").is_empty());
}

#[test]
fn without_occupation_text_a_listing_is_found_by_its_own_words_only() {
    let mut posted = job(7, "Front end associate", "Harbor Foods", "Eastgate", &[]);
    posted.fields.occupation_id = Some("o/cashier".into());
    let all = vec![posted];
    let index = JobIndex::new(&all, |_| String::new(), |_| String::new());
    let found = search(
        &index,
        &all,
        &HashSet::new(),
        &text("cajero"),
        parse_day("2026-11-23").unwrap(),
    );
    assert!(found.hits.is_empty());
}
