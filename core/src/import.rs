//! Reading many job listings at once: CSV with a header row, or schema.org
//! `JobPosting` objects as JSON or JSON-LD (one object, an array, or an
//! `@graph`). Each row becomes listing fields or the problems that keep it
//! out, so good rows import while bad ones are reported by row and field.

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::jobs::{JobFields, Pay, PayPeriod, Schedule, WorkMode};
use crate::problem::FieldError;

mod job_posting;

/// The formats the import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    /// CSV with a header row naming the columns (see [`CSV_COLUMNS`]).
    Csv,
    /// schema.org `JobPosting` as JSON or JSON-LD.
    JobPosting,
}

/// Listings to import, as the text of a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportJobs {
    /// What the text is.
    pub format: ImportFormat,
    /// The whole text of the file.
    pub text: String,
}

/// A problem with one row (1 is the first listing, not the CSV header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowError {
    /// The row number, 1 for the first listing.
    pub row: usize,
    /// The field and what is wrong with it.
    #[serde(flatten)]
    pub error: FieldError,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// Ids of the listings created.
    pub imported: Vec<i64>,
    /// Rows left out, with every problem of each.
    pub errors: Vec<RowError>,
}

/// Largest import body the server takes (the text of the file, as JSON).
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Most rows one import takes.
pub const MAX_IMPORT_ROWS: usize = 2_000;

/// The columns a CSV import understands (the header names them, in any order).
pub const CSV_COLUMNS: [&str; 15] = [
    "title",
    "employer",
    "place",
    "work_mode",
    "schedule",
    "pay_min",
    "pay_max",
    "pay_currency",
    "pay_period",
    "description",
    "essential_skills",
    "optional_skills",
    "occupation",
    "posted_on",
    "closes_on",
];
/// One more column read, `how_to_apply`; listed apart from [`CSV_COLUMNS`]
/// as it usually comes last.
pub const CSV_HOW_TO_APPLY: &str = "how_to_apply";

/// Splits CSV text (RFC 4180: commas, double-quoted fields, `""` for a quote,
/// line breaks inside quotes) into records. A leading byte order mark is
/// dropped, lines may end in CRLF, LF or CR, blank records are skipped, and
/// a quote left open at the end makes the text [`Problem::WrongType`].
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, Problem> {
    const SENTINEL: &str = "\u{0}end\u{0}";
    let text = text.trim_start_matches('\u{feff}');
    // The reader takes a quote left open as running to the end of the text.
    // A sentinel record after one more line break tells the two apart: it
    // reads back on its own only if that line break was not inside quotes.
    let closed = format!("{text}\n\"{SENTINEL}\"");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(closed.as_bytes());
    let mut records: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| Problem::WrongType)?;
        records.push(record.iter().map(str::to_owned).collect());
    }
    if records.pop() != Some(vec![SENTINEL.to_owned()]) {
        return Err(Problem::WrongType);
    }
    records.retain(|record| record.iter().any(|f| !f.trim().is_empty()));
    Ok(records)
}

/// Reads one listing per row; `resolve_skill` turns a skill name or ESCO
/// URI into a taxonomy id.
pub fn read_rows(
    input: &ImportJobs,
    resolve_skill: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Result<JobFields, Vec<FieldError>>>, Problem> {
    let rows = match input.format {
        ImportFormat::Csv => read_csv(&input.text, resolve_skill)?,
        ImportFormat::JobPosting => job_posting::read_job_postings(&input.text, resolve_skill)?,
    };
    if rows.len() > MAX_IMPORT_ROWS {
        return Err(Problem::TooMany);
    }
    Ok(rows)
}

/// Collects the problems of one row while it is read.
struct Row<'a> {
    errors: Vec<FieldError>,
    resolve_skill: &'a dyn Fn(&str) -> Option<String>,
}

impl Row<'_> {
    fn skills(&mut self, field: &str, names: &[String]) -> Vec<String> {
        let mut ids = Vec::new();
        for (i, name) in names
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .enumerate()
        {
            match (self.resolve_skill)(name) {
                Some(id) => ids.push(id),
                None => self.errors.push(FieldError::new(
                    &format!("{field}[{i}]"),
                    Problem::UnknownSkill,
                )),
            }
        }
        ids
    }

    fn choice<T: Copy>(
        &mut self,
        field: &str,
        value: &str,
        choices: &[(&str, T)],
        default: T,
    ) -> T {
        let value = value.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        if value.is_empty() {
            return default;
        }
        choices.iter().find(|(name, _)| *name == value).map_or_else(
            || {
                self.errors
                    .push(FieldError::new(field, Problem::NotAllowed));
                default
            },
            |(_, v)| *v,
        )
    }

    fn number(&mut self, field: &str, value: &str) -> Option<u32> {
        let value = value.trim().trim_start_matches('$').replace(',', "");
        if value.is_empty() {
            return None;
        }
        match value.parse::<f64>() {
            Ok(n) if n >= 0.0 && n < f64::from(u32::MAX) => Some(n.round() as u32),
            _ => {
                self.errors.push(FieldError::new(field, Problem::WrongType));
                None
            }
        }
    }

    fn finish(self, fields: JobFields) -> Result<JobFields, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(fields.tidy())
        } else {
            Err(self.errors)
        }
    }
}

const WORK_MODES: [(&str, WorkMode); 6] = [
    ("on_site", WorkMode::OnSite),
    ("onsite", WorkMode::OnSite),
    ("in_person", WorkMode::OnSite),
    ("hybrid", WorkMode::Hybrid),
    ("remote", WorkMode::Remote),
    ("telecommute", WorkMode::Remote),
];
const SCHEDULES: [(&str, Schedule); 5] = [
    ("full_time", Schedule::FullTime),
    ("part_time", Schedule::PartTime),
    ("temporary", Schedule::Temporary),
    ("seasonal", Schedule::Seasonal),
    ("contractor", Schedule::Temporary),
];
const PERIODS: [(&str, PayPeriod); 8] = [
    ("hour", PayPeriod::Hour),
    ("hourly", PayPeriod::Hour),
    ("week", PayPeriod::Week),
    ("weekly", PayPeriod::Week),
    ("month", PayPeriod::Month),
    ("monthly", PayPeriod::Month),
    ("year", PayPeriod::Year),
    ("yearly", PayPeriod::Year),
];

fn split_list(text: &str) -> Vec<String> {
    text.split([';', '|'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn read_csv(
    text: &str,
    resolve_skill: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Result<JobFields, Vec<FieldError>>>, Problem> {
    let mut records = parse_csv(text)?.into_iter();
    let header: Vec<String> = records
        .next()
        .ok_or(Problem::Required)?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if !header.iter().any(|h| h == "title") {
        return Err(Problem::CsvHeader);
    }
    Ok(records
        .map(|record| {
            let get = |name: &str| -> String {
                header
                    .iter()
                    .position(|h| h == name)
                    .and_then(|i| record.get(i))
                    .map(|v| v.trim().to_owned())
                    .unwrap_or_default()
            };
            let mut row = Row {
                errors: Vec::new(),
                resolve_skill,
            };
            let essential = row.skills("essential", &split_list(&get("essential_skills")));
            let optional = row.skills("optional", &split_list(&get("optional_skills")));
            let work_mode = row.choice(
                "work_mode",
                &get("work_mode"),
                &WORK_MODES,
                WorkMode::OnSite,
            );
            let schedule = row.choice("schedule", &get("schedule"), &SCHEDULES, Schedule::FullTime);
            let period = row.choice("pay.period", &get("pay_period"), &PERIODS, PayPeriod::Hour);
            let min = row.number("pay.min", &get("pay_min"));
            let max = row.number("pay.max", &get("pay_max"));
            let currency = get("pay_currency");
            let pay = min.or(max).map(|any| Pay {
                min: min.unwrap_or(any),
                max: max.unwrap_or(any),
                currency: if currency.is_empty() {
                    "USD".into()
                } else {
                    currency.to_ascii_uppercase()
                },
                period,
            });
            let occupation = get("occupation");
            let closes = get("closes_on");
            row.finish(JobFields {
                title: get("title"),
                employer: get("employer"),
                place: get("place"),
                work_mode,
                schedule,
                pay,
                description: get("description"),
                essential,
                optional,
                occupation_id: (!occupation.is_empty()).then_some(occupation),
                posted_on: get("posted_on"),
                closes_on: (!closes.is_empty()).then_some(closes),
                how_to_apply: get(CSV_HOW_TO_APPLY),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests;
