//! Demo branches (with rooms and kiosks), residents who share anonymous
//! statistics (so library insight has figures above the threshold from
//! the start), workshops at the branches (one already held, with
//! attendance) and appointment slots at the desk.

use libranet_core::Lang;
use libranet_core::account::Role;
use libranet_core::appointments::{AppointmentKind, SlotFields};
use libranet_core::events::{EventFields, EventKind};
use libranet_core::jobs::JobFields;
use libranet_core::profile::{ProfileDetails, ProfileSkill, SkillLevel, Visibility};

use libranet_core::time::{UtcInstant, Zone};

use super::rng::Rng;
use crate::library_time::new_events;
use crate::store::desk::NewSlot;
use crate::store::{ListingKind, NewUser, Store};

/// Demo residents sharing statistics.
pub const RESIDENTS: usize = 90;
const DAY: i64 = 86_400;

/// Seeds once: when no branch exists yet and the demo accounts do.
pub async fn seed(store: &dyn Store, at: UtcInstant, zone: &Zone) -> anyhow::Result<bool> {
    if !store.branches().await?.is_empty() {
        return Ok(false);
    }
    let (Some(staff), Some(partner)) = (
        store.find_user_by_username("demo-staff").await?,
        store.find_user_by_username("demo-partner").await?,
    ) else {
        return Ok(false);
    };
    let now = at.unix_seconds();
    let main = store
        .create_branch("Riverside Main Library", "100 River Street", None, now)
        .await?;
    let east = store
        .create_branch("Eastside Branch", "12 Orchard Avenue", None, now)
        .await?;
    store.create_room(main, "Community room", 40).await?;
    store.create_room(main, "Study room 2", 6).await?;
    store.create_room(east, "Computer lab", 16).await?;
    store.create_kiosk(main, "Job search PC 1", 5).await?;
    store.create_kiosk(main, "Job search PC 2", 5).await?;
    store.create_kiosk(east, "Lab PC 1", 5).await?;

    // What open demo jobs ask for, most asked first: residents hold some of
    // the common skills, rarely the rest, so gaps show.
    let mut asked: Vec<(String, usize)> = Vec::new();
    for job in store
        .listings_changed_since(ListingKind::Job, 0, 10_000)
        .await?
        .into_iter()
        .filter(|j| j.open)
    {
        let Ok(fields) = serde_json::from_str::<JobFields>(&job.body) else {
            continue;
        };
        for skill in fields.essential {
            match asked.iter_mut().find(|(s, _)| *s == skill) {
                Some((_, n)) => *n += 1,
                None => asked.push((skill, 1)),
            }
        }
    }
    asked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let common: Vec<String> = asked
        .iter()
        .skip(3)
        .take(6)
        .map(|(s, _)| s.clone())
        .collect();
    let gap: Vec<String> = asked.iter().take(3).map(|(s, _)| s.clone()).collect();
    if common.is_empty() {
        return Ok(true);
    }
    let mut rng = Rng::new(super::SEED + 6);
    let mut residents = Vec::with_capacity(RESIDENTS);
    for i in 0..RESIDENTS {
        // Joined over the last nine months, in three waves.
        let joined = now - (i % 3) as i64 * 91 * DAY - DAY;
        let branch = if i % 4 == 0 { east } else { main };
        let mut skills: Vec<ProfileSkill> = rng
            .sample(&common, 3)
            .into_iter()
            .map(|skill_id| ProfileSkill {
                skill_id,
                level: *rng.pick(&SkillLevel::ALL),
            })
            .collect();
        if i % 15 == 0
            && let Some(rare) = gap.first()
        {
            skills.push(ProfileSkill {
                skill_id: rare.clone(),
                level: SkillLevel::Learning,
            });
        }
        let user = store
            .create_user(NewUser {
                username: &format!("demo-resident-{:03}", i + 1),
                password_hash: None,
                display_name: None,
                email: None,
                language: if i % 3 == 0 { Lang::Es } else { Lang::En },
                roles: &[Role::Patron],
                now: joined,
            })
            .await?;
        let details = ProfileDetails {
            region: "Riverside".into(),
            visibility: Visibility::OnlyMe,
            branch_id: Some(branch),
            statistics: true,
            ..ProfileDetails::default()
        };
        store
            .save_profile_details(user.id, &serde_json::to_string(&details)?, joined)
            .await?;
        store
            .replace_profile_skills(user.id, &skills, joined)
            .await?;
        residents.push(user.id);
    }

    // A workshop held last month (attendance taken) and one to come that
    // teaches a skill few residents hold.
    let today = zone.today(at);
    let workshop = |title: &str, day: i64, skills: Vec<String>| EventFields {
        title: title.into(),
        description: "Demo workshop at the library.".into(),
        kind: EventKind::Workshop,
        date: libranet_core::date::format_day(day),
        start: "18:00".into(),
        end: "19:30".into(),
        place: "Riverside Main Library, Community room".into(),
        branch_id: Some(main),
        capacity: 20,
        skills,
        language: "English".into(),
        weeks: 1,
        time_zone: zone.name().to_owned(),
        ..EventFields::default()
    };
    let held = workshop(
        "Job search basics",
        today - 30,
        common.iter().take(2).cloned().collect(),
    );
    let body = serde_json::to_string(&held)?;
    let ids = store
        .create_events(staff.id, 20, &new_events(&held, &body, zone), now)
        .await?;
    if let Some(&event) = ids.first() {
        for &person in residents.iter().take(12) {
            store.sign_up(event, person, now).await?;
        }
        for &person in residents.iter().take(9) {
            store.set_attended(event, person, true).await?;
        }
    }
    if let Some(rare) = gap.get(1) {
        let next = workshop("Skills the jobs ask for", today + 14, vec![rare.clone()]);
        let body = serde_json::to_string(&next)?;
        store
            .create_events(staff.id, 20, &new_events(&next, &body, zone), now)
            .await?;
    }

    // Appointment slots: resume review at the desk, interview practice
    // with the demo partner (online).
    for (host, kind, place, link, start) in [
        (
            staff.id,
            AppointmentKind::ResumeReview,
            "Riverside Main Library, Study room 2",
            "",
            "10:00",
        ),
        (
            partner.id,
            AppointmentKind::InterviewPractice,
            "",
            "https://meet.example.org/harbor-foods",
            "14:00",
        ),
    ] {
        let fields = SlotFields {
            kind,
            day: libranet_core::date::format_day(today + 3),
            start: start.into(),
            minutes: 30,
            count: 4,
            place: place.into(),
            online_link: link.into(),
            branch_id: (!place.is_empty()).then_some(main),
            language: "English, Spanish".into(),
            time_zone: zone.name().to_owned(),
        };
        let body = serde_json::to_string(&fields)?;
        let slots = fields.slots(zone);
        let texts: Vec<(String, String)> = slots
            .iter()
            .map(|s| (s.local.day_text(), s.local.time_text()))
            .collect();
        let new: Vec<NewSlot<'_>> = slots
            .iter()
            .zip(&texts)
            .map(|(s, (day, start))| NewSlot {
                kind,
                day,
                start,
                minutes: i64::from(fields.minutes),
                starts_at: s.starts_at.unix_seconds(),
                time_zone: zone.name(),
                body: &body,
            })
            .collect();
        store.create_slots(host, &new, now).await?;
    }
    Ok(true)
}
