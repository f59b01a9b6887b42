//! The PostgreSQL backend, for deployments with several server instances.

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgPool, Postgres};

use super::StoreResult;

pub struct PgStore {
    pool: PgPool,
}

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

super::sql::sql_store!(PgStore, Postgres, "postgres");
