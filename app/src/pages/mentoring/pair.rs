//! `/mentoring/pairs/:id`: the space a mentor and mentee share. Goals,
//! check-ins (with calendar files), messages, each person's own notes,
//! ending with feedback, and blocking or reporting the other person.

mod ending;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use libranet_core::ical::{Event, calendar};
use libranet_core::mentoring::views::{
    CheckIn, EndMentorship, MentorshipView, NewReport, SharedGoals, Text,
};
use libranet_core::mentoring::{CheckInFields, Feedback};
use libranet_core::text::neutralise;

use crate::api::{self, ApiFailure};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::profile_card::download;
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::when::{When, ZoneField};
use crate::failure::{Failure, Notice, NoticeText};
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::time::day_of;
use crate::tr;
use ending::{Ending, Safety};

#[component]
pub fn PairPage() -> impl IntoView {
    page_title(Key::PairTitle);
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()));
    view! {
        <p><A href=Page::Mentoring.href()>{tr!(i18n, BackToMentoring)}</A></p>
        <SignedInOnly>
            {move || match id() {
                Some(id) => view! { <Pair id=id /> }.into_any(),
                None => view! { <h1>{tr!(i18n, NotFoundTitle)}</h1> }.into_any(),
            }}
        </SignedInOnly>
    }
}

/// The calendar file for some check-ins.
fn ics(checkins: &[CheckIn], with: &str, title: &str) -> String {
    let summary = format!("{title}: {with}");
    let events: Vec<Event<'_>> = checkins
        .iter()
        .map(|c| Event {
            uid: format!("checkin-{}@libranet", c.id),
            starts_at: c.starts_at,
            ends_at: c.starts_at.plus_minutes(c.fields.minutes),
            summary: &summary,
            description: &c.fields.topic,
        })
        .collect();
    calendar(&events, crate::components::calendar::utc_stamp())
}

#[component]
fn Pair(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let me = use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    let pair = Load::new(move || async move {
        api::mentorships::mentorship(id)
            .await
            .map_err(Failure::from)
    });
    let status = RwSignal::new(None::<Notice>);
    let load = move || pair.refetch();
    // Does one thing, then reloads the space and says how it went.
    let run = Callback::new(move |action: Action| {
        status.set(Some(Notice::Said(Key::Working)));
        spawn_local(async move {
            let done = action.done_key();
            let reporting = matches!(action, Action::Report { .. });
            match action.perform(id).await {
                Ok(()) => {
                    status.try_set(Some(Notice::Said(done)));
                    load();
                }
                Err(ApiFailure::Conflict) if reporting => {
                    status.try_set(Some(Notice::Said(Key::AlreadyReported)));
                }
                Err(e) => {
                    status.try_set(Some(Notice::from(e)));
                }
            }
        });
    });
    loaded(
        pair,
        Frame::status(Some(Key::PairTitle)),
        move |view: MentorshipView| {
            let i_mentor = view.summary.mentor_id == me;
            let other = if i_mentor {
                view.summary.mentee_name.clone()
            } else {
                view.summary.mentor_name.clone()
            };
            let ended = view.summary.ended_at;
            view! {
                <h1>{i18n.fill(Key::PairWith, &[&other])}</h1>
                <p class="lead">{move || i18n.t(if i_mentor { Key::YouAreMentor } else { Key::YouAreMentee })}</p>
                {ended.map(|at| view! { <p class="notice" role="note">{i18n.fill(Key::PairEndedOn, &[&day_of(at)])}</p> })}
                <p role="status" class="saved" data-testid="pair-status">{move || status.get().map(|n| view! { <NoticeText notice=n /> })}</p>
                <Goals goals=view.goals.clone() ended=ended.is_some() run=run />
                <CheckIns checkins=view.checkins.clone() other=other.clone() ended=ended.is_some() run=run />
                <Messages view=view.clone() me=me ended=ended.is_some() run=run />
                <Notes note=view.my_note.clone() run=run />
                <Ending ended=ended.is_some() feedback=view.my_feedback.clone() run=run />
                <Safety blocked=view.blocked other=other run=run />
            }
        },
    )
}

/// What a person can do in the space.
#[derive(Clone)]
enum Action {
    Goals(Vec<String>),
    AddCheckIn(CheckInFields),
    RemoveCheckIn(i64),
    Note(String),
    Message(String),
    End(Option<Feedback>),
    Feedback(Feedback),
    Block(bool),
    Report { reason: String, attach: bool },
}

impl Action {
    fn done_key(&self) -> Key {
        match self {
            Action::Message(_) => Key::MessageSent,
            Action::End(_) => Key::PairEnded,
            Action::Block(true) => Key::Blocked,
            Action::Block(false) => Key::Unblocked,
            Action::Report { .. } => Key::ReportSent,
            _ => Key::Saved,
        }
    }

    async fn perform(self, id: i64) -> Result<(), api::ApiFailure> {
        match self {
            Action::Goals(goals) => {
                api::mentorships::set_pair_goals(id, &SharedGoals { goals }).await
            }
            Action::AddCheckIn(fields) => {
                api::check_ins::add_check_in(id, &fields).await.map(|_| ())
            }
            Action::RemoveCheckIn(check_in) => api::check_ins::remove_check_in(id, check_in).await,
            Action::Note(body) => api::mentorships::save_pair_note(id, &Text { body }).await,
            Action::Message(body) => api::mentorships::send_message(id, &Text { body })
                .await
                .map(|_| ()),
            Action::End(feedback) => {
                api::mentorships::end_mentorship(id, &EndMentorship { feedback }).await
            }
            Action::Feedback(feedback) => api::mentorships::give_feedback(id, &feedback).await,
            Action::Block(on) => api::mentorships::set_blocked(id, on).await,
            Action::Report { reason, attach } => {
                api::reports::report(&NewReport {
                    mentorship_id: id,
                    reason,
                    attach_messages: attach,
                })
                .await
            }
        }
    }
}

#[component]
fn Goals(goals: Vec<String>, ended: bool, run: Callback<Action>) -> impl IntoView {
    let i18n = use_i18n();
    let list = StoredValue::new(goals.clone());
    let new_goal = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let goal = new_goal.get_untracked().trim().to_owned();
        if goal.is_empty() {
            return;
        }
        let mut next = list.get_value();
        next.push(goal);
        new_goal.set(String::new());
        run.run(Action::Goals(next));
    };
    view! {
        <section class="card" aria-labelledby="goals-title">
            <h2 id="goals-title">{tr!(i18n, SharedGoalsTitle)}</h2>
            {goals.is_empty().then(|| view! { <p class="hint">{tr!(i18n, NoSharedGoals)}</p> })}
            <ul class="steps">
                {goals.into_iter().enumerate().map(|(i, goal)| {
                    let label = i18n.fill(Key::RemoveGoal, &[&goal]);
                    view! {
                        <li class="step">
                            <span class="step-title">{goal}</span>
                            {(!ended).then(|| view! {
                                <button type="button" class="button small" aria-label=label on:click=move |_| {
                                    let mut next = list.get_value();
                                    next.remove(i);
                                    run.run(Action::Goals(next));
                                }>{tr!(i18n, Remove)}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!ended).then(|| view! {
                <form class="inline-form" on:submit=add>
                    <div class="field">
                        <label for="new-pair-goal">{tr!(i18n, AddSharedGoal)}</label>
                        <input id="new-pair-goal" type="text" bind:value=new_goal />
                    </div>
                    <button type="submit" class="button">{tr!(i18n, Add)}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn CheckIns(
    checkins: Vec<CheckIn>,
    other: String,
    ended: bool,
    run: Callback<Action>,
) -> impl IntoView {
    let i18n = use_i18n();
    let day = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let minutes = RwSignal::new("30".to_owned());
    let topic = RwSignal::new(String::new());
    let zone = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        run.run(Action::AddCheckIn(CheckInFields {
            day: day.get_untracked(),
            time: time.get_untracked(),
            time_zone: zone.get_untracked(),
            minutes: minutes.get_untracked().trim().parse().unwrap_or(0),
            topic: topic.get_untracked(),
        }));
    };
    let all = StoredValue::new(checkins.clone());
    let with = StoredValue::new(other);
    let export_all = move |_| {
        let text = ics(&all.get_value(), &with.get_value(), i18n.t(Key::CheckIn));
        download("libline-check-ins.ics", "text/calendar", &text);
    };
    view! {
        <section class="card" aria-labelledby="checkins-title">
            <h2 id="checkins-title">{tr!(i18n, CheckInsTitle)}</h2>
            {checkins.is_empty().then(|| view! { <p class="hint">{tr!(i18n, NoCheckIns)}</p> })}
            <ul class="steps">
                {checkins.iter().map(|c| {
                    let (at, until) = (c.starts_at, c.starts_at.plus_minutes(c.fields.minutes));
                    let place = c.fields.time_zone.clone();
                    let minutes = c.fields.minutes.to_string();
                    let one = c.clone();
                    let check_in_id = c.id;
                    let topic = c.fields.topic.clone();
                    view! {
                        <li class="step" data-testid="check-in">
                            <span class="step-title"><When at=at until=until zone=place /> " · " {move || i18n.fill(Key::MinutesLong, &[&minutes])} " · " {topic}</span>
                            <button type="button" class="button small" on:click=move |_| {
                                let text = ics(std::slice::from_ref(&one), &with.get_value(), i18n.t(Key::CheckIn));
                                download(&format!("check-in-{}.ics", one.fields.day), "text/calendar", &text);
                            }>{tr!(i18n, AddToCalendar)}</button>
                            {(!ended).then(|| view! {
                                <button type="button" class="button small" on:click=move |_| run.run(Action::RemoveCheckIn(check_in_id))>{tr!(i18n, Cancel)}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!checkins.is_empty()).then(|| view! {
                <button type="button" class="button" data-testid="export-all" on:click=export_all>{tr!(i18n, ExportAllCheckIns)}</button>
            })}
            {(!ended).then(|| view! {
                <form class="inline-form" on:submit=add>
                    <div class="field">
                        <label for="checkin-day">{tr!(i18n, Day)}</label>
                        <input id="checkin-day" type="date" bind:value=day />
                    </div>
                    <div class="field">
                        <label for="checkin-time">{tr!(i18n, Time)}</label>
                        <input id="checkin-time" type="time" bind:value=time />
                    </div>
                    <ZoneField id="checkin-zone" value=zone />
                    <div class="field">
                        <label for="checkin-minutes">{tr!(i18n, Minutes)}</label>
                        <input id="checkin-minutes" type="number" min="5" max="480" bind:value=minutes />
                    </div>
                    <div class="field">
                        <label for="checkin-topic">{tr!(i18n, CheckInTopic)}</label>
                        <input id="checkin-topic" type="text" bind:value=topic />
                    </div>
                    <button type="submit" class="button">{tr!(i18n, ScheduleCheckIn)}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Messages(view: MentorshipView, me: i64, ended: bool, run: Callback<Action>) -> impl IntoView {
    let i18n = use_i18n();
    let draft = RwSignal::new(String::new());
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = draft.get_untracked();
        if body.trim().is_empty() {
            return;
        }
        draft.set(String::new());
        run.run(Action::Message(body));
    };
    let other = if view.summary.mentor_id == me {
        view.summary.mentee_name.clone()
    } else {
        view.summary.mentor_name.clone()
    };
    view! {
        <section class="card" aria-labelledby="messages-title">
            <h2 id="messages-title">{tr!(i18n, MessagesTitle)}</h2>
            {view.messages.is_empty().then(|| view! { <p class="hint">{tr!(i18n, NoMessages)}</p> })}
            <ol class="messages" aria-live="polite">
                {view.messages.into_iter().map(|m| {
                    let mine = m.sender_id == me;
                    let who = if mine { i18n.t(Key::You).to_owned() } else { other.clone() };
                    view! {
                        <li class="message" class:mine=mine data-testid="message">
                            <span class="message-who">{who} " · " {day_of(m.created_at)}</span>
                            <span class="prewrap" dir="auto">{neutralise(&m.body).into_owned()}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(!ended && !view.blocked).then(|| view! {
                <form on:submit=send>
                    <div class="field">
                        <label for="message-body">{tr!(i18n, WriteMessage)}</label>
                        <textarea id="message-body" rows="3" bind:value=draft></textarea>
                    </div>
                    <button type="submit" class="button primary">{tr!(i18n, Send)}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Notes(note: String, run: Callback<Action>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(note);
    view! {
        <section class="card" aria-labelledby="notes-title">
            <h2 id="notes-title">{tr!(i18n, MyNotesTitle)}</h2>
            <form on:submit=move |ev| { ev.prevent_default(); run.run(Action::Note(text.get_untracked())); }>
                <div class="field">
                    <label for="my-notes">{tr!(i18n, MyNotes)}</label>
                    <p class="hint" id="my-notes-hint">{tr!(i18n, MyNotesHint)}</p>
                    <textarea id="my-notes" rows="4" aria-describedby="my-notes-hint" bind:value=text></textarea>
                </div>
                <button type="submit" class="button">{tr!(i18n, SaveNotes)}</button>
            </form>
        </section>
    }
}
