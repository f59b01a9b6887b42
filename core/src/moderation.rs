//! Moderation: anyone can report a post, resource, profile or need; staff
//! hide or restore it, warn or suspend its author, and every action goes
//! to an audit log.

use serde::{Deserialize, Serialize};

use crate::mentoring::views::Message;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_text;

/// What can be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A thread's opening post or a reply.
    Post,
    /// A teaching resource.
    Resource,
    /// A comment on a teaching resource.
    Comment,
    /// A person's page (their skills record and name).
    Profile,
    /// A partner's need.
    Need,
    /// A recommendation one member wrote for another.
    Recommendation,
    /// A LibLine mentorship (the other person in it).
    Mentorship,
}

impl TargetKind {
    /// Every kind, in the order they are stored.
    pub const ALL: [TargetKind; 7] = [
        TargetKind::Post,
        TargetKind::Resource,
        TargetKind::Comment,
        TargetKind::Profile,
        TargetKind::Need,
        TargetKind::Recommendation,
        TargetKind::Mentorship,
    ];

    /// The name stored and sent for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Post => "post",
            TargetKind::Resource => "resource",
            TargetKind::Comment => "comment",
            TargetKind::Profile => "profile",
            TargetKind::Need => "need",
            TargetKind::Recommendation => "recommendation",
            TargetKind::Mentorship => "mentorship",
        }
    }

    /// The kind with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether staff can hide it (a mentorship is private to the pair).
    pub fn can_hide(self) -> bool {
        self != TargetKind::Mentorship
    }
}

/// How a report names its target in storage: `post:12`.
pub fn target_key(kind: TargetKind, id: i64) -> String {
    format!("{}:{id}", kind.as_str())
}

/// Reads a key made by [`target_key`] back into its kind and id.
pub fn parse_target_key(key: &str) -> Option<(TargetKind, i64)> {
    let (kind, id) = key.split_once(':')?;
    Some((TargetKind::parse(kind)?, id.parse().ok()?))
}

/// The longest report reason or staff note.
pub const MAX_REASON: usize = 2_000;

/// A report of something one saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentReport {
    /// What sort of thing is reported.
    pub target: TargetKind,
    /// The id of the thing reported.
    pub target_id: i64,
    /// Why, in the reporter's words.
    pub reason: String,
}

impl ContentReport {
    /// Checks a reason is given within its length, and that the target is not a mentorship (those have their own report).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_text(&mut errors, "reason", self.reason.trim(), true, MAX_REASON);
        if self.target == TargetKind::Mentorship {
            // Those go through the pair's own report, which can attach
            // the conversation.
            errors.push("target", Problem::NotAllowed);
        }
        errors.finish()
    }
}

/// What staff may do about a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModerationAction {
    /// Hide the reported item from everyone.
    Hide,
    /// Show it again.
    Restore,
    /// Tell the author what is not welcome.
    Warn,
    /// Keep the author from signing in for some days.
    Suspend,
    /// Lift a suspension early.
    Reinstate,
    /// Close the report without acting.
    Dismiss,
}

impl ModerationAction {
    /// Every action, in the order they are stored.
    pub const ALL: [ModerationAction; 6] = [
        ModerationAction::Hide,
        ModerationAction::Restore,
        ModerationAction::Warn,
        ModerationAction::Suspend,
        ModerationAction::Reinstate,
        ModerationAction::Dismiss,
    ];

    /// The name stored and sent for this action.
    pub fn as_str(self) -> &'static str {
        match self {
            ModerationAction::Hide => "hide",
            ModerationAction::Restore => "restore",
            ModerationAction::Warn => "warn",
            ModerationAction::Suspend => "suspend",
            ModerationAction::Reinstate => "reinstate",
            ModerationAction::Dismiss => "dismiss",
        }
    }

    /// The action with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

/// The longest suspension, in days.
pub const MAX_SUSPENSION_DAYS: u32 = 365;

/// What staff decide about a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Decision {
    /// What staff do.
    pub action: ModerationAction,
    /// Told to the author with a warning or suspension; kept in the log.
    #[serde(default)]
    pub note: String,
    /// For a suspension: 1 to 365.
    #[serde(default)]
    pub days: u32,
}

impl Decision {
    /// Checks a note is given for a warning or suspension, within its length, and a suspension's days are within bounds.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        let explained = matches!(
            self.action,
            ModerationAction::Warn | ModerationAction::Suspend
        );
        check_text(&mut errors, "note", self.note.trim(), explained, MAX_REASON);
        if self.action == ModerationAction::Suspend
            && !(1..=MAX_SUSPENSION_DAYS).contains(&self.days)
        {
            errors.push("days", Problem::NotAllowed);
        }
        errors.finish()
    }
}

/// Whether staff have dealt with a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    /// Waiting for staff.
    Open,
    /// Staff acted on it or dismissed it.
    Handled,
}

impl ReportStatus {
    /// The name stored and sent for this status.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Open => "open",
            ReportStatus::Handled => "handled",
        }
    }

    /// The status with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [ReportStatus::Open, ReportStatus::Handled]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// A report as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportView {
    /// The report's id.
    pub id: i64,
    /// The display name of the one who reported.
    pub reporter_name: String,
    /// The account id of the person the report is about.
    pub subject_id: i64,
    /// That person's display name.
    pub subject_name: String,
    /// What sort of thing is reported.
    pub target: TargetKind,
    /// The id of the thing reported.
    pub target_id: i64,
    /// Why, in the reporter's words.
    pub reason: String,
    /// What was reported, in words (empty for a mentorship or when gone).
    pub excerpt: String,
    /// The pair's conversation, only when the reporter attached it.
    pub attached: Option<Vec<Message>>,
    /// The item is hidden now.
    pub hidden: bool,
    /// Whether staff have dealt with it.
    pub status: ReportStatus,
    /// When it was made, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// One line of the moderation audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationEntry {
    /// The entry's id.
    pub id: i64,
    /// When the action was taken, in seconds since the Unix epoch.
    pub at: i64,
    /// The display name of the staff member who acted.
    pub staff_name: String,
    /// What they did.
    pub action: ModerationAction,
    /// What sort of thing it was about, if a thing.
    pub target: Option<TargetKind>,
    /// The id of that thing, if a thing.
    pub target_id: Option<i64>,
    /// The display name of the person it concerned.
    pub subject_name: String,
    /// The note staff wrote with it.
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_keys_round_trip_and_reject_nonsense() {
        for kind in TargetKind::ALL {
            assert_eq!(parse_target_key(&target_key(kind, 42)), Some((kind, 42)));
        }
        assert_eq!(parse_target_key("post"), None);
        assert_eq!(parse_target_key("post:x"), None);
        assert_eq!(parse_target_key("script:1"), None);
        assert!(!TargetKind::Mentorship.can_hide());
    }

    #[test]
    fn warnings_and_suspensions_say_why_and_for_how_long() {
        let hide = Decision {
            action: ModerationAction::Hide,
            note: String::new(),
            days: 0,
        };
        assert!(hide.validate().is_ok());
        let warn = Decision {
            action: ModerationAction::Warn,
            ..hide.clone()
        };
        assert_eq!(warn.validate().unwrap_err()[0].field, "note");
        let suspend = Decision {
            action: ModerationAction::Suspend,
            note: "Repeated insults".into(),
            days: 0,
        };
        assert_eq!(suspend.validate().unwrap_err()[0].field, "days");
        assert!(Decision { days: 7, ..suspend }.validate().is_ok());
        let report = ContentReport {
            target: TargetKind::Mentorship,
            target_id: 1,
            reason: "x".into(),
        };
        assert_eq!(report.validate().unwrap_err()[0].field, "target");
    }
}
