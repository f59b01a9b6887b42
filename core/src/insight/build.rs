//! Building a report: every count of people is a sum of cells, each
//! suppressed on its own below the threshold.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use super::{
    CoverageItem, DemandRecord, DemandSource, EventRecord, EventRow, InsightFilter, InsightReport,
    MAX_GAPS, MAX_TREND_ROWS, Quarter, ResidentRecord, SkillRow, TrendRow,
};

/// A cell's value as published: itself from the threshold up, else 0.
fn published(value: u32, threshold: u32) -> u32 {
    if value >= threshold { value } else { 0 }
}

/// A sum of published cells as shown: 0 (too few, or none) is hidden.
fn shown(sum: u32) -> Option<u32> {
    (sum > 0).then_some(sum)
}

/// `part` of `whole` in tenths of a percent; 0 of nothing.
fn share_tenths(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        1000.0 * f64::from(part) / f64::from(whole)
    }
}

/// Builds the report for `filter`. A `threshold` below 2 counts as 2, so a
/// single person is never shown. Demand is filtered by the day posted but
/// not by branch, since listings serve the whole region; coverage is not
/// filtered at all.
pub fn build(
    filter: &InsightFilter,
    threshold: u32,
    residents: &[ResidentRecord],
    demand: &[DemandRecord],
    events: &[EventRecord],
    coverage: &[CoverageItem],
) -> InsightReport {
    let threshold = threshold.max(2);
    let cell = |persons: &BTreeSet<i64>| {
        published(u32::try_from(persons.len()).unwrap_or(u32::MAX), threshold)
    };

    // The base cells, each the set of distinct persons in it.
    let mut joined: BTreeMap<(Option<i64>, Quarter), BTreeSet<i64>> = BTreeMap::new();
    let mut holders: BTreeMap<(&str, Option<i64>, Quarter), BTreeSet<i64>> = BTreeMap::new();
    for resident in residents {
        let key = (resident.branch, Quarter::of_day(resident.joined_day));
        joined.entry(key).or_default().insert(resident.person);
        // A skill listed twice counts once, from the day first added.
        let mut first_added: BTreeMap<&str, i64> = BTreeMap::new();
        for (skill, day) in &resident.skills {
            let first = first_added.entry(skill).or_insert(*day);
            *first = (*first).min(*day);
        }
        for (skill, day) in first_added {
            let key = (skill, resident.branch, Quarter::of_day(day));
            holders.entry(key).or_default().insert(resident.person);
        }
    }

    // Sums of selected published cells and of listings: per quarter
    // [joined, skills added, listings] and per skill [residents, jobs, needs].
    let mut trend: BTreeMap<Quarter, [u32; 3]> = BTreeMap::new();
    let mut skills: BTreeMap<&str, [u32; 3]> = BTreeMap::new();
    let mut resident_total = 0;
    for (&(branch, quarter), persons) in &joined {
        if filter.selects(branch, quarter) {
            resident_total += cell(persons);
            trend.entry(quarter).or_default()[0] += cell(persons);
        }
    }
    for (&(skill, branch, quarter), persons) in &holders {
        if filter.selects(branch, quarter) {
            skills.entry(skill).or_default()[0] += cell(persons);
            trend.entry(quarter).or_default()[1] += cell(persons);
        }
    }
    let mut listings = 0;
    for record in demand {
        let quarter = Quarter::of_day(record.day);
        if filter.period_has(quarter) {
            listings += 1;
            trend.entry(quarter).or_default()[2] += 1;
            let column = 1 + usize::from(record.source == DemandSource::Need);
            let sought: BTreeSet<&str> = record.skills.iter().map(String::as_str).collect();
            for skill in sought {
                skills.entry(skill).or_default()[column] += 1;
            }
        }
    }

    let mut rows: Vec<SkillRow> = skills
        .into_iter()
        .filter(|(_, [held, jobs, needs])| held + jobs + needs > 0)
        .map(|(skill, [held, jobs, needs])| SkillRow {
            skill_id: skill.to_owned(),
            residents: shown(held),
            jobs,
            needs,
            gap_tenths: (share_tenths(jobs + needs, listings) - share_tenths(held, resident_total))
                .round() as i32,
            coverage: Vec::new(),
        })
        .collect();
    // Stable, so rows of equal rank stay in skill id order.
    rows.sort_by_key(|r| (Reverse(r.gap_tenths), Reverse(r.jobs + r.needs)));

    // Coverage: the items teaching some row's skill, in input order.
    let row_skills: BTreeSet<&str> = rows.iter().map(|r| r.skill_id.as_str()).collect();
    let used: Vec<&CoverageItem> = coverage
        .iter()
        .filter(|item| item.skills.iter().any(|s| row_skills.contains(s.as_str())))
        .collect();
    for row in &mut rows {
        row.coverage = (0..)
            .zip(&used)
            .filter_map(|(index, item)| item.skills.contains(&row.skill_id).then_some(index))
            .collect();
    }
    let is_gap = |r: &&SkillRow| r.gap_tenths > 0 && r.jobs + r.needs > 0;
    let gaps = rows
        .iter()
        .filter(is_gap)
        .take(MAX_GAPS)
        .map(|r| r.skill_id.clone())
        .collect();
    // Suggested workshops come from every gap, not only the biggest ten:
    // a gap nothing teaches is worth a workshop even when it is smaller.
    let uncovered = rows
        .iter()
        .filter(is_gap)
        .filter(|r| r.coverage.is_empty())
        .take(MAX_GAPS)
        .map(|r| r.skill_id.clone())
        .collect();

    // The trend spans quarters with a published figure only, so its length
    // never hints at a hidden cell.
    let mut visible = trend.iter().filter(|(_, sums)| sums.iter().any(|&n| n > 0));
    let first = visible.next().map(|(quarter, _)| *quarter);
    let last = visible.next_back().map(|(quarter, _)| *quarter).or(first);
    let mut trend_rows = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let mut quarter = first.max(Quarter(last.0.saturating_sub(MAX_TREND_ROWS as i32 - 1)));
        while quarter <= last {
            let [joined, added, listed] = trend.get(&quarter).copied().unwrap_or_default();
            let (residents_joined, skills_added) = (shown(joined), shown(added));
            trend_rows.push(TrendRow {
                quarter,
                residents_joined,
                skills_added,
                listings: listed,
            });
            quarter = quarter.next();
        }
    }

    let mut held: Vec<&EventRecord> = events
        .iter()
        .filter(|e| filter.selects(e.branch, Quarter::of_day(e.day)))
        .collect();
    held.sort_by_key(|e| (e.day, e.event_id));
    let attended = held.iter().map(|e| published(e.attended, threshold)).sum();
    let event_rows = held
        .into_iter()
        .map(|event| EventRow {
            event_id: event.event_id,
            title: event.title.clone(),
            day: crate::date::format_day(event.day),
            going: shown(published(event.going, threshold)),
            attended: shown(published(event.attended, threshold)),
        })
        .collect();

    InsightReport {
        threshold,
        filter: filter.clone(),
        residents: shown(resident_total),
        listings,
        skills: rows,
        gaps,
        uncovered,
        coverage: used.into_iter().cloned().collect(),
        trend: trend_rows,
        events: event_rows,
        attended: shown(attended),
    }
}
