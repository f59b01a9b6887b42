//! The professional community: endorsements of skills on a person's page,
//! recommendations the recipient approves before they show, and peer
//! groups with threads, replies and meet-ups. Posts are plain text with the
//! safe formatting of [`crate::markup`].

use serde::{Deserialize, Serialize};

use crate::expertise::Expertise;
use crate::jobs::{MAX_DESCRIPTION, MAX_TITLE, check_text};
use crate::problem::{FieldError, FieldErrors};
use crate::text::check_name;

/// A recommendation's or post's longest text.
pub const MAX_POST: usize = 4_000;

/// How many people endorsed one skill, and whether the viewer did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillEndorsements {
    /// The endorsed skill's taxonomy id.
    pub skill_id: String,
    /// How many people endorsed it.
    pub count: u32,
    /// The viewer is one of them.
    pub mine: bool,
}

/// Where a recommendation stands with its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecommendationStatus {
    /// Written, waiting for the recipient.
    Pending,
    /// Shown on the recipient's page.
    Approved,
    /// The recipient said no; only the author still sees it.
    Declined,
}

impl RecommendationStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            RecommendationStatus::Pending => "pending",
            RecommendationStatus::Approved => "approved",
            RecommendationStatus::Declined => "declined",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [Self::Pending, Self::Approved, Self::Declined]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// A recommendation one writes for another member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewRecommendation {
    /// The text of the recommendation.
    pub body: String,
}

/// Checks a post or recommendation text: required, at most [`MAX_POST`] characters.
pub fn check_post(field: &str, text: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    check_text(&mut errors, field, text, true, MAX_POST);
    errors.finish()
}

/// A recommendation one member wrote for another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recommendation {
    /// The recommendation's id.
    pub id: i64,
    /// The account id of the one who wrote it.
    pub author_id: i64,
    /// The author's display name.
    pub author_name: String,
    /// The account id of the one it recommends.
    pub subject_id: i64,
    /// The recipient's display name.
    pub subject_name: String,
    /// The text of the recommendation.
    pub body: String,
    /// Where it stands with the recipient.
    pub status: RecommendationStatus,
    /// When it was written, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// The recipient's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecommendationAnswer {
    /// Show it on one's page (true) or decline it (false).
    pub approve: bool,
}

/// A member's page as another member sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonView {
    /// The member's account id.
    pub id: i64,
    /// The member's display name.
    pub name: String,
    /// The skills record, when its owner lets the viewer see it.
    pub expertise: Option<Expertise>,
    /// Per skill of the record.
    pub endorsements: Vec<SkillEndorsements>,
    /// Approved recommendations, newest first.
    pub recommendations: Vec<Recommendation>,
    /// The page is the viewer's own.
    pub is_me: bool,
    /// The viewer blocked this person (the page then shows nothing else).
    pub blocked: bool,
    /// Workshops and events the person attended, when they show them and
    /// the viewer may see their profile; newest first.
    #[serde(default)]
    pub attended: Vec<AttendedEvent>,
}

/// One workshop or event someone attended, as evidence on their page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendedEvent {
    /// The event's id.
    pub id: i64,
    /// The event's title.
    pub title: String,
    /// The day it took place, as YYYY-MM-DD.
    pub day: String,
    /// ESCO skills it taught.
    pub skills: Vec<String>,
}

/// Someone the viewer blocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockedPerson {
    /// The blocked person's account id.
    pub id: i64,
    /// Their display name.
    pub name: String,
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Problem;

    #[test]
    fn a_regional_group_names_its_region() {
        let group = GroupFields {
            name: "Job club".into(),
            kind: GroupKind::Regional,
            ..GroupFields::default()
        };
        let errors = group.clone().tidy().validate().unwrap_err();
        assert_eq!(errors[0].field, "region");
        assert_eq!(errors[0].problem, Problem::Required);
        let club = GroupFields {
            kind: GroupKind::JobClub,
            ..group
        };
        assert!(club.validate().is_ok());
    }

    #[test]
    fn a_meetup_needs_a_real_future_day_and_time() {
        let zone = crate::time::Zone::named("America/Chicago").unwrap();
        let today = crate::time::WallClock::parse("2026-11-23", "12:00")
            .unwrap()
            .resolve(&zone);
        let meetup = MeetupFields {
            title: "Coffee".into(),
            date: "2026-11-30".into(),
            time: "18:30".into(),
            place: "Main branch, room 2".into(),
            details: String::new(),
            event_id: None,
            time_zone: "America/Chicago".into(),
        };
        assert!(meetup.validate(today, &zone).is_ok());
        let past = MeetupFields {
            date: "2026-11-01".into(),
            time: "25:00".into(),
            ..meetup.clone()
        };
        let fields: Vec<_> = past
            .validate(today, &zone)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("date".to_owned(), Problem::DatePast),
                ("time".to_owned(), Problem::TimeInvalid)
            ]
        );
    }

    #[test]
    fn status_names_round_trip() {
        for s in [
            MemberStatus::Pending,
            MemberStatus::Member,
            MemberStatus::Organiser,
        ] {
            assert_eq!(MemberStatus::parse(s.as_str()), Some(s));
        }
        assert!(!MemberStatus::Pending.is_member());
        for s in [
            RecommendationStatus::Pending,
            RecommendationStatus::Approved,
            RecommendationStatus::Declined,
        ] {
            assert_eq!(RecommendationStatus::parse(s.as_str()), Some(s));
        }
        assert!(check_post("body", "  ").is_err());
        assert!(check_post("body", &"x".repeat(MAX_POST + 1)).is_err());
    }
}
