//! Job search in the browser: full text over cached listings with facets,
//! ranked by how well the words fit and how well the person matches.
//!
//! Every typed word must be found (in the title, employer, place, skills,
//! occupation or description): whole words score more than word beginnings (so results
//! come while the person is still typing), which score more than words with
//! a small typo. Facet counts follow the usual rule: each facet counts the
//! jobs that pass every other filter, so picking one value never hides the
//! other values of the same facet.

use std::collections::{BTreeMap, HashSet};

use crate::date::parse_day;
use crate::jobs::{Job, Schedule, WorkMode};
use crate::matching::{JobMatch, Requirements, match_job};
use crate::skills::{edit_distance_within, normalise};

/// How much a word found in each part of a listing counts.
const FIELD_WEIGHTS: [u32; 6] = [5, 3, 2, 3, 4, 1]; // title, employer, place, skills, occupation, description

struct Doc {
    /// Normalised words per field, in `FIELD_WEIGHTS` order.
    fields: [Vec<String>; 6],
    posted: i64,
}

/// The listings prepared for searching.
pub struct JobIndex {
    docs: Vec<Doc>,
}

fn words(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty() && seen.insert(w.to_string()))
        .map(str::to_owned)
        .collect()
}

impl JobIndex {
    /// `skill_text` gives the words a skill id stands for (its labels) and
    /// `occupation_text` those of an occupation id, in the language the
    /// person searches in: so a Spanish query finds a listing written in
    /// English through its skills and its occupation ("cajero" finds a job
    /// whose occupation is the cashier). Give every label worth finding
    /// (the preferred one, its forms, synonyms), joined by spaces.
    pub fn new(
        jobs: &[Job],
        skill_text: impl Fn(&str) -> String,
        occupation_text: impl Fn(&str) -> String,
    ) -> JobIndex {
        let docs = jobs
            .iter()
            .map(|job| {
                let f = &job.fields;
                let skills: Vec<String> = f
                    .essential
                    .iter()
                    .chain(&f.optional)
                    .map(|id| skill_text(id))
                    .collect();
                Doc {
                    fields: [
                        words(&f.title),
                        words(&f.employer),
                        words(&f.place),
                        words(&skills.join(" ")),
                        words(
                            &f.occupation_id
                                .as_deref()
                                .map_or_else(String::new, &occupation_text),
                        ),
                        words(&f.description),
                    ],
                    posted: parse_day(&f.posted_on).unwrap_or(0),
                }
            })
            .collect();
        JobIndex { docs }
    }

    /// How well `query` words fit a document; `None` when a word is missing.
    fn relevance(&self, doc: usize, query: &[String]) -> Option<u32> {
        let doc = &self.docs[doc];
        let mut total = 0;
        for q in query {
            let typo_limit = usize::from(q.chars().count() >= 5);
            let best = doc
                .fields
                .iter()
                .zip(FIELD_WEIGHTS)
                .filter_map(|(field, weight)| {
                    field
                        .iter()
                        .filter_map(|w| {
                            if w == q {
                                Some(3)
                            } else if w.starts_with(q.as_str()) {
                                Some(2)
                            } else if typo_limit > 0
                                && edit_distance_within(q, w, typo_limit).is_some()
                            {
                                Some(1)
                            } else {
                                None
                            }
                        })
                        .max()
                        .map(|quality| quality * weight)
                })
                .max()?;
            total += best;
        }
        Some(total)
    }
}

/// What the person asked for. Empty text lists every open job.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// The words typed.
    pub text: String,
    /// Only jobs at this place.
    pub place: Option<String>,
    /// Only jobs with this work mode.
    pub work_mode: Option<WorkMode>,
    /// Only jobs with this schedule.
    pub schedule: Option<Schedule>,
    /// Only jobs from this employer.
    pub employer: Option<String>,
    /// Posted at most this many days before today.
    pub posted_within: Option<i64>,
    /// Match at least this many percent.
    pub min_match: u8,
}

/// One job found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into the jobs given to the search.
    pub job: usize,
    /// How well the words fit (higher is better).
    pub relevance: u32,
    /// How well the person matches the job.
    pub fit: JobMatch,
}

/// How many jobs each facet value would give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Jobs per place.
    pub place: BTreeMap<String, usize>,
    /// Jobs per work mode (see [`work_mode_key`]).
    pub work_mode: BTreeMap<WorkModeKey, usize>,
    /// Jobs per schedule (see [`schedule_key`]).
    pub schedule: BTreeMap<ScheduleKey, usize>,
    /// Jobs per employer.
    pub employer: BTreeMap<String, usize>,
}

/// Orderable keys for the enum facets.
pub type WorkModeKey = u8;
/// Orderable key for the schedule facet.
pub type ScheduleKey = u8;

/// The facet key of a work mode: its position in [`WorkMode::ALL`].
pub fn work_mode_key(mode: WorkMode) -> WorkModeKey {
    WorkMode::ALL.iter().position(|m| *m == mode).unwrap_or(0) as u8
}

/// The facet key of a schedule: its position in [`Schedule::ALL`].
pub fn schedule_key(schedule: Schedule) -> ScheduleKey {
    Schedule::ALL
        .iter()
        .position(|s| *s == schedule)
        .unwrap_or(0) as u8
}

/// The jobs found, best first, and the facet counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResult {
    /// The jobs found, best first.
    pub hits: Vec<Hit>,
    /// How many jobs each facet value would give.
    pub facets: Facets,
}

/// Searches the open jobs on day `today` for someone holding `held`.
pub fn search(
    index: &JobIndex,
    jobs: &[Job],
    held: &HashSet<&str>,
    query: &SearchQuery,
    today: i64,
) -> SearchResult {
    let terms = words(&query.text);
    let mut result = SearchResult::default();
    for (i, job) in jobs.iter().enumerate() {
        if !job.is_open_on(today) {
            continue;
        }
        let Some(relevance) = index.relevance(i, &terms) else {
            continue;
        };
        let f = &job.fields;
        let fit = match_job(
            held,
            Requirements {
                essential: &f.essential,
                optional: &f.optional,
            },
        );
        // Which filters this job passes, in facet order.
        let passes = [
            query.place.as_ref().is_none_or(|p| *p == f.place),
            query.work_mode.is_none_or(|m| m == f.work_mode),
            query.schedule.is_none_or(|s| s == f.schedule),
            query.employer.as_ref().is_none_or(|e| *e == f.employer),
        ];
        let others_pass = query
            .posted_within
            .is_none_or(|days| index.docs[i].posted >= today - days)
            && fit.score >= query.min_match;
        if !others_pass {
            continue;
        }
        let all_but = |skip: usize| passes.iter().enumerate().all(|(k, ok)| k == skip || *ok);
        if all_but(0) {
            *result.facets.place.entry(f.place.clone()).or_default() += 1;
        }
        if all_but(1) {
            *result
                .facets
                .work_mode
                .entry(work_mode_key(f.work_mode))
                .or_default() += 1;
        }
        if all_but(2) {
            *result
                .facets
                .schedule
                .entry(schedule_key(f.schedule))
                .or_default() += 1;
        }
        if all_but(3) {
            *result
                .facets
                .employer
                .entry(f.employer.clone())
                .or_default() += 1;
        }
        if passes.iter().all(|ok| *ok) {
            result.hits.push(Hit {
                job: i,
                relevance,
                fit,
            });
        }
    }
    let best = result
        .hits
        .iter()
        .map(|h| h.relevance)
        .max()
        .unwrap_or(0)
        .max(1);
    let rank = |h: &Hit| {
        // Words and match count about equally; without words, match leads.
        let words = if terms.is_empty() {
            0
        } else {
            h.relevance * 100 / best
        };
        words * 6 + u32::from(h.fit.score) * 4
    };
    result.hits.sort_by(|a, b| {
        rank(b)
            .cmp(&rank(a))
            .then(index.docs[b.job].posted.cmp(&index.docs[a.job].posted))
            .then(jobs[a.job].id.cmp(&jobs[b.job].id))
    });
    result
}

#[cfg(test)]
mod tests;
