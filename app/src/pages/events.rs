//! `/events`: upcoming workshops, info sessions, job fairs and meet-ups,
//! with a seat or a place on the waitlist, a calendar file, and (for staff
//! and partners) a form to publish one or a weekly series.

pub mod event;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::events::{EventFields, EventKind, EventView, RsvpStatus};
use libranet_core::teaching::Audience;

use crate::api;
use crate::components::event_facts::EventFacts;
use crate::components::event_facts::Seats;
use crate::components::event_facts::ics;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea, TextField};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::profile_card::download;
use crate::components::room_picker::RoomPicker;
use crate::components::shell::page_title;
use crate::components::when::ZoneField;
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::audience_key;
use crate::labels::event_kind_key;
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

#[component]
pub fn EventsPage() -> impl IntoView {
    page_title(Key::EventsTitle);
    let i18n = use_i18n();
    let session = use_session();
    let list = Load::new(|| async { api::events::events().await.map_err(Failure::from) });
    let reload = Callback::new(move |()| list.refetch());
    let mine = move || {
        list.with(|l| {
            l.into_iter()
                .flatten()
                .filter(|e| e.mine == Some(RsvpStatus::Going))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>{tr!(i18n, EventsTitle)}</h1>
        <p class="lead">{tr!(i18n, EventsIntro)}</p>
        {move || (!mine().is_empty()).then(|| view! {
            <p class="actions">
                <button type="button" class="button" data-testid="my-calendar"
                    on:click=move |_| download("libranet-events.ics", "text/calendar", &ics(&mine()))>
                    {tr!(i18n, AddMyEventsToCalendar)}
                </button>
            </p>
        })}
        {move || (session.current.with(Option::is_some) && !session.kiosk.get()).then(|| view! { <FeedCard /> })}
        {loaded(list, Frame::quiet(), move |all: Vec<EventView>| {
            if all.is_empty() {
                return view! { <p class="hint">{tr!(i18n, NoEvents)}</p> }.into_any();
            }
            view! {
                <ul class="mentor-list">
                    {all.into_iter().map(|e| view! { <EventCard e=e reload=reload /> }).collect_view()}
                </ul>
            }.into_any()
        })}
        {move || session.can_post_jobs().then(|| view! { <NewEventForm reload=reload /> })}
    }
}

/// A personal calendar feed: an address a calendar app subscribes to,
/// shown once when made. Not offered on a public computer.
#[component]
fn FeedCard() -> impl IntoView {
    let i18n = use_i18n();
    let active = RwSignal::new(false);
    let address = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Ok(feed) = api::calendar::calendar_feed().await {
            active.try_set(feed.active);
        }
    });
    let make = move |_| {
        spawn_local(async move {
            if let Ok(feed) = api::calendar::new_calendar_feed().await {
                let origin = window().location().origin().unwrap_or_default();
                address.try_set(feed.path.map(|p| format!("{origin}{p}")));
                active.try_set(true);
            }
        });
    };
    let stop = move |_| {
        spawn_local(async move {
            if api::calendar::stop_calendar_feed().await.is_ok() {
                address.try_set(None);
                active.try_set(false);
            }
        });
    };
    view! {
        <details class="card" data-testid="calendar-feed">
            <summary>{tr!(i18n, CalendarFeedTitle)}</summary>
            <p class="hint">{tr!(i18n, CalendarFeedIntro)}</p>
            {move || address.get().map(|url| view! {
                <div class="field">
                    <label for="feed-address">{tr!(i18n, CalendarFeedAddress)}</label>
                    <input id="feed-address" readonly value=url data-testid="feed-address" />
                    <p class="hint">{tr!(i18n, CalendarFeedOnce)}</p>
                </div>
            })}
            <p class="actions">
                <button type="button" class="button" on:click=make>
                    {move || if active.get() { i18n.t(Key::CalendarFeedRenew) } else { i18n.t(Key::CalendarFeedMake) }}
                </button>
                {move || active.get().then(|| view! {
                    " " <button type="button" class="button" on:click=stop>{tr!(i18n, CalendarFeedStop)}</button>
                })}
            </p>
        </details>
    }
}

#[component]
fn EventCard(e: EventView, reload: Callback<()>) -> impl IntoView {
    let href = Page::Event { id: e.id }.href();
    let title = e.fields.title.clone();
    view! {
        <li class="card" data-testid="event">
            <h2><A href=href>{title}</A></h2>
            <EventFacts e=e.clone() />
            <Seats e=e reload=reload />
        </li>
    }
}

#[component]
fn NewEventForm(reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let text = || RwSignal::new(String::new());
    let (title, description, date, start, end, place, link) =
        (text(), text(), text(), text(), text(), text(), text());
    let language = RwSignal::new("English".to_owned());
    let capacity = RwSignal::new("20".to_owned());
    let weeks = RwSignal::new("1".to_owned());
    let kind = RwSignal::new(EventKind::Workshop);
    let audience = RwSignal::new(Audience::Adults);
    let skills = RwSignal::new(Vec::<String>::new());
    let branch = RwSignal::new(None::<i64>);
    let branch_zone = RwSignal::new(None::<String>);
    let zone = RwSignal::new(String::new());
    let done = RwSignal::new(None::<usize>);
    let submit = form.on_submit(
        move || EventFields {
            title: title.get_untracked(),
            description: description.get_untracked(),
            kind: kind.get_untracked(),
            date: date.get_untracked(),
            start: start.get_untracked(),
            end: end.get_untracked(),
            place: place.get_untracked(),
            online_link: link.get_untracked(),
            branch_id: branch.get_untracked(),
            // Out of range on purpose when unreadable: the server names it.
            capacity: capacity.get_untracked().trim().parse().unwrap_or(0),
            skills: skills.get_untracked(),
            audience: audience.get_untracked(),
            language: language.get_untracked(),
            weeks: weeks.get_untracked().trim().parse().unwrap_or(0),
            time_zone: branch_zone
                .get_untracked()
                .unwrap_or_else(|| zone.get_untracked()),
        },
        |body| async move { api::events::create_events(&body).await },
        move |made: Vec<EventView>| {
            done.set(Some(made.len()));
            title.set(String::new());
            reload.run(());
        },
    );
    view! {
        <section class="card" aria-labelledby="new-event-heading">
            <h2 id="new-event-heading">{tr!(i18n, PublishEvent)}</h2>
            <p class="hint">{tr!(i18n, PublishEventHint)}</p>
            <form on:submit=submit novalidate data-testid="event-form">
                <TextField id="event-title" label=Key::EventTitle value=title problem=form.problem("title") />
                <TextArea id="event-description" label=Key::Description value=description problem=form.problem("description") rows=3 />
                <Choice id="event-kind" label=Key::EventKindLabel value=kind options=EventKind::ALL.to_vec() text=event_kind_key />
                <TextField id="event-date" label=Key::Date value=date problem=form.problem("date") input_type="date" />
                <TextField id="event-start" label=Key::EventStarts value=start problem=form.problem("start") input_type="time" />
                <TextField id="event-end" label=Key::EventEnds value=end problem=form.problem("end") input_type="time" />
                <RoomPicker id="event-room" place=place branch=branch zone=branch_zone />
                <ZoneField id="event-zone" value=zone fixed=branch_zone />
                <TextField id="event-place" label=Key::EventPlace value=place problem=form.problem("place") hint=Some(Key::EventPlaceHint) />
                <TextField id="event-link" label=Key::EventLink value=link problem=form.problem("online_link") input_type="url" />
                <TextField id="event-capacity" label=Key::EventCapacity value=capacity problem=form.problem("capacity") input_type="number" />
                <PickedSkills id="event-skill" label=Key::TeachesWhichSkills picked=skills problem=form.problem("skills") />
                <Choice id="event-audience" label=Key::AudienceLabel value=audience options=Audience::ALL.to_vec() text=audience_key />
                <TextField id="event-language" label=Key::ResourceLanguage value=language problem=form.problem("language") />
                <TextField id="event-weeks" label=Key::EventWeeks value=weeks problem=form.problem("weeks") input_type="number" hint=Some(Key::EventWeeksHint) />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::PublishEvent />
                <p role="status" class="saved">{move || done.get().map(|n| i18n.fill(Key::EventsPublished, &[&n.to_string()]))}</p>
            </form>
        </section>
    }
}
