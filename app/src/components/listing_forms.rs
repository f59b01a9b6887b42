//! Forms for posting one job (partners and staff) and adding one learning
//! resource (staff). Skills are picked from the taxonomy.

use leptos::prelude::*;
use libranet_core::jobs::{JobFields, Pay, PayPeriod, Schedule, WorkMode};
use libranet_core::learning::{ResourceFields, ResourceFormat, ResourceKind};

use crate::api;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::matches::kind_key;
use crate::components::skill_picker::SkillPicker;
use crate::i18n::{Key, use_i18n};
use crate::labels::period_text;
use crate::labels::schedule_text;
use crate::labels::work_mode_key_text;
use crate::page::Page;
use crate::skills::use_skills;
use crate::tr;

/// A select over a fixed list of choices, each with its label.
#[component]
pub fn Choice<T: Copy + PartialEq + Send + Sync + std::fmt::Debug + 'static>(
    #[prop(into)] id: String,
    label: Key,
    value: RwSignal<T>,
    options: Vec<T>,
    text: fn(T) -> Key,
) -> impl IntoView {
    let i18n = use_i18n();
    let all = options.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <select id=id on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(found) = all.iter().find(|x| format!("{x:?}") == v) { value.set(*found); }
            }>
                {options.into_iter().map(|o| view! {
                    <option value=format!("{o:?}") selected=move || value.get() == o>{move || i18n.t(text(o))}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Skills picked for a listing, shown as removable chips.
#[component]
pub fn PickedSkills(
    id: &'static str,
    label: Key,
    picked: RwSignal<Vec<String>>,
    problem: Signal<Option<libranet_core::Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let name = move |skill: &str| {
        let lang = i18n.lang.get();
        skills.with(|s| {
            s.as_ref()
                .map_or_else(|| skill.to_owned(), |s| s.label(skill, lang))
        })
    };
    view! {
        <SkillPicker id=id label=label on_pick=move |skill: String| picked.update(|p| if !p.contains(&skill) { p.push(skill) }) />
        <p class="error" id=format!("{id}-error")>{move || problem.get().map(|p| i18n.t(crate::i18n::problem_key(p)))}</p>
        <ul class="chips">
            {move || picked.get().into_iter().map(|skill| {
                let text = name(&skill);
                let aria = i18n.fill(Key::RemoveSkill, &[&text]);
                view! {
                    <li class="chip">{text}
                        <button type="button" class="button small" aria-label=aria
                            on:click=move |_| picked.update(|p| p.retain(|s| *s != skill))>"×"</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn JobForm(
    /// The listing to edit; `None` posts a new one.
    #[prop(default = None)]
    editing: Option<libranet_core::jobs::Job>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let start = editing
        .as_ref()
        .map(|j| j.fields.clone())
        .unwrap_or_default();
    let editing_id = editing.as_ref().map(|j| j.id);
    let open = RwSignal::new(editing.as_ref().is_none_or(|j| j.open));
    let text = |value: &str| RwSignal::new(value.to_owned());
    let (title, employer, place) = (
        text(&start.title),
        text(&start.employer),
        text(&start.place),
    );
    let (description, how) = (text(&start.description), text(&start.how_to_apply));
    let pay_of = |f: fn(&Pay) -> u32| {
        start
            .pay
            .as_ref()
            .map(f)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let (pay_min, pay_max) = (text(&pay_of(|p| p.min)), text(&pay_of(|p| p.max)));
    let closes = text(start.closes_on.as_deref().unwrap_or_default());
    let posted = RwSignal::new(if editing.is_some() {
        start.posted_on.clone()
    } else {
        libranet_core::date::format_day(crate::listings::today())
    });
    let mode = RwSignal::new(start.work_mode);
    let schedule = RwSignal::new(start.schedule);
    let period = RwSignal::new(start.pay.as_ref().map_or(PayPeriod::Hour, |p| p.period));
    let essential = RwSignal::new(start.essential.clone());
    let optional = RwSignal::new(start.optional.clone());
    let occupation = start.occupation_id.clone();
    let posted_id = RwSignal::new(None::<i64>);
    let submit = form.on_submit(
        move || {
            posted_id.set(None);
            let number = |s: RwSignal<String>| s.get_untracked().trim().parse::<u32>().ok();
            let (min, max) = (number(pay_min), number(pay_max));
            JobFields {
                title: title.get_untracked(),
                employer: employer.get_untracked(),
                place: place.get_untracked(),
                work_mode: mode.get_untracked(),
                schedule: schedule.get_untracked(),
                pay: min.or(max).map(|any| Pay {
                    min: min.unwrap_or(any),
                    max: max.unwrap_or(any),
                    currency: "USD".into(),
                    period: period.get_untracked(),
                }),
                description: description.get_untracked(),
                essential: essential.get_untracked(),
                optional: optional.get_untracked(),
                occupation_id: occupation.clone(),
                posted_on: posted.get_untracked(),
                closes_on: Some(closes.get_untracked()).filter(|c| !c.trim().is_empty()),
                how_to_apply: how.get_untracked(),
            }
        },
        move |body| async move {
            match editing_id {
                Some(id) => api::listings::update_job(id, &body).await,
                None => api::listings::create_job(&body).await,
            }
        },
        move |job: libranet_core::jobs::Job| {
            posted_id.set(Some(job.id));
            if editing_id.is_some() {
                return;
            }
            for s in [title, place, description, pay_min, pay_max, closes] {
                s.set(String::new());
            }
            essential.set(Vec::new());
            optional.set(Vec::new());
        },
    );
    view! {
        <section class="card" aria-labelledby="job-form-title">
            <h2 id="job-form-title">{move || i18n.t(if editing_id.is_some() { Key::EditJob } else { Key::PostOneJob })}</h2>
            <form on:submit=submit novalidate data-testid="job-form">
                <FormAlert form=form />
                <TextField id="title" label=Key::JobTitleField value=title problem=form.problem("title") />
                <TextField id="employer" label=Key::FacetEmployer value=employer problem=form.problem("employer") />
                <TextField id="place" label=Key::FacetPlace value=place problem=form.problem("place") hint=Some(Key::RegionHint) />
                <Choice id="work-mode" label=Key::FacetWorkMode value=mode options=WorkMode::ALL.to_vec() text=work_mode_key_text />
                <Choice id="schedule" label=Key::FacetSchedule value=schedule options=Schedule::ALL.to_vec() text=schedule_text />
                <div class="inline-form">
                    <TextField id="pay_min" label=Key::PayFrom value=pay_min problem=form.problem("pay.min") input_type="number" />
                    <TextField id="pay_max" label=Key::PayTo value=pay_max problem=form.problem("pay.max") input_type="number" />
                    <Choice id="pay-period" label=Key::PayPer value=period options=PayPeriod::ALL.to_vec() text=period_text />
                </div>
                <div class="field">
                    <label for="description">{tr!(i18n, AboutJob)}</label>
                    <textarea id="description" rows="5" bind:value=description></textarea>
                </div>
                <PickedSkills id="essential" label=Key::EssentialSkills picked=essential problem=form.problem("essential") />
                <PickedSkills id="optional" label=Key::OptionalSkills picked=optional problem=form.problem("optional") />
                <TextField id="posted_on" label=Key::Posted value=posted problem=form.problem("posted_on") input_type="date" />
                <TextField id="closes_on" label=Key::Closes value=closes problem=form.problem("closes_on") input_type="date" />
                <TextField id="how_to_apply" label=Key::HowToApply value=how problem=form.problem("how_to_apply") />
                <SubmitButton form=form label=if editing_id.is_some() { Key::Save } else { Key::PostJob } />
                <p role="status" class="saved" data-testid="job-posted">{move || posted_id.get().map(|id| view! {
                    {move || i18n.t(if editing_id.is_some() { Key::Saved } else { Key::JobPosted })} " "
                    <a href=Page::Job { id }.href()>{tr!(i18n, SeeJob)}</a>
                })}</p>
            </form>
            {editing_id.map(|id| view! { <OpenSwitch id=id open=open resource=false /> })}
        </section>
    }
}

/// Closes a listing (it leaves search at once) or opens it again.
#[component]
fn OpenSwitch(id: i64, open: RwSignal<bool>, resource: bool) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let toggle = move |_| {
        let want = !open.get_untracked();
        leptos::task::spawn_local(async move {
            let result = if resource {
                api::listings::set_resource_open(id, want)
                    .await
                    .map(|r| r.open)
            } else {
                api::listings::set_job_open(id, want).await.map(|j| j.open)
            };
            match result {
                Ok(now_open) => {
                    open.try_set(now_open);
                    failed.try_set(false);
                }
                Err(_) => {
                    failed.try_set(true);
                }
            }
        });
    };
    view! {
        <p data-testid="open-state">{move || i18n.t(if open.get() { Key::ListingOpen } else { Key::ListingClosed })}</p>
        <button type="button" class="button" data-testid="toggle-open" on:click=toggle>
            {move || i18n.t(if open.get() { Key::CloseListing } else { Key::ReopenListing })}
        </button>
        <p role="alert" class="error">{move || failed.get().then(|| i18n.t(Key::ServerError))}</p>
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn ResourceForm(
    /// The resource to edit; `None` adds a new one.
    #[prop(default = None)]
    editing: Option<libranet_core::learning::Resource>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let start = editing
        .as_ref()
        .map(|r| r.fields.clone())
        .unwrap_or_default();
    let editing_id = editing.as_ref().map(|r| r.id);
    let open = RwSignal::new(editing.as_ref().is_none_or(|r| r.open));
    let text = |value: &str| RwSignal::new(value.to_owned());
    let (title, provider, place) = (
        text(&start.title),
        text(&start.provider),
        text(&start.place),
    );
    let (link, schedule, description) = (
        text(&start.link),
        text(&start.schedule),
        text(&start.description),
    );
    let cost = text(&if start.cost == 0 {
        String::new()
    } else {
        start.cost.to_string()
    });
    let kind = RwSignal::new(start.kind);
    let format = RwSignal::new(start.format);
    let teaches = RwSignal::new(start.teaches.clone());
    let added = RwSignal::new(false);
    let submit = form.on_submit(
        move || {
            added.set(false);
            ResourceFields {
                title: title.get_untracked(),
                provider: provider.get_untracked(),
                kind: kind.get_untracked(),
                format: format.get_untracked(),
                teaches: teaches.get_untracked(),
                cost: cost.get_untracked().trim().parse().unwrap_or(0),
                place: place.get_untracked(),
                link: link.get_untracked(),
                schedule: schedule.get_untracked(),
                description: description.get_untracked(),
            }
        },
        move |body| async move {
            match editing_id {
                Some(id) => api::listings::update_resource(id, &body).await,
                None => api::listings::create_resource(&body).await,
            }
        },
        move |_| {
            added.set(true);
            if editing_id.is_some() {
                return;
            }
            for s in [title, place, link, schedule, description, cost] {
                s.set(String::new());
            }
            teaches.set(Vec::new());
        },
    );
    let format_key = |f: ResourceFormat| match f {
        ResourceFormat::InPerson => Key::FormatInPerson,
        ResourceFormat::Online => Key::FormatOnline,
        ResourceFormat::Hybrid => Key::WorkHybrid,
    };
    view! {
        <section class="card" aria-labelledby="resource-form-title">
            <h2 id="resource-form-title">{move || i18n.t(if editing_id.is_some() { Key::EditResource } else { Key::AddResource })}</h2>
            <form on:submit=submit novalidate data-testid="resource-form">
                <FormAlert form=form />
                <TextField id="resource-title" label=Key::ResourceName value=title problem=form.problem("title") />
                <TextField id="provider" label=Key::Provider value=provider problem=form.problem("provider") />
                <Choice id="resource-kind" label=Key::ResourceKindLabel value=kind options=ResourceKind::ALL.to_vec() text=kind_key />
                <Choice id="resource-format" label=Key::ResourceFormatLabel value=format options=ResourceFormat::ALL.to_vec() text=format_key />
                <PickedSkills id="teaches" label=Key::Teaches picked=teaches problem=form.problem("teaches") />
                <TextField id="cost" label=Key::Cost value=cost problem=form.problem("cost") input_type="number" hint=Some(Key::CostHint) />
                <TextField id="resource-place" label=Key::FacetPlace value=place problem=form.problem("place") />
                <TextField id="link" label=Key::Link value=link problem=form.problem("link") input_type="url" />
                <TextField id="resource-schedule" label=Key::When value=schedule problem=form.problem("schedule") />
                <div class="field">
                    <label for="resource-description">{tr!(i18n, AboutField)}</label>
                    <textarea id="resource-description" rows="3" bind:value=description></textarea>
                </div>
                <SubmitButton form=form label=if editing_id.is_some() { Key::Save } else { Key::AddResource } />
                <p role="status" class="saved" data-testid="resource-added">{move || added.get().then(|| i18n.t(if editing_id.is_some() { Key::Saved } else { Key::ResourceAdded }))}</p>
            </form>
            {editing_id.map(|id| view! { <OpenSwitch id=id open=open resource=true /> })}
        </section>
    }
}
