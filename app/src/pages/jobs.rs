//! `/jobs`: search over the cached listings, in the browser, updating as
//! the person types: full text, facets with counts, ranked by relevance and
//! by how well the person's skills match.

pub mod import;
pub mod job;

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::jobs::{Schedule, WorkMode};
use libranet_core::search::{
    JobIndex, SearchQuery, SearchResult, schedule_key, search, work_mode_key,
};

use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::labels::{pay_text, schedule_text, work_mode_key_text};
use crate::listings::{today, use_listings};
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_held_skills;
use crate::skills::use_skills;
use crate::tr;

/// Results shown at once (the count says how many were found).
const SHOWN: usize = 50;

#[component]
pub fn JobsPage() -> impl IntoView {
    page_title(Key::JobsTitle);
    let i18n = use_i18n();
    let session = use_session();
    let listings = use_listings();
    let skills = use_skills();
    let held = use_held_skills();
    let index = RwSignal::new(None::<Arc<JobIndex>>);
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let built = listings.with(|c| {
            c.as_ref().map(|c| {
                skills.with(|s| {
                    Arc::new(JobIndex::new(
                        &c.jobs,
                        |id| s.as_ref().map_or_else(String::new, |s| s.label(id, lang)),
                        |id| {
                            s.as_ref()
                                .map_or_else(String::new, |s| s.occupation_search_text(id, lang))
                        },
                    ))
                })
            })
        });
        index.set(built);
    });
    let text = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let mode = RwSignal::new(String::new());
    let schedule = RwSignal::new(String::new());
    let employer = RwSignal::new(String::new());
    let posted = RwSignal::new(String::new());
    let min_match = RwSignal::new(String::new());
    let query = Memo::new(move |_| SearchQuery {
        text: text.get(),
        place: Some(place.get()).filter(|p| !p.is_empty()),
        work_mode: WorkMode::ALL
            .into_iter()
            .find(|m| work_mode_key(*m).to_string() == mode.get()),
        schedule: Schedule::ALL
            .into_iter()
            .find(|s| schedule_key(*s).to_string() == schedule.get()),
        employer: Some(employer.get()).filter(|e| !e.is_empty()),
        posted_within: posted.get().parse().ok(),
        min_match: min_match.get().parse().unwrap_or(0),
    });
    let result = Memo::new(move |_| {
        let index = index.get()?;
        let q = query.get();
        let ids = held.get();
        let held: HashSet<&str> = ids.iter().map(String::as_str).collect();
        listings.with(|c| {
            c.as_ref()
                .map(|c| search(&index, &c.jobs, &held, &q, today()))
        })
    });
    let signed_in = move || session.current.with(Option::is_some);
    let facet = move |pick: fn(&SearchResult) -> Vec<(String, String, usize)>| {
        move || result.with(|r| r.as_ref().map(pick).unwrap_or_default())
    };

    view! {
        <h1>{tr!(i18n, JobsTitle)}</h1>
        <form class="search card" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="job-search">{tr!(i18n, SearchJobs)}</label>
                <input id="job-search" type="search" autocomplete="off" bind:value=text data-testid="job-search" />
            </div>
            <div class="facets">
                <FacetSelect id="facet-place" label=Key::FacetPlace value=place options=facet(|r| r.facets.place.iter().map(|(k, n)| (k.clone(), k.clone(), *n)).collect()) />
                <FacetSelect id="facet-mode" label=Key::FacetWorkMode value=mode options=facet(|r| {
                    r.facets.work_mode.iter().map(|(k, n)| (k.to_string(), String::new(), *n)).collect()
                }) labels=Some(Box::new(move |k: &str| WorkMode::ALL.into_iter().find(|m| work_mode_key(*m).to_string() == k).map(|m| i18n.t(work_mode_key_text(m)).to_owned()).unwrap_or_default())) />
                <FacetSelect id="facet-schedule" label=Key::FacetSchedule value=schedule options=facet(|r| {
                    r.facets.schedule.iter().map(|(k, n)| (k.to_string(), String::new(), *n)).collect()
                }) labels=Some(Box::new(move |k: &str| Schedule::ALL.into_iter().find(|s| schedule_key(*s).to_string() == k).map(|s| i18n.t(schedule_text(s)).to_owned()).unwrap_or_default())) />
                <FacetSelect id="facet-employer" label=Key::FacetEmployer value=employer options=facet(|r| r.facets.employer.iter().map(|(k, n)| (k.clone(), k.clone(), *n)).collect()) />
                <div class="field">
                    <label for="facet-posted">{tr!(i18n, FacetPosted)}</label>
                    <select id="facet-posted" on:change=move |ev| posted.set(event_target_value(&ev))>
                        <option value="">{tr!(i18n, AnyTime)}</option>
                        <option value="1">{tr!(i18n, LastDay)}</option>
                        <option value="7">{tr!(i18n, LastWeek)}</option>
                        <option value="30">{tr!(i18n, LastMonth)}</option>
                    </select>
                </div>
                <Show when=signed_in>
                    <div class="field">
                        <label for="facet-match">{tr!(i18n, FacetMatch)}</label>
                        <select id="facet-match" data-testid="facet-match" on:change=move |ev| min_match.set(event_target_value(&ev))>
                            <option value="">{tr!(i18n, AnyMatch)}</option>
                            {[25u8, 50, 75, 100].into_iter().map(|n| view! {
                                <option value=n.to_string()>{move || i18n.fill(Key::AtLeastPercent, &[&n.to_string()])}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
            </div>
        </form>
        <p role="status" data-testid="job-count">{move || match result.get() {
            None => i18n.t(Key::Loading).to_owned(),
            Some(r) => i18n.fill(Key::JobsFound, &[&r.hits.len().to_string()]),
        }}</p>
        <ol class="job-results" data-testid="job-results">
            {move || {
                let Some(r) = result.get() else { return Vec::new() };
                listings.with(|c| {
                    let Some(c) = c.as_ref() else { return Vec::new() };
                    r.hits.iter().take(SHOWN).map(|hit| {
                        let job = c.jobs[hit.job].clone();
                        let score = hit.fit.score;
                        let mode = job.fields.work_mode;
                        let sched = job.fields.schedule;
                        let pay = pay_text(&job, i18n);
                        view! {
                            <li class="job-row" data-testid="job-row">
                                <A href=Page::Job { id: job.id }.href()>{job.fields.title.clone()}</A>
                                <span class="job-meta">
                                    {job.fields.employer.clone()} " · " {job.fields.place.clone()} " · "
                                    {move || i18n.t(work_mode_key_text(mode))} " · " {move || i18n.t(schedule_text(sched))}
                                    {pay.map(|p| format!(" · {p}"))}
                                </span>
                                <Show when=signed_in>
                                    <span class="match-score">{move || i18n.fill(Key::MatchPercent, &[&score.to_string()])}</span>
                                </Show>
                            </li>
                        }
                    }).collect::<Vec<_>>()
                })
            }}
        </ol>
    }
}

type FacetLabels = Option<Box<dyn Fn(&str) -> String + Send + Sync>>;

/// A facet as a select: "all", then each value with its count.
#[component]
fn FacetSelect(
    id: &'static str,
    label: Key,
    value: RwSignal<String>,
    options: impl Fn() -> Vec<(String, String, usize)> + Send + Sync + 'static,
    #[prop(default = None)] labels: FacetLabels,
) -> impl IntoView {
    let i18n = use_i18n();
    let labels = Arc::new(labels);
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(label)}</label>
            <select id=id data-testid=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.with(String::is_empty)>{tr!(i18n, All)}</option>
                {move || {
                    let labels = labels.clone();
                    options().into_iter().map(|(key, text, count)| {
                        let text = match labels.as_ref() { Some(f) => f(&key), None => text };
                        let selected = value.get_untracked() == key;
                        view! { <option value=key selected=selected>{format!("{text} ({count})")}</option> }
                    }).collect::<Vec<_>>()
                }}
            </select>
        </div>
    }
}
