//! What the cohort store keeps: cohorts, their members, and the pairs a
//! coordinator publishes as mentorships.

use async_trait::async_trait;

use libranet_core::mentoring::views::{CohortRole, MemberStatus};
use libranet_core::mentoring::{MenteeProfile, MentorProfile};

use super::StoreResult;
use super::columns::{JsonOrNull, Text};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CohortRow {
    pub id: i64,
    pub name: String,
    pub published_at: Option<i64>,
    pub mentors: i64,
    pub mentees: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: i64,
    pub name: String,
    #[sqlx(try_from = "Text<CohortRole>")]
    pub role: CohortRole,
    #[sqlx(try_from = "Text<MemberStatus>")]
    pub status: MemberStatus,
    #[sqlx(try_from = "JsonOrNull<MentorProfile>")]
    pub mentor_body: Option<MentorProfile>,
    #[sqlx(try_from = "JsonOrNull<MenteeProfile>")]
    pub mentee_body: Option<MenteeProfile>,
    pub capacity: Option<i64>,
    pub active: Option<i64>,
}

/// One pair to publish: mentee, mentor, and the goals they start with.
pub struct NewPair<'a> {
    pub mentee_id: i64,
    pub mentor_id: i64,
    pub goals: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    /// The new mentorships, in the order of the pairs.
    Done(Vec<i64>),
    /// This mentor has no free place left; nothing was published.
    Full(i64),
    AlreadyPublished,
}

/// Cohorts and their members.
#[async_trait]
pub trait CohortStore: Send + Sync {
    async fn create_cohort(&self, name: &str, by: i64, now: i64) -> StoreResult<i64>;
    async fn cohorts(&self) -> StoreResult<Vec<CohortRow>>;
    async fn cohort(&self, id: i64) -> StoreResult<Option<CohortRow>>;
    async fn cohort_creator(&self, id: i64) -> StoreResult<i64>;
    async fn cohort_members(&self, id: i64) -> StoreResult<Vec<MemberRow>>;
    async fn membership(
        &self,
        cohort_id: i64,
        user_id: i64,
    ) -> StoreResult<Option<(CohortRole, MemberStatus)>>;
    async fn memberships_of(
        &self,
        user_id: i64,
    ) -> StoreResult<Vec<(i64, CohortRole, MemberStatus)>>;
    async fn set_member(
        &self,
        cohort_id: i64,
        user_id: i64,
        role: CohortRole,
        status: MemberStatus,
    ) -> StoreResult<()>;
    async fn remove_member(&self, cohort_id: i64, user_id: i64) -> StoreResult<bool>;
    async fn cohort_pairs(&self, cohort_id: i64) -> StoreResult<Vec<(i64, i64)>>;
    async fn publish_cohort(
        &self,
        cohort_id: i64,
        pairs: &[NewPair<'_>],
        now: i64,
    ) -> StoreResult<Published>;
}
