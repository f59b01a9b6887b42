//! Persistence behind one trait, with a SQLite implementation (the default,
//! embedded) and a PostgreSQL one (for several server instances sharing one
//! database). The backend is chosen from the database URL's scheme.
//!
//! Both implementations run the same SQL (see `store/sql.rs`): `$n`
//! placeholders, `RETURNING` and `ON CONFLICT` mean the same on both, and
//! every integer column is 64-bit. Only connecting and the migration files
//! differ per backend.

use std::sync::Arc;

use async_trait::async_trait;
use libranet_core::plan::ApplicationStatus;
use libranet_core::profile::ProfileSkill;

pub mod accounts;
pub mod cohorts;
mod columns;
pub mod community;
pub mod desk;
pub mod events;
pub mod library_time;
pub mod mentoring;
pub mod network;
mod postgres;
mod sqlite;

pub use accounts::{
    AccountChanges, AccountStore, AuditEntry, Budget, CodePurpose, CodeRecord, NewCode, NewSession,
    NewUser, SessionRecord, SessionStore, UserRecord,
};
pub use community::CommunityStore;
pub use mentoring::MentoringStore;

pub use postgres::PgStore;

/// One backend's pool; every store trait is implemented for it by the
/// shared SQL in `store/sql.rs`, compiled once per backend.
pub struct SqlStore<DB: sqlx::Database> {
    pool: sqlx::Pool<DB>,
}
pub use sqlite::SqliteStore;

/// A failure of the store. `Conflict` is the caller's to explain; anything
/// else is an internal failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("a row with the same unique key already exists")]
    Conflict,
    #[error("database: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Unsupported(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Database(err),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The skills taxonomy, one JSON document per version.
#[async_trait]
pub trait TaxonomyStore: Send + Sync {
    /// The newest taxonomy's version, if any was stored.
    async fn taxonomy_version(&self) -> StoreResult<Option<i64>>;
    /// The newest taxonomy: its version and JSON document.
    async fn load_taxonomy(&self) -> StoreResult<Option<(i64, String)>>;
    /// Stores a taxonomy as the newest version (dropping older ones) and
    /// returns its version.
    async fn save_taxonomy(&self, source: &str, document: &str, now: i64) -> StoreResult<i64>;
}

/// What people put on their profiles.
#[async_trait]
pub trait ProfileStore: Send + Sync {
    /// The skills on a profile, in the order the person gave them.
    async fn profile_skills(&self, user_id: i64) -> StoreResult<Vec<ProfileSkill>>;
    /// Replaces the skills on a profile, atomically.
    async fn replace_profile_skills(
        &self,
        user_id: i64,
        skills: &[ProfileSkill],
        now: i64,
    ) -> StoreResult<()>;
}

/// The kinds of public listing, each in its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingKind {
    Job,
    Resource,
}

impl ListingKind {
    /// The table holding this kind (a fixed name, never input).
    pub(crate) fn table(self) -> &'static str {
        match self {
            ListingKind::Job => "jobs",
            ListingKind::Resource => "learning_resources",
        }
    }
}

/// A public listing as stored: its fields are a JSON body.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ListingRecord {
    pub id: i64,
    pub version: i64,
    pub owner_id: i64,
    pub open: bool,
    pub body: String,
}

/// Jobs and learning resources, with the change cursor.
#[async_trait]
pub trait ListingStore: Send + Sync {
    /// Creates listings (all or none) and returns their records, in order.
    async fn create_listings(
        &self,
        kind: ListingKind,
        owner_id: i64,
        bodies: &[String],
        now: i64,
    ) -> StoreResult<Vec<ListingRecord>>;
    /// Replaces a listing's body and open flag; `None` when there is none.
    async fn update_listing(
        &self,
        kind: ListingKind,
        id: i64,
        body: &str,
        open: bool,
        now: i64,
    ) -> StoreResult<Option<ListingRecord>>;
    async fn find_listing(&self, kind: ListingKind, id: i64) -> StoreResult<Option<ListingRecord>>;
    /// Listings changed after `since`, oldest change first, at most `limit`.
    async fn listings_changed_since(
        &self,
        kind: ListingKind,
        since: i64,
        limit: i64,
    ) -> StoreResult<Vec<ListingRecord>>;
    /// The newest change number.
    async fn change_cursor(&self) -> StoreResult<i64>;
}

/// What a saved plan came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanSave {
    /// Saved; the new revision.
    Saved(i64),
    /// The plan changed since the given revision; nothing was saved.
    Stale,
}

/// A job someone follows, and how far they got with it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TrackedJobRow {
    pub job_id: i64,
    #[sqlx(try_from = "columns::Text<ApplicationStatus>")]
    pub status: ApplicationStatus,
    pub updated_at: i64,
}

/// What people keep for themselves: profile details, plan, tracked jobs.
#[async_trait]
pub trait PlanStore: Send + Sync {
    async fn profile_details(&self, user_id: i64) -> StoreResult<Option<String>>;
    async fn save_profile_details(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()>;
    /// The plan's revision and body.
    async fn plan(&self, user_id: i64) -> StoreResult<Option<(i64, String)>>;
    /// Saves the plan if it is still at `base_revision` (0: never saved).
    async fn save_plan(
        &self,
        user_id: i64,
        base_revision: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<PlanSave>;
    /// Newest change first.
    async fn tracked_jobs(&self, user_id: i64) -> StoreResult<Vec<TrackedJobRow>>;
    async fn track_job(
        &self,
        user_id: i64,
        job_id: i64,
        status: ApplicationStatus,
        now: i64,
    ) -> StoreResult<()>;
    /// Whether there was something to remove.
    async fn untrack_job(&self, user_id: i64, job_id: i64) -> StoreResult<bool>;
}

/// Declares [`Store`] over the given traits, with the blanket impl that
/// makes every type implementing them all a store.
macro_rules! store_of {
    ($($part:path),* $(,)?) => {
        /// Everything the server keeps: one implementation per backend, each
        /// resource's queries behind its own trait.
        pub trait Store: $($part +)* 'static {}

        impl<T> Store for T where T: $($part +)* 'static {}
    };
}

store_of!(
    AccountStore,
    SessionStore,
    TaxonomyStore,
    ProfileStore,
    ListingStore,
    PlanStore,
    MentoringStore,
    mentoring::MentorshipStore,
    mentoring::SafetyStore,
    mentoring::InboxStore,
    cohorts::CohortStore,
    CommunityStore,
    network::NetworkStore,
    network::ForumStore,
    network::TeachingStore,
    network::ModerationStore,
    events::EventStore,
    desk::AppointmentStore,
    desk::DeskStore,
    library_time::LibraryTimeStore,
);

/// Connects to the database named by `url`, creating (SQLite) and migrating
/// it as needed.
pub async fn connect(url: &str) -> StoreResult<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::connect(url).await?))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Arc::new(PgStore::connect(url).await?))
    } else {
        Err(StoreError::Unsupported(
            "the database URL must start with sqlite: or postgres:".into(),
        ))
    }
}

/// The migrations of one backend (`"sqlite"` or `"postgres"`), embedded in
/// the binary as `(version, description, SQL)`. Applied migrations are never
/// edited; a change is a new file.
macro_rules! embedded_migrations {
    ($backend:literal) => {
        $crate::store::embedded_migrations!($backend;
            (1, "accounts", "0001_accounts.sql"),
            (2, "taxonomy", "0002_taxonomy.sql"),
            (3, "profile skills", "0003_profile_skills.sql"),
            (4, "listings", "0004_listings.sql"),
            (5, "plans", "0005_plans.sql"),
            (6, "mentoring", "0006_mentoring.sql"),
            (7, "community", "0007_community.sql"),
            (8, "network", "0008_network.sql"),
            (9, "events", "0009_events.sql"),
            (10, "desk", "0010_desk.sql"),
            (11, "calendar feeds", "0011_calendar_feeds.sql"),
            (12, "kiosk tabs and client budget", "0012_kiosk_tabs_and_client_budget.sql"),
            (13, "library time", "0013_library_time.sql"))
    };
    ($backend:literal; $(($version:literal, $name:literal, $file:literal)),*) => {
        &[$((
            $version,
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/", $backend, "/", $file)),
        )),*]
    };
}
use embedded_migrations;

/// Builds the embedded migrator from `(version, description, sql)` triples.
fn migrator(files: &[(i64, &'static str, &'static str)]) -> sqlx::migrate::Migrator {
    use sqlx::SqlSafeStr;
    use sqlx::migrate::{Migration, MigrationType, Migrator};
    Migrator::with_migrations(
        files
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

fn seconds(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}
