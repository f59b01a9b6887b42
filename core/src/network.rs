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
    pub skill_id: String,
    pub count: u32,
    pub mine: bool,
}

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
    pub fn as_str(self) -> &'static str {
        match self {
            RecommendationStatus::Pending => "pending",
            RecommendationStatus::Approved => "approved",
            RecommendationStatus::Declined => "declined",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Pending, Self::Approved, Self::Declined]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewRecommendation {
    pub body: String,
}

pub fn check_post(field: &str, text: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    check_text(&mut errors, field, text, true, MAX_POST);
    errors.finish()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recommendation {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub subject_id: i64,
    pub subject_name: String,
    pub body: String,
    pub status: RecommendationStatus,
    pub created_at: i64,
}

/// The recipient's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecommendationAnswer {
    pub approve: bool,
}

/// A member's page as another member sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonView {
    pub id: i64,
    pub name: String,
    /// The skills record, when its owner lets the viewer see it.
    pub expertise: Option<Expertise>,
    /// Per skill of the record.
    pub endorsements: Vec<SkillEndorsements>,
    /// Approved recommendations, newest first.
    pub recommendations: Vec<Recommendation>,
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
    pub id: i64,
    pub title: String,
    pub day: String,
    /// ESCO skills it taught.
    pub skills: Vec<String>,
}

/// Someone the viewer blocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockedPerson {
    pub id: i64,
    pub name: String,
}

/// What a peer group is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    #[default]
    JobClub,
    Interest,
    Regional,
}

impl GroupKind {
    pub const ALL: [GroupKind; 3] = [GroupKind::JobClub, GroupKind::Interest, GroupKind::Regional];
}

/// What a group's organiser writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupFields {
    pub name: String,
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub kind: GroupKind,
    #[serde(default)]
    pub region: String,
    /// Anyone may join at once; otherwise the organiser approves each request.
    #[serde(default)]
    pub open: bool,
}

impl GroupFields {
    pub fn tidy(mut self) -> Self {
        self.name = self.name.trim().to_owned();
        self.about = self.about.trim().to_owned();
        self.region = self.region.trim().to_owned();
        self
    }

    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", &self.name, true, MAX_TITLE);
        check_text(&mut errors, "about", &self.about, false, MAX_DESCRIPTION);
        let regional = self.kind == GroupKind::Regional;
        check_text(&mut errors, "region", &self.region, regional, MAX_TITLE);
        errors.finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// Asked to join a group that approves members.
    Pending,
    Member,
    /// Runs the group.
    Organiser,
}

impl MemberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Pending => "pending",
            MemberStatus::Member => "member",
            MemberStatus::Organiser => "organiser",
        }
    }

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupView {
    pub id: i64,
    pub fields: GroupFields,
    pub members: u32,
    /// The viewer's place in the group, if any.
    pub mine: Option<MemberStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupMember {
    pub user_id: i64,
    pub name: String,
    pub username: String,
    pub status: MemberStatus,
}

/// A new thread: its title and opening post.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewThread {
    pub title: String,
    pub body: String,
}

impl NewThread {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", self.title.trim(), true, MAX_TITLE);
        check_text(&mut errors, "body", self.body.trim(), true, MAX_POST);
        errors.finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPost {
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadSummary {
    pub id: i64,
    pub title: String,
    pub author_name: String,
    pub replies: u32,
    pub last_post_at: i64,
    pub following: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostView {
    pub id: i64,
    pub author_id: i64,
    pub author_name: String,
    /// As written; the browser renders it with [`crate::markup::parse`].
    pub body: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadView {
    pub id: i64,
    pub group_id: i64,
    pub group_name: String,
    pub title: String,
    /// The opening post first, then replies oldest first.
    pub posts: Vec<PostView>,
    pub following: bool,
}

/// Whether to follow a thread (replies reach the inbox).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Follow {
    pub follow: bool,
}

/// A group meet-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetupFields {
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetupView {
    pub id: i64,
    pub fields: MeetupFields,
    /// The moment `fields` names in `fields.time_zone`.
    pub starts_at: crate::time::UtcInstant,
}

/// A group page: the group, and for members its threads, meet-ups and
/// members (organisers also see who asked to join).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupPage {
    pub group: GroupView,
    pub threads: Vec<ThreadSummary>,
    pub meetups: Vec<MeetupView>,
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
