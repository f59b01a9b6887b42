//! Peer groups: their members, threads and posts, and meet-ups.

use serde::{Deserialize, Serialize};

use super::MAX_POST;
use crate::jobs::{MAX_DESCRIPTION, MAX_TITLE};
use crate::problem::{FieldError, FieldErrors};
use crate::text::check_name;
use crate::text::check_text;

/// What a peer group is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// Members looking for work who meet to help each other.
    #[default]
    JobClub,
    /// Members who share an interest.
    Interest,
    /// Members from one area (the group names its region).
    Regional,
}

impl GroupKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [GroupKind; 3] = [GroupKind::JobClub, GroupKind::Interest, GroupKind::Regional];
}

/// What a group's organiser writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupFields {
    /// The group's name.
    pub name: String,
    /// What the group is about.
    #[serde(default)]
    pub about: String,
    /// What the group is for.
    #[serde(default)]
    pub kind: GroupKind,
    /// The area a regional group serves; required for a regional group.
    #[serde(default)]
    pub region: String,
    /// Anyone may join at once; otherwise the organiser approves each request.
    #[serde(default)]
    pub open: bool,
}

impl GroupFields {
    /// The same fields with surrounding whitespace trimmed.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.about = self.about.trim().to_owned();
        self.region = self.region.trim().to_owned();
        self
    }

    /// Checks the fields: a name, text within its length, a region for a regional group.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", &self.name, true, MAX_TITLE);
        check_text(&mut errors, "about", &self.about, false, MAX_DESCRIPTION);
        let regional = self.kind == GroupKind::Regional;
        check_text(&mut errors, "region", &self.region, regional, MAX_TITLE);
        errors.finish()
    }
}

/// A person's place in a peer group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// Asked to join a group that approves members.
    Pending,
    /// Belongs to the group.
    Member,
    /// Runs the group.
    Organiser,
}

impl MemberStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Pending => "pending",
            MemberStatus::Member => "member",
            MemberStatus::Organiser => "organiser",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Pending, Self::Member, Self::Organiser]
            .into_iter()
            .find(|s| s.as_str() == name)
    }

    /// Reads threads, posts and sees the members.
    pub fn is_member(self) -> bool {
        self != MemberStatus::Pending
    }
}

/// A peer group as a list or a page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupView {
    /// The group's id.
    pub id: i64,
    /// What its organiser wrote.
    pub fields: GroupFields,
    /// How many members it has (requests to join not counted).
    pub members: u32,
    /// The viewer's place in the group, if any.
    pub mine: Option<MemberStatus>,
}

/// A person in a peer group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupMember {
    /// Their account id.
    pub user_id: i64,
    /// Their display name.
    pub name: String,
    /// Their username.
    pub username: String,
    /// Their place in the group.
    pub status: MemberStatus,
}

/// A new thread: its title and opening post.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewThread {
    /// The thread's title.
    pub title: String,
    /// The text of the opening post.
    pub body: String,
}

impl NewThread {
    /// Checks that the title and opening post are given and within their lengths.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", self.title.trim(), true, MAX_TITLE);
        check_text(&mut errors, "body", self.body.trim(), true, MAX_POST);
        errors.finish()
    }
}

/// A reply to a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPost {
    /// The text of the reply.
    pub body: String,
}

/// A thread in a group's list of threads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadSummary {
    /// The thread's id.
    pub id: i64,
    /// The thread's title.
    pub title: String,
    /// The display name of the one who started it.
    pub author_name: String,
    /// How many replies it has.
    pub replies: u32,
    /// When the last post was made, in seconds since the Unix epoch.
    pub last_post_at: i64,
    /// The viewer follows the thread.
    pub following: bool,
}

/// One post of a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostView {
    /// The post's id.
    pub id: i64,
    /// The account id of its author.
    pub author_id: i64,
    /// The author's display name.
    pub author_name: String,
    /// As written; the browser renders it with [`crate::markup::parse`].
    pub body: String,
    /// When it was posted, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// A thread with its posts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadView {
    /// The thread's id.
    pub id: i64,
    /// The id of the group it belongs to.
    pub group_id: i64,
    /// The name of that group.
    pub group_name: String,
    /// The thread's title.
    pub title: String,
    /// The opening post first, then replies oldest first.
    pub posts: Vec<PostView>,
    /// The viewer follows the thread.
    pub following: bool,
}

/// Whether to follow a thread (replies reach the inbox).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Follow {
    /// Follow (true) or stop following (false).
    pub follow: bool,
}

/// A group meet-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetupFields {
    /// The meet-up's title.
    pub title: String,
    /// YYYY-MM-DD, on the wall clock of `time_zone`.
    pub date: String,
    /// HH:MM, wall-clock time in `time_zone`.
    pub time: String,
    /// The IANA zone: the organiser's pick, by default their device's.
    #[serde(default)]
    pub time_zone: String,
    /// A branch and room, or a web link.
    pub place: String,
    /// Anything else attendees should know.
    #[serde(default)]
    pub details: String,
    /// A library event it meets at (seats and sign-up are the event's).
    #[serde(default)]
    pub event_id: Option<i64>,
}

impl MeetupFields {
    /// Meet-ups cannot start before `now`; times are read in `zone`.
    pub fn validate(
        &self,
        now: crate::time::UtcInstant,
        zone: &crate::time::Zone,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", self.title.trim(), true, MAX_TITLE);
        crate::time::check_upcoming(
            &mut errors,
            ("date", "time"),
            (&self.date, &self.time),
            now,
            zone,
        );
        check_text(&mut errors, "place", self.place.trim(), true, MAX_TITLE);
        check_text(&mut errors, "details", &self.details, false, MAX_POST);
        errors.finish()
    }
}

/// A meet-up as group members see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetupView {
    /// The meet-up's id.
    pub id: i64,
    /// What its organiser wrote.
    pub fields: MeetupFields,
    /// The moment `fields` names in `fields.time_zone`.
    pub starts_at: crate::time::UtcInstant,
}

/// A group page: the group, and for members its threads, meet-ups and
/// members (organisers also see who asked to join).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupPage {
    /// The group itself.
    pub group: GroupView,
    /// Its threads (members only).
    pub threads: Vec<ThreadSummary>,
    /// Its meet-ups (members only).
    pub meetups: Vec<MeetupView>,
    /// Its members (members only; organisers also see who asked to join).
    pub members: Vec<GroupMember>,
}
