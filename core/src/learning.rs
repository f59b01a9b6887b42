//! Learning resources: library workshops, community college courses, ESOL
//! classes, online courses. Each names the skills it teaches, so a gap
//! analysis can point at local ways to learn.

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::jobs::{MAX_DESCRIPTION, MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills};
use crate::problem::{FieldError, FieldErrors};
use crate::text::check_name;
use crate::text::check_text;
use crate::text::{drop_repeats, trim_each};

/// What kind of learning it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// A library workshop.
    #[default]
    Workshop,
    /// A course, for example at a community college.
    Course,
    /// English for speakers of other languages.
    Esol,
    /// A course taken online.
    Online,
}

impl ResourceKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [ResourceKind; 4] = [
        ResourceKind::Workshop,
        ResourceKind::Course,
        ResourceKind::Esol,
        ResourceKind::Online,
    ];
}

/// How it is attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResourceFormat {
    /// Attended in a room.
    #[default]
    InPerson,
    /// Attended online.
    Online,
    /// Partly in a room, partly online.
    Hybrid,
}

impl ResourceFormat {
    /// Every format, in the order they are offered.
    pub const ALL: [ResourceFormat; 3] = [
        ResourceFormat::InPerson,
        ResourceFormat::Online,
        ResourceFormat::Hybrid,
    ];
}

/// Everything staff write about a resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResourceFields {
    /// The resource's title.
    pub title: String,
    /// Who offers it (the library, a college).
    pub provider: String,
    /// What kind of learning it is.
    #[serde(default)]
    pub kind: ResourceKind,
    /// How it is attended.
    #[serde(default)]
    pub format: ResourceFormat,
    /// ESCO skill URIs it teaches.
    pub teaches: Vec<String>,
    /// Cost in whole currency units; 0 is free.
    #[serde(default)]
    pub cost: u32,
    /// Where it takes place (a branch and room, a campus), for in-person.
    #[serde(default)]
    pub place: String,
    /// Where to sign up or take it online.
    #[serde(default)]
    pub link: String,
    /// When it runs, in words ("Tuesdays 6–8 pm, from 13 January").
    #[serde(default)]
    pub schedule: String,
    /// What it covers and who it is for.
    #[serde(default)]
    pub description: String,
}

/// A resource as everyone sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resource {
    /// The resource's id.
    pub id: i64,
    /// The change cursor value of its last change.
    pub version: i64,
    /// False once staff withdrew it.
    pub open: bool,
    /// What staff wrote.
    #[serde(flatten)]
    pub fields: ResourceFields,
}

/// Whether `link` is an absolute http(s) address.
pub fn is_web_link(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !r.chars().any(char::is_whitespace)
    })
}

impl ResourceFields {
    /// The same fields trimmed, each skill listed once.
    #[must_use]
    pub fn tidy(mut self) -> ResourceFields {
        trim_each([
            &mut self.title,
            &mut self.provider,
            &mut self.place,
            &mut self.link,
            &mut self.schedule,
            &mut self.description,
        ]);
        drop_repeats(&mut self.teaches);
        self
    }

    /// Checks title and provider, lengths, a place (in person) or a web link (online), and some known skills, not too many.
    pub fn validate(&self, vocabulary: &dyn Vocabulary) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", &self.title, true, MAX_TITLE);
        check_name(&mut errors, "provider", &self.provider, true, MAX_TITLE);
        check_text(
            &mut errors,
            "schedule",
            &self.schedule,
            false,
            MAX_SHORT_TEXT,
        );
        check_text(
            &mut errors,
            "description",
            &self.description,
            false,
            MAX_DESCRIPTION,
        );
        let in_person = self.format != ResourceFormat::Online;
        check_text(&mut errors, "place", &self.place, in_person, MAX_TITLE);
        check_text(&mut errors, "link", &self.link, !in_person, MAX_SHORT_TEXT);
        if !self.link.is_empty() && !is_web_link(&self.link) {
            errors.push("link", Problem::LinkInvalid);
        }
        if self.teaches.is_empty() {
            errors.push("teaches", Problem::Required);
        } else if self.teaches.len() > crate::jobs::MAX_JOB_SKILLS {
            errors.push("teaches", Problem::TooMany);
        }
        check_skills(&mut errors, "teaches", &self.teaches, vocabulary);
        errors.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jobs::tests::Known;

    fn fields() -> ResourceFields {
        ResourceFields {
            title: "Forklift basics".into(),
            provider: "Riverside Community College".into(),
            kind: ResourceKind::Course,
            format: ResourceFormat::InPerson,
            teaches: vec!["skill:forklift".into()],
            cost: 0,
            place: "North campus".into(),
            link: String::new(),
            schedule: "Saturdays".into(),
            description: String::new(),
        }
    }

    #[test]
    fn in_person_needs_a_place_and_online_needs_a_link() {
        assert_eq!(fields().validate(&Known), Ok(()));
        let online = ResourceFields {
            format: ResourceFormat::Online,
            place: String::new(),
            ..fields()
        };
        let problems = online.validate(&Known).unwrap_err();
        assert_eq!(problems[0].field, "link");
        assert_eq!(problems[0].problem, Problem::Required);
        let linked = ResourceFields {
            link: "javascript:alert(1)".into(),
            ..online
        };
        assert_eq!(
            linked.validate(&Known).unwrap_err()[0].problem,
            Problem::LinkInvalid
        );
    }

    #[test]
    fn web_links_must_be_absolute_http() {
        assert!(is_web_link("https://example.org/course"));
        assert!(!is_web_link("https://"));
        assert!(!is_web_link("ftp://example.org"));
        assert!(!is_web_link("https://exa mple.org"));
    }
}
