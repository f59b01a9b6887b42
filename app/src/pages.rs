//! One routed page per module, named after its route.
//!
//! Files follow the URL: `/community/groups` is `community/groups.rs`
//! (`GroupsPage`); a record's own page is named for the record inside its
//! collection (`/community/groups/:id` is `community/group.rs`, `GroupPage`).
//! Pieces more than one page shows live in `components`, never here.

pub mod about;
pub mod account;
pub mod appointments;
pub mod community;
pub mod desk;
pub mod events;
pub mod home;
pub mod inbox;
pub mod insight;
pub mod jobs;
pub mod kiosk;
pub mod learn;
pub mod mentoring;
pub mod not_found;
pub mod plan;
pub mod sign_in;
pub mod sign_up;
pub mod start;
pub mod use_code;
