//! The professional community beyond needs and connections: people's pages
//! with endorsements and recommendations, peer groups and their threads,
//! and the teaching resources exchange.

pub mod groups;
pub mod people;
pub mod teaching;
