//! Adding a step to one's plan from wherever a gap is shown: loads the
//! plan, adds the step unless it is already there, saves, and retries once
//! when the plan changed elsewhere meanwhile (the step is added to the
//! newer copy, so nothing is lost).

use libranet_core::plan::{Plan, Step};

use crate::api::{self, ApiFailure};

/// What adding a step came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    Added,
    AlreadyThere,
}

pub async fn add_step(step: Step, fallback_goal: &str) -> Result<Added, ApiFailure> {
    for _ in 0..2 {
        let mut plan: Plan = api::plan::plan().await?;
        if !plan.add_step(None, fallback_goal, step.clone()) {
            return Ok(Added::AlreadyThere);
        }
        match api::plan::save_plan(&plan).await {
            Ok(_) => return Ok(Added::Added),
            Err(ApiFailure::Conflict) => {}
            Err(other) => return Err(other),
        }
    }
    Err(ApiFailure::Conflict)
}
