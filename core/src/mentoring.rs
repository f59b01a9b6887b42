//! LibLine mentoring: what mentors offer, what mentees look for, the life of
//! a request, and the pure rules over them. Ranking lives in [`fit`], the
//! cohort solver in [`assign`].

pub mod assign;
pub mod fit;
mod requests;
pub mod views;

use serde::{Deserialize, Serialize};

use crate::jobs::{MAX_DESCRIPTION, MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills};

use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_text;

pub use requests::{RequestAction, RequestStatus};

/// A field of library and information work a mentor knows or a mentee wants
/// to learn about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CareerArea {
    /// Work in public libraries.
    PublicLibraries,
    /// Work in college and university libraries.
    AcademicLibraries,
    /// Work in school libraries.
    SchoolLibraries,
    /// Work in special libraries (law, medicine, business...).
    SpecialLibraries,
    /// Work with archives and records.
    Archives,
    /// Cataloguing, acquisitions and systems behind the scenes.
    TechnicalServices,
    /// Services for children and teens.
    YouthServices,
    /// Leading teams and libraries.
    Leadership,
    /// Digital services and technology for users.
    DigitalServices,
    /// Coming to library work from another career.
    CareerChange,
}

impl CareerArea {
    /// Every area, in the order they are offered.
    pub const ALL: [CareerArea; 10] = [
        CareerArea::PublicLibraries,
        CareerArea::AcademicLibraries,
        CareerArea::SchoolLibraries,
        CareerArea::SpecialLibraries,
        CareerArea::Archives,
        CareerArea::TechnicalServices,
        CareerArea::YouthServices,
        CareerArea::Leadership,
        CareerArea::DigitalServices,
        CareerArea::CareerChange,
    ];
}

/// How a pair meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    /// Online only.
    Remote,
    /// Face to face only.
    InPerson,
    /// Either way.
    #[default]
    Both,
}

impl MeetingMode {
    /// Every mode, in the order they are offered.
    pub const ALL: [MeetingMode; 3] = [
        MeetingMode::Remote,
        MeetingMode::InPerson,
        MeetingMode::Both,
    ];

    fn allows_remote(self) -> bool {
        self != MeetingMode::InPerson
    }

    fn allows_in_person(self) -> bool {
        self != MeetingMode::Remote
    }
}

/// What a mentor offers. Anyone in the network may offer it: no membership
/// of a professional association and no region is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorProfile {
    /// What the mentor says about themselves.
    #[serde(default)]
    pub about: String,
    /// Career areas the mentor can help with.
    #[serde(default)]
    pub areas: Vec<CareerArea>,
    /// ESCO skill ids the mentor can help with.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Years of experience in library work.
    #[serde(default)]
    pub years: u8,
    /// Languages the mentor can mentor in.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Town or region; never a street address.
    #[serde(default)]
    pub region: String,
    /// The IANA zone the mentor lives by, shown on their card.
    #[serde(default)]
    pub time_zone: String,
    /// How the mentor can meet.
    #[serde(default)]
    pub mode: MeetingMode,
    /// Most mentees at a time.
    pub capacity: u8,
    /// Hours a month the mentor can give.
    #[serde(default)]
    pub hours_per_month: u8,
    /// Paused mentors get no new requests; mentorships go on.
    #[serde(default = "yes")]
    pub open: bool,
}

fn yes() -> bool {
    true
}

/// What a mentee looks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MenteeProfile {
    /// Ids of the goals in the mentee's plan this is about.
    #[serde(default)]
    pub goal_ids: Vec<u32>,
    /// Those goals' titles, as the mentee shares them with a mentor.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Skills the goals call for (from their target occupations).
    #[serde(default)]
    pub goal_skills: Vec<String>,
    /// Topics wanted: ESCO skill ids…
    #[serde(default)]
    pub skills: Vec<String>,
    /// …and career areas.
    #[serde(default)]
    pub areas: Vec<CareerArea>,
    /// Languages the mentee can be mentored in.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Town or region; never a street address.
    #[serde(default)]
    pub region: String,
    /// The IANA zone the mentee lives by, shown on their card.
    #[serde(default)]
    pub time_zone: String,
    /// How the mentee can meet.
    #[serde(default)]
    pub mode: MeetingMode,
    /// What the mentee says about themselves.
    #[serde(default)]
    pub about: String,
}

/// Most mentees a mentor may take at once.
pub const MAX_CAPACITY: u8 = 20;
/// Most skills one profile may list.
pub const MAX_TOPICS: usize = 40;
/// Most languages one profile may list.
pub const MAX_LANGUAGES: usize = 10;
/// The longest message, note or reason.
pub const MAX_MESSAGE: usize = 4_000;
/// Requests not answered in this many days expire and the mentee is told.
pub const REQUEST_EXPIRY_DAYS: i64 = 14;
/// A mentor who lets this many requests in a row expire is paused.
pub const EXPIRIES_BEFORE_PAUSE: u32 = 2;

fn check_languages(errors: &mut FieldErrors, languages: &[String]) {
    if languages.len() > MAX_LANGUAGES {
        errors.push("languages", Problem::TooMany);
    }
    for (i, language) in languages.iter().enumerate() {
        check_text(errors, &format!("languages[{i}]"), language, true, 60);
    }
}

fn check_topics(
    errors: &mut FieldErrors,
    field: &str,
    ids: &[String],
    vocabulary: &dyn Vocabulary,
) {
    if ids.len() > MAX_TOPICS {
        errors.push(field, Problem::TooMany);
    }
    check_skills(errors, field, ids, vocabulary);
}

/// Trims text and drops repeats and blanks from a list of names.
fn tidy_list(list: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    for s in list.iter_mut() {
        *s = s.trim().to_owned();
    }
    list.retain(|s| !s.is_empty() && seen.insert(crate::skills::normalise(s)));
}

fn tidy_areas(areas: &mut Vec<CareerArea>) {
    areas.sort();
    areas.dedup();
}

impl MentorProfile {
    /// The same profile trimmed, each language and skill listed once, areas sorted once each.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        self.about = self.about.trim().to_owned();
        self.region = self.region.trim().to_owned();
        self.time_zone = self.time_zone.trim().to_owned();
        tidy_list(&mut self.languages);
        tidy_list(&mut self.skills);
        tidy_areas(&mut self.areas);
        self
    }

    /// Checks the profile: lengths, a known zone, at most a few languages and skills (known ones), some skill or area, and capacity, years and hours within bounds.
    pub fn validate(&self, vocabulary: &dyn Vocabulary) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_text(&mut errors, "about", &self.about, false, MAX_DESCRIPTION);
        check_text(&mut errors, "region", &self.region, false, MAX_TITLE);
        check_zone(&mut errors, "time_zone", &self.time_zone);
        check_languages(&mut errors, &self.languages);
        check_topics(&mut errors, "skills", &self.skills, vocabulary);
        if self.skills.is_empty() && self.areas.is_empty() {
            errors.push("areas", Problem::Required);
        }
        if self.capacity == 0 || self.capacity > MAX_CAPACITY {
            errors.push("capacity", Problem::NotAllowed);
        }
        if self.years > 70 {
            errors.push("years", Problem::NotAllowed);
        }
        if self.hours_per_month > 160 {
            errors.push("hours_per_month", Problem::NotAllowed);
        }
        errors.finish()
    }
}

impl MenteeProfile {
    /// The same profile trimmed, each list entry once, goal ids sorted once each.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        self.about = self.about.trim().to_owned();
        self.region = self.region.trim().to_owned();
        self.time_zone = self.time_zone.trim().to_owned();
        tidy_list(&mut self.languages);
        tidy_list(&mut self.skills);
        tidy_list(&mut self.goal_skills);
        tidy_list(&mut self.goals);
        tidy_areas(&mut self.areas);
        self.goal_ids.sort_unstable();
        self.goal_ids.dedup();
        self
    }

    /// Checks the profile: lengths, a known zone, at most a few languages, goals and skills (known ones), and at least one skill, area or goal skill.
    pub fn validate(&self, vocabulary: &dyn Vocabulary) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_text(&mut errors, "about", &self.about, false, MAX_SHORT_TEXT);
        check_text(&mut errors, "region", &self.region, false, MAX_TITLE);
        check_zone(&mut errors, "time_zone", &self.time_zone);
        check_languages(&mut errors, &self.languages);
        check_topics(&mut errors, "skills", &self.skills, vocabulary);
        check_topics(&mut errors, "goal_skills", &self.goal_skills, vocabulary);
        if self.goals.len() > crate::plan::MAX_GOALS || self.goal_ids.len() > crate::plan::MAX_GOALS
        {
            errors.push("goals", Problem::TooMany);
        }
        for (i, goal) in self.goals.iter().enumerate() {
            check_text(&mut errors, &format!("goals[{i}]"), goal, true, MAX_TITLE);
        }
        if self.skills.is_empty() && self.areas.is_empty() && self.goal_skills.is_empty() {
            errors.push("skills", Problem::Required);
        }
        errors.finish()
    }
}

/// A scheduled check-in: `YYYY-MM-DD` and `HH:MM` on the wall clock of
/// `time_zone`, the zone of whoever schedules it (they see and can change
/// it; the other side sees it in both zones).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInFields {
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// The time, `HH:MM`.
    pub time: String,
    /// The IANA zone `day` and `time` are read in.
    #[serde(default)]
    pub time_zone: String,
    /// How long it lasts, 5 to 480 minutes (30 if not given).
    #[serde(default = "default_minutes")]
    pub minutes: u16,
    /// What the pair will talk about; may be empty.
    #[serde(default)]
    pub topic: String,
}

fn default_minutes() -> u16 {
    30
}

pub use crate::time::parse_time;

/// An empty zone (not given) or a known IANA name.
fn check_zone(errors: &mut FieldErrors, field: &str, name: &str) {
    if !name.is_empty()
        && let Err(problem) = crate::time::Zone::named(name)
    {
        errors.push(field, problem);
    }
}

impl CheckInFields {
    /// Checks a valid day and time, 5 to 480 minutes and the topic's length.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        if crate::date::parse_day(&self.day).is_err() {
            errors.push("day", Problem::DateInvalid);
        }
        if parse_time(&self.time).is_none() {
            errors.push("time", Problem::TimeInvalid);
        }
        if !(5..=480).contains(&self.minutes) {
            errors.push("minutes", Problem::NotAllowed);
        }
        check_text(&mut errors, "topic", &self.topic, false, MAX_TITLE);
        errors.finish()
    }
}

/// What each side says when a mentorship ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feedback {
    /// 1 (not helpful) to 5 (very helpful).
    pub rating: u8,
    /// What they add in words; may be empty.
    #[serde(default)]
    pub comment: String,
}

impl Feedback {
    /// Checks a rating of 1 to 5 and the comment's length.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        if !(1..=5).contains(&self.rating) {
            errors.push("rating", Problem::NotAllowed);
        }
        check_text(&mut errors, "comment", &self.comment, false, MAX_SHORT_TEXT);
        errors.finish()
    }
}

/// Checks a message, note or reason: not blank, not too long.
pub fn check_message(field: &str, text: &str, required: bool) -> Result<(), Vec<FieldError>> {
    let mut errors = FieldErrors::new();
    check_text(&mut errors, field, text, required, MAX_MESSAGE);
    errors.finish()
}

#[cfg(test)]
mod tests;
