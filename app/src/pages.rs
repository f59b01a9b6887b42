//! One routed page per module, named after its route.

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
