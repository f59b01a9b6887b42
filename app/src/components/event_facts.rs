//! What an event is, when and where, and its seats: shared by the events
//! list and an event's own page.

use crate::api;
use crate::components::profile_card::download;
use crate::components::when::When;
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::labels::audience_key;
use crate::labels::event_kind_key;
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_skills;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::events::{EventView, RsvpStatus};
use libranet_core::ical::{Event, calendar};

/// When, where, what it teaches, in what language, for whom.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn EventFacts(e: EventView) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let kind = e.fields.kind;
    let audience = e.fields.audience;
    let ids = e.fields.skills.clone();
    let names = move || {
        let lang = i18n.lang.get();
        skills.with(|k| {
            ids.iter()
                .map(|s| k.as_ref().map_or_else(|| s.clone(), |k| k.label(s, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let has_skills = !e.fields.skills.is_empty();
    let place = if e.fields.place.is_empty() {
        None
    } else {
        Some(e.fields.place.clone())
    };
    view! {
        <p class="hint">
            {move || i18n.t(event_kind_key(kind))} " · " {move || i18n.t(audience_key(audience))} " · "
            {e.fields.language.clone()} " · " {e.organiser_name.clone()}
        </p>
        <p><strong><When at=e.starts_at until=e.ends_at zone=e.fields.time_zone.clone() /></strong></p>
        <p>
            {match place {
                Some(p) => p.into_any(),
                None => view! { {move || i18n.t(Key::Online)} }.into_any(),
            }}
        </p>
        {has_skills.then(|| view! { <p>{move || i18n.fill(Key::TeachesSkills, &[&names()])}</p> })}
        {e.cancelled.then(|| view! { <p class="field-error" data-testid="event-cancelled">{tr!(i18n, EventCancelledLabel)}</p> })}
    }
}

/// Seats left, one's own seat or place on the waitlist, and the buttons.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn Seats(e: EventView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = e.id;
    let problem = RwSignal::new(None::<Failure>);
    let act = move |join: bool| {
        spawn_local(async move {
            let done = if join {
                api::events::rsvp(id).await
            } else {
                api::events::withdraw(id).await
            };
            match done {
                Ok(_) => reload.run(()),
                Err(err) => {
                    problem.try_set(Some(Failure::from(err)));
                }
            }
        });
    };
    let left = e.fields.capacity.saturating_sub(e.going);
    let full = left == 0;
    let status = match (e.mine, e.my_place) {
        (Some(RsvpStatus::Going), _) => Some(i18n.t(Key::YouAreGoing).to_owned()),
        (Some(RsvpStatus::Waiting), Some(place)) => {
            Some(i18n.fill(Key::WaitlistPlace, &[&place.to_string()]))
        }
        _ => None,
    };
    let signed = e.mine.is_some();
    let title = e.fields.title.clone();
    let one = e.clone();
    view! {
        <p data-testid="seats">
            {if full { i18n.fill(Key::EventFull, &[&e.waiting.to_string()]) } else { i18n.fill(Key::SeatsLeft, &[&left.to_string(), &e.fields.capacity.to_string()]) }}
        </p>
        {status.map(|s| view! { <p role="status" data-testid="my-seat"><strong>{s}</strong></p> })}
        {(!e.cancelled).then(|| {
            let title = title.clone();
            let one = one.clone();
            move || {
                if session.current.with(Option::is_none) {
                    return view! { <A href=Page::SignIn.href() attr:class="button">{tr!(i18n, SignInToJoin)}</A> }.into_any();
                }
                let title = title.clone();
                let one = one.clone();
                if signed {
                    view! {
                        <div class="actions">
                            <button type="button" class="button" aria-label=i18n.fill(Key::LeaveEventNamed, &[&title]) on:click=move |_| act(false)>
                                {tr!(i18n, LeaveEvent)}
                            </button>
                            <button type="button" class="button" on:click=move |_| download(&format!("event-{}.ics", one.id), "text/calendar", &ics(std::slice::from_ref(&one)))>
                                {tr!(i18n, AddToCalendar)}
                            </button>
                        </div>
                    }.into_any()
                } else {
                    let key = if full { Key::JoinWaitlist } else { Key::SignUpForEvent };
                    view! {
                        <button type="button" class="button primary" aria-label=move || format!("{} — {}", i18n.t(key), title) on:click=move |_| act(true)>
                            {move || i18n.t(key)}
                        </button>
                    }.into_any()
                }
            }
        })}
        <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
    }
}

/// A calendar file for some events.
pub fn ics(events: &[EventView]) -> String {
    let all: Vec<Event<'_>> = events
        .iter()
        .filter(|e| !e.cancelled)
        .map(|e| Event {
            uid: format!("event-{}@libranet", e.id),
            starts_at: e.starts_at,
            ends_at: e.ends_at,
            summary: &e.fields.title,
            description: if e.fields.place.is_empty() {
                &e.fields.online_link
            } else {
                &e.fields.place
            },
        })
        .collect();
    calendar(&all, crate::components::calendar::utc_stamp())
}
