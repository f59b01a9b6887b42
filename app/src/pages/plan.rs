//! `/plan`: goals, their steps with status and due dates, progress, the
//! jobs one tracks, and a clean printout. Every change saves at once; if the
//! plan changed on another device meanwhile, the person is told and sees
//! the newer copy (nothing is overwritten).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::plan::{ApplicationStatus, Plan, Step, StepKind, StepStatus};

use crate::api::{self, ApiFailure};
use crate::components::loaded::Load;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::application_status_key;
use crate::listings::use_listings;
use crate::page::Page;
use crate::tr;

pub fn step_status_key(status: StepStatus) -> Key {
    match status {
        StepStatus::Todo => Key::StepTodo,
        StepStatus::Doing => Key::StepDoing,
        StepStatus::Done => Key::StepDone,
    }
}

pub fn step_kind_key(kind: StepKind) -> Key {
    match kind {
        StepKind::Learn => Key::KindLearn,
        StepKind::Attend => Key::KindAttend,
        StepKind::Apply => Key::KindApply,
        StepKind::Other => Key::KindOther,
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    page_title(Key::PlanTitle);
    let i18n = use_i18n();
    view! {
        <div class="page-head">
            <h1>{tr!(i18n, PlanTitle)}</h1>
            <button type="button" class="button no-print" data-testid="print-plan"
                on:click=move |_| { let _ = window().print(); }>{tr!(i18n, PrintPlan)}</button>
        </div>
        <SignedInOnly>
            <PlanEditor />
            <Tracker />
            <crate::components::attended::Attended />
        </SignedInOnly>
    }
}

#[component]
fn PlanEditor() -> impl IntoView {
    let i18n = use_i18n();
    let plan = RwSignal::new(None::<Plan>);
    let message = RwSignal::new(None::<Key>);
    // The plan as loaded (again after a conflict), then as edited here.
    let load = Load::new(|| async { api::plan::plan().await.map_err(Failure::from) });
    Effect::new(move || {
        if let Some(p) = load.with(|p: Option<&Plan>| p.cloned()) {
            plan.set(Some(p));
        }
        if load.failure().is_some() {
            message.set(Some(Key::ServerError));
        }
    });
    // Applies one change and saves it at once.
    let commit = move |change: Box<dyn FnOnce(&mut Plan)>| {
        let Some(mut next) = plan.get_untracked() else {
            return;
        };
        change(&mut next);
        if let Err(problems) = next.validate() {
            let first = problems
                .first()
                .map(|p| crate::i18n::problem_key(p.problem));
            message.set(first);
            return;
        }
        plan.set(Some(next.clone()));
        message.set(Some(Key::Working));
        spawn_local(async move {
            match api::plan::save_plan(&next).await {
                Ok(saved) => {
                    plan.try_update(|p| {
                        if let Some(p) = p {
                            p.revision = saved.revision;
                        }
                    });
                    message.try_set(Some(Key::Saved));
                }
                Err(ApiFailure::Conflict) => {
                    message.try_set(Some(Key::PlanConflict));
                    load.refetch();
                }
                Err(ApiFailure::Network) => {
                    message.try_set(Some(Key::NetworkError));
                }
                Err(ApiFailure::Fields(f)) => {
                    message.try_set(f.first().map(|p| crate::i18n::problem_key(p.problem)));
                }
                Err(_) => {
                    message.try_set(Some(Key::ServerError));
                }
            }
        });
    };
    let new_goal = RwSignal::new(String::new());
    let add_goal = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = new_goal.get_untracked().trim().to_owned();
        if title.is_empty() {
            message.set(Some(Key::ProblemRequired));
            return;
        }
        new_goal.set(String::new());
        commit(Box::new(move |p| {
            p.add_goal(title, None, None);
        }));
    };
    view! {
        <p role="status" class="saved no-print" data-testid="plan-status">{move || message.get().map(|k| i18n.t(k))}</p>
        {move || plan.get().map(|p| {
            let (done, all) = p.progress();
            view! {
                <p class="lead" data-testid="plan-progress">
                    <progress max=all.max(1) value=done aria-hidden="true"></progress>
                    " " {move || i18n.fill(Key::StepsDone, &[&done.to_string(), &all.to_string()])}
                </p>
                {p.goals.is_empty().then(|| view! { <p class="hint">{tr!(i18n, NoGoalsYet)}</p> })}
            }
        })}
        <For
            each=move || plan.get().map(|p| p.goals).unwrap_or_default()
            key=|g| format!("{g:?}")
            let:goal
        >
            <GoalCard goal=goal commit=commit />
        </For>
        <form class="card no-print" on:submit=add_goal novalidate>
            <div class="field">
                <label for="new-goal">{tr!(i18n, NewGoal)}</label>
                <p class="hint" id="new-goal-hint">{tr!(i18n, NewGoalHint)}</p>
                <input id="new-goal" type="text" aria-describedby="new-goal-hint" bind:value=new_goal data-testid="new-goal" />
            </div>
            <button type="submit" class="button primary">{tr!(i18n, AddGoal)}</button>
        </form>
    }
}

#[component]
fn GoalCard(
    goal: libranet_core::plan::Goal,
    commit: impl Fn(Box<dyn FnOnce(&mut Plan)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let goal_id = goal.id;
    let (done, all) = goal.progress();
    let title_id = format!("goal-{goal_id}");
    let labelled_by = title_id.clone();
    let new_step = RwSignal::new(String::new());
    let add_step = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = new_step.get_untracked().trim().to_owned();
        if title.is_empty() {
            return;
        }
        new_step.set(String::new());
        commit(Box::new(move |p| {
            p.add_step(
                Some(goal_id),
                "",
                Step {
                    title,
                    ..Step::default()
                },
            );
        }));
    };
    let remove_goal = move |_| commit(Box::new(move |p| p.goals.retain(|g| g.id != goal_id)));
    let set_due = move |ev| {
        let value = event_target_value(&ev);
        commit(Box::new(move |p| {
            if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal_id) {
                g.due_on = Some(value).filter(|v| !v.is_empty());
            }
        }));
    };
    let goal_title = goal.title.clone();
    view! {
        <section class="card goal" aria-labelledby=labelled_by data-testid="goal">
            <h2 id=title_id>{goal.title.clone()}</h2>
            <p>
                <progress max=all.max(1) value=done aria-hidden="true"></progress>
                " " {move || i18n.fill(Key::StepsDone, &[&done.to_string(), &all.to_string()])}
            </p>
            <div class="field inline">
                <label for=format!("goal-due-{goal_id}")>{tr!(i18n, DueDate)}</label>
                <input id=format!("goal-due-{goal_id}") type="date" value=goal.due_on.clone().unwrap_or_default() on:change=set_due />
            </div>
            <ol class="steps">
                {goal.steps.into_iter().map(|step| view! { <StepRow step=step commit=commit /> }).collect_view()}
            </ol>
            <form class="no-print inline-form" on:submit=add_step novalidate>
                <div class="field">
                    <label for=format!("new-step-{goal_id}")>{tr!(i18n, NewStep)}</label>
                    <input id=format!("new-step-{goal_id}") type="text" bind:value=new_step />
                </div>
                <button type="submit" class="button">{tr!(i18n, AddStep)}</button>
            </form>
            <button type="button" class="button small no-print" on:click=remove_goal
                aria-label=move || i18n.fill(Key::RemoveGoal, &[&goal_title])>{tr!(i18n, Remove)}</button>
        </section>
    }
}

#[component]
fn StepRow(
    step: Step,
    commit: impl Fn(Box<dyn FnOnce(&mut Plan)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let step_id = step.id;
    let kind = step.kind;
    let update = move |f: Box<dyn FnOnce(&mut Step)>| {
        commit(Box::new(move |p| {
            if let Some(s) = p
                .goals
                .iter_mut()
                .flat_map(|g| g.steps.iter_mut())
                .find(|s| s.id == step_id)
            {
                f(s);
            }
        }));
    };
    let set_status = move |ev| {
        if let Some(status) = StepStatus::ALL
            .into_iter()
            .find(|s| format!("{s:?}") == event_target_value(&ev))
        {
            update(Box::new(move |s| s.status = status));
        }
    };
    let set_due = move |ev| {
        let value = event_target_value(&ev);
        update(Box::new(move |s| {
            s.due_on = Some(value).filter(|v| !v.is_empty());
        }));
    };
    let remove = move |_| {
        commit(Box::new(move |p| {
            p.goals
                .iter_mut()
                .for_each(|g| g.steps.retain(|s| s.id != step_id));
        }));
    };
    let title = step.title.clone();
    let done = step.status == StepStatus::Done;
    view! {
        <li class="step" class:done=done data-testid="step">
            <span class="step-kind">{move || i18n.t(step_kind_key(kind))}</span>
            <span class="step-title">{step.title.clone()}</span>
            <span class="print-only">{move || i18n.t(step_status_key(step.status))}</span>
            <div class="field inline no-print">
                <label for=format!("step-status-{step_id}")>{move || i18n.fill(Key::StatusOf, &[&title])}</label>
                <select id=format!("step-status-{step_id}") data-testid="step-status" on:change=set_status>
                    {StepStatus::ALL.into_iter().map(|s| view! {
                        <option value=format!("{s:?}") selected=s == step.status>{move || i18n.t(step_status_key(s))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field inline">
                <label for=format!("step-due-{step_id}")>{tr!(i18n, DueDate)}</label>
                <input id=format!("step-due-{step_id}") type="date" value=step.due_on.clone().unwrap_or_default() on:change=set_due />
            </div>
            <button type="button" class="button small no-print" on:click=remove
                aria-label={let t = step.title.clone(); move || i18n.fill(Key::RemoveStep, &[&t])}>"×"</button>
        </li>
    }
}

/// The jobs one saved or applied to, each with its stage.
#[component]
fn Tracker() -> impl IntoView {
    let i18n = use_i18n();
    let listings = use_listings();
    // Read as a list that is empty until (or unless) it loads.
    let tracked = Load::new(|| async {
        api::plan::tracked_jobs()
            .await
            .map(|found| found.jobs)
            .map_err(Failure::from)
    });
    view! {
        <section class="card" aria-labelledby="tracked-title" data-testid="tracked-jobs">
            <h2 id="tracked-title">{tr!(i18n, TrackerTitle)}</h2>
            <Show when=move || !tracked.with(|t| t.is_none_or(Vec::is_empty)) fallback=move || view! { <p class="hint">{tr!(i18n, NothingTracked)}</p> }>
                <ul>
                    <For each=move || tracked.with(|t| t.cloned().unwrap_or_default()) key=|t| (t.job_id, t.status) let:t>
                        {
                            let id = t.job_id;
                            let status: ApplicationStatus = t.status;
                            let title = move || listings.with(|c| c.as_ref().and_then(|c| c.job(id).map(|j| j.fields.title.clone()))).unwrap_or_else(|| i18n.t(Key::JobClosedShort).to_owned());
                            view! {
                                <li>
                                    <A href=Page::Job { id }.href()>{title}</A>
                                    " — " {move || i18n.t(application_status_key(status))}
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
