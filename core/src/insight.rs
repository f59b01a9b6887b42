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

use serde::{Deserialize, Serialize};

use crate::Problem;

mod build;
mod quarter;
pub use build::build;
pub use quarter::Quarter;

/// Counts of people below this are not shown.
pub const DEFAULT_THRESHOLD: u32 = 5;

/// Reports keep at most this many trend rows (the latest ones).
pub const MAX_TREND_ROWS: usize = 40;

/// At most this many skills are named as the biggest gaps.
pub const MAX_GAPS: usize = 10;

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
    /// The event or shared resource it is (`None` for a library course,
    /// which lives in the catalogue); the app turns kind and id into a link.
    pub id: Option<i64>,
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
mod tests;
