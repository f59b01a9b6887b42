//! `/jobs/:id`: one listing, its schema.org `JobPosting` JSON-LD, the
//! person's match and gap, and where it stands on their tracker.

pub mod edit;

use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use libranet_core::jobs::Job;
use libranet_core::matching::{Requirements, match_job};
use libranet_core::plan::ApplicationStatus;

use crate::api;
use crate::components::loaded::Load;
use crate::components::markup::PlainText;
use crate::components::matches::GapList;
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::labels::pay_text;
use crate::labels::schedule_text;
use crate::labels::work_mode_key_text;
use crate::listings::{today, use_listings};
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_held_skills;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn JobPage() -> impl IntoView {
    page_title(Key::JobTitle);
    let i18n = use_i18n();
    let params = use_params_map();
    let listings = use_listings();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    // Closed or brand-new listings are not in the cache: ask the server.
    // Nothing (`None`) while the cache has it or is still loading.
    let fetched = Load::new(move || {
        let id = id();
        let cached = id.and_then(|id| listings.with(|c| c.as_ref().map(|c| c.job(id).is_some())));
        async move {
            match (id, cached) {
                (None, _) => Ok(Some(Err(api::ApiFailure::NotFound))),
                (Some(id), Some(false)) => Ok(Some(api::listings::job(id).await)),
                (Some(_), _) => Ok(None),
            }
        }
    });
    let fetched_job = move || fetched.with(|f| f.and_then(Option::as_ref).cloned());
    let job = Memo::new(move |_| {
        let id = id()?;
        listings
            .with(|c| c.as_ref().and_then(|c| c.job(id).cloned()))
            .or_else(|| fetched_job().and_then(Result::ok))
    });
    let missing = move || fetched.with(|f| matches!(f, Some(Some(Err(_)))));
    move || match job.get() {
        Some(job) => view! { <JobDetails job=job /> }.into_any(),
        None if missing() => view! {
            <h1>{tr!(i18n, NotFoundTitle)}</h1>
            <p>{tr!(i18n, JobNotFound)}</p>
        }
        .into_any(),
        None => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
    }
}

#[component]
fn JobDetails(job: Job) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let skills = use_skills();
    let listings = use_listings();
    let held = use_held_skills();
    let site_name = session
        .site
        .with_untracked(|s| s.as_ref().map(|s| s.library_name.clone()))
        .unwrap_or_default();
    // JSON-LD for search engines, in English labels (in the page's
    // language while the browser holds only that language's taxonomy,
    // rather than bare ids). `</` is escaped
    // so the text can never close the script element.
    let json_ld = {
        let job = job.clone();
        move || {
            skills.with(|s| {
                let ld = job.to_json_ld(&site_name, |id| {
                    s.as_ref()
                        .map_or_else(|| id.to_owned(), |s| s.label(id, libranet_core::Lang::En))
                });
                serde_json::to_string(&ld)
                    .unwrap_or_default()
                    .replace("</", "<\\/")
            })
        }
    };
    let open = job.is_open_on(today());
    let f = job.fields.clone();
    let pay = pay_text(&job, i18n);
    let mode = f.work_mode;
    let sched = f.schedule;
    let job_id = job.id;
    let label = move |id: &str| {
        let lang = i18n.lang.get();
        skills.with(|s| {
            s.as_ref()
                .map_or_else(|| id.to_owned(), |s| s.label(id, lang))
        })
    };
    let essential = f.essential.clone();
    let optional = f.optional.clone();
    let fit = {
        let (e, o) = (f.essential.clone(), f.optional.clone());
        Memo::new(move |_| {
            let ids = held.get();
            let set: HashSet<&str> = ids.iter().map(String::as_str).collect();
            match_job(
                &set,
                Requirements {
                    essential: &e,
                    optional: &o,
                },
            )
        })
    };
    let signed_in = move || session.current.with(Option::is_some);
    let can_post = move || session.can_post_jobs();
    view! {
        <script type="application/ld+json" inner_html=json_ld></script>
        <h1 data-testid="job-title">{f.title.clone()}</h1>
        <p class="lead">{f.employer.clone()} " · " {f.place.clone()}</p>
        <Show when=move || !open>
            <p class="notice" role="status" data-testid="job-closed">{tr!(i18n, JobClosed)}</p>
        </Show>
        <dl class="facts">
            <dt>{tr!(i18n, FacetWorkMode)}</dt><dd>{move || i18n.t(work_mode_key_text(mode))}</dd>
            <dt>{tr!(i18n, FacetSchedule)}</dt><dd>{move || i18n.t(schedule_text(sched))}</dd>
            {pay.map(|p| view! { <dt>{tr!(i18n, Pay)}</dt><dd>{p}</dd> })}
            <dt>{tr!(i18n, Posted)}</dt><dd>{crate::components::when::civil_date(&f.posted_on, i18n.lang.get_untracked())}</dd>
            {f.closes_on.clone().map(|d| view! { <dt>{tr!(i18n, Closes)}</dt><dd>{crate::components::when::civil_date(&d, i18n.lang.get_untracked())}</dd> })}
        </dl>
        <section class="card" aria-labelledby="about-job">
            <h2 id="about-job">{tr!(i18n, AboutJob)}</h2>
            <PlainText text=f.description.clone() />
            <h3>{tr!(i18n, EssentialSkills)}</h3>
            <ul>{essential.into_iter().map(|id| view! { <li>{move || label(&id)}</li> }).collect_view()}</ul>
            <Show when={let o = optional.clone(); move || !o.is_empty()}>
                <h3>{tr!(i18n, OptionalSkills)}</h3>
                <ul>{optional.clone().into_iter().map(|id| view! { <li>{move || label(&id)}</li> }).collect_view()}</ul>
            </Show>
            <h3>{tr!(i18n, HowToApply)}</h3>
            <crate::components::markup::PlainText text=f.how_to_apply.clone() />
        </section>
        <Show when=signed_in>
            <section class="card" aria-labelledby="your-match" data-testid="your-match">
                <h2 id="your-match">{move || i18n.fill(Key::MatchPercent, &[&fit.get().score.to_string()])}</h2>
                {move || {
                    let gap = fit.get().missing_essential;
                    match (listings.get(), skills.get()) {
                        (Some(catalog), Some(skills)) if !gap.is_empty() => {
                            view! { <GapList missing=gap catalog=catalog skills=skills /> }.into_any()
                        }
                        (_, _) if gap.is_empty() => view! { <p>{tr!(i18n, HaveEveryEssential)}</p> }.into_any(),
                        _ => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
                    }
                }}
            </section>
            <TrackerControl job_id=job_id />
            <Show when=can_post>
                <p><leptos_router::components::A href=Page::JobEdit { id: job_id }.href() attr:data-testid="edit-job">{tr!(i18n, EditOrClose)}</leptos_router::components::A></p>
            </Show>
        </Show>
    }
}

/// Where this job stands on the person's tracker.
#[component]
fn TrackerControl(job_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<ApplicationStatus>);
    let message = RwSignal::new(None::<Key>);
    spawn_local(async move {
        if let Ok(found) = api::plan::tracked_jobs().await {
            status.try_set(
                found
                    .jobs
                    .into_iter()
                    .find(|j| j.job_id == job_id)
                    .map(|j| j.status),
            );
        }
    });
    let change = move |ev| {
        let value = event_target_value(&ev);
        let chosen = ApplicationStatus::parse(&value);
        spawn_local(async move {
            let result = match chosen {
                Some(s) => api::plan::track_job(job_id, s).await.map(|_| ()),
                None => api::plan::untrack_job(job_id).await,
            };
            match result {
                Ok(()) => {
                    status.try_set(chosen);
                    message.try_set(Some(Key::Saved));
                }
                Err(_) => {
                    message.try_set(Some(Key::ServerError));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="tracker-title">
            <h2 id="tracker-title">{tr!(i18n, TrackerTitle)}</h2>
            <div class="field">
                <label for="track-status">{tr!(i18n, TrackStatus)}</label>
                <select id="track-status" data-testid="track-status" on:change=change>
                    <option value="" selected=move || status.get().is_none()>{tr!(i18n, NotTracked)}</option>
                    {ApplicationStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=move || status.get() == Some(s)>{move || i18n.t(crate::labels::application_status_key(s))}</option>
                    }).collect_view()}
                </select>
            </div>
            <p role="status" class="saved" data-testid="track-message">{move || message.get().map(|k| i18n.t(k))}</p>
        </section>
    }
}
