//! `/community/directory`: library expertise, searchable by skill, area,
//! region and availability, as far as each person chose to show it.

use leptos::prelude::*;
use libranet_core::expertise::views::WorkerCard;
use libranet_core::mentoring::CareerArea;
use libranet_core::skills::normalise;

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::community::ConnectButton;
use crate::components::loaded::Load;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, level_key, use_i18n};
use crate::labels::area_key;
use crate::labels::area_list;
use crate::page::Page;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    page_title(Key::DirectoryTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, DirectoryTitle)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <Directory />
        </SignedInOnly>
    }
}

#[component]
fn Directory() -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    // Filtered as it is typed in, so read here rather than shown whole.
    let all = Load::new(|| async { api::expertise::directory().await.map_err(Failure::from) });
    let query = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let area = RwSignal::new(None::<CareerArea>);
    let projects = RwSignal::new(false);
    let teaching = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let (q, r, a) = (
            normalise(&query.get()),
            normalise(&region.get()),
            area.get(),
        );
        let lang = i18n.lang.get();
        let list: Vec<WorkerCard> = all.with(|l| l.into_iter().flatten().cloned().collect());
        skills.with(|s| {
            list.into_iter()
                .filter(|w| {
                    let e = &w.expertise;
                    let skill_hit = q.is_empty()
                        || e.skills.iter().any(|k| {
                            s.as_ref().is_some_and(|s| {
                                normalise(&s.label(&k.skill_id, lang)).contains(&q)
                            })
                        })
                        || normalise(&w.name).contains(&q);
                    skill_hit
                        && (r.is_empty() || normalise(&e.region).contains(&r))
                        && a.is_none_or(|a| e.areas.contains(&a))
                        && (!projects.get() || e.for_projects)
                        && (!teaching.get() || e.for_teaching)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <form class="search facets" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="directory-skill">{tr!(i18n, SearchSkill)}</label>
                <input id="directory-skill" type="search" bind:value=query />
            </div>
            <div class="field">
                <label for="directory-region">{tr!(i18n, Region)}</label>
                <input id="directory-region" type="text" bind:value=region />
            </div>
            <div class="field">
                <label for="directory-area">{tr!(i18n, FilterArea)}</label>
                <select id="directory-area" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    area.set(CareerArea::ALL.into_iter().find(|a| format!("{a:?}") == v));
                }>
                    <option value="">{tr!(i18n, AnyArea)}</option>
                    {CareerArea::ALL.into_iter().map(|a| view! { <option value=format!("{a:?}")>{move || i18n.t(area_key(a))}</option> }).collect_view()}
                </select>
            </div>
            <label class="check" for="directory-projects"><input type="checkbox" id="directory-projects" bind:checked=projects />{tr!(i18n, ForProjects)}</label>
            <label class="check" for="directory-teaching"><input type="checkbox" id="directory-teaching" bind:checked=teaching />{tr!(i18n, ForTeaching)}</label>
        </form>
        <p role="status" data-testid="worker-count">{move || i18n.fill(Key::WorkersFound, &[&shown.with(Vec::len).to_string()])}</p>
        <ul class="mentor-list">
            {move || shown.get().into_iter().map(|w| {
                let lang = i18n.lang.get();
                let held = skills.with(|s| w.expertise.skills.iter().map(|k| {
                    let name = s.as_ref().map_or_else(|| k.skill_id.clone(), |s| s.label(&k.skill_id, lang));
                    let evidence = k.evidence.as_ref().map(|e| format!(" ({})", e.title)).unwrap_or_default();
                    format!("{name} · {}{evidence}", i18n.t(level_key(k.level)))
                }).collect::<Vec<_>>());
                view! {
                    <li class="card" data-testid="worker-card">
                        <h2><leptos_router::components::A href=Page::Person { id: w.user_id }.href()>{w.name.clone()}</leptos_router::components::A></h2>
                        <p class="hint">{area_list(i18n, &w.expertise.areas)} " " {w.expertise.region.clone()}</p>
                        <ul class="why">{held.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
                        <p>
                            {w.expertise.for_projects.then(|| view! { <span class="badge">{tr!(i18n, ForProjects)}</span> " " })}
                            {w.expertise.for_teaching.then(|| view! { <span class="badge">{tr!(i18n, ForTeaching)}</span> })}
                        </p>
                        <ConnectButton to_user_id=w.user_id need_id=None />
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
