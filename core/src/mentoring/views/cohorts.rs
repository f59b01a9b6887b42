//! Cohorts: a coordinator invites mentors and mentees, pairs them with
//! [`crate::mentoring::assign`] and publishes the pairs.

use serde::{Deserialize, Serialize};

use crate::mentoring::{MenteeProfile, MentorProfile};

/// The side a member takes in a cohort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CohortRole {
    /// Offers mentoring in the cohort.
    Mentor,
    /// Looks for a mentor in the cohort.
    Mentee,
}

impl CohortRole {
    /// The name stored and sent for this role.
    pub fn as_str(self) -> &'static str {
        match self {
            CohortRole::Mentor => "mentor",
            CohortRole::Mentee => "mentee",
        }
    }
    /// The role with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [CohortRole::Mentor, CohortRole::Mentee]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// Where a person's cohort membership stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// The coordinator asked; the person has not said yes yet.
    Invited,
    /// The person asked; the coordinator has not said yes yet.
    Applied,
    /// Both sides said yes; the person is a member.
    Joined,
}

impl MemberStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Invited => "invited",
            MemberStatus::Applied => "applied",
            MemberStatus::Joined => "joined",
        }
    }
    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [
            MemberStatus::Invited,
            MemberStatus::Applied,
            MemberStatus::Joined,
        ]
        .into_iter()
        .find(|r| r.as_str() == name)
    }
}

/// A cohort in a list of cohorts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortSummary {
    /// The cohort's id.
    pub id: i64,
    /// The cohort's name.
    pub name: String,
    /// When its pairs were published, in seconds since the Unix epoch, if they were.
    pub published_at: Option<i64>,
    /// How many mentors joined.
    pub mentors: u32,
    /// How many mentees joined.
    pub mentees: u32,
    /// One's own place in it, if any.
    pub my_role: Option<CohortRole>,
    /// Where one's own membership stands, if one has one.
    pub my_status: Option<MemberStatus>,
}

/// A member as the coordinator sees them, with what the assignment needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortMember {
    /// The member's account id.
    pub user_id: i64,
    /// The member's display name.
    pub name: String,
    /// Which side the member is on.
    pub role: CohortRole,
    /// Where the membership stands.
    pub status: MemberStatus,
    /// The member's mentor profile, for a mentor.
    pub mentor: Option<MentorProfile>,
    /// The member's mentee profile, for a mentee.
    pub mentee: Option<MenteeProfile>,
    /// A mentor's places not taken by ongoing mentorships.
    pub free: u8,
}

/// One mentee paired with one mentor in a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pair {
    /// The mentee's account id.
    pub mentee_id: i64,
    /// The mentor's account id.
    pub mentor_id: i64,
}

/// A cohort as its coordinator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CohortView {
    /// The cohort's id.
    pub id: i64,
    /// The cohort's name.
    pub name: String,
    /// When its pairs were published, in seconds since the Unix epoch, if they were.
    pub published_at: Option<i64>,
    /// Everyone invited, applied or joined.
    pub members: Vec<CohortMember>,
    /// The published pairs.
    pub pairs: Vec<Pair>,
}

/// A cohort to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewCohort {
    /// The cohort's name.
    pub name: String,
}

/// Inviting a person to a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invite {
    /// The username of the person invited.
    pub username: String,
    /// The side they are asked to take.
    pub role: CohortRole,
}

/// Joining a cohort: the coordinator accepting someone, or a person
/// accepting an invitation or asking to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Join {
    /// The side the person takes.
    pub role: CohortRole,
}

/// The pairs a coordinator publishes for a cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Publish {
    /// Every mentee paired, with their mentor.
    pub pairs: Vec<Pair>,
}
