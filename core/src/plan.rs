//! A person's goals and the plan of steps towards them, and the tracker of
//! the jobs they saved or applied to.
//!
//! The plan travels whole with a revision number: a save names the revision
//! it started from, so an edit made elsewhere meanwhile is reported as a
//! conflict instead of being overwritten.

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::date::parse_day;
use crate::jobs::{MAX_SHORT_TEXT, MAX_TITLE};
use crate::problem::{FieldError, FieldErrors};
use crate::text::check_text;

/// How far a step has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Not started.
    #[default]
    Todo,
    /// Under way.
    Doing,
    /// Finished.
    Done,
}

impl StepStatus {
    /// Every status, in the order a step goes through them.
    pub const ALL: [StepStatus; 3] = [StepStatus::Todo, StepStatus::Doing, StepStatus::Done];
}

/// What a step is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Learn a skill, perhaps through a resource.
    Learn,
    /// Attend a workshop, class or event.
    Attend,
    /// Apply for a job.
    Apply,
    /// Anything else.
    #[default]
    Other,
}

impl StepKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [StepKind; 4] = [
        StepKind::Learn,
        StepKind::Attend,
        StepKind::Apply,
        StepKind::Other,
    ];
}

/// One step of a goal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Step {
    /// Unique within the plan.
    pub id: u32,
    /// What the step is about.
    #[serde(default)]
    pub kind: StepKind,
    /// What to do, in the person's words.
    pub title: String,
    /// How far it has come.
    #[serde(default)]
    pub status: StepStatus,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<String>,
    /// The ESCO skill it learns, for a learning step.
    #[serde(default)]
    pub skill_id: Option<String>,
    /// The learning resource it uses, if any.
    #[serde(default)]
    pub resource_id: Option<i64>,
    /// The job it applies for, for an application step.
    #[serde(default)]
    pub job_id: Option<i64>,
}

/// Something a person works towards, with the steps to get there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Goal {
    /// Unique within the plan.
    pub id: u32,
    /// The goal in the person's words.
    pub title: String,
    /// ESCO occupation URI of the target, if the goal is an occupation.
    #[serde(default)]
    pub occupation_id: Option<String>,
    /// The target job, if the goal is one listing.
    #[serde(default)]
    pub job_id: Option<i64>,
    /// When the person means to reach it, `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<String>,
    /// The steps towards it, in the person's order.
    #[serde(default)]
    pub steps: Vec<Step>,
}

impl Goal {
    /// Steps done and steps in all.
    pub fn progress(&self) -> (usize, usize) {
        let done = self
            .steps
            .iter()
            .filter(|s| s.status == StepStatus::Done)
            .count();
        (done, self.steps.len())
    }
}

/// A person's goals, saved whole with a revision number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    /// 0 before the first save; the server counts up at each save.
    #[serde(default)]
    pub revision: i64,
    /// The goals, in the person's order.
    #[serde(default)]
    pub goals: Vec<Goal>,
}

/// Most goals one plan may hold.
pub const MAX_GOALS: usize = 20;
/// Most steps one plan may hold, over all its goals.
pub const MAX_STEPS: usize = 60;

impl Plan {
    /// Steps done and steps in all, over every goal.
    pub fn progress(&self) -> (usize, usize) {
        self.goals
            .iter()
            .map(Goal::progress)
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    }

    fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
        ids.max().map_or(1, |m| m.saturating_add(1))
    }

    /// Adds a goal and returns its id.
    pub fn add_goal(
        &mut self,
        title: String,
        occupation_id: Option<String>,
        job_id: Option<i64>,
    ) -> u32 {
        let id = Self::next_id(self.goals.iter().map(|g| g.id));
        self.goals.push(Goal {
            id,
            title,
            occupation_id,
            job_id,
            due_on: None,
            steps: Vec::new(),
        });
        id
    }

    /// Adds a step to a goal (the first goal when `goal_id` is unknown,
    /// a new goal titled `fallback_goal` when there is none). Returns
    /// false, adding nothing, when an equal step is already planned.
    pub fn add_step(&mut self, goal_id: Option<u32>, fallback_goal: &str, mut step: Step) -> bool {
        let same = |s: &Step| {
            s.kind == step.kind
                && s.skill_id == step.skill_id
                && s.resource_id == step.resource_id
                && s.job_id == step.job_id
                && s.title == step.title
        };
        if self.goals.iter().flat_map(|g| &g.steps).any(same) {
            return false;
        }
        step.id = Self::next_id(self.goals.iter().flat_map(|g| &g.steps).map(|s| s.id));
        let index = goal_id
            .and_then(|id| self.goals.iter().position(|g| g.id == id))
            .or_else(|| (!self.goals.is_empty()).then_some(0));
        let index = if let Some(i) = index {
            i
        } else {
            self.add_goal(fallback_goal.to_owned(), None, None);
            self.goals.len() - 1
        };
        self.goals[index].steps.push(step);
        true
    }

    /// Checks titles and their lengths, ids unique, due days valid, and no more goals or steps than allowed.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        if self.goals.len() > MAX_GOALS {
            errors.push("goals", Problem::TooMany);
        }
        let mut goal_ids = std::collections::HashSet::new();
        let mut step_ids = std::collections::HashSet::new();
        let mut steps = 0;
        for (g, goal) in self.goals.iter().enumerate() {
            check_text(
                &mut errors,
                &format!("goals[{g}].title"),
                &goal.title,
                true,
                MAX_TITLE,
            );
            if !goal_ids.insert(goal.id) {
                errors.push(&format!("goals[{g}].id"), Problem::NotAllowed);
            }
            if let Some(due) = &goal.due_on {
                errors.check(&format!("goals[{g}].due_on"), parse_day(due));
            }
            for (s, step) in goal.steps.iter().enumerate() {
                steps += 1;
                let field = format!("goals[{g}].steps[{s}]");
                check_text(
                    &mut errors,
                    &format!("{field}.title"),
                    &step.title,
                    true,
                    MAX_SHORT_TEXT,
                );
                if !step_ids.insert(step.id) {
                    errors.push(&format!("{field}.id"), Problem::NotAllowed);
                }
                if let Some(due) = &step.due_on {
                    errors.check(&format!("{field}.due_on"), parse_day(due));
                }
            }
        }
        if steps > MAX_STEPS {
            errors.push("goals", Problem::TooMany);
        }
        errors.finish()
    }
}

/// Where a person is with a job they keep track of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Kept to look at later.
    #[default]
    Saved,
    /// The person applied.
    Applied,
    /// The person has an interview.
    Interview,
    /// The person has an offer.
    Offer,
    /// Over: filled, withdrawn, or no longer of interest.
    Closed,
}

impl ApplicationStatus {
    /// Every status, in the order an application goes through them.
    pub const ALL: [ApplicationStatus; 5] = [
        ApplicationStatus::Saved,
        ApplicationStatus::Applied,
        ApplicationStatus::Interview,
        ApplicationStatus::Offer,
        ApplicationStatus::Closed,
    ];

    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Saved => "saved",
            ApplicationStatus::Applied => "applied",
            ApplicationStatus::Interview => "interview",
            ApplicationStatus::Offer => "offer",
            ApplicationStatus::Closed => "closed",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<ApplicationStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// One job on a person's tracker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackedJob {
    /// The job's id.
    pub job_id: i64,
    /// Where the person is with it.
    pub status: ApplicationStatus,
    /// Unix seconds of the last change.
    pub updated_at: i64,
}

/// Sets where a person is with a job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackJob {
    /// Where the person is with it now.
    pub status: ApplicationStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(skill: &str) -> Step {
        Step {
            kind: StepKind::Learn,
            title: format!("Learn {skill}"),
            skill_id: Some(skill.into()),
            ..Step::default()
        }
    }

    #[test]
    fn adding_a_step_makes_a_goal_when_there_is_none_and_never_repeats() {
        let mut plan = Plan::default();
        assert!(plan.add_step(None, "Find work", learn("a")));
        assert_eq!(plan.goals.len(), 1);
        assert_eq!(plan.goals[0].title, "Find work");
        assert!(!plan.add_step(None, "Find work", learn("a")));
        let second = plan.add_goal("Cook".into(), None, None);
        assert!(plan.add_step(Some(second), "x", learn("b")));
        assert_eq!(plan.goals[1].steps[0].id, 2);
        assert_eq!(plan.validate(), Ok(()));
    }

    #[test]
    fn progress_counts_done_steps() {
        let mut plan = Plan::default();
        plan.add_step(None, "g", learn("a"));
        plan.add_step(None, "g", learn("b"));
        plan.goals[0].steps[1].status = StepStatus::Done;
        assert_eq!(plan.progress(), (1, 2));
    }

    #[test]
    fn repeated_ids_blank_titles_and_bad_dates_are_refused() {
        let mut plan = Plan::default();
        plan.add_step(None, "g", learn("a"));
        plan.goals[0].steps.push(Step {
            id: 1,
            title: " ".into(),
            due_on: Some("soon".into()),
            ..Step::default()
        });
        let fields: Vec<String> = plan
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(fields.contains(&"goals[0].steps[1].title".to_owned()));
        assert!(fields.contains(&"goals[0].steps[1].id".to_owned()));
        assert!(fields.contains(&"goals[0].steps[1].due_on".to_owned()));
    }
}
