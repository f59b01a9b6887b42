//! What the professional community keeps: endorsements, recommendations,
//! peer groups with threads, posts and meet-ups, the teaching resources
//! exchange, and moderation (hidden items, suspensions, the log).

use async_trait::async_trait;

use libranet_core::network::{GroupFields, MemberStatus, RecommendationStatus};
use libranet_core::teaching::TeachingFields;

use super::StoreResult;
use super::columns::{Json, Text};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecommendationRow {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub subject_id: i64,
    pub subject_name: String,
    pub body: String,
    #[sqlx(try_from = "Text<RecommendationStatus>")]
    pub status: RecommendationStatus,
    pub hidden: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    #[sqlx(try_from = "Json<GroupFields>")]
    pub body: GroupFields,
    pub members: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: i64,
    pub name: String,
    pub username: String,
    #[sqlx(try_from = "Text<MemberStatus>")]
    pub status: MemberStatus,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadRow {
    pub id: i64,
    pub group_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub title: String,
    /// Posts that are not hidden, the opening one included.
    pub posts: i64,
    pub hidden: bool,
    pub last_post_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub body: String,
    pub hidden: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeachingRow {
    pub id: i64,
    pub owner_id: i64,
    pub owner_name: String,
    pub original_id: Option<i64>,
    #[sqlx(try_from = "Json<TeachingFields>")]
    pub body: TeachingFields,
    pub file_name: Option<String>,
    pub file_size: Option<i64>,
    pub rating_sum: i64,
    pub ratings: i64,
    pub hidden: bool,
    pub created_at: i64,
}

/// A file to keep with a resource.
pub struct NewFile<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub bytes: &'a [u8],
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub teaching_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub body: String,
    pub hidden: bool,
    pub created_at: i64,
}

/// A teaching resource's attached file.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeachingFile {
    pub file_name: String,
    /// Its media type.
    pub file_mime: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ModerationRow {
    pub id: i64,
    pub at: i64,
    pub staff_name: String,
    pub action: String,
    pub target: Option<String>,
    pub subject_name: String,
    pub note: String,
}

/// What one moderation step records.
pub struct ModerationLog<'a> {
    pub staff_id: i64,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub subject_id: i64,
    pub report_id: Option<i64>,
    pub note: &'a str,
    pub now: i64,
}

#[async_trait]
pub trait NetworkStore: Send + Sync {
    /// `false` when this person already endorsed this skill.
    async fn endorse(
        &self,
        subject: i64,
        skill: &str,
        endorser: i64,
        now: i64,
    ) -> StoreResult<bool>;
    async fn unendorse(&self, subject: i64, skill: &str, endorser: i64) -> StoreResult<bool>;
    /// (skill, endorser) pairs on one person's page.
    async fn endorsements(&self, subject: i64) -> StoreResult<Vec<(String, i64)>>;

    /// `Conflict` while one from the same author waits.
    async fn create_recommendation(
        &self,
        author: i64,
        subject: i64,
        body: &str,
        now: i64,
    ) -> StoreResult<i64>;
    async fn recommendation(&self, id: i64) -> StoreResult<Option<RecommendationRow>>;
    /// Written for or by the person, newest first.
    async fn recommendations_of(&self, user_id: i64) -> StoreResult<Vec<RecommendationRow>>;
    /// Answers a waiting one; `false` if it was answered already.
    async fn answer_recommendation(
        &self,
        id: i64,
        status: RecommendationStatus,
        now: i64,
    ) -> StoreResult<bool>;
    async fn delete_recommendation(&self, id: i64) -> StoreResult<()>;

    /// Creates the group with its creator as organiser.
    async fn create_group(&self, body: &str, creator: i64, now: i64) -> StoreResult<i64>;
    async fn update_group(&self, id: i64, body: &str) -> StoreResult<()>;
    async fn groups(&self) -> StoreResult<Vec<GroupRow>>;
    async fn group(&self, id: i64) -> StoreResult<Option<GroupRow>>;
    /// (group, status) of every group the person is in or asked to join.
    async fn group_memberships_of(&self, user_id: i64) -> StoreResult<Vec<(i64, MemberStatus)>>;
    async fn group_membership(&self, group: i64, user_id: i64)
    -> StoreResult<Option<MemberStatus>>;
    async fn set_group_membership(
        &self,
        group: i64,
        user_id: i64,
        status: MemberStatus,
        now: i64,
    ) -> StoreResult<()>;
    /// Leaves (or is removed from) a group, no longer following its threads.
    async fn leave_group(&self, group: i64, user_id: i64) -> StoreResult<bool>;
    async fn group_members(&self, group: i64) -> StoreResult<Vec<MemberRow>>;
}

/// Group discussion: threads, posts, follows and meet-ups.
#[async_trait]
pub trait ForumStore: Send + Sync {
    /// Creates the thread with its opening post; the author follows it.
    async fn create_thread(
        &self,
        group: i64,
        author: i64,
        title: &str,
        body: &str,
        now: i64,
    ) -> StoreResult<i64>;
    /// Threads that are not hidden, latest activity first.
    async fn threads(&self, group: i64) -> StoreResult<Vec<ThreadRow>>;
    async fn thread(&self, id: i64) -> StoreResult<Option<ThreadRow>>;
    /// Every post, hidden ones flagged, oldest first.
    async fn posts(&self, thread: i64) -> StoreResult<Vec<PostRow>>;
    async fn post(&self, id: i64) -> StoreResult<Option<PostRow>>;
    async fn add_post(&self, thread: i64, author: i64, body: &str, now: i64) -> StoreResult<i64>;
    async fn set_follow(&self, thread: i64, user_id: i64, follow: bool) -> StoreResult<()>;
    async fn followers(&self, thread: i64) -> StoreResult<Vec<i64>>;
    async fn followed_threads(&self, user_id: i64) -> StoreResult<Vec<i64>>;
    async fn create_meetup(&self, group: i64, body: &str, by: i64, now: i64) -> StoreResult<i64>;
    async fn meetups(&self, group: i64) -> StoreResult<Vec<(i64, String)>>;
}

#[async_trait]
pub trait TeachingStore: Send + Sync {
    async fn create_teaching(
        &self,
        owner: i64,
        original: Option<i64>,
        body: &str,
        file: Option<NewFile<'_>>,
        now: i64,
    ) -> StoreResult<i64>;
    /// Every resource that is not hidden, newest first.
    async fn teaching_list(&self) -> StoreResult<Vec<TeachingRow>>;
    async fn teaching(&self, id: i64) -> StoreResult<Option<TeachingRow>>;
    /// Not hidden ones that adapt `id`.
    async fn adaptations(&self, id: i64) -> StoreResult<Vec<TeachingRow>>;
    async fn delete_teaching(&self, id: i64) -> StoreResult<()>;
    async fn teaching_file(&self, id: i64) -> StoreResult<Option<TeachingFile>>;
    async fn rate(&self, id: i64, user_id: i64, stars: i64) -> StoreResult<()>;
    async fn my_rating(&self, id: i64, user_id: i64) -> StoreResult<Option<i64>>;
    /// Every comment, hidden ones flagged, oldest first.
    async fn comments(&self, id: i64) -> StoreResult<Vec<CommentRow>>;
    async fn comment(&self, id: i64) -> StoreResult<Option<CommentRow>>;
    async fn add_comment(&self, id: i64, author: i64, body: &str, now: i64) -> StoreResult<i64>;
}

#[async_trait]
pub trait ModerationStore: Send + Sync {
    /// Hides or shows one item (`kind` from `TargetKind::as_str`); `false`
    /// when there is no such item. Hiding a thread's opening post hides
    /// the thread.
    async fn set_hidden(&self, kind: &str, id: i64, hidden: bool) -> StoreResult<bool>;
    async fn hidden_profiles(&self) -> StoreResult<Vec<i64>>;
    async fn profile_hidden(&self, user_id: i64) -> StoreResult<bool>;
    /// Bars sign-in until `until` and ends every session of the person.
    async fn suspend(&self, user_id: i64, until: i64) -> StoreResult<()>;
    async fn lift_suspension(&self, user_id: i64) -> StoreResult<()>;
    async fn suspended_until(&self, user_id: i64) -> StoreResult<Option<i64>>;
    async fn log_moderation(&self, entry: ModerationLog<'_>) -> StoreResult<()>;
    /// Newest first, at most 500.
    async fn moderation_log(&self) -> StoreResult<Vec<ModerationRow>>;
}
