//! Reusable pieces of the interface.

pub mod form;
pub mod idle_guard;
pub mod matches;
pub mod shell;
pub mod skill_picker;
pub mod skills_card;
