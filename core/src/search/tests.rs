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
    let index = JobIndex::new(&jobs, std::borrow::ToOwned::to_owned);
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
    let index = JobIndex::new(&all, std::borrow::ToOwned::to_owned);
    let found = search(
        &index,
        &all,
        &HashSet::new(),
        &SearchQuery::default(),
        parse_day("2026-11-23").unwrap(),
    );
    assert_eq!(found.hits.len(), 2);
}
