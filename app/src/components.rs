//! Reusable pieces of the interface.

pub mod area_choices;
pub mod attended;
pub mod calendar;
pub mod community;
pub mod desk_tools;
pub mod event_facts;
pub mod form;
pub mod idle_guard;
pub mod join_group;
pub mod listing_forms;
pub mod loaded;
pub mod markup;
pub mod matches;
pub mod profile_card;
pub mod report;
pub mod room_picker;
pub mod share_form;
pub mod shell;
pub mod skill_picker;
pub mod skills_card;
pub mod when;
