//! Rules more than one route uses. A route parses the request, checks who
//! is asking, calls a service or the store, and shapes the answer; what two
//! routes (or a route and the background sweep) must agree on lives here.

pub mod accounts;
pub mod branches;
pub mod desk;
pub mod directory;
pub mod events;
pub mod groups;
pub mod notifications;
pub mod partners;
pub mod people;
pub mod profile;
pub mod sign_in;
pub mod teaching;
