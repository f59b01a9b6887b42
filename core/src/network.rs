//! The professional community: endorsements of skills on a person's page,
//! recommendations the recipient approves before they show, and peer
//! groups with threads, replies and meet-ups. Posts are plain text with the
//! safe formatting of [`crate::markup`].

use serde::{Deserialize, Serialize};

use crate::expertise::Expertise;
use crate::problem::{FieldError, FieldErrors};
use crate::text::check_text;

mod groups;
pub use groups::*;

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

#[cfg(test)]
mod tests;
