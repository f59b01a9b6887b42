//! Demo community data: two peer groups (one open job club with a thread,
//! one that approves its members) and teaching resources that teach skills
//! the demo jobs ask for, so gap analyses point at them from the start.

use libranet_core::jobs::JobFields;
use libranet_core::network::{GroupFields, GroupKind, MemberStatus};
use libranet_core::teaching::{Audience, Licence, MaterialKind, TeachingFields};

use crate::store::{ListingKind, Store};
use libranet_core::time::UtcInstant;

/// Seeds once: when no group exists yet and the demo accounts do.
pub async fn seed(store: &dyn Store, at: UtcInstant) -> anyhow::Result<bool> {
    if !store.groups().await?.is_empty() {
        return Ok(false);
    }
    let (Some(staff), Some(mentor), Some(patron)) = (
        store.find_user_by_username("demo-staff").await?,
        store.find_user_by_username("demo-mentor").await?,
        store.find_user_by_username("demo-patron").await?,
    ) else {
        return Ok(false);
    };
    let now = at.unix_seconds();
    let club = GroupFields {
        name: "Riverside job club".into(),
        about:
            "Job seekers and library staff meet every Tuesday evening to practise interviews and \
                share leads."
                .into(),
        kind: GroupKind::JobClub,
        region: "Riverside".into(),
        open: true,
    };
    let club_id = store
        .create_group(&serde_json::to_string(&club)?, staff.id, now)
        .await?;
    for member in [mentor.id, patron.id] {
        store
            .set_group_membership(club_id, member, MemberStatus::Member, now)
            .await?;
    }
    let thread = store
        .create_thread(
            club_id,
            mentor.id,
            "Practising interviews out loud",
            "What helped me most:\n- answer one question a day **out loud**\n- ask a friend to \
             time you\n\nWhat works for you?",
            now,
        )
        .await?;
    store
        .add_post(
            thread,
            staff.id,
            "We have a quiet room for practice on Tuesdays; ask at the desk. @demo-mentor, could \
             you join next week?",
            now,
        )
        .await?;
    let circle = GroupFields {
        name: "Youth services circle".into(),
        about: "Library workers who run programmes for children and teens.".into(),
        kind: GroupKind::Interest,
        region: String::new(),
        open: false,
    };
    store
        .create_group(&serde_json::to_string(&circle)?, mentor.id, now)
        .await?;

    // Teaching resources for the first essential skills of a few jobs.
    let jobs = store
        .listings_changed_since(ListingKind::Job, 0, 20)
        .await?;
    let mut skills = Vec::new();
    for job in jobs.iter().filter(|j| j.open) {
        let fields: JobFields = serde_json::from_str(&job.body)?;
        if let Some(skill) = fields.essential.first()
            && !skills.contains(skill)
        {
            skills.push(skill.clone());
        }
    }
    let kinds = [
        MaterialKind::LessonPlan,
        MaterialKind::Worksheet,
        MaterialKind::Slides,
    ];
    for (i, skill) in skills.iter().take(3).enumerate() {
        let fields = TeachingFields {
            title: format!("Workshop kit {}: practice for the job", i + 1),
            description: "A one-hour session with warm-up, guided practice and a take-home \
                          sheet. Adapt it to your branch."
                .into(),
            kind: kinds[i],
            licence: Licence::CcBySa,
            skills: vec![skill.clone()],
            audience: Audience::Adults,
            language: "English".into(),
            link: format!("https://example.org/libranet-demo/kit-{}", i + 1),
        };
        store
            .create_teaching(mentor.id, None, &serde_json::to_string(&fields)?, None, now)
            .await?;
    }
    Ok(true)
}
