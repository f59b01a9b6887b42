//! The versioned skills taxonomy document.

use crate::store::StoreResult;
use crate::store::TaxonomyStore;

use super::{Db, SqlStore};

#[async_trait::async_trait]
impl TaxonomyStore for SqlStore<Db> {
    async fn taxonomy_version(&self) -> StoreResult<Option<i64>> {
        let (version,): (Option<i64>,) =
            sqlx::query_as::<Db, (Option<i64>,)>("SELECT MAX(version) FROM taxonomy")
                .fetch_one(&self.pool)
                .await?;
        Ok(version)
    }

    async fn load_taxonomy(&self) -> StoreResult<Option<(i64, String)>> {
        let row = sqlx::query_as::<Db, (i64, String)>(
            "SELECT version, document FROM taxonomy ORDER BY version DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row)
    }

    async fn save_taxonomy(&self, source: &str, document: &str, now: i64) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        let (version,): (i64,) = sqlx::query_as::<Db, (i64,)>(
            "INSERT INTO taxonomy (version, source, document, imported_at) \
             SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3 FROM taxonomy RETURNING version",
        )
        .bind(source)
        .bind(document)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query::<Db>("DELETE FROM taxonomy WHERE version < $1")
            .bind(version)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(version)
    }
}
