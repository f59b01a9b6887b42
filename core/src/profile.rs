//! A person's profile: the skills they hold, each with a level, and the
//! rest of what they tell about themselves, with who may see it.

use serde::{Deserialize, Serialize};

/// How well a person knows a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SkillLevel {
    /// Learning it now.
    Learning,
    /// Uses it at work.
    #[default]
    Working,
    /// Could teach it.
    Expert,
}

impl SkillLevel {
    /// Every level, from least to most.
    pub const ALL: [SkillLevel; 3] = [
        SkillLevel::Learning,
        SkillLevel::Working,
        SkillLevel::Expert,
    ];

    /// The name stored and sent for this level.
    pub fn as_str(self) -> &'static str {
        match self {
            SkillLevel::Learning => "learning",
            SkillLevel::Working => "working",
            SkillLevel::Expert => "expert",
        }
    }

    /// The level with this stored name, if any.
    pub fn parse(name: &str) -> Option<SkillLevel> {
        SkillLevel::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// One skill on a profile: an ESCO skill id and a level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileSkill {
    /// The skill's ESCO taxonomy id.
    pub skill_id: String,
    /// How well the person knows it.
    #[serde(default)]
    pub level: SkillLevel,
}

/// The skills on a profile, as sent and received whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileSkills {
    /// Every skill on the profile.
    pub skills: Vec<ProfileSkill>,
}

/// Most skills one profile can list.
pub const MAX_PROFILE_SKILLS: usize = 300;

/// Who may see a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Nobody else (the default: private until the person chooses).
    #[default]
    OnlyMe,
    /// Library staff helping the person.
    Staff,
    /// Signed-in members of the network.
    Members,
    /// Anyone.
    Public,
}

impl Visibility {
    /// Every choice, from most private to most open.
    pub const ALL: [Visibility; 4] = [
        Visibility::OnlyMe,
        Visibility::Staff,
        Visibility::Members,
        Visibility::Public,
    ];
}

/// A past or current job.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkEntry {
    /// The job's title.
    pub title: String,
    /// The employer's name; may be empty.
    #[serde(default)]
    pub employer: String,
    /// ESCO occupation URI the title was matched to, if any.
    #[serde(default)]
    pub occupation_id: Option<String>,
    /// Year (`YYYY`) or month (`YYYY-MM`).
    #[serde(default)]
    pub start: String,
    /// Empty while the job goes on.
    #[serde(default)]
    pub end: String,
}

/// A school, course or qualification.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EducationEntry {
    /// The school or institution.
    pub institution: String,
    /// What was studied or earned ("High school diploma", "Nursing").
    #[serde(default)]
    pub study: String,
    /// When it ended, `YYYY` or `YYYY-MM`; empty when not given.
    #[serde(default)]
    pub end: String,
}

/// Everything on a profile apart from the skills.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileDetails {
    /// A one-line summary shown with the person's name.
    #[serde(default)]
    pub headline: String,
    /// What the person tells about themselves.
    #[serde(default)]
    pub about: String,
    /// Town or region; never a street address.
    #[serde(default)]
    pub region: String,
    /// Languages the person speaks, in their own words.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Past and current jobs.
    #[serde(default)]
    pub work_history: Vec<WorkEntry>,
    /// Schools, courses and qualifications.
    #[serde(default)]
    pub education: Vec<EducationEntry>,
    /// Who may see the profile.
    #[serde(default)]
    pub visibility: Visibility,
    /// The library branch the person uses most, if they say.
    #[serde(default)]
    pub branch_id: Option<i64>,
    /// The person lets the library count their skills in anonymous
    /// statistics (off until they choose).
    #[serde(default)]
    pub statistics: bool,
    /// The workshops and events the person attended show on their page,
    /// as evidence of what they learned (to whoever may see the profile).
    #[serde(default)]
    pub show_attended: bool,
}

/// Most languages, jobs or schools one profile may list.
pub const MAX_ENTRIES: usize = 30;

/// `YYYY` or `YYYY-MM`, or empty.
fn year_month_ok(text: &str) -> bool {
    let b = text.as_bytes();
    text.is_empty()
        || (b.len() == 4 && b.iter().all(u8::is_ascii_digit))
        || (b.len() == 7
            && b[4] == b'-'
            && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
            && (1..=12).contains(&text[5..].parse::<u8>().unwrap_or(0)))
}

impl ProfileDetails {
    /// Checks lengths, counts, and that every start and end reads as a year or month.
    pub fn validate(&self) -> Result<(), Vec<crate::problem::FieldError>> {
        use crate::jobs::{MAX_DESCRIPTION, MAX_TITLE};
        use crate::text::check_text;
        let mut errors = crate::problem::FieldErrors::new();
        check_text(&mut errors, "headline", &self.headline, false, MAX_TITLE);
        check_text(&mut errors, "about", &self.about, false, MAX_DESCRIPTION);
        check_text(&mut errors, "region", &self.region, false, MAX_TITLE);
        for (name, count) in [
            ("languages", self.languages.len()),
            ("work_history", self.work_history.len()),
            ("education", self.education.len()),
        ] {
            if count > MAX_ENTRIES {
                errors.push(name, crate::Problem::TooMany);
            }
        }
        for (i, language) in self.languages.iter().enumerate() {
            check_text(&mut errors, &format!("languages[{i}]"), language, true, 60);
        }
        for (i, work) in self.work_history.iter().enumerate() {
            check_text(
                &mut errors,
                &format!("work_history[{i}].title"),
                &work.title,
                true,
                MAX_TITLE,
            );
            check_text(
                &mut errors,
                &format!("work_history[{i}].employer"),
                &work.employer,
                false,
                MAX_TITLE,
            );
            for (name, value) in [("start", &work.start), ("end", &work.end)] {
                if !year_month_ok(value) {
                    errors.push(
                        &format!("work_history[{i}].{name}"),
                        crate::Problem::DateInvalid,
                    );
                }
            }
        }
        for (i, school) in self.education.iter().enumerate() {
            check_text(
                &mut errors,
                &format!("education[{i}].institution"),
                &school.institution,
                true,
                MAX_TITLE,
            );
            check_text(
                &mut errors,
                &format!("education[{i}].study"),
                &school.study,
                false,
                MAX_TITLE,
            );
            if !year_month_ok(&school.end) {
                errors.push(&format!("education[{i}].end"), crate::Problem::DateInvalid);
            }
        }
        errors.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_default_to_working() {
        for level in SkillLevel::ALL {
            assert_eq!(SkillLevel::parse(level.as_str()), Some(level));
        }
        let skill: ProfileSkill = serde_json::from_str(r#"{"skill_id":"x"}"#).unwrap();
        assert_eq!(skill.level, SkillLevel::Working);
    }
}
