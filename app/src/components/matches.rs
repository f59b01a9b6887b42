//! Jobs with their match and gap: which skills the person has, which are
//! missing, and for each missing skill the local ways to learn it, with one
//! action to add it to the plan.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::catalog::Catalog;
use libranet_core::jobs::Job;
use libranet_core::learning::{Resource, ResourceKind};
use libranet_core::matching::JobMatch;
use libranet_core::plan::{Step, StepKind};

use crate::api::ApiFailure;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::plan_steps::{Added, add_step};
use crate::skills::Skills;
use crate::tr;

/// Most ways to learn shown per missing skill.
const WAYS_SHOWN: usize = 3;

pub fn kind_key(kind: ResourceKind) -> Key {
    match kind {
        ResourceKind::Workshop => Key::KindWorkshop,
        ResourceKind::Course => Key::KindCourse,
        ResourceKind::Esol => Key::KindEsol,
        ResourceKind::Online => Key::KindOnline,
    }
}

/// The resources in the catalog that teach `skill_id`: free and local first.
pub fn ways_to_learn(catalog: &Catalog, skill_id: &str) -> Vec<Resource> {
    let mut found: Vec<Resource> = catalog
        .resources
        .iter()
        .filter(|r| r.fields.teaches.iter().any(|t| t == skill_id))
        .cloned()
        .collect();
    found.sort_by_key(|r| (r.fields.cost, r.fields.kind == ResourceKind::Online, r.id));
    found.truncate(WAYS_SHOWN);
    found
}

/// One job as a card: title, employer, place, match, and its gap.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn JobMatchCard(
    job: Job,
    fit: JobMatch,
    catalog: Arc<Catalog>,
    skills: Arc<Skills>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.get_untracked();
    let title_id = format!("job-{}-title", job.id);
    let labelled_by = title_id.clone();
    let have: Vec<String> = fit
        .matched_essential
        .iter()
        .chain(&fit.matched_optional)
        .map(|id| skills.label(id, lang))
        .collect();
    let missing = fit.missing_essential.clone();
    let score = fit.score;
    view! {
        <article class="card job-card" aria-labelledby=labelled_by data-testid="job-card">
            <h3 id=title_id>
                <A href=Page::Job { id: job.id }.href()>{job.fields.title.clone()}</A>
            </h3>
            <p class="job-meta">{job.fields.employer.clone()} " · " {job.fields.place.clone()}</p>
            <p class="match-score" data-testid="match-score">
                <meter min="0" max="100" value=score aria-hidden="true"></meter>
                {move || i18n.fill(Key::MatchPercent, &[&score.to_string()])}
            </p>
            {(!have.is_empty()).then(|| view! {
                <p class="have">{tr!(i18n, YouHave)} " " {have.join(", ")}</p>
            })}
            {(!missing.is_empty()).then(|| view! {
                <GapList missing=missing catalog=catalog skills=skills />
            })}
        </article>
    }
}

/// Missing skills, each with ways to learn it and "add to my plan".
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn GapList(missing: Vec<String>, catalog: Arc<Catalog>, skills: Arc<Skills>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.get_untracked();
    let teaching = crate::listings::use_teaching();
    let events = crate::listings::use_events();
    view! {
        <div class="gap">
            <p class="gap-title">{tr!(i18n, YouNeed)}</p>
            <ul class="gap-list" data-testid="gap-list">
                {missing
                    .into_iter()
                    .map(|skill_id| {
                        let name = skills.label(&skill_id, lang);
                        let ways = ways_to_learn(&catalog, &skill_id);
                        let id = skill_id.clone();
                        let materials = Signal::derive(move || {
                            teaching.with(|t| {
                                t.as_ref().map(|t| {
                                    t.iter().filter(|r| r.skills.contains(&id)).take(3).cloned().collect::<Vec<_>>()
                                })
                            }).unwrap_or_default()
                        });
                        let id = skill_id.clone();
                        let workshops = Signal::derive(move || {
                            events.with(|e| {
                                e.as_ref().map(|e| {
                                    e.iter().filter(|ev| !ev.cancelled && ev.fields.skills.contains(&id)).take(3).cloned().collect::<Vec<_>>()
                                })
                            }).unwrap_or_default()
                        });
                        view! { <GapSkill skill_id=skill_id name=name ways=ways materials=materials workshops=workshops /> }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn GapSkill(
    skill_id: String,
    name: String,
    ways: Vec<Resource>,
    materials: Signal<Vec<libranet_core::teaching::TeachingSummary>>,
    workshops: Signal<Vec<libranet_core::events::EventView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<Key>);
    let first_way = ways.first().map(|r| (r.id, r.fields.title.clone()));
    let add = {
        let name = name.clone();
        move |_| {
            let step = Step {
                kind: StepKind::Learn,
                title: match &first_way {
                    Some((_, title)) => i18n.fill(Key::StepLearnThrough, &[&name, title]),
                    None => i18n.fill(Key::StepLearn, &[&name]),
                },
                skill_id: Some(skill_id.clone()),
                resource_id: first_way.as_ref().map(|(id, _)| *id),
                ..Step::default()
            };
            let goal = i18n.t(Key::DefaultGoal);
            spawn_local(async move {
                let result = add_step(step, goal).await;
                status.try_set(Some(match result {
                    Ok(Added::Added) => Key::AddedToPlan,
                    Ok(Added::AlreadyThere) => Key::AlreadyInPlan,
                    Err(ApiFailure::SignedOut) => Key::NeedSignIn,
                    Err(ApiFailure::Network) => Key::NetworkError,
                    Err(_) => Key::ServerError,
                }));
            });
        }
    };
    let label_name = name.clone();
    view! {
        <li class="gap-skill" data-testid="gap-skill">
            <span class="skill-name">{name}</span>
            {if ways.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoWayToLearn)}</p> }.into_any()
            } else {
                view! {
                    <ul class="ways">
                        {ways
                            .into_iter()
                            .map(|r| {
                                let kind = r.fields.kind;
                                let cost = r.fields.cost;
                                view! {
                                    <li data-testid="way-to-learn">
                                        <strong>{r.fields.title.clone()}</strong>
                                        " — " {r.fields.provider.clone()} " · "
                                        {move || i18n.t(kind_key(kind))} " · "
                                        {move || if cost == 0 { i18n.t(Key::Free).to_owned() } else { format!("${cost}") }}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {move || {
                let found = workshops.get();
                (!found.is_empty()).then(|| view! {
                    <p class="hint">{tr!(i18n, UpcomingWorkshops)}</p>
                    <ul class="ways">
                        {found.into_iter().map(|e| view! {
                            <li data-testid="gap-event">
                                <leptos_router::components::A href=Page::Event { id: e.id }.href()>{e.fields.title.clone()}</leptos_router::components::A>
                                " · " <crate::components::when::When at=e.starts_at zone=e.fields.time_zone.clone() />
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }}
            {move || {
                let found = materials.get();
                (!found.is_empty()).then(|| view! {
                    <p class="hint">{tr!(i18n, TeachingMaterials)}</p>
                    <ul class="ways">
                        {found.into_iter().map(|m| view! {
                            <li data-testid="teaching-material">
                                <leptos_router::components::A href=Page::Resource { id: m.id }.href()>{m.title.clone()}</leptos_router::components::A>
                                " · " {m.owner_name.clone()} " · " {m.licence.short_name()}
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <button
                type="button"
                class="button small"
                data-testid="add-to-plan"
                aria-label=move || i18n.fill(Key::AddToPlanFor, &[&label_name])
                on:click=add
            >
                {tr!(i18n, AddToPlan)}
            </button>
            <span role="status" class="saved">{move || status.get().map(|k| i18n.t(k))}</span>
        </li>
    }
}
