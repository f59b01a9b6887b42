//! `/events/:id`: one event, its seats, and for its organisers the
//! attendance list and cancelling.

use crate::api;
use crate::components::event_facts::EventFacts;
use crate::components::event_facts::Seats;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::PlainText;
use crate::components::shell::page_title;
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::events::{Attendance, Attendee, CancelEvent, EventView, RsvpStatus};

#[component]
pub fn EventPage() -> impl IntoView {
    page_title(Key::EventsTitle);
    let i18n = use_i18n();
    let id = crate::page::route_id();
    let found = Load::new(move || {
        let id = id();
        async move { api::events::event(id).await.map_err(Failure::from) }
    });
    let reload = Callback::new(move |()| found.refetch());
    loaded(
        found,
        Frame::heading(Key::EventsTitle),
        move |e: EventView| {
            view! {
                <h1>{e.fields.title.clone()}</h1>
                <p><A href=Page::Events.href()>{tr!(i18n, AllEvents)}</A></p>
                <EventFacts e=e.clone() />
                {(!e.fields.description.is_empty()).then(|| view! { <PlainText text=e.fields.description.clone() /> })}
                {(!e.fields.online_link.is_empty()).then(|| view! {
                    <p><a href=e.fields.online_link.clone() rel="noopener noreferrer nofollow" target="_blank">{tr!(i18n, JoinOnline)}</a></p>
                })}
                <Seats e=e.clone() reload=reload />
                {e.can_manage.then(|| view! { <AttendanceList id=e.id /> })}
                {(e.can_manage && !e.cancelled).then(|| view! { <CancelForm id=e.id in_series={e.fields.weeks > 1} reload=reload /> })}
            }
        },
    )
}

#[component]
fn CancelForm(id: i64, in_series: bool, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let reason = RwSignal::new(String::new());
    let later = RwSignal::new(false);
    let submit = form.on_submit(
        move || CancelEvent {
            reason: reason.get_untracked(),
            later_dates: later.get_untracked(),
        },
        move |body| async move { api::events::cancel_event(id, &body).await },
        move |()| reload.run(()),
    );
    view! {
        <section class="card" aria-labelledby="cancel-event-heading">
            <h2 id="cancel-event-heading">{tr!(i18n, CancelEventTitle)}</h2>
            <form on:submit=submit novalidate>
                <TextArea id="cancel-reason" label=Key::CancelReason value=reason problem=form.problem("reason") hint=Some(Key::CancelReasonHint) rows=2 />
                {in_series.then(|| view! {
                    <label class="check" for="cancel-later">
                        <input type="checkbox" id="cancel-later" bind:checked=later />
                        {tr!(i18n, CancelLaterDates)}
                    </label>
                })}
                <FormAlert form=form />
                <SubmitButton form=form label=Key::CancelEventTitle />
            </form>
        </section>
    }
}

/// Taking attendance: everyone signed up, with "came" to tick.
#[component]
fn AttendanceList(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let people = RwSignal::new(Vec::<Attendee>::new());
    let load = move || {
        spawn_local(async move {
            if let Ok(found) = api::events::attendees(id).await {
                people.try_set(found);
            }
        });
    };
    load();
    let mark = move |user_id: i64, attended: bool| {
        spawn_local(async move {
            if api::events::mark_attendance(id, &Attendance { user_id, attended })
                .await
                .is_ok()
            {
                load();
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">{tr!(i18n, AttendanceTitle)}</h2>
            {move || {
                let all = people.get();
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NobodySignedUp)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {all.into_iter().map(|a| {
                            let field = format!("came-{}", a.user_id);
                            let user = a.user_id;
                            let waiting = a.status == RsvpStatus::Waiting;
                            view! {
                                <li class="check" data-testid="attendee">
                                    <input type="checkbox" id=field.clone() checked=a.attended
                                        on:change=move |ev| mark(user, event_target_checked(&ev)) />
                                    <label for=field>{a.name.clone()}
                                        {waiting.then(|| view! { " (" {move || i18n.t(Key::OnWaitlist)} ")" })}
                                    </label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
