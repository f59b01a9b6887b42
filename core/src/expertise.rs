//! The library workers' skills database and community partners' needs:
//! what a worker can do (with level and evidence) and wants to develop,
//! what a partner needs done, and the ranking each side sees, with reasons.

use serde::{Deserialize, Serialize};

use crate::jobs::{
    MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills, check_title_and_description,
};
use crate::text::{drop_repeats, trim_in_place};

use crate::mentoring::CareerArea;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::profile::{SkillLevel, Visibility};
use crate::text::check_text;

pub mod views;

/// What shows a worker has a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Something the worker built or ran.
    Project,
    /// A course the worker completed.
    Course,
    /// A certificate the worker holds.
    Certificate,
}

impl EvidenceKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [EvidenceKind; 3] = [
        EvidenceKind::Project,
        EvidenceKind::Course,
        EvidenceKind::Certificate,
    ];
}

/// One piece of evidence for a skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Evidence {
    /// What sort of evidence it is.
    pub kind: EvidenceKind,
    /// "Built the branch's coding club", "ALA cataloging course".
    pub title: String,
}

/// A skill a worker holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkerSkill {
    /// The skill's ESCO taxonomy id.
    pub skill_id: String,
    /// How well the worker knows it.
    #[serde(default)]
    pub level: SkillLevel,
    /// What shows the worker has it, if given.
    #[serde(default)]
    pub evidence: Option<Evidence>,
}

/// A library worker's record of expertise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Expertise {
    /// Skills the worker holds.
    #[serde(default)]
    pub skills: Vec<WorkerSkill>,
    /// Skills the worker wants to develop (ESCO ids).
    #[serde(default)]
    pub wants: Vec<String>,
    /// Career areas the worker works in.
    #[serde(default)]
    pub areas: Vec<CareerArea>,
    /// Where the worker is, free text (a town or a branch).
    #[serde(default)]
    pub region: String,
    /// The worker is open to project work with community partners.
    #[serde(default)]
    pub for_projects: bool,
    /// The worker is open to teaching.
    #[serde(default)]
    pub for_teaching: bool,
    /// Who may find this record in the directory.
    #[serde(default)]
    pub visibility: Visibility,
}

/// Most skills (held or wanted) one record may list.
pub const MAX_WORKER_SKILLS: usize = 60;

impl Expertise {
    /// The same record with each skill listed once, evidence titles trimmed (empty evidence dropped), areas sorted once each and the region trimmed.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        let mut seen = std::collections::HashSet::new();
        self.skills.retain(|s| seen.insert(s.skill_id.clone()));
        self.wants.retain(|w| seen.insert(w.clone()));
        for skill in &mut self.skills {
            if let Some(e) = &mut skill.evidence {
                e.title = e.title.trim().to_owned();
            }
            skill.evidence = skill.evidence.take().filter(|e| !e.title.is_empty());
        }
        self.areas.sort();
        self.areas.dedup();
        trim_in_place(&mut self.region);
        self
    }

    /// Checks the record: not too many skills, known skill ids, evidence titled, the region within its length.
    pub fn validate(&self, vocabulary: &dyn Vocabulary) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        if self.skills.len() > MAX_WORKER_SKILLS || self.wants.len() > MAX_WORKER_SKILLS {
            errors.push("skills", Problem::TooMany);
        }
        for (i, skill) in self.skills.iter().enumerate() {
            if !vocabulary.has_skill(&skill.skill_id) {
                errors.push(&format!("skills[{i}].skill_id"), Problem::UnknownSkill);
            }
            if let Some(e) = &skill.evidence {
                check_text(
                    &mut errors,
                    &format!("skills[{i}].evidence.title"),
                    &e.title,
                    true,
                    MAX_TITLE,
                );
            }
        }
        check_skills(&mut errors, "wants", &self.wants, vocabulary);
        check_text(&mut errors, "region", &self.region, false, MAX_TITLE);
        errors.finish()
    }

    /// Whether the worker holds this skill (by taxonomy id).
    pub fn has(&self, skill_id: &str) -> bool {
        self.skills.iter().any(|s| s.skill_id == skill_id)
    }
}

/// What a community partner needs done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeedFields {
    /// A short name for the work.
    pub title: String,
    /// What the work involves.
    #[serde(default)]
    pub description: String,
    /// ESCO skill ids.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Hours in all the work takes.
    #[serde(default)]
    pub hours: u16,
    /// Town or branch; empty when remote only.
    #[serde(default)]
    pub place: String,
    /// The work can be done remotely.
    #[serde(default)]
    pub remote: bool,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub starts_on: Option<String>,
    /// The last day, `YYYY-MM-DD`.
    #[serde(default)]
    pub ends_on: Option<String>,
}

impl NeedFields {
    /// The same fields trimmed, each skill listed once, empty days dropped.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        trim_in_place(&mut self.title);
        trim_in_place(&mut self.description);
        trim_in_place(&mut self.place);
        drop_repeats(&mut self.skills);
        for day in [&mut self.starts_on, &mut self.ends_on] {
            *day = day
                .take()
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty());
        }
        self
    }

    /// Checks the fields: title, lengths, skills known (at least one, not too many), a place unless remote, at most 2,000 hours, days valid and in order.
    pub fn validate(&self, vocabulary: &dyn Vocabulary) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_title_and_description(&mut errors, &self.title, &self.description);
        check_text(&mut errors, "place", &self.place, false, MAX_SHORT_TEXT);
        if self.skills.is_empty() {
            errors.push("skills", Problem::Required);
        } else if self.skills.len() > crate::jobs::MAX_JOB_SKILLS {
            errors.push("skills", Problem::TooMany);
        }
        check_skills(&mut errors, "skills", &self.skills, vocabulary);
        if self.place.is_empty() && !self.remote {
            errors.push("place", Problem::Required);
        }
        if self.hours > 2_000 {
            errors.push("hours", Problem::NotAllowed);
        }
        let mut days = [None, None];
        for (k, (name, day)) in [("starts_on", &self.starts_on), ("ends_on", &self.ends_on)]
            .into_iter()
            .enumerate()
        {
            if let Some(day) = day {
                days[k] = errors.check(name, crate::date::parse_day(day));
            }
        }
        if let [Some(start), Some(end)] = days
            && end < start
        {
            errors.push("ends_on", Problem::DateOrder);
        }
        errors.finish()
    }
}

/// Why a worker and a need fit: the skills behind the score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedFit {
    /// 0 to 100.
    pub score: u8,
    /// Needed skills the worker has.
    pub has: Vec<String>,
    /// Needed skills the worker wants to develop.
    pub wants: Vec<String>,
    /// Needed skills neither held nor wanted.
    pub missing: Vec<String>,
    /// The worker's region is the need's place.
    pub same_place: bool,
}

/// How well a worker fits a need. Skills held count fully (an expert a
/// little more), skills the worker wants to develop count for a third, and
/// being in the same place adds a little when the work is not remote.
pub fn need_fit(worker: &Expertise, need: &NeedFields) -> NeedFit {
    let (mut has, mut wants, mut missing) = (Vec::new(), Vec::new(), Vec::new());
    let mut points = 0u32;
    for id in &need.skills {
        match worker.skills.iter().find(|s| &s.skill_id == id) {
            Some(skill) => {
                points += if skill.level == SkillLevel::Expert {
                    12
                } else {
                    10
                };
                has.push(id.clone());
            }
            None if worker.wants.contains(id) => {
                points += 3;
                wants.push(id.clone());
            }
            None => missing.push(id.clone()),
        }
    }
    let needed = need.skills.len().max(1) as u32 * 10;
    let same_place = !need.place.is_empty()
        && crate::skills::normalise(&need.place) == crate::skills::normalise(&worker.region);
    let skill_score = (points * 90 / needed).min(90);
    let place_score = if same_place || need.remote { 10 } else { 0 };
    NeedFit {
        score: (skill_score + place_score) as u8,
        has,
        wants,
        missing,
        same_place,
    }
}

/// Items ranked by fit, best first; ties keep their order. Items that fit
/// on no skill (held or wanted) are left out.
pub fn rank_by_fit<T>(items: Vec<T>, fit: impl Fn(&T) -> NeedFit) -> Vec<(T, NeedFit)> {
    let mut ranked: Vec<(T, NeedFit)> = items
        .into_iter()
        .map(|item| {
            let f = fit(&item);
            (item, f)
        })
        .filter(|(_, f)| !f.has.is_empty() || !f.wants.is_empty())
        .collect();
    ranked.sort_by_key(|(_, f)| std::cmp::Reverse(f.score));
    ranked
}

#[cfg(test)]
mod tests;
