//! What the community store keeps: the skills database, partners and
//! their needs, connections and their messages.

use async_trait::async_trait;

use libranet_core::expertise::NeedFields;
use libranet_core::expertise::views::{ConnectionStatus, NeedStatus, PartnerOrg};

use super::StoreResult;
use super::columns::{Json, JsonOrNull, Text};
use super::mentoring::MessageRow;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NeedRow {
    pub id: i64,
    pub owner_id: i64,
    /// The partner organisation's stored body, if it has one.
    #[sqlx(try_from = "JsonOrNull<PartnerOrg>")]
    pub org_body: Option<PartnerOrg>,
    pub verified: bool,
    #[sqlx(try_from = "Json<NeedFields>")]
    pub body: NeedFields,
    #[sqlx(try_from = "Text<NeedStatus>")]
    pub status: NeedStatus,
    pub created_at: i64,
    pub expires_at: i64,
    /// Hidden by library staff.
    pub hidden: bool,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConnectionRow {
    pub id: i64,
    pub from_id: i64,
    pub from_name: String,
    pub to_id: i64,
    pub to_name: String,
    pub need_id: Option<i64>,
    pub need_body: Option<String>,
    pub message: String,
    #[sqlx(try_from = "Text<ConnectionStatus>")]
    pub status: ConnectionStatus,
    pub created_at: i64,
}

impl ConnectionRow {
    pub fn has_member(&self, user_id: i64) -> bool {
        self.from_id == user_id || self.to_id == user_id
    }
}

/// A skills database record as the directory lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DirectoryRow {
    pub user_id: i64,
    pub name: String,
    /// The expertise, as JSON.
    pub body: String,
}

/// What the sweep found to announce.
#[derive(Debug, Default)]
pub struct CommunitySweep {
    /// (need, owner) closed because their time ran out.
    pub expired_needs: Vec<(i64, i64)>,
    /// (connection, receiver) reminded to answer.
    pub reminders: Vec<(i64, i64)>,
    /// (need, owner) paused because requests went unanswered.
    pub paused_needs: Vec<(i64, i64)>,
}

#[async_trait]
pub trait CommunityStore: Send + Sync {
    async fn expertise(&self, user_id: i64) -> StoreResult<Option<String>>;
    async fn save_expertise(
        &self,
        user_id: i64,
        body: &str,
        visibility: &str,
        now: i64,
    ) -> StoreResult<()>;
    /// Records whose visibility is one of `visible` (fixed names only).
    async fn directory(&self, visible: &[&'static str]) -> StoreResult<Vec<DirectoryRow>>;

    async fn org(&self, user_id: i64) -> StoreResult<Option<(String, bool)>>;
    async fn save_org(&self, user_id: i64, body: &str, now: i64) -> StoreResult<()>;
    async fn verify_org(&self, user_id: i64, by: i64, now: i64) -> StoreResult<bool>;
    async fn unverified_orgs(&self) -> StoreResult<Vec<(i64, String)>>;

    async fn create_need(
        &self,
        owner_id: i64,
        body: &str,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<i64>;
    async fn update_need(&self, id: i64, body: &str, expires_at: i64, now: i64) -> StoreResult<()>;
    async fn set_need_status(&self, id: i64, status: NeedStatus, now: i64) -> StoreResult<()>;
    async fn need(&self, id: i64) -> StoreResult<Option<NeedRow>>;
    /// Open needs of verified partners, not expired.
    async fn live_needs(&self, now: i64) -> StoreResult<Vec<NeedRow>>;
    async fn needs_of(&self, owner_id: i64) -> StoreResult<Vec<NeedRow>>;

    /// `Conflict` when the same request is already waiting.
    async fn create_connection(
        &self,
        from_id: i64,
        to_id: i64,
        need_id: Option<i64>,
        message: &str,
        now: i64,
    ) -> StoreResult<i64>;
    async fn connection(&self, id: i64) -> StoreResult<Option<ConnectionRow>>;
    async fn connections_of(&self, user_id: i64) -> StoreResult<Vec<ConnectionRow>>;
    /// Answers a waiting request; `false` if it was answered already.
    async fn answer_connection(
        &self,
        id: i64,
        status: ConnectionStatus,
        now: i64,
    ) -> StoreResult<bool>;
    async fn connection_messages(&self, id: i64) -> StoreResult<Vec<MessageRow>>;
    async fn add_connection_message(
        &self,
        id: i64,
        sender_id: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64>;

    /// Whether the sweep has anything to do (one read, so the common case
    /// takes no write lock): an overdue request, a check-in to remind of
    /// before `check_in_until`, an expired need or a request waiting
    /// `remind_after` seconds, or an open need with a request to its owner
    /// waiting `pause_after` seconds.
    async fn sweep_due(
        &self,
        now: i64,
        check_in_until: i64,
        remind_after: i64,
        pause_after: i64,
    ) -> StoreResult<bool>;
    /// Closes expired needs, reminds receivers of requests waiting
    /// `remind_after` seconds, and pauses needs whose owner left a request
    /// waiting `pause_after` seconds. Each row is claimed once.
    async fn sweep_community(
        &self,
        now: i64,
        remind_after: i64,
        pause_after: i64,
    ) -> StoreResult<CommunitySweep>;
}
