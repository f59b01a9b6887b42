//! Job listings: what a listing holds and the rules it must meet. Its
//! schema.org `JobPosting` form is in `json_ld`.

use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::date::parse_day;
use crate::problem::FieldErrors;
use crate::text::{check_name, check_text, trim_each};

mod json_ld;
pub use json_ld::*;

/// Where the work happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// At the employer's place.
    #[default]
    OnSite,
    /// Partly at the employer's place, partly remote.
    Hybrid,
    /// From anywhere, or from home.
    Remote,
}

impl WorkMode {
    /// Every mode, in the order they are offered.
    pub const ALL: [WorkMode; 3] = [WorkMode::OnSite, WorkMode::Hybrid, WorkMode::Remote];
}

/// The hours a job asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    /// Full-time hours.
    #[default]
    FullTime,
    /// Part-time hours.
    PartTime,
    /// For a limited time.
    Temporary,
    /// For one season of the year.
    Seasonal,
}

impl Schedule {
    /// Every schedule, in the order they are offered.
    pub const ALL: [Schedule; 4] = [
        Schedule::FullTime,
        Schedule::PartTime,
        Schedule::Temporary,
        Schedule::Seasonal,
    ];

    /// schema.org `employmentType`.
    pub fn schema_org(self) -> &'static str {
        match self {
            Schedule::FullTime => "FULL_TIME",
            Schedule::PartTime => "PART_TIME",
            Schedule::Temporary | Schedule::Seasonal => "TEMPORARY",
        }
    }
}

/// What a pay figure is counted per.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    /// Per hour.
    #[default]
    Hour,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

impl PayPeriod {
    /// Every period, in the order they are offered.
    pub const ALL: [PayPeriod; 4] = [
        PayPeriod::Hour,
        PayPeriod::Week,
        PayPeriod::Month,
        PayPeriod::Year,
    ];

    /// schema.org `unitText`.
    pub fn schema_org(self) -> &'static str {
        match self {
            PayPeriod::Hour => "HOUR",
            PayPeriod::Week => "WEEK",
            PayPeriod::Month => "MONTH",
            PayPeriod::Year => "YEAR",
        }
    }
}

/// A pay range in whole currency units (for example dollars).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pay {
    /// The lowest pay offered.
    pub min: u32,
    /// The highest pay offered (equal to `min` for one figure).
    pub max: u32,
    /// ISO 4217 code, for example `USD`.
    pub currency: String,
    /// What the figures are counted per.
    pub period: PayPeriod,
}

/// Everything a person writes about a job.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobFields {
    /// The job's title.
    pub title: String,
    /// The employer's name.
    pub employer: String,
    /// Town or neighbourhood and region; never a street address of a person.
    pub place: String,
    /// Where the work happens.
    #[serde(default)]
    pub work_mode: WorkMode,
    /// The hours it asks for.
    #[serde(default)]
    pub schedule: Schedule,
    /// The pay, if the listing gives it.
    #[serde(default)]
    pub pay: Option<Pay>,
    /// What the job involves.
    #[serde(default)]
    pub description: String,
    /// ESCO skill URIs the job cannot do without.
    #[serde(default)]
    pub essential: Vec<String>,
    /// ESCO skill URIs that help.
    #[serde(default)]
    pub optional: Vec<String>,
    /// ESCO occupation URI.
    #[serde(default)]
    pub occupation_id: Option<String>,
    /// `YYYY-MM-DD`.
    pub posted_on: String,
    /// `YYYY-MM-DD`, the last day to apply; `None` while open until filled.
    #[serde(default)]
    pub closes_on: Option<String>,
    /// How to apply: a link, an address or what to bring.
    #[serde(default)]
    pub how_to_apply: String,
}

/// A listing as everyone sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Job {
    /// The listing's id.
    pub id: i64,
    /// The change cursor value of its last change.
    pub version: i64,
    /// False once the poster closed it.
    pub open: bool,
    /// What the poster wrote.
    #[serde(flatten)]
    pub fields: JobFields,
}

impl Job {
    /// Whether the job shows in search on day `today` (a day number).
    pub fn is_open_on(&self, today: i64) -> bool {
        self.open
            && self
                .fields
                .closes_on
                .as_deref()
                .and_then(|d| parse_day(d).ok())
                .is_none_or(|closes| closes >= today)
    }
}

/// The longest title or name.
pub const MAX_TITLE: usize = 120;
/// The longest description.
pub const MAX_DESCRIPTION: usize = 8_000;
/// The longest short text (a note, a link, how to apply).
pub const MAX_SHORT_TEXT: usize = 1_000;
/// Most skills one listing can name (essential and optional together).
pub const MAX_JOB_SKILLS: usize = 40;

/// What the skills and occupations a listing names are checked against.
pub trait Vocabulary {
    /// Whether a skill id is in the taxonomy.
    fn has_skill(&self, id: &str) -> bool;
    /// Whether an occupation id is in the taxonomy.
    fn has_occupation(&self, id: &str) -> bool;
}

pub(crate) fn check_skills(
    errors: &mut FieldErrors,
    field: &str,
    ids: &[String],
    vocabulary: &dyn Vocabulary,
) {
    for (i, id) in ids.iter().enumerate() {
        if !vocabulary.has_skill(id) {
            errors.push(&format!("{field}[{i}]"), Problem::UnknownSkill);
        }
    }
}

/// The title (required, a name others see) and description (optional)
/// that events, resources and needs all carry.
pub(crate) fn check_title_and_description(
    errors: &mut FieldErrors,
    title: &str,
    description: &str,
) {
    check_name(errors, "title", title, true, MAX_TITLE);
    check_text(errors, "description", description, false, MAX_DESCRIPTION);
}

impl JobFields {
    /// Trims the text fields and drops repeated skills (an essential skill
    /// is not also optional).
    #[must_use]
    pub fn tidy(mut self) -> JobFields {
        trim_each([
            &mut self.title,
            &mut self.employer,
            &mut self.place,
            &mut self.description,
            &mut self.how_to_apply,
            &mut self.posted_on,
        ]);
        let mut seen = std::collections::HashSet::new();
        self.essential.retain(|id| seen.insert(id.clone()));
        self.optional.retain(|id| seen.insert(id.clone()));
        self.occupation_id = self.occupation_id.filter(|o| !o.trim().is_empty());
        self.closes_on = self
            .closes_on
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        self
    }

    /// Every problem with the listing, each under its field's name.
    pub fn validate(
        &self,
        vocabulary: &dyn Vocabulary,
    ) -> Result<(), Vec<crate::problem::FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", &self.title, true, MAX_TITLE);
        check_name(&mut errors, "employer", &self.employer, true, MAX_TITLE);
        check_text(&mut errors, "place", &self.place, true, MAX_TITLE);
        check_text(
            &mut errors,
            "description",
            &self.description,
            false,
            MAX_DESCRIPTION,
        );
        check_text(
            &mut errors,
            "how_to_apply",
            &self.how_to_apply,
            true,
            MAX_SHORT_TEXT,
        );
        let posted = errors.check("posted_on", parse_day(&self.posted_on));
        let closes = self
            .closes_on
            .as_ref()
            .and_then(|closes| errors.check("closes_on", parse_day(closes)));
        if let (Some(posted), Some(closes)) = (posted, closes)
            && closes < posted
        {
            errors.push("closes_on", Problem::DateOrder);
        }
        if let Some(pay) = &self.pay {
            if pay.max < pay.min {
                errors.push("pay.max", Problem::RangeOrder);
            }
            let currency_ok =
                pay.currency.len() == 3 && pay.currency.bytes().all(|b| b.is_ascii_uppercase());
            if !currency_ok {
                errors.push("pay.currency", Problem::NotAllowed);
            }
        }
        if self.essential.is_empty() {
            errors.push("essential", Problem::Required);
        }
        if self.essential.len() + self.optional.len() > MAX_JOB_SKILLS {
            errors.push("optional", Problem::TooMany);
        }
        check_skills(&mut errors, "essential", &self.essential, vocabulary);
        check_skills(&mut errors, "optional", &self.optional, vocabulary);
        if let Some(occupation) = &self.occupation_id
            && !vocabulary.has_occupation(occupation)
        {
            errors.push("occupation_id", Problem::UnknownOccupation);
        }
        errors.finish()
    }
}

#[cfg(test)]
pub(crate) mod tests;
