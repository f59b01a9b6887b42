//! The PostgreSQL backend, for deployments with several server instances.

use sqlx::Postgres;
use sqlx::postgres::PgPoolOptions;

use super::{SqlStore, StoreResult};

/// The shared store for several instances.
pub type PgStore = SqlStore<Postgres>;

impl PgStore {
    pub async fn connect(url: &str) -> StoreResult<PgStore> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        // The migrator takes an advisory lock, so instances starting together
        // do not race.
        super::migrator(super::embedded_migrations!("postgres"))
            .run(&pool)
            .await?;
        Ok(PgStore { pool })
    }
}

/// The driver the shared SQL is compiled for here.
type Db = Postgres;
/// What [`AccountStore::backend`](super::AccountStore::backend) answers.
const BACKEND: &str = "postgres";

#[expect(
    clippy::duplicate_mod,
    reason = "the shared SQL is compiled once per backend"
)]
#[path = "sql.rs"]
mod sql;
