//! Public listings (jobs, learning resources) and the change cursor.
//!
//! Every write takes the next change number from `change_cursor` inside its
//! transaction. On PostgreSQL the row stays locked until the commit, so a
//! later number never becomes visible before an earlier one and a browser
//! that synced up to number N has truly seen every change up to N.

use crate::store::ListingKind;
use crate::store::ListingRecord;
use crate::store::ListingStore;
use crate::store::StoreResult;

use super::{Db, SqlStore};

/// The query text for one listing table (table names are fixed, never input).
pub(crate) fn on_table(kind: ListingKind, template: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(template.replace("{table}", kind.table()))
}

/// The columns of a [`ListingRecord`], by name (`{table}` is the listing's).
pub(crate) const LISTING_COLUMNS: &str = "id, version, owner_id, (is_open <> 0) AS open, body";

pub(crate) const NEXT_CHANGE: &str =
    "UPDATE change_cursor SET value = value + 1 WHERE id = 1 RETURNING value";

#[async_trait::async_trait]
impl ListingStore for SqlStore<Db> {
    async fn create_listings(
        &self,
        kind: ListingKind,
        owner_id: i64,
        bodies: &[String],
        now: i64,
    ) -> StoreResult<Vec<ListingRecord>> {
        let mut tx = self.pool.begin().await?;
        let mut created = Vec::with_capacity(bodies.len());
        for body in bodies {
            let version: i64 = sqlx::query_scalar::<Db, i64>(NEXT_CHANGE)
                .fetch_one(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar::<Db, i64>(on_table(
                kind,
                "INSERT INTO {table} (version, owner_id, is_open, body, created_at, updated_at) \
                 VALUES ($1, $2, 1, $3, $4, $4) RETURNING id",
            ))
            .bind(version)
            .bind(owner_id)
            .bind(body)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            created.push(ListingRecord {
                id,
                version,
                owner_id,
                open: true,
                body: body.clone(),
            });
        }
        tx.commit().await?;
        Ok(created)
    }

    async fn update_listing(
        &self,
        kind: ListingKind,
        id: i64,
        body: &str,
        open: bool,
        now: i64,
    ) -> StoreResult<Option<ListingRecord>> {
        let mut tx = self.pool.begin().await?;
        let version: i64 = sqlx::query_scalar::<Db, i64>(NEXT_CHANGE)
            .fetch_one(&mut *tx)
            .await?;
        let row = sqlx::query_as::<Db, ListingRecord>(on_table(
            kind,
            &format!(
                "UPDATE {{table}} SET version = $1, is_open = $2, body = $3, updated_at = $4 \
                 WHERE id = $5 RETURNING {LISTING_COLUMNS}"
            ),
        ))
        .bind(version)
        .bind(i64::from(open))
        .bind(body)
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        // Nothing changed: give the change number back by not committing.
        if row.is_some() {
            tx.commit().await?;
        }
        Ok(row)
    }

    async fn find_listing(&self, kind: ListingKind, id: i64) -> StoreResult<Option<ListingRecord>> {
        Ok(sqlx::query_as::<Db, ListingRecord>(on_table(
            kind,
            &format!("SELECT {LISTING_COLUMNS} FROM {{table}} WHERE id = $1"),
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn listings_changed_since(
        &self,
        kind: ListingKind,
        since: i64,
        limit: i64,
    ) -> StoreResult<Vec<ListingRecord>> {
        Ok(sqlx::query_as::<Db, ListingRecord>(on_table(
            kind,
            &format!(
                "SELECT {LISTING_COLUMNS} FROM {{table}} WHERE version > $1 ORDER BY version LIMIT $2"
            ),
        ))
        .bind(since)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn change_cursor(&self) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar::<Db, i64>("SELECT value FROM change_cursor WHERE id = 1")
                .fetch_one(&self.pool)
                .await?,
        )
    }
}
