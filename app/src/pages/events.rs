//! `/events`: upcoming workshops, info sessions, job fairs and meet-ups,
//! with a seat or a place on the waitlist, a calendar file, and (for staff
//! and partners) a form to publish one or a weekly series; `/events/:id`:
//! one date, where organisers can cancel it with notice.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::events::{
    Attendance, Attendee, CancelEvent, EventFields, EventKind, EventView, RsvpStatus,
};
use libranet_core::ical::{Event, calendar};
use libranet_core::teaching::Audience;

use crate::api;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea, TextField};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::components::markup::PlainText;
use crate::components::profile_card::download;
use crate::components::room_picker::RoomPicker;
use crate::components::shell::page_title;
use crate::components::when::{When, ZoneField};
use crate::failure::mentoring_failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::audience_key;
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_skills;
use crate::tr;

fn kind_key(kind: EventKind) -> Key {
    match kind {
        EventKind::Workshop => Key::EventWorkshop,
        EventKind::InfoSession => Key::EventInfoSession,
        EventKind::JobFair => Key::EventJobFair,
        EventKind::Meetup => Key::EventMeetup,
    }
}

/// A calendar file for some events.
fn ics(events: &[EventView]) -> String {
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

#[component]
pub fn EventsPage() -> impl IntoView {
    page_title(Key::EventsTitle);
    let i18n = use_i18n();
    let session = use_session();
    let list = RwSignal::new(None::<Vec<EventView>>);
    let load = move || {
        spawn_local(async move {
            if let Ok(found) = api::events().await {
                list.try_set(Some(found));
            }
        })
    };
    load();
    let reload = Callback::new(move |()| load());
    let mine = move || {
        list.get()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.mine == Some(RsvpStatus::Going))
            .collect::<Vec<_>>()
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
        {move || list.get().map(|all| {
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
        if let Ok(feed) = api::calendar_feed().await {
            active.try_set(feed.active);
        }
    });
    let make = move |_| {
        spawn_local(async move {
            if let Ok(feed) = api::new_calendar_feed().await {
                let origin = window().location().origin().unwrap_or_default();
                address.try_set(feed.path.map(|p| format!("{origin}{p}")));
                active.try_set(true);
            }
        })
    };
    let stop = move |_| {
        spawn_local(async move {
            if api::stop_calendar_feed().await.is_ok() {
                address.try_set(None);
                active.try_set(false);
            }
        })
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

/// When, where, what it teaches, in what language, for whom.
#[component]
fn EventFacts(e: EventView) -> impl IntoView {
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
            {move || i18n.t(kind_key(kind))} " · " {move || i18n.t(audience_key(audience))} " · "
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
#[component]
fn Seats(e: EventView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = e.id;
    let problem = RwSignal::new(String::new());
    let act = move |join: bool| {
        spawn_local(async move {
            let done = if join {
                api::rsvp(id).await
            } else {
                api::withdraw(id).await
            };
            match done {
                Ok(_) => reload.run(()),
                Err(err) => {
                    problem.try_set(mentoring_failure(i18n, &err));
                }
            }
        })
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
        <p role="alert" class="field-error">{move || problem.get()}</p>
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
        |body| async move { api::create_events(&body).await },
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
                <Choice id="event-kind" label=Key::EventKindLabel value=kind options=EventKind::ALL.to_vec() text=kind_key />
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

#[component]
pub fn EventPage() -> impl IntoView {
    page_title(Key::EventsTitle);
    let i18n = use_i18n();
    let id = crate::page::route_id();
    let found = RwSignal::new(None::<Result<EventView, String>>);
    let load = move || {
        let id = id();
        spawn_local(async move {
            let got = api::event(id)
                .await
                .map_err(|e| mentoring_failure(i18n, &e));
            found.try_set(Some(got));
        })
    };
    Effect::new(move |_| load());
    let reload = Callback::new(move |()| load());
    move || {
        match found.get() {
        None => view! { <h1>{tr!(i18n, EventsTitle)}</h1> }.into_any(),
        Some(Err(why)) => view! { <h1>{tr!(i18n, EventsTitle)}</h1><p role="alert">{why}</p> }.into_any(),
        Some(Ok(e)) => view! {
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
        .into_any(),
    }
    }
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
        move |body| async move { api::cancel_event(id, &body).await },
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
            if let Ok(found) = api::attendees(id).await {
                people.try_set(found);
            }
        })
    };
    load();
    let mark = move |user_id: i64, attended: bool| {
        spawn_local(async move {
            if api::mark_attendance(id, &Attendance { user_id, attended })
                .await
                .is_ok()
            {
                load();
            }
        })
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
