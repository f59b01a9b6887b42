//! How well a mentor fits a mentee, with the reasons in plain terms, and the
//! ranking a mentee browses, which spreads requests away from mentors who
//! are nearly full.

use serde::{Deserialize, Serialize};

use super::{CareerArea, MenteeProfile, MentorProfile};
use crate::skills::normalise;

/// Points each part of a fit can give; they add up to 100.
const TOPIC_POINTS: u32 = 40;
const GOAL_POINTS: u32 = 25;
const REGION_POINTS: u32 = 15;
const EXPERIENCE_POINTS: u32 = 10;
const LANGUAGE_POINTS: u32 = 10;
/// Covering this many of a goal's skills counts as covering the goal.
const GOAL_SKILLS_ENOUGH: usize = 5;
/// Years in the field that count as fully experienced.
const YEARS_ENOUGH: u32 = 15;

/// How a pair could meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Meeting {
    /// Online only: meeting in person does not suit both, or they are in different regions.
    Remote,
    /// In person only, in their shared region: one of them does not meet online.
    InPerson,
    /// Online or in person, in their shared region.
    Either,
}

/// Why a mentor fits a mentee: every figure with what is behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fit {
    /// 0 to 100.
    pub score: u8,
    /// Topics the mentee asked for that the mentor knows.
    pub shared_skills: Vec<String>,
    /// Career areas the mentee asked for that the mentor knows.
    pub shared_areas: Vec<CareerArea>,
    /// Skills the mentee's goals need that the mentor knows.
    pub goal_skills: Vec<String>,
    /// A language both speak, if either named any.
    pub language: Option<String>,
    /// How the two could meet.
    pub meeting: Meeting,
    /// Both named the same region.
    pub same_region: bool,
    /// The mentor's years of experience.
    pub years: u8,
}

fn same_text(a: &str, b: &str) -> bool {
    !a.trim().is_empty() && normalise(a) == normalise(b)
}

fn common_language(mentee: &MenteeProfile, mentor: &MentorProfile) -> Result<Option<String>, ()> {
    if mentee.languages.is_empty() || mentor.languages.is_empty() {
        return Ok(None);
    }
    mentee
        .languages
        .iter()
        .find(|l| mentor.languages.iter().any(|m| same_text(l, m)))
        .map(|l| Some(l.clone()))
        .ok_or(())
}

/// The fit of one pair, or `None` when they cannot work together: no
/// language in common, or no way to meet (in person needs the same region).
pub fn fit(mentee: &MenteeProfile, mentor: &MentorProfile) -> Option<Fit> {
    let language = common_language(mentee, mentor).ok()?;
    let same_region = same_text(&mentee.region, &mentor.region);
    let remote = mentee.mode.allows_remote() && mentor.mode.allows_remote();
    let in_person = mentee.mode.allows_in_person() && mentor.mode.allows_in_person() && same_region;
    let meeting = match (remote, in_person) {
        (true, true) => Meeting::Either,
        (true, false) => Meeting::Remote,
        (false, true) => Meeting::InPerson,
        (false, false) => return None,
    };
    let knows = |id: &String| mentor.skills.contains(id);
    let shared_skills: Vec<String> = mentee.skills.iter().filter(|s| knows(s)).cloned().collect();
    let shared_areas: Vec<CareerArea> = mentee
        .areas
        .iter()
        .filter(|a| mentor.areas.contains(a))
        .copied()
        .collect();
    let goal_skills: Vec<String> = mentee
        .goal_skills
        .iter()
        .filter(|s| knows(s))
        .cloned()
        .collect();

    let wanted = (mentee.skills.len() + mentee.areas.len()) as u32;
    let shared = (shared_skills.len() + shared_areas.len()) as u32;
    let topics = (TOPIC_POINTS * shared).checked_div(wanted).unwrap_or(0);
    let goal_target = mentee.goal_skills.len().min(GOAL_SKILLS_ENOUGH) as u32;
    let goal = (GOAL_POINTS * (goal_skills.len() as u32).min(goal_target))
        .checked_div(goal_target)
        .unwrap_or(0);
    let region = if same_region { REGION_POINTS } else { 0 };
    let experience = EXPERIENCE_POINTS * u32::from(mentor.years).min(YEARS_ENOUGH) / YEARS_ENOUGH;
    let spoken = if language.is_some() {
        LANGUAGE_POINTS
    } else {
        0
    };
    Some(Fit {
        score: (topics + goal + region + experience + spoken) as u8,
        shared_skills,
        shared_areas,
        goal_skills,
        language,
        meeting,
        same_region,
        years: mentor.years,
    })
}

/// A mentor as a mentee browses them: the fit, the seats left, and the
/// order key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked<Id> {
    /// The mentor.
    pub mentor: Id,
    /// How well the mentor fits.
    pub fit: Fit,
    /// Places not yet taken by mentorships or waiting requests.
    pub seats_left: u8,
    /// The fit, lowered for mentors with few seats left so that requests
    /// spread instead of flooding the best-known mentors.
    pub rank_score: u32,
}

/// One mentor's offer and how many of their places are taken.
pub struct Candidate<'a, Id> {
    /// The mentor.
    pub id: Id,
    /// What the mentor offers.
    pub profile: &'a MentorProfile,
    /// Active mentorships plus requests waiting for an answer.
    pub taken: u8,
}

/// Open mentors with a free place who fit the mentee, best first. A mentor
/// with every place free keeps their whole fit; one with a single place
/// left keeps about two thirds of it.
pub fn rank<Id: Clone + Ord>(
    mentee: &MenteeProfile,
    mentors: &[Candidate<'_, Id>],
) -> Vec<Ranked<Id>> {
    let mut ranked: Vec<Ranked<Id>> = mentors
        .iter()
        .filter(|c| c.profile.open && c.taken < c.profile.capacity)
        .filter_map(|c| {
            let fit = fit(mentee, c.profile)?;
            let capacity = u32::from(c.profile.capacity);
            let free = capacity - u32::from(c.taken);
            let rank_score = u32::from(fit.score) * 100 * (2 * capacity + free) / (3 * capacity);
            Some(Ranked {
                mentor: c.id.clone(),
                seats_left: free as u8,
                rank_score,
                fit,
            })
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.rank_score
            .cmp(&a.rank_score)
            .then_with(|| a.mentor.cmp(&b.mentor))
    });
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentoring::MeetingMode;
    use crate::mentoring::tests::mentor;

    fn mentee() -> MenteeProfile {
        MenteeProfile {
            skills: vec!["skill:catalogue".into(), "skill:teach".into()],
            areas: vec![CareerArea::PublicLibraries],
            goal_skills: vec!["skill:catalogue".into(), "skill:budget".into()],
            languages: vec!["spanish".into(), "English".into()],
            region: "riverside".into(),
            mode: MeetingMode::Both,
            ..MenteeProfile::default()
        }
    }

    #[test]
    fn fit_counts_topics_goals_region_experience_and_language() {
        let m = MentorProfile {
            skills: vec!["skill:catalogue".into()],
            ..mentor()
        };
        let f = fit(&mentee(), &m).unwrap();
        assert_eq!(f.shared_skills, ["skill:catalogue"]);
        assert_eq!(f.shared_areas, [CareerArea::PublicLibraries]);
        assert_eq!(f.goal_skills, ["skill:catalogue"]);
        assert_eq!(f.language.as_deref(), Some("English"));
        assert_eq!(f.meeting, Meeting::Either);
        assert!(f.same_region);
        // 2 of 3 topics, 1 of 2 goal skills, same region, 10 of 15 years, a language.
        assert_eq!(
            u32::from(f.score),
            40 * 2 / 3 + 25 / 2 + 15 + 10 * 10 / 15 + 10
        );
    }

    #[test]
    fn no_common_language_or_way_to_meet_rules_a_pair_out() {
        let other_language = MentorProfile {
            languages: vec!["French".into()],
            ..mentor()
        };
        assert_eq!(fit(&mentee(), &other_language), None);
        let far_in_person = MentorProfile {
            mode: MeetingMode::InPerson,
            region: "Hillcrest".into(),
            ..mentor()
        };
        assert_eq!(fit(&mentee(), &far_in_person), None);
        let remote_only = MenteeProfile {
            mode: MeetingMode::Remote,
            ..mentee()
        };
        assert_eq!(
            fit(
                &remote_only,
                &MentorProfile {
                    mode: MeetingMode::InPerson,
                    ..mentor()
                }
            ),
            None
        );
        // Far away but both meet online: fine, without the region points.
        let far = fit(
            &mentee(),
            &MentorProfile {
                region: "Hillcrest".into(),
                ..mentor()
            },
        )
        .unwrap();
        assert_eq!(far.meeting, Meeting::Remote);
        assert!(!far.same_region);
    }

    #[test]
    fn nearly_full_mentors_rank_lower_and_full_or_paused_ones_not_at_all() {
        let profile = mentor();
        let paused = MentorProfile {
            open: false,
            ..mentor()
        };
        let candidates = [
            Candidate {
                id: 1,
                profile: &profile,
                taken: 1,
            },
            Candidate {
                id: 2,
                profile: &profile,
                taken: 0,
            },
            Candidate {
                id: 3,
                profile: &profile,
                taken: 2,
            },
            Candidate {
                id: 4,
                profile: &paused,
                taken: 0,
            },
        ];
        let ranked = rank(&mentee(), &candidates);
        let order: Vec<_> = ranked.iter().map(|r| (r.mentor, r.seats_left)).collect();
        assert_eq!(order, [(2, 2), (1, 1)]);
        assert!(ranked[0].rank_score > ranked[1].rank_score);
        assert_eq!(ranked[0].fit.score, ranked[1].fit.score);
    }
}
