//! Demo LibLine data: the demo mentor and some of the generated members
//! offer mentoring, others look for a mentor, and a cohort waits for its
//! coordinator (the demo staff member) to run it.

use libranet_core::mentoring::views::{CohortRole, MemberStatus};
use libranet_core::mentoring::{CareerArea, MeetingMode, MenteeProfile, MentorProfile};
use libranet_core::taxonomy::Taxonomy;

use super::generator::TOWNS;
use super::rng::Rng;
use crate::store::Store;
use libranet_core::time::{UtcInstant, Zone};

/// Generated members who offer mentoring; the rest look for a mentor.
pub const MENTORS: usize = 16;
/// Mentors and mentees who have joined the demo cohort.
pub const COHORT_MENTORS: usize = 6;
pub const COHORT_MENTEES: usize = 10;

const LANGUAGES: [&str; 4] = ["Spanish", "Vietnamese", "Arabic", "Tagalog"];

/// The area in words, for the generated goals (demo text is English).
fn area_name(area: CareerArea) -> &'static str {
    match area {
        CareerArea::PublicLibraries => "public libraries",
        CareerArea::AcademicLibraries => "academic libraries",
        CareerArea::SchoolLibraries => "school libraries",
        CareerArea::SpecialLibraries => "special libraries",
        CareerArea::Archives => "archives",
        CareerArea::TechnicalServices => "technical services",
        CareerArea::YouthServices => "youth services",
        CareerArea::Leadership => "library leadership",
        CareerArea::DigitalServices => "digital services",
        CareerArea::CareerChange => "a new field",
    }
}

/// A few skills of the taxonomy's occupations, for topics.
fn some_skills(taxonomy: &Taxonomy, rng: &mut Rng, k: usize) -> Vec<String> {
    let occupation = rng.pick(&taxonomy.occupations);
    rng.sample(&occupation.essential, k.min(occupation.essential.len()))
}

fn languages(rng: &mut Rng) -> Vec<String> {
    let mut spoken = vec!["English".to_owned()];
    if rng.below(2) == 0 {
        spoken.push((*rng.pick(&LANGUAGES)).to_owned());
    }
    spoken
}

pub fn mentor(taxonomy: &Taxonomy, rng: &mut Rng, region: &str, zone: &str) -> MentorProfile {
    let count = 2 + rng.below(2);
    MentorProfile {
        about: String::new(),
        areas: rng.sample(&CareerArea::ALL, count),
        skills: some_skills(taxonomy, rng, 3),
        years: (3 + rng.below(25)) as u8,
        languages: languages(rng),
        region: region.to_owned(),
        time_zone: zone.to_owned(),
        mode: *rng.pick(&MeetingMode::ALL),
        capacity: (1 + rng.below(4)) as u8,
        hours_per_month: (2 + rng.below(7)) as u8,
        open: true,
    }
    .tidy()
}

pub fn mentee(taxonomy: &Taxonomy, rng: &mut Rng, region: &str, zone: &str) -> MenteeProfile {
    let count = 1 + rng.below(2);
    let areas = rng.sample(&CareerArea::ALL, count);
    MenteeProfile {
        goals: vec![format!("Grow my career in {}", area_name(areas[0]))],
        areas,
        skills: some_skills(taxonomy, rng, 2),
        languages: languages(rng),
        region: region.to_owned(),
        time_zone: zone.to_owned(),
        mode: *rng.pick(&MeetingMode::ALL),
        ..MenteeProfile::default()
    }
    .tidy()
}

/// Seeds mentoring once: when the demo mentor has no mentor profile yet.
/// `members` are the generated members' ids and regions.
pub async fn seed(
    store: &dyn Store,
    taxonomy: &Taxonomy,
    demo_mentor: i64,
    staff: i64,
    members: &[(i64, String)],
    at: UtcInstant,
    zone: &Zone,
) -> anyhow::Result<()> {
    if store.mentor(demo_mentor).await?.is_some() {
        return Ok(());
    }
    let now = at.unix_seconds();
    let mut rng = Rng::new(super::SEED ^ 0x4c49_424c);
    let mei = MentorProfile {
        about: "Twelve years in public and school libraries; I love helping people move into youth services or digital work.".into(),
        areas: vec![CareerArea::PublicLibraries, CareerArea::YouthServices, CareerArea::DigitalServices],
        skills: some_skills(taxonomy, &mut rng, 4),
        years: 12,
        languages: vec!["English".into(), "Spanish".into()],
        region: TOWNS[0].to_owned(),
        time_zone: zone.name().to_owned(),
        mode: MeetingMode::Both,
        capacity: 3,
        hours_per_month: 6,
        open: true,
    }
    .tidy();
    store
        .save_mentor(
            demo_mentor,
            &serde_json::to_string(&mei)?,
            i64::from(mei.capacity),
            true,
            now,
        )
        .await?;
    let cohort = store
        .create_cohort("Winter 2027 cohort", staff, now)
        .await?;
    for (i, (id, region)) in members.iter().enumerate() {
        // LibLine crosses regions: some members live far from the library.
        let (region, time_zone) = if i % 6 == 5 {
            ("Anchorage, Alaska", "America/Anchorage")
        } else {
            (region.as_str(), zone.name())
        };
        if i < MENTORS {
            let profile = mentor(taxonomy, &mut rng, region, time_zone);
            store
                .save_mentor(
                    *id,
                    &serde_json::to_string(&profile)?,
                    i64::from(profile.capacity),
                    true,
                    now,
                )
                .await?;
            if i < COHORT_MENTORS {
                store
                    .set_member(cohort, *id, CohortRole::Mentor, MemberStatus::Joined)
                    .await?;
            }
        } else {
            let profile = mentee(taxonomy, &mut rng, region, time_zone);
            store
                .save_mentee(*id, &serde_json::to_string(&profile)?, now)
                .await?;
            if i < MENTORS + COHORT_MENTEES {
                store
                    .set_member(cohort, *id, CohortRole::Mentee, MemberStatus::Joined)
                    .await?;
            }
        }
    }
    Ok(())
}
