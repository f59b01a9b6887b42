//! Library insight for staff: the skills residents hold against the skills
//! open job listings and partner needs seek, the biggest gaps, what already
//! teaches each gap, a trend by quarter and event attendance.
//!
//! No figure may expose a person. Every count of people is a sum over a fixed
//! table of cells (residents by branch and quarter joined; skill holders by
//! skill, branch and quarter the skill was added; one cell per event), and
//! each cell is suppressed on its own: a cell below the threshold counts as 0.
//! A filter only ever selects whole cells, so the difference between any two
//! nested filters is itself a sum of published cells: 0 or at least the
//! threshold. Comparing reports therefore cannot reveal a small count.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Problem;

/// Counts of people below this are not shown.
pub const DEFAULT_THRESHOLD: u32 = 5;

/// Reports keep at most this many trend rows (the latest ones).
pub const MAX_TREND_ROWS: usize = 40;

/// At most this many skills are named as the biggest gaps.
pub const MAX_GAPS: usize = 10;

/// A calendar quarter; serialized as text such as `2026-Q3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-Q3"))]
pub struct Quarter(i32);

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Day number of 1 January of `year`.
fn year_start(year: i64) -> i64 {
    let leaps_through = |y: i64| y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    365 * (year - 1970) + leaps_through(year - 1) - leaps_through(1969)
}

/// Days from 1 January to the first day of quarter `index` (0..4).
fn quarter_offset(year: i64, index: i32) -> i64 {
    const OFFSETS: [i64; 4] = [0, 90, 181, 273];
    OFFSETS[index as usize] + i64::from(index > 0 && is_leap(year))
}

impl Quarter {
    /// The quarter a day number (days since 1970-01-01) falls in. Days are
    /// limited to about ±800,000 years around 1970.
    pub fn of_day(day: i64) -> Quarter {
        let day = day.clamp(-300_000_000, 300_000_000);
        let mut year = 1970 + (day * 400).div_euclid(146_097);
        while year_start(year) > day {
            year -= 1;
        }
        while year_start(year + 1) <= day {
            year += 1;
        }
        let into_year = day - year_start(year);
        let index = (1..4)
            .filter(|&i| quarter_offset(year, i) <= into_year)
            .count() as i32;
        // The clamp above keeps `year * 4` well inside i32.
        Quarter(year as i32 * 4 + index)
    }

    /// Reads `YYYY-Qn` (year 1900 to 2999, n from 1 to 4).
    pub fn parse(text: &str) -> Option<Quarter> {
        let (year, quarter) = text.split_once("-Q")?;
        if year.len() != 4 || quarter.len() != 1 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let quarter: i32 = quarter.parse().ok()?;
        ((1900..=2999).contains(&year) && (1..=4).contains(&quarter))
            .then_some(Quarter(year * 4 + quarter - 1))
    }

    /// The text form, such as `2026-Q3`.
    pub fn label(self) -> String {
        format!("{:04}-Q{}", self.year(), self.0.rem_euclid(4) + 1)
    }

    /// The day number of the quarter's first day.
    pub fn first_day(self) -> i64 {
        let year = i64::from(self.year());
        year_start(year) + quarter_offset(year, self.0.rem_euclid(4))
    }

    /// The quarter after this one.
    pub fn next(self) -> Quarter {
        Quarter(self.0.saturating_add(1))
    }

    fn year(self) -> i32 {
        self.0.div_euclid(4)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.label())
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Quarter::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a quarter such as 2026-Q3, not {text:?}"))
        })
    }
}

/// Which records a report covers: whole calendar quarters (both bounds
/// included, each optional) and one library branch or all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct InsightFilter {
    /// First quarter included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Quarter>,
    /// Last quarter included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Quarter>,
    /// Only this branch; absent for all branches (and people with none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<i64>,
}

impl InsightFilter {
    /// `DateOrder` when the period ends before it starts.
    pub fn validate(&self) -> Result<(), Problem> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if from > to => Err(Problem::DateOrder),
            _ => Ok(()),
        }
    }

    fn period_has(&self, quarter: Quarter) -> bool {
        self.from.is_none_or(|from| quarter >= from) && self.to.is_none_or(|to| quarter <= to)
    }

    /// Whether the cell of this branch and quarter is selected.
    fn selects(&self, branch: Option<i64>, quarter: Quarter) -> bool {
        self.period_has(quarter) && (self.branch.is_none() || self.branch == branch)
    }
}

/// One resident who allowed anonymous statistics (input only).
#[derive(Debug, Clone)]
pub struct ResidentRecord {
    /// Identifies the person, so each is counted once.
    pub person: i64,
    /// The branch the person uses most, if they said.
    pub branch: Option<i64>,
    /// Day number the person joined.
    pub joined_day: i64,
    /// (ESCO skill id, day number the skill was added).
    pub skills: Vec<(String, i64)>,
}

/// Where a demand record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DemandSource {
    /// An open job listing.
    Job,
    /// A partner's need.
    Need,
}

/// What one open listing seeks (input only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemandRecord {
    /// Whether it is a job listing or a partner's need.
    pub source: DemandSource,
    /// Day number the listing was posted.
    pub day: i64,
    /// ESCO skill ids.
    pub skills: Vec<String>,
}

/// What kind of thing already teaches skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CoverageKind {
    /// A learning resource (a course or class).
    Course,
    /// A teaching resource shared by library workers.
    Teaching,
    /// A library event.
    Workshop,
}

/// Something that already teaches skills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoverageItem {
    /// What kind of thing it is.
    pub kind: CoverageKind,
    /// Its title.
    pub title: String,
    /// Where in the app to find it.
    pub link: String,
    /// ESCO skill ids it teaches.
    pub skills: Vec<String>,
}

/// One event held (input only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    /// The event's id.
    pub event_id: i64,
    /// The event's title.
    pub title: String,
    /// Day number the event took place.
    pub day: i64,
    /// The branch it was held at, if any.
    pub branch: Option<i64>,
    /// People who said they were going.
    pub going: u32,
    /// People who came.
    pub attended: u32,
}

/// One skill: who holds it, who seeks it, and what teaches it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillRow {
    /// The skill's ESCO taxonomy id.
    pub skill_id: String,
    /// Residents holding the skill; absent when fewer than the threshold.
    pub residents: Option<u32>,
    /// Open job listings in the period seeking it.
    pub jobs: u32,
    /// Partner needs in the period seeking it.
    pub needs: u32,
    /// Gap in tenths of a percentage point: the share of listings seeking
    /// the skill minus the share of residents holding it (published figures,
    /// a hidden figure counting as 0). Negative when residents outnumber demand.
    pub gap_tenths: i32,
    /// Indexes into [`InsightReport::coverage`] of items teaching the skill.
    pub coverage: Vec<u32>,
}

/// One quarter of the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrendRow {
    /// The quarter the row counts.
    pub quarter: Quarter,
    /// Residents who joined in the quarter; absent when fewer than the threshold.
    pub residents_joined: Option<u32>,
    /// Skills residents added in the quarter (a sum of per-skill figures,
    /// each suppressed on its own); absent when it comes to 0.
    pub skills_added: Option<u32>,
    /// Listings posted in the quarter (all branches).
    pub listings: u32,
}

/// Attendance of one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventRow {
    /// The event's id.
    pub event_id: i64,
    /// The event's title.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    /// Absent when fewer than the threshold.
    pub going: Option<u32>,
    /// Absent when fewer than the threshold.
    pub attended: Option<u32>,
}

/// The insight report for one filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InsightReport {
    /// The threshold applied (at least 2).
    pub threshold: u32,
    /// The filter the report answers.
    pub filter: InsightFilter,
    /// Residents sharing statistics who joined in the period at the branch;
    /// absent when fewer than the threshold.
    pub residents: Option<u32>,
    /// Listings posted in the period. Listings serve the whole region, so
    /// the branch filter does not apply to them.
    pub listings: u32,
    /// Every skill that residents hold (published) or listings seek, biggest
    /// gap first, then most sought, then by id.
    pub skills: Vec<SkillRow>,
    /// Skill ids of the biggest gaps (positive gap and some demand), in the
    /// order of `skills`, at most ten.
    pub gaps: Vec<String>,
    /// The biggest gaps nothing teaches yet (among all gaps, at most ten,
    /// biggest first): suggested workshops.
    pub uncovered: Vec<String>,
    /// Items teaching some skill in `skills`, in the order they were given.
    pub coverage: Vec<CoverageItem>,
    /// One row per quarter, without holes, from the first to the last
    /// quarter with a published figure; at most the latest forty.
    pub trend: Vec<TrendRow>,
    /// Events in the period at the branch, by day, then id.
    pub events: Vec<EventRow>,
    /// People who attended those events (a sum of per-event published
    /// figures); absent when it comes to 0.
    pub attended: Option<u32>,
}

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

/// Whether a cell is a plain decimal number such as `12` or `-3.5`.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    !(whole.is_empty() && fraction.is_empty())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// RFC 4180 CSV text (CRLF line ends) of rows of cells. A cell holding a
/// comma, quote, CR or LF is quoted, with quotes doubled. Against spreadsheet
/// formula injection, a cell starting with `=`, `+`, `-`, `@`, TAB or CR gets
/// a leading apostrophe, unless it is a plain number such as `-3.5`.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let guarded = if risky && !is_plain_number(cell) {
                format!("'{cell}")
            } else {
                cell.clone()
            };
            if guarded.contains([',', '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&guarded.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&guarded);
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_day;
    use proptest::prelude::*;
    use std::ops::Range;

    type Resident = ResidentRecord;

    fn day(text: &str) -> i64 {
        parse_day(text).unwrap()
    }

    fn q(text: &str) -> Quarter {
        Quarter::parse(text).unwrap()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
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
        let item = |kind, title: &str, skills: &[&str]| {
            let (title, link) = (title.to_string(), format!("https://example.org/{title}"));
            CoverageItem {
                kind,
                title,
                link,
                skills: strings(skills),
            }
        };
        let course = item(CoverageKind::Course, "sheets", &["taught"]);
        let knitting = item(CoverageKind::Workshop, "knitting", &["knitting"]);
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
}
