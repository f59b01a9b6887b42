//! Reading schema.org `JobPosting` objects (JSON or JSON-LD) into listings.

use serde_json::Value;

use super::{PERIODS, Row, SCHEDULES};
use crate::Problem;
use crate::jobs::{JobFields, Pay, PayPeriod, Schedule, WorkMode};
use crate::problem::FieldError;

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

pub(super) fn read_job_postings(
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
                let currency = salary.get("currency").map_or_else(|| "USD".into(), text_of);
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
