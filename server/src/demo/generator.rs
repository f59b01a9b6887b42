//! A seeded generator of demo listings and profiles, spread over the
//! shipped taxonomy subset. Everything here is invented from word lists and
//! the taxonomy (no copied postings); the same seed gives the same data.

use std::collections::{BTreeMap, HashSet};

use libranet_core::Lang;
use libranet_core::date::format_day;
use libranet_core::jobs::{JobFields, Pay, PayPeriod, Schedule, WorkMode};
use libranet_core::learning::{ResourceFields, ResourceFormat, ResourceKind};
use libranet_core::profile::{ProfileDetails, ProfileSkill, SkillLevel, Visibility, WorkEntry};
use libranet_core::taxonomy::{Occupation, Taxonomy};

use super::rng::Rng;

pub const TOWNS: [&str; 6] = [
    "Riverside",
    "Eastgate",
    "Millbrook",
    "Cedar Park",
    "Lakeview",
    "North Hollow",
];

const STEMS: [&str; 20] = [
    "Harbor",
    "Sunrise",
    "Maple",
    "Bluebird",
    "Keystone",
    "Oakline",
    "Summit",
    "Willow",
    "Granite",
    "Meadow",
    "Beacon",
    "Copper",
    "Northwind",
    "Cornerstone",
    "Riverbend",
    "Evergreen",
    "Lantern",
    "Pioneer",
    "Silverleaf",
    "Brightway",
];

/// Name endings per occupation area.
fn suffixes(area: &str) -> &'static [&'static str] {
    match area {
        "retail and customer service" => &["Market", "Outfitters", "Hardware", "Pharmacy"],
        "food service" => &["Kitchen", "Café", "Bakery", "Diner"],
        "warehouse and logistics" => &["Logistics", "Distribution", "Freight"],
        "office and administrative support" => &["Associates", "Insurance", "Property Management"],
        "care and home health" => &["Home Care", "Care Center", "Senior Living"],
        "IT support" => &["Tech Services", "Computer Repair", "Digital"],
        "hospitality" => &["Inn", "Hotel", "Suites"],
        "cleaning" => &["Cleaning Co.", "Facility Services"],
        "driving" => &["Transit", "Delivery", "Moving"],
        "trades" => &["Builders", "Electric", "Plumbing & Heating", "Auto Repair"],
        "library, archive and information" => &["County Library", "Historical Society", "Archives"],
        _ => &["Group"],
    }
}

/// Typical hourly pay range per area (whole dollars), for demo figures.
fn pay_band(area: &str) -> (u32, u32) {
    match area {
        "IT support" | "trades" => (22, 34),
        "library, archive and information" | "office and administrative support" => (19, 28),
        "care and home health" | "driving" | "warehouse and logistics" => (18, 25),
        _ => (15, 20),
    }
}

pub struct Employer {
    pub name: String,
    pub town: &'static str,
    pub area: String,
}

/// What the generator makes.
pub struct DemoData {
    pub employers: Vec<Employer>,
    /// Each job, and whether it is still open.
    pub jobs: Vec<(JobFields, bool)>,
    pub resources: Vec<ResourceFields>,
    pub profiles: Vec<DemoProfile>,
}

pub struct DemoProfile {
    pub username: String,
    pub display_name: String,
    pub language: Lang,
    pub details: ProfileDetails,
    pub skills: Vec<ProfileSkill>,
}

pub const JOBS: usize = 320;
pub const EMPLOYERS: usize = 40;
pub const RESOURCES: usize = 80;
pub const PROFILES: usize = 30;

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Generates the demo data for day `today` (a day number).
pub fn generate(taxonomy: &Taxonomy, seed: u64, today: i64) -> DemoData {
    const FIRST: [&str; 30] = [
        "Ana", "Ben", "Carmen", "Deshawn", "Elena", "Farid", "Grace", "Hector", "Ines", "Jamal",
        "Kim", "Lucia", "Marcus", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Samir", "Tanya",
        "Umar", "Valeria", "Wes", "Ximena", "Yusuf", "Zoe", "Andre", "Beatriz", "Chen", "Dolores",
    ];
    let mut rng = Rng::new(seed);
    let mut by_area: BTreeMap<&str, Vec<&Occupation>> = BTreeMap::new();
    for occupation in &taxonomy.occupations {
        if !occupation.essential.is_empty() {
            by_area
                .entry(&occupation.area)
                .or_default()
                .push(occupation);
        }
    }
    let areas: Vec<&str> = by_area.keys().copied().collect();

    // Employers: spread over every area, unique names.
    let mut employers = Vec::new();
    let mut names = HashSet::new();
    while employers.len() < EMPLOYERS && !areas.is_empty() {
        let area = areas[employers.len() % areas.len()];
        let name = format!("{} {}", rng.pick(&STEMS), rng.pick(suffixes(area)));
        if names.insert(name.clone()) {
            employers.push(Employer {
                name,
                town: TOWNS[rng.below(TOWNS.len())],
                area: area.to_owned(),
            });
        }
    }

    let mut jobs = Vec::new();
    for i in 0..JOBS {
        let employer = &employers[i % employers.len()];
        let occupation = *rng.pick(&by_area[employer.area.as_str()]);
        let count = 4 + rng.below(3);
        let essential = rng.sample(&occupation.essential, count);
        let count = 1 + rng.below(3);
        let optional = rng.sample(&occupation.optional, count);
        let remote_ok = matches!(
            employer.area.as_str(),
            "IT support" | "office and administrative support"
        );
        let work_mode = match (remote_ok, rng.below(4)) {
            (true, 0) => WorkMode::Remote,
            (true, 1) => WorkMode::Hybrid,
            _ => WorkMode::OnSite,
        };
        let schedule = *rng.pick(&[
            Schedule::FullTime,
            Schedule::FullTime,
            Schedule::PartTime,
            Schedule::PartTime,
            Schedule::Temporary,
            Schedule::Seasonal,
        ]);
        let (low, high) = pay_band(&employer.area);
        let min = low + u32::try_from(rng.below(4)).unwrap_or(0);
        let max = (min + 1 + u32::try_from(rng.below(5)).unwrap_or(0)).min(high.max(min + 1));
        let posted = today - i64::try_from(rng.below(45)).unwrap_or(0);
        let closes =
            (rng.below(5) > 0).then(|| posted + 30 + i64::try_from(rng.below(31)).unwrap_or(0));
        let title = capitalised(occupation.label(Lang::En));
        let place = if work_mode == WorkMode::Remote {
            "Remote (anywhere in the state)".to_owned()
        } else {
            employer.town.to_owned()
        };
        let description = format!(
            "{employer} in {town} is looking for a {role} ({hours}). You will work with a friendly team; \
             we train on the job, and the skills listed are what we look for. Demo listing generated for Libranet.",
            employer = employer.name,
            town = employer.town,
            role = occupation.label(Lang::En),
            hours = match schedule {
                Schedule::FullTime => "full time",
                Schedule::PartTime => "part time",
                Schedule::Temporary => "temporary",
                Schedule::Seasonal => "seasonal",
            },
        );
        let open = rng.below(20) > 0;
        jobs.push((
            JobFields {
                title,
                employer: employer.name.clone(),
                place,
                work_mode,
                schedule,
                pay: Some(Pay {
                    min,
                    max,
                    currency: "USD".into(),
                    period: PayPeriod::Hour,
                }),
                description,
                essential,
                optional,
                occupation_id: Some(occupation.id.clone()),
                posted_on: format_day(posted),
                closes_on: closes.map(format_day),
                how_to_apply: format!(
                    "Apply in person at {} in {}, or ask library staff to help you send a resume.",
                    employer.name, employer.town
                ),
            },
            open,
        ));
    }

    // Learning resources teach the skills the jobs ask for most.
    let mut demand: BTreeMap<&str, usize> = BTreeMap::new();
    for (job, _) in &jobs {
        for id in &job.essential {
            *demand.entry(id.as_str()).or_default() += 1;
        }
    }
    let mut wanted: Vec<(&str, usize)> = demand.into_iter().collect();
    wanted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let wanted: Vec<&str> = wanted
        .into_iter()
        .map(|(id, _)| id)
        .take(RESOURCES * 2)
        .collect();
    let label = |id: &str| {
        taxonomy
            .skills
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| id.to_owned(), |s| s.label(Lang::En).to_owned())
    };
    let mut resources = Vec::new();
    for i in 0..RESOURCES.min(wanted.len()) {
        let main = wanted[i];
        let mut teaches = vec![main.to_owned()];
        if let Some(extra) = wanted.get(RESOURCES + i) {
            teaches.push((*extra).to_owned());
        }
        let kind = ResourceKind::ALL[i % ResourceKind::ALL.len()];
        let town = *rng.pick(&TOWNS);
        let topic = label(main);
        let (title, provider, format, cost, place, link, schedule) = match kind {
            ResourceKind::Workshop => (
                format!("Library workshop: {topic}"),
                format!("{town} Public Library"),
                ResourceFormat::InPerson,
                0,
                format!("{town} branch, community room"),
                String::new(),
                format!(
                    "{} evenings, 6–8 pm",
                    rng.pick(&["Monday", "Tuesday", "Wednesday", "Thursday"])
                ),
            ),
            ResourceKind::Course => (
                format!("Certificate course: {topic}"),
                "Riverside Community College".to_owned(),
                if rng.below(3) == 0 {
                    ResourceFormat::Hybrid
                } else {
                    ResourceFormat::InPerson
                },
                u32::try_from(40 + 20 * rng.below(10)).unwrap_or(40),
                format!("{town} campus"),
                String::new(),
                format!("{} weeks, two evenings a week", 4 + rng.below(8)),
            ),
            ResourceKind::Esol => (
                format!("English for work: {topic}"),
                "Adult Learning Center (ESOL)".to_owned(),
                ResourceFormat::InPerson,
                0,
                format!("{town} branch, classroom B"),
                String::new(),
                "Saturday mornings, 10 am – noon".to_owned(),
            ),
            ResourceKind::Online => (
                format!("Online course: {topic}"),
                "Open Skills Online (demo)".to_owned(),
                ResourceFormat::Online,
                if rng.below(3) == 0 { 25 } else { 0 },
                String::new(),
                format!("https://learn.example.org/course/{}", i + 1),
                "Self-paced, about 6 hours".to_owned(),
            ),
        };
        resources.push(ResourceFields {
            title,
            provider,
            kind,
            format,
            teaches,
            cost,
            place,
            link,
            schedule,
            description: format!(
                "Learn {topic} step by step, with practice. Demo resource generated for Libranet."
            ),
        });
    }

    let mut profiles = Vec::new();
    for (i, first) in FIRST.iter().enumerate().take(PROFILES) {
        let area = areas[i % areas.len()];
        let occupation = *rng.pick(&by_area[area]);
        let count = 3 + rng.below(occupation.essential.len().clamp(1, 8));
        let held = rng.sample(&occupation.essential, count);
        let language = if i % 3 == 0 { Lang::Es } else { Lang::En };
        profiles.push(DemoProfile {
            username: format!("demo-member-{:02}", i + 1),
            display_name: format!("{first} (demo member)"),
            language,
            details: ProfileDetails {
                headline: capitalised(occupation.label(Lang::En)),
                about: String::new(),
                region: (*rng.pick(&TOWNS)).to_owned(),
                languages: if language == Lang::Es {
                    vec!["Spanish".into(), "English".into()]
                } else {
                    vec!["English".into()]
                },
                work_history: vec![WorkEntry {
                    title: capitalised(occupation.label(Lang::En)),
                    employer: employers[rng.below(employers.len())].name.clone(),
                    occupation_id: Some(occupation.id.clone()),
                    start: format!("{}", 2015 + rng.below(9)),
                    end: String::new(),
                }],
                education: Vec::new(),
                visibility: *rng.pick(&[
                    Visibility::Members,
                    Visibility::Staff,
                    Visibility::OnlyMe,
                ]),
                branch_id: None,
                statistics: false,
                show_attended: false,
            },
            skills: held
                .into_iter()
                .map(|skill_id| ProfileSkill {
                    skill_id,
                    level: *rng.pick(&SkillLevel::ALL),
                })
                .collect(),
        });
    }

    DemoData {
        employers,
        jobs,
        resources,
        profiles,
    }
}

#[cfg(test)]
mod tests;
