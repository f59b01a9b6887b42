//! Libranet's shared vocabulary: the types the app and the server exchange and
//! the pure rules both apply (what a valid username or password is, how long a
//! session lives). Nothing here does I/O, so it builds for wasm32 and native.

// The workspace allows missing docs; this crate is the shared vocabulary, so
// every public item here says what it is.
#![warn(missing_docs)]

pub mod account;
pub mod api;
pub mod appointments;
pub mod catalog;
mod common_passwords;
pub mod date;
pub mod desk;
pub mod events;
pub mod expertise;
pub mod ical;
pub mod import;
pub mod insight;
pub mod jobs;
pub mod lang;
pub mod learning;
pub mod markup;
pub mod matching;
pub mod mentoring;
pub mod moderation;
pub mod network;
pub mod plan;
pub mod problem;
pub mod profile;
pub mod resume;
pub mod search;
pub mod session_policy;
pub mod skills;
pub mod taxonomy;
pub mod teaching;
pub mod text;
pub mod time;
pub mod word;

pub use lang::Lang;
pub use problem::Problem;
