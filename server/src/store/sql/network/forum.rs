//! Group discussion: threads with their posts and followers, and meet-ups.

use crate::store::StoreResult;
use crate::store::network::ForumStore;
use crate::store::network::PostRow;
use crate::store::network::ThreadRow;

use super::{Db, SqlStore, post_select, thread_select};

#[async_trait::async_trait]
impl ForumStore for SqlStore<Db> {
    async fn create_thread(
        &self,
        group: i64,
        author: i64,
        title: &str,
        body: &str,
        now: i64,
    ) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        let id = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO threads (group_id, author_id, title, created_at, last_post_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(group)
        .bind(author)
        .bind(title)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query::<Db>(
            "INSERT INTO posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(author)
        .bind(body)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query::<Db>("INSERT INTO thread_follows (thread_id, user_id) VALUES ($1, $2)")
            .bind(id)
            .bind(author)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn threads(&self, group: i64) -> StoreResult<Vec<ThreadRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE t.group_id = $1 AND t.hidden = 0 ORDER BY t.last_post_at DESC, t.id DESC",
            thread_select()
        ));
        Ok(sqlx::query_as::<Db, ThreadRow>(sql)
            .bind(group)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn thread(&self, id: i64) -> StoreResult<Option<ThreadRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE t.id = $1", thread_select()));
        Ok(sqlx::query_as::<Db, ThreadRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn posts(&self, thread: i64) -> StoreResult<Vec<PostRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE p.thread_id = $1 ORDER BY p.id",
            post_select()
        ));
        Ok(sqlx::query_as::<Db, PostRow>(sql)
            .bind(thread)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn post(&self, id: i64) -> StoreResult<Option<PostRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE p.id = $1", post_select()));
        Ok(sqlx::query_as::<Db, PostRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn add_post(&self, thread: i64, author: i64, body: &str, now: i64) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        sqlx::query::<Db>("UPDATE threads SET last_post_at = $1 WHERE id = $2")
            .bind(now)
            .bind(thread)
            .execute(&mut *tx)
            .await?;
        let id = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(thread)
        .bind(author)
        .bind(body)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn set_follow(&self, thread: i64, user_id: i64, follow: bool) -> StoreResult<()> {
        let sql = if follow {
            "INSERT INTO thread_follows (thread_id, user_id) VALUES ($1, $2) ON CONFLICT (thread_id, user_id) DO NOTHING"
        } else {
            "DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2"
        };
        sqlx::query::<Db>(sql)
            .bind(thread)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn followers(&self, thread: i64) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "SELECT user_id FROM thread_follows WHERE thread_id = $1 ORDER BY user_id",
        )
        .bind(thread)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn followed_threads(&self, user_id: i64) -> StoreResult<Vec<i64>> {
        Ok(
            sqlx::query_scalar::<Db, i64>(
                "SELECT thread_id FROM thread_follows WHERE user_id = $1",
            )
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?,
        )
    }

    async fn create_meetup(&self, group: i64, body: &str, by: i64, now: i64) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO meetups (group_id, body, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(group)
        .bind(body)
        .bind(by)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn meetups(&self, group: i64) -> StoreResult<Vec<(i64, String)>> {
        Ok(sqlx::query_as::<Db, (i64, String)>(
            "SELECT id, body FROM meetups WHERE group_id = $1 ORDER BY id",
        )
        .bind(group)
        .fetch_all(&self.pool)
        .await?)
    }
}
