//! Reusable pieces of the interface.

pub mod form;
pub mod idle_guard;
pub mod shell;
