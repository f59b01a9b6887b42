//! Endorsements, recommendations, groups, threads, posts and meet-ups.

use libranet_core::network::{MemberStatus, RecommendationStatus};

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::network::GroupRow;
use crate::store::network::MemberRow;
use crate::store::network::NetworkStore;
use crate::store::network::RecommendationRow;

use super::{Db, SqlStore};

#[path = "network/forum.rs"]
mod forum;

const NAME_A: &str = "COALESCE(a.display_name, a.username)";

pub(crate) fn recommendation_select() -> String {
    format!(
        "SELECT r.id, r.author_id, {NAME_A} AS author_name, r.subject_id, COALESCE(b.display_name, b.username) AS subject_name, r.body, r.status, \
         (r.hidden <> 0) AS hidden, r.created_at FROM recommendations r JOIN users a ON a.id = r.author_id JOIN users b ON b.id = r.subject_id"
    )
}

pub(crate) fn thread_select() -> String {
    format!(
        "SELECT t.id, t.group_id, t.author_id, {NAME_A} AS author_name, t.title, \
         (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.hidden = 0) AS posts, (t.hidden <> 0) AS hidden, t.last_post_at \
         FROM threads t JOIN users a ON a.id = t.author_id"
    )
}

pub(crate) fn post_select() -> String {
    format!(
        "SELECT p.id, p.thread_id, p.author_id, {NAME_A} AS author_name, p.body, (p.hidden <> 0) AS hidden, p.created_at \
         FROM posts p JOIN users a ON a.id = p.author_id"
    )
}

pub(crate) const GROUP_SELECT: &str = "SELECT g.id, g.body, \
     (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.status <> 'pending') AS members \
     FROM peer_groups g";

#[async_trait::async_trait]
impl NetworkStore for SqlStore<Db> {
    async fn endorse(
        &self,
        subject: i64,
        skill: &str,
        endorser: i64,
        now: i64,
    ) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "INSERT INTO endorsements (subject_id, skill_id, endorser_id, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (subject_id, skill_id, endorser_id) DO NOTHING",
        )
        .bind(subject)
        .bind(skill)
        .bind(endorser)
        .bind(now)
        .execute(&self.pool)
        .await?
        .rows_affected()
            > 0)
    }

    async fn unendorse(&self, subject: i64, skill: &str, endorser: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "DELETE FROM endorsements WHERE subject_id = $1 AND skill_id = $2 AND endorser_id = $3",
        )
        .bind(subject)
        .bind(skill)
        .bind(endorser)
        .execute(&self.pool)
        .await?
        .rows_affected()
            > 0)
    }

    async fn endorsements(&self, subject: i64) -> StoreResult<Vec<(String, i64)>> {
        Ok(sqlx::query_as::<Db, (String, i64)>(
            "SELECT skill_id, endorser_id FROM endorsements WHERE subject_id = $1 ORDER BY skill_id, endorser_id",
        )
        .bind(subject)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_recommendation(
        &self,
        author: i64,
        subject: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO recommendations (author_id, subject_id, body, status, created_at) \
             VALUES ($1, $2, $3, 'pending', $4) RETURNING id",
        )
        .bind(author)
        .bind(subject)
        .bind(body)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn recommendation(&self, id: i64) -> StoreResult<Option<RecommendationRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE r.id = $1",
            super::network::recommendation_select()
        ));
        Ok(sqlx::query_as::<Db, RecommendationRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn recommendations_of(&self, user_id: i64) -> StoreResult<Vec<RecommendationRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "{} WHERE r.subject_id = $1 OR r.author_id = $1 ORDER BY r.id DESC",
            super::network::recommendation_select()
        ));
        Ok(sqlx::query_as::<Db, RecommendationRow>(sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn answer_recommendation(
        &self,
        id: i64,
        status: RecommendationStatus,
        now: i64,
    ) -> StoreResult<bool> {
        self.answer_pending("recommendations", id, status, now)
            .await
    }

    async fn delete_recommendation(&self, id: i64) -> StoreResult<()> {
        sqlx::query::<Db>("DELETE FROM recommendations WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_group(&self, body: &str, creator: i64, now: i64) -> StoreResult<i64> {
        let mut tx = self.pool.begin().await?;
        let id = sqlx::query_scalar::<Db, i64>(
            "INSERT INTO peer_groups (body, created_by, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(body)
        .bind(creator)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query::<Db>(
            "INSERT INTO group_members (group_id, user_id, status, joined_at) VALUES ($1, $2, 'organiser', $3)",
        )
        .bind(id)
        .bind(creator)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn update_group(&self, id: i64, body: &str) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE peer_groups SET body = $1 WHERE id = $2")
            .bind(body)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn groups(&self) -> StoreResult<Vec<GroupRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} ORDER BY g.id", super::network::GROUP_SELECT));
        Ok(sqlx::query_as::<Db, GroupRow>(sql)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn group(&self, id: i64) -> StoreResult<Option<GroupRow>> {
        let sql = sqlx::AssertSqlSafe(format!("{} WHERE g.id = $1", super::network::GROUP_SELECT));
        Ok(sqlx::query_as::<Db, GroupRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn group_memberships_of(&self, user_id: i64) -> StoreResult<Vec<(i64, MemberStatus)>> {
        Ok(sqlx::query_as::<Db, (i64, Text<MemberStatus>)>(
            "SELECT group_id, status FROM group_members WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|(group, Text(status))| (group, status))
        .collect())
    }

    async fn group_membership(
        &self,
        group: i64,
        user_id: i64,
    ) -> StoreResult<Option<MemberStatus>> {
        Ok(sqlx::query_scalar::<Db, Text<MemberStatus>>(
            "SELECT status FROM group_members WHERE group_id = $1 AND user_id = $2",
        )
        .bind(group)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?
        .map(|Text(status)| status))
    }

    async fn set_group_membership(
        &self,
        group: i64,
        user_id: i64,
        status: MemberStatus,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO group_members (group_id, user_id, status, joined_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (group_id, user_id) DO UPDATE SET status = excluded.status, joined_at = excluded.joined_at",
        )
        .bind(group)
        .bind(user_id)
        .bind(Text(status))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn leave_group(&self, group: i64, user_id: i64) -> StoreResult<bool> {
        let mut tx = self.pool.begin().await?;
        let left =
            sqlx::query::<Db>("DELETE FROM group_members WHERE group_id = $1 AND user_id = $2")
                .bind(group)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                > 0;
        sqlx::query::<Db>(
            "DELETE FROM thread_follows WHERE user_id = $2 AND thread_id IN (SELECT id FROM threads WHERE group_id = $1)",
        )
        .bind(group)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(left)
    }

    async fn group_members(&self, group: i64) -> StoreResult<Vec<MemberRow>> {
        Ok(sqlx::query_as::<Db, MemberRow>(
            "SELECT m.user_id, COALESCE(u.display_name, u.username) AS name, u.username, m.status \
             FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 ORDER BY m.joined_at, m.user_id",
        )
        .bind(group)
        .fetch_all(&self.pool)
        .await?)
    }
}
