use super::*;
use crate::date::parse_day;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::ops::Range;

type Resident = ResidentRecord;

fn day(text: &str) -> i64 {
    parse_day(text).unwrap()
}

fn q(text: &str) -> Quarter {
    Quarter::parse(text).unwrap()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(std::string::ToString::to_string).collect()
}

/// Persons `ids` at `branch`, joined on `joined` with `skills`.
fn persons(ids: Range<i64>, branch: Option<i64>, on: &str, skills: &[&str]) -> Vec<Resident> {
    let (joined_day, skills) = (day(on), strings(skills));
    let skills: Vec<_> = skills.into_iter().map(|s| (s, joined_day)).collect();
    ids.map(|person| ResidentRecord {
        person,
        branch,
        joined_day,
        skills: skills.clone(),
    })
    .collect()
}

fn span(from: Option<&str>, to: Option<&str>, branch: Option<i64>) -> InsightFilter {
    let (from, to) = (from.map(q), to.map(q));
    InsightFilter { from, to, branch }
}

fn people(filter: &InsightFilter, residents: &[ResidentRecord]) -> InsightReport {
    build(filter, DEFAULT_THRESHOLD, residents, &[], &[], &[])
}

fn held(report: &InsightReport, skill: &str) -> Option<u32> {
    let row = report.skills.iter().find(|r| r.skill_id == skill);
    row.and_then(|r| r.residents)
}

#[test]
fn quarters_follow_the_calendar_and_travel_as_text() {
    let of = |text| Quarter::of_day(day(text)).label();
    assert_eq!([of("2025-12-31"), of("2026-01-01")], ["2025-Q4", "2026-Q1"]);
    assert_eq!([of("2024-03-31"), of("2024-04-01")], ["2024-Q1", "2024-Q2"]);
    assert_eq!(Quarter::of_day(-1).label(), "1969-Q4");
    let first = ["2024-Q2", "2023-Q3", "2000-Q4"].map(|t| q(t).first_day());
    assert_eq!(first, ["2024-04-01", "2023-07-01", "2000-10-01"].map(day));
    assert_eq!(q("2025-Q4").next(), q("2026-Q1"));
    assert_eq!(q("2999-Q4").label(), "2999-Q4");
    for bad in [
        "2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "1899-Q4", "3000-Q1", "2026-q1", "+026-Q1",
        " 2026-Q1", "2026-Q1 ", "2026-Q12", "",
    ] {
        assert_eq!(Quarter::parse(bad), None, "{bad}");
    }
    let json = serde_json::to_string(&q("2026-Q3")).unwrap();
    assert_eq!(json, "\"2026-Q3\"");
    assert_eq!(serde_json::from_str(&json).ok(), Some(q("2026-Q3")));
    assert!(serde_json::from_str::<Quarter>("\"2026-Q7\"").is_err());
    let empty = InsightFilter::default();
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    let filter = span(Some("2026-Q1"), None, Some(3));
    let json = serde_json::to_string(&filter).unwrap();
    assert_eq!(json, r#"{"from":"2026-Q1","branch":3}"#);
    assert_eq!(serde_json::from_str(&json).ok(), Some(filter));
    let backwards = span(Some("2026-Q2"), Some("2026-Q1"), None);
    assert_eq!(backwards.validate(), Err(Problem::DateOrder));
    let one = span(Some("2026-Q2"), Some("2026-Q2"), None);
    assert_eq!(one.validate(), Ok(()));
}

#[test]
fn small_cells_are_hidden_and_so_are_sums_of_them() {
    let all = InsightFilter::default();
    let four = persons(0..4, None, "2026-01-10", &["s"]);
    let report = people(&all, &four);
    assert_eq!((report.residents, report.skills.len()), (None, 0));
    let report = people(&all, &persons(0..5, None, "2026-01-10", &["s"]));
    assert_eq!((report.residents, held(&report, "s")), (Some(5), Some(5)));
    // Four in one quarter and four in the next: eight, yet nothing shown.
    let eight = [four.clone(), persons(4..8, None, "2026-04-10", &["s"])].concat();
    let report = people(&all, &eight);
    assert_eq!((report.residents, report.trend.len()), (None, 0));
    // A threshold of 0 or 1 still hides a single person.
    let report = build(&all, 0, &four[..1], &[], &[], &[]);
    assert_eq!((report.threshold, report.residents), (2, None));
}

#[test]
fn comparing_filters_reveals_no_small_count() {
    let mut all = persons(0..3, Some(1), "2026-01-10", &["s"]);
    all.extend(persons(3..9, Some(2), "2026-01-10", &["s"]));
    let everywhere = people(&InsightFilter::default(), &all);
    let branch_a = people(&span(None, None, Some(1)), &all);
    let branch_b = people(&span(None, None, Some(2)), &all);
    assert_eq!(held(&everywhere, "s"), Some(6));
    assert_eq!(held(&branch_a, "s"), None);
    // All branches minus branch B shows nothing of branch A's three.
    assert_eq!(everywhere.residents, branch_b.residents);

    // Two people add a skill in Q3: Q1..Q3 minus Q1..Q2 must not show 2.
    for resident in &mut all[..2] {
        resident.skills.push(("t".into(), day("2026-08-15")));
    }
    all.extend(persons(9..14, None, "2026-05-01", &["t"]));
    let to_q2 = people(&span(Some("2026-Q1"), Some("2026-Q2"), None), &all);
    let to_q3 = people(&span(Some("2026-Q1"), Some("2026-Q3"), None), &all);
    assert_eq!([held(&to_q2, "t"), held(&to_q3, "t")], [Some(5); 2]);
    assert_eq!(to_q2.residents, to_q3.residents);
    assert_eq!(to_q2.trend, to_q3.trend, "the hidden Q3 cell adds no row");
    assert_eq!(to_q3.trend.len(), 2);
}

#[test]
fn events_hide_small_attendance_and_total_only_published_events() {
    let event = |event_id, held: &str, branch, going, attended| {
        let (title, day) = (format!("Event {event_id}"), day(held));
        EventRecord {
            event_id,
            title,
            day,
            branch,
            going,
            attended,
        }
    };
    let events = [
        event(2, "2026-03-01", Some(1), 9, 3),
        event(1, "2026-03-01", Some(1), 4, 7),
        event(3, "2026-01-05", Some(2), 12, 10),
        event(4, "2025-12-31", Some(1), 20, 20),
    ];
    let from_q1 = span(Some("2026-Q1"), None, None);
    let report = build(&from_q1, 5, &[], &[], &events, &[]);
    let ids: Vec<i64> = report.events.iter().map(|e| e.event_id).collect();
    assert_eq!(ids, [3, 1, 2]);
    assert_eq!(report.events[0].day, "2026-01-05");
    let shown = |e: &EventRow| (e.going, e.attended);
    let counts: Vec<_> = report.events.iter().map(shown).collect();
    assert_eq!(
        counts,
        [(Some(12), Some(10)), (None, Some(7)), (Some(9), None)]
    );
    assert_eq!(report.attended, Some(17));
    let branch = span(Some("2026-Q1"), None, Some(1));
    let report = build(&branch, 5, &[], &[], &events, &[]);
    assert_eq!((report.events.len(), report.attended), (2, Some(7)));
}

#[test]
fn gaps_rank_demand_against_residents_and_name_what_is_untaught() {
    let all = persons(0..10, Some(1), "2026-01-10", &["held", "taught"]);
    let listing = |source, posted: &str, skills: &[&str]| {
        let (day, skills) = (day(posted), strings(skills));
        DemandRecord {
            source,
            day,
            skills,
        }
    };
    let (job, need) = (DemandSource::Job, DemandSource::Need);
    let demand = [
        listing(job, "2026-02-01", &["missing", "taught", "missing"]),
        listing(need, "2026-02-02", &["missing", "taught"]),
        listing(job, "2026-02-03", &["held"]),
        listing(job, "2026-02-04", &["other"]),
        listing(job, "2025-06-01", &["old"]),
    ];
    let item = |kind, title: &str, id, skills: &[&str]| CoverageItem {
        kind,
        title: title.to_string(),
        id,
        skills: strings(skills),
    };
    let course = item(CoverageKind::Course, "sheets", None, &["taught"]);
    let knitting = item(CoverageKind::Workshop, "knitting", Some(3), &["knitting"]);
    let coverage = [knitting, course.clone()];
    // Branch 2 has no residents, but demand ignores the branch.
    let q1 = span(Some("2026-Q1"), Some("2026-Q1"), Some(2));
    let report = build(&q1, 5, &all, &demand, &[], &coverage);
    assert_eq!((report.listings, report.residents), (4, None));
    let top = &report.skills[0];
    assert_eq!(top.skill_id, "missing");
    assert_eq!((top.jobs, top.needs, top.gap_tenths), (1, 1, 500));
    assert!(report.skills.iter().all(|r| r.skill_id != "old"));
    assert_eq!(report.gaps, ["missing", "taught", "held", "other"]);
    assert_eq!(report.uncovered, ["missing", "held", "other"]);
    assert_eq!(report.coverage, [course]);
    assert_eq!(report.skills[1].coverage, [0]);
    // At branch 1 residents hold "held" and "taught": negative gaps.
    let report = build(&span(None, None, Some(1)), 5, &all, &demand, &[], &coverage);
    let row = report.skills.iter().find(|r| r.skill_id == "held").unwrap();
    assert_eq!((row.residents, row.gap_tenths), (Some(10), -800));
    assert_eq!(report.listings, 5);
    assert_eq!(report.gaps, ["missing", "old", "other"]);
    assert_eq!(report.trend.len(), 4, "2025-Q2 to 2026-Q1 without holes");
    assert_eq!(report.trend[1].listings, 0);
}

#[test]
fn csv_quotes_uses_crlf_and_guards_formulas() {
    let rows = [
        strings(&["skill", "gap"]),
        strings(&["a, b", "-3.5"]),
        strings(&["say \"hi\"", "12"]),
        strings(&["=SUM(A1)", "+1-2", "@cmd", "line\nbreak"]),
        strings(&["\tx", "-", "+7", "", "\rx"]),
    ];
    let expected = "skill,gap\r\n\"a, b\",-3.5\r\n\"say \"\"hi\"\"\",12\r\n\
                    '=SUM(A1),'+1-2,'@cmd,\"line\nbreak\"\r\n'\tx,'-,+7,,\"'\rx\"\r\n";
    assert_eq!(csv(&rows), expected);
    assert_eq!(csv(&[]), "");
}

/// A report's person figures by name, hidden ones as 0; panics on a
/// shown figure below the threshold.
fn figures(report: &InsightReport) -> BTreeMap<String, u32> {
    let mut all = BTreeMap::from([
        ("residents".to_string(), report.residents),
        ("attended".to_string(), report.attended),
    ]);
    for row in &report.skills {
        all.insert(format!("skill {}", row.skill_id), row.residents);
    }
    for row in &report.trend {
        let label = row.quarter.label();
        all.insert(format!("added {label}"), row.skills_added);
        all.insert(format!("joined {label}"), row.residents_joined);
    }
    let events = report.events.iter().flat_map(|e| [e.going, e.attended]);
    for n in all.values().copied().chain(events).flatten() {
        assert!(n >= report.threshold, "{n} shown");
    }
    all.into_iter().map(|(k, v)| (k, v.unwrap_or(0))).collect()
}

type Person = (usize, i32, Vec<(u8, i32)>);

#[cfg(feature = "openapi")]
#[test]
fn quarters_are_strings_and_filters_query_parameters_in_openapi() {
    use utoipa::{IntoParams, PartialSchema};
    let schema = serde_json::to_value(Quarter::schema()).unwrap();
    assert_eq!(schema["type"], "string");
    let params = serde_json::to_value(InsightFilter::into_params(|| None)).unwrap();
    let names: Vec<_> = (0..3).map(|i| params[i]["name"].as_str()).collect();
    assert_eq!(names, [Some("from"), Some("to"), Some("branch")]);
    assert_eq!(params[0]["in"], "query");
}

proptest! {
    #[test]
    fn quarters_contain_their_days(days in -25_000i64..400_000) {
        let quarter = Quarter::of_day(days);
        prop_assert!(quarter.first_day() <= days && days < quarter.next().first_day());
        prop_assert_eq!(Quarter::of_day(quarter.first_day()), quarter);
        if (1900..=2999).contains(&quarter.year()) {
            prop_assert_eq!(Quarter::parse(&quarter.label()), Some(quarter));
        }
    }

    #[test]
    fn nested_filters_differ_by_zero_or_at_least_the_threshold(
        people in prop::collection::vec(
            (0usize..3, 0i32..8, prop::collection::vec((0u8..4, 0i32..8), 0..4)),
            0..40,
        ),
        events in prop::collection::vec((0usize..3, 0i32..8, 0u32..12), 0..10),
        (branch, from, to) in (0usize..3, any::<Option<u8>>(), any::<Option<u8>>()),
        (everywhere, lower, raise) in any::<(bool, Option<u8>, Option<u8>)>(),
        threshold in 0u32..7,
    ) {
        let branches = [None, Some(1), Some(2)];
        // Quarters 2025-Q1 onwards; bounds reach a little past the data.
        let at = |offset: i32| Quarter(q("2025-Q1").0 + offset);
        let bound = |offset: u8| at(i32::from(offset % 10) - 1);
        let day_in = |offset: i32| at(offset).first_day() + 20;
        let residents: Vec<ResidentRecord> = (0..)
            .zip(&people)
            .map(|(person, (b, joined, skills)): (i64, &Person)| {
                let skills = skills.iter().map(|(s, q)| (format!("s{s}"), day_in(*q)));
                let (branch, joined_day) = (branches[*b], day_in(*joined));
                ResidentRecord { person, branch, joined_day, skills: skills.collect() }
            })
            .collect();
        let events: Vec<EventRecord> = (0..)
            .zip(&events)
            .map(|(event_id, &(b, q, n))| {
                let (title, day, branch) = (String::new(), day_in(q), branches[b]);
                EventRecord { event_id, title, day, branch, going: n, attended: n }
            })
            .collect();
        // The second filter's cells contain the first's.
        let first = InsightFilter {
            from: from.map(bound),
            to: to.map(bound),
            branch: branches[branch],
        };
        let second = InsightFilter {
            from: from.zip(lower).map(|(f, l)| Quarter(bound(f).0 - i32::from(l % 4))),
            to: to.zip(raise).map(|(t, r)| Quarter(bound(t).0 + i32::from(r % 4))),
            branch: if everywhere { None } else { branches[branch] },
        };
        let narrow = figures(&build(&first, threshold, &residents, &[], &events, &[]));
        let wide = figures(&build(&second, threshold, &residents, &[], &events, &[]));
        for key in narrow.keys().chain(wide.keys()) {
            let small = narrow.get(key).copied().unwrap_or(0);
            let large = wide.get(key).copied().unwrap_or(0);
            let ok = large == small || large >= small + threshold.max(2);
            prop_assert!(ok, "{}: {} then {}", key, small, large);
        }
    }
}
