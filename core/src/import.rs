//! Reading many job listings at once: CSV with a header row, or schema.org
//! `JobPosting` objects as JSON or JSON-LD (one object, an array, or an
//! `@graph`). Each row becomes listing fields or the problems that keep it
//! out, so good rows import while bad ones are reported by row and field.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Problem;
use crate::jobs::{JobFields, Pay, PayPeriod, Schedule, WorkMode};
use crate::problem::FieldError;

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
    let text = text.trim_start_matches('\u{feff}');
    // The reader takes a quote left open as running to the end of the text.
    // A sentinel record after one more line break tells the two apart: it
    // reads back on its own only if that line break was not inside quotes.
    const SENTINEL: &str = "\u{0}end\u{0}";
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
        ImportFormat::JobPosting => read_job_postings(&input.text, resolve_skill)?,
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

fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(text_of)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => map
            .get("name")
            .or_else(|| map.get("@value"))
            .map(text_of)
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The postings in a JSON document: one object, an array, or a graph.
fn postings(doc: Value) -> Vec<Value> {
    match doc {
        Value::Array(items) => items.into_iter().flat_map(postings).collect(),
        Value::Object(mut map) => match map.remove("@graph") {
            Some(graph) => postings(graph),
            None => vec![Value::Object(map)],
        },
        _ => Vec::new(),
    }
}

/// Only the date part of an ISO 8601 date or date-time.
fn date_part(text: &str) -> String {
    text.get(..10).unwrap_or(text).to_owned()
}

fn read_job_postings(
    text: &str,
    resolve_skill: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Result<JobFields, Vec<FieldError>>>, Problem> {
    let doc: Value = serde_json::from_str(text).map_err(|_| Problem::WrongType)?;
    Ok(postings(doc)
        .into_iter()
        .map(|posting| {
            let mut row = Row {
                errors: Vec::new(),
                resolve_skill,
            };
            let field = |name: &str| posting.get(name).map(text_of).unwrap_or_default();
            if posting.get("@type").map(text_of).as_deref() != Some("JobPosting") {
                row.errors
                    .push(FieldError::new("@type", Problem::NotAllowed));
            }
            let skill_names = |name: &str| -> Vec<String> {
                match posting.get(name) {
                    Some(Value::Array(items)) => items.iter().map(text_of).collect(),
                    Some(other) => text_of(other)
                        .split([',', ';'])
                        .map(str::to_owned)
                        .collect(),
                    None => Vec::new(),
                }
            };
            let essential = row.skills("skills", &skill_names("skills"));
            let remote = field("jobLocationType").eq_ignore_ascii_case("TELECOMMUTE");
            let place = posting
                .get("jobLocation")
                .and_then(|l| {
                    if let Value::Array(a) = l {
                        a.first()
                    } else {
                        Some(l)
                    }
                })
                .and_then(|l| l.get("address"))
                .map(|a| {
                    ["addressLocality", "addressRegion"]
                        .iter()
                        .filter_map(|k| a.get(*k).map(text_of))
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .filter(|p| !p.is_empty())
                .or_else(|| posting.get("applicantLocationRequirements").map(text_of))
                .unwrap_or_default();
            let employment = match posting.get("employmentType") {
                Some(Value::Array(items)) => items.first().map(text_of).unwrap_or_default(),
                Some(other) => text_of(other),
                None => String::new(),
            };
            let schedule = row.choice(
                "employmentType",
                &employment,
                &SCHEDULES,
                Schedule::FullTime,
            );
            let pay = posting.get("baseSalary").map(|salary| {
                let value = salary.get("value").cloned().unwrap_or(Value::Null);
                let number = |v: Option<&Value>| {
                    v.and_then(Value::as_f64).map(|n| n.round().max(0.0) as u32)
                };
                let single = number(Some(&value)).or_else(|| number(value.get("value")));
                let min = number(value.get("minValue")).or(single).unwrap_or(0);
                let max = number(value.get("maxValue")).or(single).unwrap_or(min);
                let unit = value.get("unitText").map(text_of).unwrap_or_default();
                let currency = salary
                    .get("currency")
                    .map(text_of)
                    .unwrap_or_else(|| "USD".into());
                Pay {
                    min,
                    max,
                    currency,
                    period: PERIODS
                        .iter()
                        .find(|(n, _)| *n == unit.to_ascii_lowercase())
                        .map_or(PayPeriod::Hour, |(_, p)| *p),
                }
            });
            let closes = field("validThrough");
            let how = [field("url"), field("applicationContact")]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or_else(|| field("directApply"));
            let occupation = field("occupationalCategory");
            row.finish(JobFields {
                title: field("title"),
                employer: posting
                    .get("hiringOrganization")
                    .map(text_of)
                    .unwrap_or_default(),
                place,
                work_mode: if remote {
                    WorkMode::Remote
                } else {
                    WorkMode::OnSite
                },
                schedule,
                pay,
                description: field("description"),
                essential,
                optional: Vec::new(),
                occupation_id: occupation.starts_with("http").then_some(occupation),
                posted_on: date_part(&field("datePosted")),
                closes_on: (!closes.is_empty()).then(|| date_part(&closes)),
                how_to_apply: how,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(name: &str) -> Option<String> {
        ["forklift", "stock", "cash"]
            .contains(&name.to_lowercase().as_str())
            .then(|| format!("skill:{}", name.to_lowercase()))
    }

    #[test]
    fn csv_fields_may_be_quoted_with_commas_quotes_and_line_breaks() {
        let rows = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n\n1,2").unwrap();
        assert_eq!(
            rows,
            [
                vec!["a", "b"],
                vec!["x, y", "say \"hi\"\nthere"],
                vec!["1", "2"]
            ]
        );
        assert_eq!(parse_csv("\"open"), Err(Problem::WrongType));
    }

    #[test]
    fn csv_drops_a_bom_and_blank_records_and_takes_any_line_end() {
        let rows = parse_csv("\u{feff}a,b\r1,2\r\n,,\n  \n\"x\"y,z\n").unwrap();
        assert_eq!(rows, [vec!["a", "b"], vec!["1", "2"], vec!["xy", "z"]]);
        assert_eq!(parse_csv(""), Ok(Vec::new()));
        assert_eq!(parse_csv("a,\"b\"\"\n"), Err(Problem::WrongType));
    }

    #[test]
    fn csv_rows_import_or_report_their_own_problems() {
        let text = "title,employer,place,schedule,pay_min,pay_max,essential_skills,posted_on,how_to_apply\n\
                    Stock clerk,Harbor Foods,Riverside,part-time,16,19,Stock; Forklift,2026-11-01,Ask in store\n\
                    Cashier,Harbor Foods,Riverside,sometimes,lots,,juggling,2026-11-01,Ask in store\n";
        let rows = read_rows(
            &ImportJobs {
                format: ImportFormat::Csv,
                text: text.into(),
            },
            &resolve,
        )
        .unwrap();
        let good = rows[0].as_ref().unwrap();
        assert_eq!(good.schedule, Schedule::PartTime);
        assert_eq!(good.essential, ["skill:stock", "skill:forklift"]);
        assert_eq!(good.pay.as_ref().map(|p| (p.min, p.max)), Some((16, 19)));
        let bad: Vec<(String, Problem)> = rows[1]
            .clone()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            bad,
            [
                ("essential[0]".to_owned(), Problem::UnknownSkill),
                ("schedule".to_owned(), Problem::NotAllowed),
                ("pay.min".to_owned(), Problem::WrongType)
            ]
        );
        let no_header = ImportJobs {
            format: ImportFormat::Csv,
            text: "a,b\n1,2".into(),
        };
        assert_eq!(
            read_rows(&no_header, &resolve).unwrap_err(),
            Problem::CsvHeader
        );
    }

    #[test]
    fn job_postings_read_from_a_graph_with_schema_org_names() {
        let text = r#"{"@context":"https://schema.org/","@graph":[
            {"@type":"JobPosting","title":"Driver","hiringOrganization":{"@type":"Organization","name":"Eastgate Moves"},
             "jobLocation":{"@type":"Place","address":{"addressLocality":"Eastgate","addressRegion":"CA"}},
             "employmentType":["FULL_TIME"],"datePosted":"2026-11-02T09:00:00Z","validThrough":"2026-12-31",
             "baseSalary":{"currency":"USD","value":{"minValue":20,"maxValue":24,"unitText":"HOUR"}},
             "skills":["forklift","cash"],"url":"https://example.org/apply"},
            {"@type":"Event","title":"Not a job"}]}"#;
        let rows = read_rows(
            &ImportJobs {
                format: ImportFormat::JobPosting,
                text: text.into(),
            },
            &resolve,
        )
        .unwrap();
        let job = rows[0].as_ref().unwrap();
        assert_eq!(
            (job.employer.as_str(), job.place.as_str()),
            ("Eastgate Moves", "Eastgate, CA")
        );
        assert_eq!(job.posted_on, "2026-11-02");
        assert_eq!(
            job.pay.as_ref().map(|p| (p.min, p.max, p.period)),
            Some((20, 24, PayPeriod::Hour))
        );
        assert_eq!(job.essential.len(), 2);
        assert_eq!(job.how_to_apply, "https://example.org/apply");
        assert!(rows[1].is_err());
        let broken = ImportJobs {
            format: ImportFormat::JobPosting,
            text: "{".into(),
        };
        assert_eq!(
            read_rows(&broken, &resolve).unwrap_err(),
            Problem::WrongType
        );
    }
}
