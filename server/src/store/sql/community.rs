//! The skills database, partner needs and connections.

use libranet_core::expertise::views::{ConnectionStatus, NeedStatus};

use crate::store::StoreResult;
use crate::store::columns::Text;
use crate::store::community::CommunityStore;
use crate::store::community::CommunitySweep;
use crate::store::community::ConnectionRow;
use crate::store::community::DirectoryRow;
use crate::store::community::NeedRow;
use crate::store::mentoring::MessageRow;

use super::{Db, SqlStore};

pub(crate) const NEED_COLUMNS: &str = "n.id, n.owner_id, o.body AS org_body, (CAST(CASE WHEN o.verified_at IS NULL THEN 0 ELSE 1 END AS BIGINT) <> 0) AS verified, \
     n.body, n.status, n.created_at, n.expires_at, (n.hidden <> 0) AS hidden \
     FROM needs n LEFT JOIN partner_orgs o ON o.user_id = n.owner_id";

pub(crate) const CONNECTION_COLUMNS: &str = "c.id, c.from_id, COALESCE(a.display_name, a.username) AS from_name, c.to_id, \
     COALESCE(b.display_name, b.username) AS to_name, c.need_id, n.body AS need_body, c.message, c.status, c.created_at \
     FROM connections c JOIN users a ON a.id = c.from_id JOIN users b ON b.id = c.to_id \
     LEFT JOIN needs n ON n.id = c.need_id";

/// `visibility IN (...)` over fixed names (never input).
pub(crate) fn directory_statement(visible: &[&'static str]) -> sqlx::AssertSqlSafe<String> {
    let names: Vec<String> = visible.iter().map(|v| format!("'{v}'")).collect();
    sqlx::AssertSqlSafe(format!(
        "SELECT e.user_id, COALESCE(u.display_name, u.username) AS name, e.body FROM expertise e JOIN users u ON u.id = e.user_id \
         WHERE e.visibility IN ({}) AND u.profile_hidden = 0 ORDER BY e.user_id",
        if names.is_empty() {
            "''".to_owned()
        } else {
            names.join(", ")
        }
    ))
}

#[async_trait::async_trait]
impl CommunityStore for SqlStore<Db> {
    async fn expertise(&self, user_id: i64) -> StoreResult<Option<String>> {
        self.body_of("expertise", user_id).await
    }

    async fn save_expertise(
        &self,
        user_id: i64,
        body: &str,
        visibility: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query::<Db>(
            "INSERT INTO expertise (user_id, body, visibility, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, visibility = excluded.visibility, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(body)
        .bind(visibility)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn directory(&self, visible: &[&'static str]) -> StoreResult<Vec<DirectoryRow>> {
        let statement = super::community::directory_statement(visible);
        Ok(sqlx::query_as::<Db, DirectoryRow>(statement)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn org(&self, user_id: i64) -> StoreResult<Option<(String, bool)>> {
        Ok(sqlx::query_as::<Db, (String, i64)>(
            "SELECT body, CAST(CASE WHEN verified_at IS NULL THEN 0 ELSE 1 END AS BIGINT) FROM partner_orgs WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?
        .map(|(body, verified)| (body, verified != 0)))
    }

    async fn save_org(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()> {
        self.save_body("partner_orgs", user_id, body, now).await
    }

    async fn verify_org(&self, user_id: i64, by: i64, now: i64) -> StoreResult<bool> {
        Ok(sqlx::query::<Db>(
            "UPDATE partner_orgs SET verified_at = $1, verified_by = $2 WHERE user_id = $3 AND verified_at IS NULL",
        )
        .bind(now)
        .bind(by)
        .bind(user_id)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    async fn unverified_orgs(&self) -> StoreResult<Vec<(i64, String)>> {
        Ok(sqlx::query_as::<Db, (i64, String)>(
            "SELECT user_id, body FROM partner_orgs WHERE verified_at IS NULL ORDER BY updated_at",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_need(
        &self,
        owner_id: i64,
        body: &str,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO needs (owner_id, body, status, created_at, updated_at, expires_at) \
             VALUES ($1, $2, 'open', $3, $3, $4) RETURNING id",
        )
        .bind(owner_id)
        .bind(body)
        .bind(now)
        .bind(expires_at)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn update_need(&self, id: i64, body: &str, expires_at: i64, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>(
            "UPDATE needs SET body = $1, expires_at = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(body)
        .bind(expires_at)
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn set_need_status(&self, id: i64, status: NeedStatus, now: i64) -> StoreResult<()> {
        sqlx::query::<Db>("UPDATE needs SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(Text(status))
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn need(&self, id: i64) -> StoreResult<Option<NeedRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {NEED_COLUMNS} WHERE n.id = $1"));
        Ok(sqlx::query_as::<Db, NeedRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn live_needs(&self, now: i64) -> StoreResult<Vec<NeedRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {NEED_COLUMNS} WHERE n.status = 'open' AND n.hidden = 0 AND o.verified_at IS NOT NULL AND n.expires_at > $1 ORDER BY n.id DESC"
        ));
        Ok(sqlx::query_as::<Db, NeedRow>(sql)
            .bind(now)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn needs_of(&self, owner_id: i64) -> StoreResult<Vec<NeedRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {NEED_COLUMNS} WHERE n.owner_id = $1 ORDER BY n.id DESC"
        ));
        Ok(sqlx::query_as::<Db, NeedRow>(sql)
            .bind(owner_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn create_connection(
        &self,
        from_id: i64,
        to_id: i64,
        need_id: Option<i64>,
        message: &str,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO connections (from_id, to_id, need_id, message, status, created_at) \
             VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id",
        )
        .bind(from_id)
        .bind(to_id)
        .bind(need_id)
        .bind(message)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn connection(&self, id: i64) -> StoreResult<Option<ConnectionRow>> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT {CONNECTION_COLUMNS} WHERE c.id = $1"));
        Ok(sqlx::query_as::<Db, ConnectionRow>(sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn connections_of(&self, user_id: i64) -> StoreResult<Vec<ConnectionRow>> {
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT {CONNECTION_COLUMNS} WHERE c.from_id = $1 OR c.to_id = $1 ORDER BY c.id DESC LIMIT 200"
        ));
        Ok(sqlx::query_as::<Db, ConnectionRow>(sql)
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn answer_connection(
        &self,
        id: i64,
        status: ConnectionStatus,
        now: i64,
    ) -> StoreResult<bool> {
        self.answer_pending("connections", id, status, now).await
    }

    async fn connection_messages(&self, id: i64) -> StoreResult<Vec<MessageRow>> {
        self.conversation("connection_messages", "connection_id", id)
            .await
    }

    async fn add_connection_message(
        &self,
        id: i64,
        sender_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64> {
        Ok(sqlx::query_scalar::<Db, i64>(
            "INSERT INTO connection_messages (connection_id, sender_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(id)
        .bind(sender_id)
        .bind(body)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    async fn sweep_due(
        &self,
        now: i64,
        check_in_until: i64,
        remind_after: i64,
        pause_after: i64,
    ) -> StoreResult<bool> {
        let due = sqlx::query_scalar::<Db, i64>(
            "SELECT (SELECT COUNT(*) FROM mentor_requests WHERE status IN ('pending', 'more_info') AND expires_at <= $1) \
             + (SELECT COUNT(*) FROM mentorship_checkins WHERE reminded = 0 AND starts_at > $1 AND starts_at <= $2) \
             + (SELECT COUNT(*) FROM appointment_slots WHERE reminded = 0 AND patron_id IS NOT NULL \
                AND cancelled_at IS NULL AND starts_at > $1 AND starts_at <= $2) \
             + (SELECT COUNT(*) FROM needs WHERE status IN ('open', 'paused') AND expires_at <= $1) \
             + (SELECT COUNT(*) FROM connections WHERE status = 'pending' AND reminded = 0 AND created_at <= $3) \
             + (SELECT COUNT(*) FROM needs n WHERE n.status = 'open' AND EXISTS (SELECT 1 FROM connections c \
                WHERE c.need_id = n.id AND c.to_id = n.owner_id AND c.status = 'pending' AND c.created_at <= $4))",
        )
        .bind(now)
        .bind(check_in_until)
        .bind(now - remind_after)
        .bind(now - pause_after)
        .fetch_one(&self.pool)
        .await?;
        Ok(due > 0)
    }

    async fn sweep_community(
        &self,
        now: i64,
        remind_after: i64,
        pause_after: i64,
    ) -> StoreResult<CommunitySweep> {
        let expired_needs = sqlx::query_as::<Db, (i64, i64)>(
            "UPDATE needs SET status = 'closed', updated_at = $1 WHERE status IN ('open', 'paused') AND expires_at <= $1 \
             RETURNING id, owner_id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        let reminders = sqlx::query_as::<Db, (i64, i64)>(
            "UPDATE connections SET reminded = 1 WHERE status = 'pending' AND reminded = 0 AND created_at <= $1 \
             RETURNING id, to_id",
        )
        .bind(now - remind_after)
        .fetch_all(&self.pool)
        .await?;
        let paused_needs = sqlx::query_as::<Db, (i64, i64)>(
            "UPDATE needs SET status = 'paused', updated_at = $1 WHERE status = 'open' AND id IN \
             (SELECT c.need_id FROM connections c WHERE c.status = 'pending' AND c.to_id = needs.owner_id \
              AND c.need_id IS NOT NULL AND c.created_at <= $2) RETURNING id, owner_id",
        )
        .bind(now)
        .bind(now - pause_after)
        .fetch_all(&self.pool)
        .await?;
        Ok(CommunitySweep {
            expired_needs,
            reminders,
            paused_needs,
        })
    }
}
