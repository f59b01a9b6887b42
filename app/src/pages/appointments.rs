//! `/appointments`: interview practice, resume review and career coaching.
//! Anyone sees the open times; a signed-in person books one and sees and
//! cancels their own; staff and verified partners offer times and see who
//! booked them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::appointments::{
    AppointmentKind, BookSlot, CancelAppointment, MyAppointments, SlotFields, SlotView,
};

use crate::api::{self, ApiFailure};
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::listing_forms::Choice;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::room_picker::RoomPicker;
use crate::components::shell::page_title;
use crate::components::when::{self, When, ZoneField};
use crate::failure::{Failure, FailureText};
use crate::i18n::{I18n, Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

pub fn kind_key(kind: AppointmentKind) -> Key {
    match kind {
        AppointmentKind::InterviewPractice => Key::InterviewPractice,
        AppointmentKind::ResumeReview => Key::ResumeReview,
        AppointmentKind::CareerCoaching => Key::CareerCoaching,
    }
}

/// A booking that failed: a slot taken or gone has its own words.
fn booking_failure(err: ApiFailure) -> Failure {
    match err {
        ApiFailure::Full => Failure::Said(Key::SlotTaken),
        ApiFailure::NotFound => Failure::Said(Key::SlotGone),
        other => other.into(),
    }
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    page_title(Key::AppointmentsTitle);
    let i18n = use_i18n();
    let session = use_session();
    // Both again when someone signs in or out; one's own only when signed
    // in.
    let open = Load::new(move || {
        session.current.track();
        async { api::appointments::open_slots().await.map_err(Failure::from) }
    });
    let mine = Load::new(move || {
        let signed_in = session.current.with(Option::is_some);
        async move {
            if !signed_in {
                return Ok(None);
            }
            api::appointments::my_appointments()
                .await
                .map(Some)
                .map_err(Failure::from)
        }
    });
    let reload = Callback::new(move |()| {
        open.refetch();
        if session.current.with_untracked(Option::is_some) {
            mine.refetch();
        }
    });
    let may_host = Memo::new(move |_| {
        session.current.with(Option::is_some)
            && mine.with(|m| m.and_then(Option::as_ref).is_some_and(|m| m.may_host))
    });
    view! {
        <h1>{tr!(i18n, AppointmentsTitle)}</h1>
        <p class="lead">{tr!(i18n, AppointmentsIntro)}</p>
        {loaded(mine, Frame::quiet(), move |m: Option<MyAppointments>| m.map(|m| {
            let hosting = m.hosting.clone();
            view! {
                <MyBooked booked=m.booked reload=reload />
                {m.may_host.then(|| view! { <Hosting slots=hosting reload=reload /> })}
            }
        }))}
        // Outside the list above, so reloading it keeps what the form holds.
        <Show when=move || may_host.get()>
            <OfferTimes reload=reload />
        </Show>
        <OpenTimes open=open reload=reload />
    }
}

/// How long and where ("30 minutes · Central Library, Room 2").
fn how_long_where(i18n: I18n, s: &SlotView) -> String {
    let place = if s.place.is_empty() {
        i18n.t(Key::Online).to_owned()
    } else {
        s.place.clone()
    };
    i18n.fill(Key::SlotWhenWhere, &[&s.minutes.to_string(), &place])
}

/// When and where, as one line of text (for labels).
fn when_where(i18n: I18n, s: &SlotView) -> String {
    format!(
        "{}, {}",
        when::full(s.starts_at, &s.time_zone, i18n.lang.get()),
        how_long_where(i18n, s)
    )
}

/// When (in the place's zone, and the reader's when it differs) and where.
#[component]
fn SlotLine(s: SlotView) -> impl IntoView {
    let i18n = use_i18n();
    let until = s.starts_at.plus_minutes(s.minutes);
    let zone = s.time_zone.clone();
    view! {
        <When at=s.starts_at until=until zone=zone /> " · " {move || how_long_where(i18n, &s)}
    }
}

#[component]
fn MyBooked(booked: Vec<SlotView>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="my-appointments-heading" data-testid="my-appointments">
            <h2 id="my-appointments-heading">{tr!(i18n, MyAppointments)}</h2>
            {if booked.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoAppointmentsYet)}</p> }.into_any()
            } else {
                view! {
                    <ul class="pair-list">
                        {booked.into_iter().map(|s| {
                            let kind = s.kind;
                            let line = s.clone();
                            let link = (!s.online_link.is_empty() && !s.cancelled).then(|| s.online_link.clone());
                            view! {
                                <li data-testid="booked">
                                    <strong>{move || i18n.t(kind_key(kind))}</strong> " · " {s.host_name.clone()}
                                    <br /><SlotLine s=line />
                                    {link.map(|l| view! { <br /><a href=l rel="noopener noreferrer nofollow" target="_blank">{tr!(i18n, JoinOnline)}</a> })}
                                    {if s.cancelled {
                                        view! { <p class="field-error">{tr!(i18n, AppointmentCancelledLabel)}</p> }.into_any()
                                    } else {
                                        view! { <CancelSlot id=s.id reload=reload /> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Cancelling, with a reason the other side reads.
#[component]
fn CancelSlot(id: i64, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let reason = RwSignal::new(String::new());
    let field = format!("cancel-reason-{id}");
    let submit = form.on_submit(
        move || CancelAppointment {
            reason: reason.get_untracked(),
        },
        move |body| async move { api::appointments::cancel_slot(id, &body).await },
        move |()| reload.run(()),
    );
    view! {
        <details>
            <summary>{tr!(i18n, CancelAppointment)}</summary>
            <form on:submit=submit novalidate class="inline-form">
                <TextField id=field label=Key::AppointmentCancelReason value=reason problem=form.problem("reason") />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::CancelAppointment />
            </form>
        </details>
    }
}

#[component]
fn Hosting(slots: Vec<SlotView>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="hosting-heading" data-testid="hosting">
            <h2 id="hosting-heading">{tr!(i18n, TimesIOffer)}</h2>
            {if slots.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoTimesOffered)}</p> }.into_any()
            } else {
                view! {
                    <ul class="pair-list">
                        {slots.into_iter().map(|s| {
                            let kind = s.kind;
                            let line = s.clone();
                            let who = match (&s.patron_name, s.cancelled) {
                                (_, true) => i18n.t(Key::AppointmentCancelledLabel).to_owned(),
                                (Some(name), false) => i18n.fill(Key::BookedBy, &[name]),
                                (None, false) => i18n.t(Key::StillOpen).to_owned(),
                            };
                            let note = s.patron_note.clone().filter(|n| !n.is_empty());
                            view! {
                                <li data-testid="hosted">
                                    <strong>{move || i18n.t(kind_key(kind))}</strong> " · " <SlotLine s=line />
                                    <br />{who}
                                    {note.map(|n| view! { <br /><q>{n}</q> })}
                                    {(!s.cancelled).then(|| view! { <CancelSlot id=s.id reload=reload /> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Offering back-to-back times; a room picked from the branches fills the
/// place and the branch.
#[component]
fn OfferTimes(reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let kind = RwSignal::new(AppointmentKind::ResumeReview);
    let text = |v: &str| RwSignal::new(v.to_owned());
    let (day, start, minutes, count, place, link, language) = (
        text(""),
        text("10:00"),
        text("30"),
        text("4"),
        text(""),
        text(""),
        text(""),
    );
    let branch = RwSignal::new(None::<i64>);
    let branch_zone = RwSignal::new(None::<String>);
    let zone = RwSignal::new(String::new());
    let done = RwSignal::new(None::<usize>);
    let submit = form.on_submit(
        move || SlotFields {
            kind: kind.get_untracked(),
            day: day.get_untracked(),
            start: start.get_untracked(),
            // Out of range on purpose when unreadable: the server names it.
            minutes: minutes.get_untracked().trim().parse().unwrap_or(0),
            count: count.get_untracked().trim().parse().unwrap_or(0),
            place: place.get_untracked(),
            online_link: link.get_untracked(),
            branch_id: branch.get_untracked(),
            language: language.get_untracked(),
            time_zone: branch_zone
                .get_untracked()
                .unwrap_or_else(|| zone.get_untracked()),
        },
        |body| async move { api::appointments::publish_slots(&body).await },
        move |made: Vec<SlotView>| {
            done.set(Some(made.len()));
            reload.run(());
        },
    );
    view! {
        <section class="card" aria-labelledby="offer-heading">
            <h2 id="offer-heading">{tr!(i18n, OfferTimes)}</h2>
            <p class="hint">{tr!(i18n, OfferTimesHint)}</p>
            <form on:submit=submit novalidate data-testid="offer-form">
                <Choice id="slot-kind" label=Key::AppointmentKindLabel value=kind options=AppointmentKind::ALL.to_vec() text=kind_key />
                <TextField id="slot-day" label=Key::Date value=day problem=form.problem("day") input_type="date" />
                <TextField id="slot-start" label=Key::EventStarts value=start problem=form.problem("start") input_type="time" />
                <TextField id="slot-minutes" label=Key::SlotMinutes value=minutes problem=form.problem("minutes") input_type="number" />
                <TextField id="slot-count" label=Key::SlotCount value=count problem=form.problem("count") input_type="number" hint=Some(Key::SlotCountHint) />
                <RoomPicker id="slot-room" place=place branch=branch zone=branch_zone />
                <ZoneField id="slot-zone" value=zone fixed=branch_zone />
                <TextField id="slot-place" label=Key::EventPlace value=place problem=form.problem("place") hint=Some(Key::EventPlaceHint) />
                <TextField id="slot-link" label=Key::EventLink value=link problem=form.problem("online_link") input_type="url" />
                <TextField id="slot-language" label=Key::ResourceLanguage value=language problem=form.problem("language") />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::OfferTimes />
                <p role="status" class="saved">{move || done.get().map(|n| i18n.fill(Key::TimesOffered, &[&n.to_string()]))}</p>
            </form>
        </section>
    }
}

#[component]
fn OpenTimes(open: Load<Vec<SlotView>>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let shown_kind = RwSignal::new(None::<AppointmentKind>);
    let note = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Failure>);
    let booked = RwSignal::new(false);
    let book = move |id: i64| {
        problem.set(None);
        booked.set(false);
        spawn_local(async move {
            let body = BookSlot {
                note: note.get_untracked(),
            };
            match api::appointments::book_slot(id, &body).await {
                Ok(_) => {
                    booked.try_set(true);
                    note.try_set(String::new());
                }
                Err(err) => {
                    problem.try_set(Some(booking_failure(err)));
                }
            }
            reload.run(());
        });
    };
    let signed_in = move || session.current.with(Option::is_some);
    view! {
        <section aria-labelledby="open-times-heading">
            <h2 id="open-times-heading">{tr!(i18n, OpenTimes)}</h2>
            <div class="field">
                <label for="slot-filter">{tr!(i18n, AppointmentKindLabel)}</label>
                <select id="slot-filter" on:change=move |ev| shown_kind.set(AppointmentKind::parse(&event_target_value(&ev)))>
                    <option value="">{tr!(i18n, AllKinds)}</option>
                    {AppointmentKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str()>{move || i18n.t(kind_key(k))}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || signed_in().then(|| view! {
                <div class="field">
                    <label for="booking-note">{tr!(i18n, BookingNote)}</label>
                    <input id="booking-note" bind:value=note aria-describedby="booking-note-hint" />
                    <p class="hint" id="booking-note-hint">{tr!(i18n, BookingNoteHint)}</p>
                </div>
            })}
            <p role="alert" class="field-error" data-testid="booking-problem">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
            <p role="status" class="saved">{move || booked.get().then(|| i18n.t(Key::Booked))}</p>
            {loaded(open, Frame::quiet(), move |all: Vec<SlotView>| move || {
                let all: Vec<SlotView> = all
                    .iter()
                    .filter(|s| shown_kind.get().is_none_or(|k| k == s.kind))
                    .cloned()
                    .collect();
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoOpenTimes)}</p> }.into_any();
                }
                view! {
                    <ul class="mentor-list">
                        {all.into_iter().map(|s| {
                            let id = s.id;
                            let kind = s.kind;
                            let line = s.clone();
                            let label = {
                                let s = s.clone();
                                move || format!("{} — {}", i18n.t(kind_key(kind)), when_where(i18n, &s))
                            };
                            view! {
                                <li class="card" data-testid="open-slot">
                                    <h3>{move || i18n.t(kind_key(kind))}</h3>
                                    <p><SlotLine s=line /></p>
                                    <p class="hint">{s.host_name.clone()} " · " {s.language.clone()}</p>
                                    {move || if signed_in() {
                                        let label = label.clone();
                                        view! {
                                            <button type="button" class="button primary" aria-label=move || format!("{}: {}", i18n.t(Key::BookThis), label())
                                                on:click=move |_| book(id)>{tr!(i18n, BookThis)}</button>
                                        }.into_any()
                                    } else {
                                        view! { <A href=Page::SignIn.href() attr:class="button">{tr!(i18n, SignInToBook)}</A> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}
