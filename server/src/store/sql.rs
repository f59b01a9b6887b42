//! The SQL both backends run, written once.
//!
//! `sql_store!` implements [`Store`](super::Store) for a backend's store type
//! over that backend's `sqlx` driver. The queries use only what SQLite and
//! PostgreSQL share, so the same text serves both.

/// Failed sign-ins older than this no longer count.
pub(super) const FAILURE_WINDOW_SECS: i64 = 60 * 60;
/// Sign-in attempts allowed within the window before the account locks.
pub(super) const FREE_ATTEMPTS: i64 = 5;
/// Client budgets older than this are purged (longer than any sensible
/// budget window, so purging never resets a live one).
pub(super) const CLIENT_WINDOW_KEPT_SECS: i64 = 24 * 60 * 60;

pub(super) mod accounts;
pub(super) mod community;
pub(super) mod desk;
pub(super) mod events;
pub(super) mod library_time;
pub(super) mod listings;
pub(super) mod mentoring;
pub(super) mod moderation;
pub(super) mod network;
pub(super) mod plans;
pub(super) mod profile;
pub(super) mod sessions;
pub(super) mod taxonomy;
pub(super) mod teaching;

/// Implements every store trait for `$store` over the `$db` driver.
macro_rules! sql_store {
    ($store:ident, $db:ty, $name:literal) => {
        $crate::store::sql::accounts::sql_accounts!($store, $db, $name);
        $crate::store::sql::sessions::sql_sessions!($store, $db, $name);
        $crate::store::sql::taxonomy::sql_taxonomy!($store, $db, $name);
        $crate::store::sql::profile::sql_profile!($store, $db, $name);
        $crate::store::sql::listings::sql_listings!($store, $db, $name);
        $crate::store::sql::plans::sql_plans!($store, $db, $name);
        $crate::store::sql::mentoring::sql_mentoring!($store, $db, $name);
        $crate::store::sql::community::sql_community!($store, $db, $name);
        $crate::store::sql::network::sql_network!($store, $db, $name);
        $crate::store::sql::teaching::sql_teaching!($store, $db, $name);
        $crate::store::sql::moderation::sql_moderation!($store, $db, $name);
        $crate::store::sql::events::sql_events!($store, $db, $name);
        $crate::store::sql::desk::sql_desk!($store, $db, $name);
        $crate::store::sql::library_time::sql_library_time!($store, $db, $name);
    };
}

pub(super) use sql_store;
