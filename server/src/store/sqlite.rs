//! The embedded SQLite backend: WAL mode, foreign keys on, a busy timeout,
//! and a refusal to run on a SQLite library with the WAL-reset bug.

use std::str::FromStr;
use std::time::Duration;

use sqlx::Sqlite;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::{SqlStore, StoreError, StoreResult};

/// The oldest SQLite accepted: earlier versions have a WAL-reset bug that can
/// silently lose committed writes.
pub const MIN_SQLITE: (u32, u32, u32) = (3, 51, 3);

/// The embedded store.
pub type SqliteStore = SqlStore<Sqlite>;

impl SqliteStore {
    pub async fn connect(url: &str) -> StoreResult<SqliteStore> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        let (version,): (String,) = sqlx::query_as("SELECT sqlite_version()")
            .fetch_one(&pool)
            .await?;
        check_version(&version)?;
        super::migrator(super::embedded_migrations!("sqlite"))
            .run(&pool)
            .await?;
        Ok(SqliteStore { pool })
    }
}

fn check_version(version: &str) -> StoreResult<()> {
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    if found >= MIN_SQLITE {
        Ok(())
    } else {
        let (a, b, c) = MIN_SQLITE;
        Err(StoreError::Unsupported(format!(
            "SQLite {version} is older than {a}.{b}.{c}, which fixes a WAL-reset bug that can lose committed writes; refusing to start"
        )))
    }
}

/// The driver the shared SQL is compiled for here.
type Db = Sqlite;
/// What [`AccountStore::backend`](super::AccountStore::backend) answers.
const BACKEND: &str = "sqlite";

#[expect(
    clippy::duplicate_mod,
    reason = "the shared SQL is compiled once per backend"
)]
#[path = "sql.rs"]
mod sql;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_sqlite_older_than_3_51_3() {
        assert!(check_version("3.51.2").is_err());
        assert!(check_version("3.45.1").is_err());
        assert!(check_version("3.51.3").is_ok());
        assert!(check_version("3.52.0").is_ok());
        assert!(check_version("4.0.0").is_ok());
    }
}
