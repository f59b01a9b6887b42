//! `/mentoring/profile`: what one looks for in a mentor (linked to goals in
//! one's plan) and, for anyone who wants to, what one offers as a mentor.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::mentoring::views::{MyMentoring, PauseReason};
use libranet_core::mentoring::{MeetingMode, MenteeProfile, MentorProfile};
use libranet_core::plan::Goal;

use crate::api;
use crate::components::area_choices::AreaChoices;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::when::ZoneField;
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::mode_key;
use crate::page::Page;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn MentoringProfilePage() -> impl IntoView {
    page_title(Key::MyMentoringProfile);
    let i18n = use_i18n();
    // The plan's goals (none if it does not load), then the profile.
    let mine = Load::new(|| async {
        let goals = api::plan::plan().await.map(|p| p.goals).unwrap_or_default();
        let mine = api::mentoring::my_mentoring()
            .await
            .map_err(Failure::from)?;
        Ok::<_, Failure>((goals, mine))
    });
    view! {
        <h1>{tr!(i18n, MyMentoringProfile)}</h1>
        <p><A href=Page::Mentoring.href()>{tr!(i18n, BackToMentoring)}</A></p>
        <SignedInOnly>
            {loaded(mine, Frame::quiet(), |(goals, m): (Vec<Goal>, MyMentoring)| {
                let goals = RwSignal::new(goals);
                view! {
                    <MenteeForm initial=m.mentee.clone() goals=goals />
                    <MentorForm initial=m.mentor.clone() paused=m.paused_reason />
                }
            })}
        </SignedInOnly>
    }
}

pub fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[component]
fn MenteeForm(initial: Option<MenteeProfile>, goals: RwSignal<Vec<Goal>>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let start = initial.unwrap_or_default();
    let goal_ids = RwSignal::new(start.goal_ids.clone());
    let areas = RwSignal::new(start.areas.clone());
    let topics = RwSignal::new(start.skills.clone());
    let languages = RwSignal::new(start.languages.join(", "));
    let region = RwSignal::new(start.region.clone());
    let zone = RwSignal::new(start.time_zone.clone());
    let mode = RwSignal::new(start.mode);
    let about = RwSignal::new(start.about.clone());
    let form = FormState::new();
    let saved = RwSignal::new(false);
    let request = move || {
        saved.set(false);
        let chosen: Vec<Goal> = goals.with_untracked(|all| {
            all.iter()
                .filter(|g| goal_ids.with_untracked(|ids| ids.contains(&g.id)))
                .cloned()
                .collect()
        });
        // The skills the chosen goals' occupations call for.
        let goal_skills: Vec<String> = skills.with_untracked(|s| {
            s.as_ref()
                .map(|s| {
                    chosen
                        .iter()
                        .filter_map(|g| g.occupation_id.as_deref().and_then(|o| s.occupation(o)))
                        .flat_map(|o| o.essential.iter().cloned())
                        .take(libranet_core::mentoring::MAX_TOPICS)
                        .collect()
                })
                .unwrap_or_default()
        });
        MenteeProfile {
            goal_ids: chosen.iter().map(|g| g.id).collect(),
            goals: chosen.iter().map(|g| g.title.clone()).collect(),
            goal_skills,
            skills: topics.get_untracked(),
            areas: areas.get_untracked(),
            languages: split_list(&languages.get_untracked()),
            region: region.get_untracked(),
            time_zone: zone.get_untracked(),
            mode: mode.get_untracked(),
            about: about.get_untracked(),
        }
    };
    let on_submit = form.on_submit(
        request,
        |b: MenteeProfile| async move { api::mentoring::save_mentee(&b).await },
        move |_| saved.set(true),
    );
    view! {
        <section class="card" aria-labelledby="mentee-title">
            <h2 id="mentee-title">{tr!(i18n, MenteeFormTitle)}</h2>
            <p class="hint">{tr!(i18n, MenteeFormIntro)}</p>
            <form on:submit=on_submit novalidate>
                <fieldset class="field">
                    <legend>{tr!(i18n, MenteeGoals)}</legend>
                    {move || {
                        let all = goals.get();
                        if all.is_empty() {
                            return view! { <p class="hint">{tr!(i18n, NoGoalsForMentoring)} " " <A href=Page::Plan.href()>{tr!(i18n, NavPlan)}</A></p> }.into_any();
                        }
                        all.into_iter().map(|g| {
                            let id = g.id;
                            let box_id = format!("goal-{id}");
                            view! {
                                <label class="check" for=box_id.clone()>
                                    <input type="checkbox" id=box_id.clone()
                                        prop:checked=move || goal_ids.with(|ids| ids.contains(&id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            goal_ids.update(|ids| { ids.retain(|x| *x != id); if on { ids.push(id) } });
                                        } />
                                    {g.title}
                                </label>
                            }
                        }).collect_view().into_any()
                    }}
                </fieldset>
                <AreaChoices id="mentee-area" legend=Key::TopicsWanted picked=areas />
                <PickedSkills id="mentee-skill" label=Key::SkillsWanted picked=topics problem=form.problem("skills") />
                <TextField id="mentee-languages" label=Key::Languages hint=Some(Key::LanguagesHint) value=languages problem=form.problem("languages") />
                <TextField id="mentee-region" label=Key::Region hint=Some(Key::RegionHint) value=region problem=form.problem("region") />
                <ZoneField id="mentee-zone" value=zone />
                <Choice id="mentee-mode" label=Key::MeetingModeLabel value=mode options=MeetingMode::ALL.to_vec() text=mode_key />
                <div class="field">
                    <label for="mentee-about">{tr!(i18n, MenteeAbout)}</label>
                    <textarea id="mentee-about" rows="3" bind:value=about></textarea>
                </div>
                <FormAlert form=form />
                <SubmitButton form=form label=Key::Save />
                <p role="status" class="saved" data-testid="mentee-saved">{move || saved.get().then(|| i18n.t(Key::Saved))}</p>
            </form>
        </section>
    }
}

#[component]
fn MentorForm(initial: Option<MentorProfile>, paused: Option<PauseReason>) -> impl IntoView {
    let i18n = use_i18n();
    let had = initial.is_some();
    let start = initial.unwrap_or(MentorProfile {
        about: String::new(),
        areas: vec![],
        skills: vec![],
        years: 0,
        languages: vec![],
        region: String::new(),
        time_zone: String::new(),
        mode: MeetingMode::Both,
        capacity: 2,
        hours_per_month: 4,
        open: true,
    });
    let areas = RwSignal::new(start.areas.clone());
    let topics = RwSignal::new(start.skills.clone());
    let years = RwSignal::new(start.years.to_string());
    let languages = RwSignal::new(start.languages.join(", "));
    let region = RwSignal::new(start.region.clone());
    let zone = RwSignal::new(start.time_zone.clone());
    let mode = RwSignal::new(start.mode);
    let capacity = RwSignal::new(start.capacity.to_string());
    let hours = RwSignal::new(start.hours_per_month.to_string());
    let open = RwSignal::new(start.open);
    let about = RwSignal::new(start.about.clone());
    let form = FormState::new();
    let saved = RwSignal::new(false);
    let number = |s: RwSignal<String>| s.get_untracked().trim().parse::<u8>().unwrap_or(u8::MAX);
    let request = move || {
        saved.set(false);
        MentorProfile {
            about: about.get_untracked(),
            areas: areas.get_untracked(),
            skills: topics.get_untracked(),
            years: number(years),
            languages: split_list(&languages.get_untracked()),
            region: region.get_untracked(),
            time_zone: zone.get_untracked(),
            mode: mode.get_untracked(),
            capacity: number(capacity),
            hours_per_month: number(hours),
            open: open.get_untracked(),
        }
    };
    let on_submit = form.on_submit(
        request,
        |b: MentorProfile| async move { api::mentoring::save_mentor(&b).await },
        move |_| saved.set(true),
    );
    view! {
        <section class="card" aria-labelledby="mentor-title">
            <h2 id="mentor-title">{tr!(i18n, MentorFormTitle)}</h2>
            <p class="hint">{tr!(i18n, MentorFormIntro)}</p>
            {paused.filter(|_| had).map(|_| view! { <p class="notice" role="note">{tr!(i18n, PausedForExpiries)}</p> })}
            <form on:submit=on_submit novalidate>
                <AreaChoices id="mentor-area" legend=Key::MentorAreas picked=areas />
                <PickedSkills id="mentor-skill" label=Key::MentorSkills picked=topics problem=form.problem("skills") />
                <p class="field-error">{move || form.problem("areas").get().map(|_| i18n.t(Key::MentorNeedsTopic))}</p>
                <TextField id="mentor-years" label=Key::YearsInField value=years problem=form.problem("years") input_type="number" />
                <TextField id="mentor-languages" label=Key::Languages hint=Some(Key::LanguagesHint) value=languages problem=form.problem("languages") />
                <TextField id="mentor-region" label=Key::Region hint=Some(Key::RegionHint) value=region problem=form.problem("region") />
                <ZoneField id="mentor-zone" value=zone />
                <Choice id="mentor-mode" label=Key::MeetingModeLabel value=mode options=MeetingMode::ALL.to_vec() text=mode_key />
                <TextField id="mentor-capacity" label=Key::Capacity hint=Some(Key::CapacityHint) value=capacity problem=form.problem("capacity") input_type="number" />
                <TextField id="mentor-hours" label=Key::HoursPerMonth value=hours problem=form.problem("hours_per_month") input_type="number" />
                <div class="field">
                    <label for="mentor-about">{tr!(i18n, MentorAbout)}</label>
                    <textarea id="mentor-about" rows="3" bind:value=about></textarea>
                </div>
                <label class="check" for="mentor-open">
                    <input type="checkbox" id="mentor-open" bind:checked=open />
                    {tr!(i18n, OpenForRequests)}
                </label>
                <FormAlert form=form />
                <SubmitButton form=form label=Key::Save />
                <p role="status" class="saved" data-testid="mentor-saved">{move || saved.get().then(|| i18n.t(Key::Saved))}</p>
            </form>
        </section>
    }
}
