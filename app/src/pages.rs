//! One routed page per module, named after its route.

use leptos::prelude::*;

pub mod about;
pub mod account;
pub mod appointments;
pub mod community;
pub mod desk;
pub mod desk_tools;
pub mod events;
pub mod inbox;
pub mod insight;
pub mod job;
pub mod job_edit;
pub mod jobs;
pub mod kiosk;
pub mod learn;
pub mod mentoring;
pub mod network;
pub mod not_found;
pub mod plan;
pub mod post_jobs;
pub mod redeem_code;
pub mod sign_in;
pub mod sign_up;
pub mod start;
pub mod welcome;

/// The `:id` of the current route as a number (0 when it does not read,
/// which no record has). Tracks the route.
pub fn route_id() -> impl Fn() -> i64 + Copy {
    let params = leptos_router::hooks::use_params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    }
}
