//! Demo data for trying Libranet out: a demo library's accounts, one per
//! role, loaded on the first start when `--demo` is on. Every demo account
//! is named `demo-…` and its password is printed at start, so nobody
//! mistakes it for real data.

use libranet_core::Lang;
use libranet_core::account::Role;
use std::fmt::Write as _;

use crate::password::Hasher;
use crate::store::{ListingKind, NewUser, Store};
use libranet_core::time::{UtcInstant, Zone};

mod desk;
pub mod generator;
pub mod mentoring;
mod network;
mod rng;

/// The seed of the demo generator: the same demo on every machine.
pub const SEED: u64 = 2026;

pub struct DemoAccount {
    pub username: &'static str,
    pub password: &'static str,
    pub display_name: &'static str,
    pub language: Lang,
    pub roles: &'static [Role],
}

pub const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        username: "demo-staff",
        password: "demo staff at the desk",
        display_name: "Dana (demo staff)",
        language: Lang::En,
        roles: &[Role::Staff, Role::LibraryWorker],
    },
    DemoAccount {
        username: "demo-patron",
        password: "demo patron looking for work",
        display_name: "Luis (demo patron)",
        language: Lang::Es,
        roles: &[Role::Patron],
    },
    DemoAccount {
        username: "demo-mentor",
        password: "demo mentor on the phone",
        display_name: "Mei (demo mentor)",
        language: Lang::En,
        roles: &[Role::Mentor, Role::LibraryWorker],
    },
    DemoAccount {
        username: "demo-partner",
        password: "demo partner hiring locally",
        display_name: "Harbor Foods (demo partner)",
        language: Lang::En,
        roles: &[Role::Partner],
    },
    DemoAccount {
        username: "demo-admin",
        password: "demo admin of the network",
        display_name: "Ari (demo admin)",
        language: Lang::En,
        roles: &[Role::Admin, Role::Staff],
    },
];

/// Loads the demo accounts into an empty database, and the generated
/// listings and profiles into one that has none yet (so a database made
/// before listings existed gets them too). Returns whether it loaded any.
pub async fn seed_if_empty(
    store: &dyn Store,
    hasher: &Hasher,
    taxonomy: &libranet_core::taxonomy::Taxonomy,
    now: UtcInstant,
    zone: &Zone,
) -> anyhow::Result<bool> {
    let mut seeded = false;
    if store.count_users().await? == 0 {
        for account in ACCOUNTS {
            let hash = hasher.hash(account.password).await?;
            store
                .create_user(NewUser {
                    username: account.username,
                    password_hash: Some(&hash),
                    display_name: Some(account.display_name),
                    email: None,
                    language: account.language,
                    roles: account.roles,
                    now: now.unix_seconds(),
                })
                .await?;
        }
        seeded = true;
    }
    if store.change_cursor().await? == 0 {
        let mut ids = std::collections::HashMap::new();
        for account in ACCOUNTS {
            if let Some(user) = store.find_user_by_username(account.username).await? {
                ids.insert(account.username, user.id);
            }
        }
        if ids.contains_key("demo-partner") && ids.contains_key("demo-staff") {
            seed_generated(store, taxonomy, &ids, now, zone).await?;
            seeded = true;
        }
    }
    seeded |= seed_mentoring(store, taxonomy, now, zone).await?;
    seeded |= network::seed(store, now).await?;
    seeded |= desk::seed(store, now, zone).await?;
    Ok(seeded)
}

/// The generated part of the demo: jobs posted by the demo partner,
/// learning resources by the demo staff member, and member profiles
/// (enrolled without a password, so nobody can sign in as them).
async fn seed_generated(
    store: &dyn Store,
    taxonomy: &libranet_core::taxonomy::Taxonomy,
    ids: &std::collections::HashMap<&str, i64>,
    at: UtcInstant,
    zone: &Zone,
) -> anyhow::Result<()> {
    let now = at.unix_seconds();
    let data = generator::generate(taxonomy, SEED, zone.today(at));
    let partner = ids["demo-partner"];
    let staff = ids["demo-staff"];
    let bodies = data
        .jobs
        .iter()
        .map(|(job, _)| serde_json::to_string(job))
        .collect::<Result<Vec<_>, _>>()?;
    let created = store
        .create_listings(ListingKind::Job, partner, &bodies, now)
        .await?;
    for ((_, open), record) in data.jobs.iter().zip(&created) {
        if !open {
            store
                .update_listing(ListingKind::Job, record.id, &record.body, false, now)
                .await?;
        }
    }
    let bodies = data
        .resources
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<_>, _>>()?;
    store
        .create_listings(ListingKind::Resource, staff, &bodies, now)
        .await?;
    for profile in &data.profiles {
        let user = store
            .create_user(NewUser {
                username: &profile.username,
                password_hash: None,
                display_name: Some(&profile.display_name),
                email: None,
                language: profile.language,
                roles: &[Role::Patron],
                now,
            })
            .await?;
        store
            .save_profile_details(user.id, &serde_json::to_string(&profile.details)?, now)
            .await?;
        store
            .replace_profile_skills(user.id, &profile.skills, now)
            .await?;
    }
    // The demo patron starts with a short profile, so matches show at once.
    if let (Some(&patron), Some(first)) = (ids.get("demo-patron"), data.profiles.first()) {
        store
            .replace_profile_skills(patron, &first.skills, now)
            .await?;
    }
    Ok(())
}

/// Mentoring demo data, once, for a database whose demo mentor has none
/// (also one made before mentoring existed).
async fn seed_mentoring(
    store: &dyn Store,
    taxonomy: &libranet_core::taxonomy::Taxonomy,
    now: UtcInstant,
    zone: &Zone,
) -> anyhow::Result<bool> {
    let (Some(mentor), Some(staff)) = (
        store.find_user_by_username("demo-mentor").await?,
        store.find_user_by_username("demo-staff").await?,
    ) else {
        return Ok(false);
    };
    if store.mentor(mentor.id).await?.is_some() {
        return Ok(false);
    }
    let mut members = Vec::new();
    for i in 1..=generator::PROFILES {
        if let Some(user) = store
            .find_user_by_username(&format!("demo-member-{i:02}"))
            .await?
        {
            let region = match store.profile_details(user.id).await? {
                Some(body) => {
                    serde_json::from_str::<libranet_core::profile::ProfileDetails>(&body)?.region
                }
                None => generator::TOWNS[i % generator::TOWNS.len()].to_owned(),
            };
            members.push((user.id, region));
        }
    }
    mentoring::seed(store, taxonomy, mentor.id, staff.id, &members, now, zone).await?;
    Ok(true)
}

/// The demo sign-ins, for printing at start.
pub fn describe() -> String {
    let mut text = String::from("Demo accounts (demo data only):\n");
    for a in ACCOUNTS {
        let roles: Vec<_> = a.roles.iter().map(|r| r.as_str()).collect();
        let _ = writeln!(
            text,
            "  {:<13} password: {:<30} ({})",
            a.username,
            format!("\"{}\"", a.password),
            roles.join(", ")
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use libranet_core::account::{NewPassword, Username};

    #[test]
    fn every_demo_account_follows_the_account_rules() {
        for a in ACCOUNTS {
            let name = Username::parse(a.username).unwrap();
            assert!(
                NewPassword::parse(a.password, Some(&name)).is_ok(),
                "{}",
                a.username
            );
            assert!(a.username.starts_with("demo-"));
        }
    }

    #[test]
    fn the_demo_covers_staff_patron_mentor_and_partner() {
        for role in [Role::Staff, Role::Patron, Role::Mentor, Role::Partner] {
            assert!(ACCOUNTS.iter().any(|a| a.roles.contains(&role)), "{role:?}");
        }
    }
}
