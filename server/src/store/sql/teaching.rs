//! The teaching resources exchange: resources, their files, ratings and
//! comments.

use crate::store::StoreResult;
use crate::store::network::CommentRow;
use crate::store::network::NewFile;
use crate::store::network::TeachingFile;
use crate::store::network::TeachingRow;
use crate::store::network::TeachingStore;

use super::{Db, SqlStore};

/// Ratings are summed as BIGINT: PostgreSQL's SUM of BIGINT is NUMERIC.
pub(crate) const TEACHING_SELECT: &str = "SELECT t.id, t.owner_id, COALESCE(u.display_name, u.username) AS owner_name, t.original_id, t.body, \
     t.file_name, t.file_size, \
     CAST(COALESCE((SELECT SUM(r.stars) FROM teaching_ratings r WHERE r.teaching_id = t.id), 0) AS BIGINT) AS rating_sum, \
     (SELECT COUNT(*) FROM teaching_ratings r WHERE r.teaching_id = t.id) AS ratings, (t.hidden <> 0) AS hidden, t.created_at \
     FROM teaching t JOIN users u ON u.id = t.owner_id";

pub(crate) const COMMENT_SELECT: &str = "SELECT c.id, c.teaching_id, c.author_id, COALESCE(u.display_name, u.username) AS author_name, c.body, \
     (c.hidden <> 0) AS hidden, c.created_at FROM teaching_comments c JOIN users u ON u.id = c.author_id";

#[async_trait::async_trait]
impl TeachingStore for SqlStore<Db> {
    async fn create_teaching(
        &self,
        owner: i64,
        original: Option<i64>,
        body: &str,
        file: Option<NewFile<'_>>,
        now: i64,
    ) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        let id = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO teaching (owner_id, original_id, body, file_name, file_mime, file_size, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(owner)
        .bind(original)
        .bind(body)
        .bind(file.as_ref().map(|f| f.name))
        .bind(file.as_ref().map(|f| f.mime))
        .bind(file.as_ref().map(|f| f.bytes.len() as i64))
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(file) = &file {
            sqlx::query::<Db>("INSERT INTO teaching_files (teaching_id, bytes) VALUES ($1, $2)")
                .bind(id)
                .bind(file.bytes)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn teaching_list(&self) -> StoreResult<Vec<TeachingRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE t.hidden = 0 ORDER BY t.id DESC",
            super::teaching::TEACHING_SELECT
        ));
        Ok(sqlx::query_as::<Db, TeachingRow>(sql)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn teaching(&self, id: i64) -> StoreResult<Option<TeachingRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE t.id = $1",
            super::teaching::TEACHING_SELECT
        ));
        Ok(sqlx::query_as::<Db, TeachingRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn adaptations(&self, id: i64) -> StoreResult<Vec<TeachingRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE t.original_id = $1 AND t.hidden = 0 ORDER BY t.id",
            super::teaching::TEACHING_SELECT
        ));
        Ok(sqlx::query_as::<Db, TeachingRow>(sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn delete_teaching(&self, id: i64) -> StoreResult<()> {
        sqlx::query::<Db>("DELETE FROM teaching WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn teaching_file(&self, id: i64) -> StoreResult<Option<TeachingFile>> {
        Ok(sqlx::query_as::<Db, TeachingFile>(
            "SELECT t.file_name, t.file_mime, f.bytes FROM teaching t JOIN teaching_files f ON f.teaching_id = t.id WHERE t.id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn rate(&self, id: i64, user_id: i64, stars: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO teaching_ratings (teaching_id, user_id, stars) VALUES ($1, $2, $3) \
             ON CONFLICT (teaching_id, user_id) DO UPDATE SET stars = excluded.stars",
        )
        .bind(id)
        .bind(user_id)
        .bind(stars)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn my_rating(&self, id: i64, user_id: i64) -> StoreResult<Option<i64>> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT stars FROM teaching_ratings WHERE teaching_id = $1 AND user_id = $2",
        )
        .bind(id)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    async fn comments(&self, id: i64) -> StoreResult<Vec<CommentRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE c.teaching_id = $1 ORDER BY c.id",
            super::teaching::COMMENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, CommentRow>(sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn comment(&self, id: i64) -> StoreResult<Option<CommentRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE c.id = $1",
            super::teaching::COMMENT_SELECT
        ));
        Ok(sqlx::query_as::<Db, CommentRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn add_comment(&self, id: i64, author: i64, body: &str, now: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO teaching_comments (teaching_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(id)
        .bind(author)
        .bind(body)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }
}
