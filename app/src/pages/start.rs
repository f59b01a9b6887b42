//! The guided profile right after sign-up: past job titles (which suggest
//! that occupation's skills, for the person to confirm), other skills, and a
//! target. Jobs one can do now and jobs within reach update at once, each
//! with its gap and local ways to learn.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::matching::{Requirements, match_job};
use libranet_core::profile::{ProfileSkill, ProfileSkills, SkillLevel, WorkEntry};

use crate::api;
use crate::components::loaded::Load;
use crate::components::matches::JobMatchCard;
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::skill_picker::SkillPicker;
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::listings::{today, use_listings};
use crate::skills::{capitalised, use_skills};
use crate::tr;

/// Jobs shown in each list.
const SHOWN: usize = 5;
/// Missing essential skills that still count as "within reach".
const REACH: usize = 3;

#[component]
pub fn StartPage() -> impl IntoView {
    page_title(Key::StartTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, StartTitle)}</h1>
        <SignedInOnly>
            <GuidedProfile />
        </SignedInOnly>
    }
}

#[component]
fn GuidedProfile() -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let listings = use_listings();
    let chosen = RwSignal::new(Vec::<ProfileSkill>::new());
    let past = RwSignal::new(None::<String>);
    let suggested = RwSignal::new(Vec::<(String, bool)>::new());
    let work = RwSignal::new(Vec::<WorkEntry>::new());
    let target = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<Key>);
    // One's skills so far, if they load, then as chosen here.
    let load = Load::new(|| async { api::profile::profile_skills().await.map_err(Failure::from) });
    Effect::new(move || {
        if let Some(found) =
            load.with(|found: Option<&ProfileSkills>| found.map(|f| f.skills.clone()))
        {
            chosen.set(found);
        }
    });

    let add_skill = move |skill_id: String| {
        saved.set(None);
        chosen.update(|list| {
            if !list.iter().any(|s| s.skill_id == skill_id) {
                list.push(ProfileSkill {
                    skill_id,
                    level: SkillLevel::Working,
                });
            }
        });
    };
    let pick_past = move |occupation_id: String| {
        let essential = skills.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.occupation(&occupation_id).map(|o| o.essential.clone()))
                .unwrap_or_default()
        });
        let held: HashSet<String> =
            chosen.with_untracked(|c| c.iter().map(|s| s.skill_id.clone()).collect());
        suggested.set(
            essential
                .into_iter()
                .filter(|id| !held.contains(id))
                .map(|id| (id, true))
                .collect(),
        );
        past.set(Some(occupation_id));
    };
    let confirm_suggested = move |_| {
        for (id, keep) in suggested.get_untracked() {
            if keep {
                add_skill(id);
            }
        }
        if let Some(occupation_id) = past.get_untracked() {
            let lang = i18n.lang.get_untracked();
            let title = skills.with_untracked(|s| {
                s.as_ref()
                    .map(|s| capitalised(&s.occupation_label(&occupation_id, lang)))
                    .unwrap_or_default()
            });
            work.update(|w| {
                if !w
                    .iter()
                    .any(|e| e.occupation_id.as_deref() == Some(occupation_id.as_str()))
                {
                    w.push(WorkEntry {
                        title,
                        occupation_id: Some(occupation_id),
                        ..WorkEntry::default()
                    });
                }
            });
        }
        suggested.set(Vec::new());
        past.set(None);
    };
    let save = move |_| {
        saved.set(Some(Key::Working));
        let body = ProfileSkills {
            skills: chosen.get_untracked(),
        };
        let new_work = work.get_untracked();
        let goal = target.get_untracked().map(|id| {
            let lang = i18n.lang.get_untracked();
            let title = skills.with_untracked(|s| {
                s.as_ref()
                    .map(|s| capitalised(&s.occupation_label(&id, lang)))
                    .unwrap_or_default()
            });
            (id, title)
        });
        spawn_local(async move {
            let mut outcome = api::profile::save_profile_skills(&body).await.map(|_| ());
            if outcome.is_ok() && !new_work.is_empty() {
                outcome = async {
                    let mut details = api::profile::profile_details_of(None).await?;
                    for entry in new_work {
                        if !details
                            .work_history
                            .iter()
                            .any(|e| e.occupation_id == entry.occupation_id)
                        {
                            details.work_history.push(entry);
                        }
                    }
                    api::profile::save_profile_details_of(None, &details)
                        .await
                        .map(|_| ())
                }
                .await;
            }
            if outcome.is_ok()
                && let Some((id, title)) = goal
            {
                outcome = async {
                    let mut plan = api::plan::plan().await?;
                    if !plan
                        .goals
                        .iter()
                        .any(|g| g.occupation_id.as_deref() == Some(id.as_str()))
                    {
                        plan.add_goal(title, Some(id), None);
                        api::plan::save_plan(&plan).await?;
                    }
                    Ok(())
                }
                .await;
            }
            saved.try_set(Some(match outcome {
                Ok(()) => Key::ProfileSaved,
                Err(api::ApiFailure::Network) => Key::NetworkError,
                Err(api::ApiFailure::SignedOut) => Key::NeedSignIn,
                Err(_) => Key::ServerError,
            }));
        });
    };

    // The matches, recomputed whenever the skills or the listings change.
    let results = Memo::new(move |_| {
        let held_ids: Vec<String> = chosen.with(|c| c.iter().map(|s| s.skill_id.clone()).collect());
        let wanted = target.get();
        listings.with(|catalog| {
            let catalog = catalog.as_ref()?;
            let held: HashSet<&str> = held_ids.iter().map(String::as_str).collect();
            let today = today();
            let mut ranked: Vec<(usize, libranet_core::matching::JobMatch)> = catalog
                .jobs
                .iter()
                .enumerate()
                .filter(|(_, j)| j.is_open_on(today))
                .map(|(i, j)| {
                    (
                        i,
                        match_job(
                            &held,
                            Requirements {
                                essential: &j.fields.essential,
                                optional: &j.fields.optional,
                            },
                        ),
                    )
                })
                .collect();
            let aims_at =
                |i: usize| wanted.is_some() && catalog.jobs[i].fields.occupation_id == wanted;
            ranked.sort_by(|(a, ma), (b, mb)| {
                aims_at(*b)
                    .cmp(&aims_at(*a))
                    .then(mb.score.cmp(&ma.score))
                    .then(ma.missing_essential.len().cmp(&mb.missing_essential.len()))
                    .then(catalog.jobs[*a].id.cmp(&catalog.jobs[*b].id))
            });
            let now: Vec<_> = ranked
                .iter()
                .filter(|(_, m)| m.can_do_now())
                .take(SHOWN)
                .cloned()
                .collect();
            let reach: Vec<_> = ranked
                .iter()
                .filter(|(_, m)| m.within_reach(REACH))
                .take(SHOWN)
                .cloned()
                .collect();
            Some((Arc::clone(catalog), now, reach))
        })
    });

    let label = move |id: &str| {
        let lang = i18n.lang.get();
        skills.with(|s| {
            s.as_ref()
                .map_or_else(|| id.to_owned(), |s| s.label(id, lang))
        })
    };

    view! {
        <p>{tr!(i18n, StartIntro)}</p>
        <section class="card" aria-labelledby="past-title">
            <h2 id="past-title">{tr!(i18n, StartPastTitle)}</h2>
            <SkillPicker id="past-job" occupations=true label=Key::PastJobTitle hint=Key::PastJobHint on_pick=pick_past />
            <Show when=move || past.with(Option::is_some)>
                <fieldset class="suggested" data-testid="suggested-skills">
                    <legend>{move || {
                        let lang = i18n.lang.get();
                        let name = past.get().and_then(|id| skills.with(|s| s.as_ref().map(|s| s.occupation_label(&id, lang)))).unwrap_or_default();
                        i18n.fill(Key::SuggestedFrom, &[&name])
                    }}</legend>
                    <For each=move || suggested.get().into_iter().enumerate() key=|(i, (id, _))| (*i, id.clone()) let:item>
                        {
                            let (i, (id, keep)) = item;
                            let box_id = format!("suggested-{i}");
                            view! {
                                <div class="check">
                                    <input type="checkbox" id=box_id.clone() checked=keep
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            suggested.update(|s| if let Some(x) = s.get_mut(i) { x.1 = on });
                                        } />
                                    <label for=box_id>{label(&id)}</label>
                                </div>
                            }
                        }
                    </For>
                    <button type="button" class="button" data-testid="confirm-suggested" on:click=confirm_suggested>
                        {tr!(i18n, AddCheckedSkills)}
                    </button>
                </fieldset>
            </Show>
        </section>
        <section class="card" aria-labelledby="more-skills-title">
            <h2 id="more-skills-title">{tr!(i18n, StartSkillsTitle)}</h2>
            <SkillPicker on_pick=add_skill />
            <ul class="chips" data-testid="chosen-skills">
                <For each=move || chosen.get() key=|s| s.skill_id.clone() let:skill>
                    {
                        let id = skill.skill_id.clone();
                        let name = label(&id);
                        let aria = i18n.fill(Key::RemoveSkill, &[&name]);
                        view! {
                            <li class="chip">
                                {name}
                                <button type="button" class="button small" aria-label=aria
                                    on:click=move |_| chosen.update(|c| c.retain(|s| s.skill_id != id))>"×"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
        <section class="card" aria-labelledby="target-title">
            <h2 id="target-title">{tr!(i18n, StartTargetTitle)}</h2>
            <SkillPicker id="target" occupations=true label=Key::TargetJob hint=Key::TargetHint
                on_pick=move |id: String| target.set(Some(id)) />
            <p data-testid="target">{move || target.get().map(|id| {
                let lang = i18n.lang.get();
                let name = skills.with(|s| s.as_ref().map(|s| capitalised(&s.occupation_label(&id, lang)))).unwrap_or_default();
                i18n.fill(Key::YourTarget, &[&name])
            })}</p>
            <button type="button" class="button primary" data-testid="save-start" on:click=save>{tr!(i18n, SaveProfile)}</button>
            <p role="status" class="saved" data-testid="start-status">{move || saved.get().map(|k| i18n.t(k))}</p>
        </section>
        <section aria-labelledby="now-title" class="results" data-testid="can-do-now">
            <h2 id="now-title">{tr!(i18n, CanDoNow)}</h2>
            <MatchList results=results pick=0 />
        </section>
        <section aria-labelledby="reach-title" class="results" data-testid="within-reach">
            <h2 id="reach-title">{tr!(i18n, WithinReach)}</h2>
            <MatchList results=results pick=1 />
        </section>
    }
}

type Results = Option<(
    Arc<libranet_core::catalog::Catalog>,
    Vec<(usize, libranet_core::matching::JobMatch)>,
    Vec<(usize, libranet_core::matching::JobMatch)>,
)>;

#[component]
fn MatchList(results: Memo<Results>, pick: usize) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    move || {
        let Some((catalog, now, reach)) = results.get() else {
            return view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any();
        };
        let Some(skills) = skills.get() else {
            return view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any();
        };
        let list = if pick == 0 { now } else { reach };
        if list.is_empty() {
            return view! { <p class="hint">{tr!(i18n, NoMatchesYet)}</p> }.into_any();
        }
        list.into_iter()
            .map(|(i, fit)| {
                view! { <JobMatchCard job=catalog.jobs[i].clone() fit=fit catalog=catalog.clone() skills=skills.clone() /> }
            })
            .collect_view()
            .into_any()
    }
}
