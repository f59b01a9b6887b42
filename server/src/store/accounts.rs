//! Accounts, sessions, one-time codes, the sign-in throttle and the audit
//! log: what the store keeps about people signing in.

use async_trait::async_trait;
use libranet_core::Lang;
use libranet_core::account::Role;
use libranet_core::session_policy::{DeviceKind, SessionPolicy};

use super::StoreResult;

/// A person's account as stored.
#[derive(Debug, Clone)]
pub struct UserRecord {
    pub id: i64,
    pub username: String,
    /// `None` until the person sets a password (desk enrollment).
    pub password_hash: Option<String>,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub language: Lang,
    pub roles: Vec<Role>,
    pub created_at: i64,
}

impl UserRecord {
    /// The person as the API shows them to themselves.
    pub fn view(&self) -> libranet_core::api::UserView {
        libranet_core::api::UserView {
            id: self.id,
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            email: self.email.clone(),
            language: self.language,
            roles: self.roles.clone(),
            created_at: self.created_at,
        }
    }
}

pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: Option<&'a str>,
    pub display_name: Option<&'a str>,
    pub email: Option<&'a str>,
    pub language: Lang,
    pub roles: &'a [Role],
    pub now: i64,
}

/// New values for a person's own details; `None` leaves a field unchanged.
#[derive(Debug, Default)]
pub struct AccountChanges {
    /// `Some(None)` clears the display name.
    pub display_name: Option<Option<String>>,
    /// `Some(None)` clears the email.
    pub email: Option<Option<String>>,
    pub language: Option<Lang>,
}

#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub user_id: i64,
    pub device: DeviceKind,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub policy: SessionPolicy,
    /// Kiosk sessions: until when the session lives without a heartbeat.
    pub alive_until: Option<i64>,
    /// Kiosk sessions: the hash of the key held by the session's tabs.
    pub tab_key_hash: Option<String>,
}

pub struct NewSession<'a> {
    pub id_hash: &'a str,
    pub user_id: i64,
    pub device: DeviceKind,
    pub policy: SessionPolicy,
    pub now: i64,
    pub alive_until: Option<i64>,
    pub tab_key_hash: Option<&'a str>,
}

/// Where a client stands against its budget of sign-in attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// Go ahead: the attempt is counted.
    Granted,
    /// Over budget until this moment; nothing was counted.
    Exhausted { until: i64 },
}

/// Why a one-time code was issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePurpose {
    /// First password for a patron enrolled at the desk.
    Setup,
    /// A patron forgot their password.
    Reset,
}

impl libranet_core::word::Word for CodePurpose {
    fn as_word(self) -> &'static str {
        match self {
            CodePurpose::Setup => "setup",
            CodePurpose::Reset => "reset",
        }
    }
    fn from_word(word: &str) -> Option<Self> {
        [CodePurpose::Setup, CodePurpose::Reset]
            .into_iter()
            .find(|p| p.as_word() == word)
    }
}

pub struct NewCode<'a> {
    pub user_id: i64,
    pub purpose: CodePurpose,
    pub code_hash: &'a str,
    pub issued_by: i64,
    pub now: i64,
    pub expires_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CodeRecord {
    pub id: i64,
    pub code_hash: String,
    pub expires_at: i64,
    pub failed_tries: i64,
}

/// An entry in the audit log of staff actions.
pub struct AuditEntry<'a> {
    pub actor_id: i64,
    pub action: &'a str,
    pub subject_id: Option<i64>,
    pub now: i64,
}

/// Accounts, roles, the sign-in throttle and the audit log.
#[async_trait]
pub trait AccountStore: Send + Sync {
    /// `"sqlite"` or `"postgres"`.
    fn backend(&self) -> &'static str;
    async fn ping(&self) -> StoreResult<()>;

    async fn count_users(&self) -> StoreResult<i64>;
    /// Fails with `Conflict` when the username is taken.
    async fn create_user(&self, new: NewUser<'_>) -> StoreResult<UserRecord>;
    async fn find_user(&self, id: i64) -> StoreResult<Option<UserRecord>>;
    async fn find_user_by_username(&self, username: &str) -> StoreResult<Option<UserRecord>>;
    async fn update_account(
        &self,
        id: i64,
        changes: AccountChanges,
        now: i64,
    ) -> StoreResult<UserRecord>;
    async fn set_password_hash(&self, id: i64, hash: &str, now: i64) -> StoreResult<()>;

    /// Counts a sign-in attempt against `key` before the password is
    /// checked, so parallel guesses cannot slip past the lock. The attempt
    /// that reaches the limit locks the key at once. `Ok(None)`: go ahead;
    /// `Ok(Some(until))`: locked until then, do not check the password.
    async fn reserve_sign_in_attempt(&self, key: &str, now: i64) -> StoreResult<Option<i64>>;
    async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<()>;

    /// Counts an attempt by one client (sign-in, sign-up, code) in a fixed
    /// window of `window_secs`, before any password is hashed, in one
    /// statement so every server instance sees the same count.
    async fn reserve_client_attempt(
        &self,
        client_key: &str,
        now: i64,
        window_secs: i64,
        budget: i64,
    ) -> StoreResult<Budget>;
    /// Gives an attempt back (it succeeded, so it was no guess).
    async fn refund_client_attempt(&self, client_key: &str) -> StoreResult<()>;

    async fn record_audit(&self, entry: AuditEntry<'_>) -> StoreResult<()>;
    async fn audit_count(&self, action: &str, subject_id: i64) -> StoreResult<i64>;
}

/// Server-side sessions and staff-issued one-time codes.
#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, new: NewSession<'_>) -> StoreResult<()>;
    async fn find_session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>>;
    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()>;
    /// A kiosk page is still open: the session lives until `until`. Never
    /// shortens, and never touches a personal session. False when there is
    /// no such kiosk session.
    async fn keep_session_alive(&self, id_hash: &str, until: i64) -> StoreResult<bool>;
    /// A kiosk page is going away: the session ends at `until` unless a
    /// page says it is still open before then. Never lengthens.
    async fn end_session_soon(&self, id_hash: &str, until: i64) -> StoreResult<()>;
    async fn delete_session(&self, id_hash: &str) -> StoreResult<()>;
    /// Ends every session of one person; returns how many ended.
    async fn delete_user_sessions(&self, user_id: i64) -> StoreResult<u64>;
    /// Removes sessions, codes and throttle records that no longer matter.
    async fn purge_expired(&self, now: i64) -> StoreResult<u64>;

    /// Issues a code, replacing any earlier code of the same person.
    async fn replace_code(&self, new: NewCode<'_>) -> StoreResult<()>;
    async fn find_code(&self, user_id: i64) -> StoreResult<Option<CodeRecord>>;
    /// Counts a try of this exact code (same id and hash, so a code reissued
    /// meanwhile is not touched) before it is checked. False when the code
    /// is gone or has used up `max_tries`.
    async fn reserve_code_try(&self, code: &CodeRecord, max_tries: i64) -> StoreResult<bool>;
    /// Atomically: consumes this exact code, sets the new password, ends
    /// every session of the person and forgets their failed sign-ins.
    /// `Conflict` when the code was used or replaced meanwhile.
    async fn complete_code(
        &self,
        user_id: i64,
        code: &CodeRecord,
        password_hash: &str,
        throttle_key: &str,
        now: i64,
    ) -> StoreResult<()>;
}
