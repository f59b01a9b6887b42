//! `/community/groups/:id`: a group's threads, meet-ups, members and
//! requests to join.

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea, TextField};
use crate::components::join_group::JoinButton;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::PlainText;
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::when::{self, When, ZoneField};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::group_kind_key;
use crate::labels::member_status_key;
use crate::page::Page;
use crate::time::day_of;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::network::{
    GroupPage as GroupData, MeetupFields, MemberStatus, NewThread, ThreadView,
};

#[component]
pub fn GroupPage() -> impl IntoView {
    page_title(Key::GroupsTitle);
    let id = crate::page::route_id();
    view! {
        <SignedInOnly>
            <CommunityNav />
            {move || {
                let id = id();
                view! { <Group id=id /> }
            }}
        </SignedInOnly>
    }
}

#[component]
fn Group(id: i64) -> impl IntoView {
    let page =
        Load::new(move || async move { api::groups::group(id).await.map_err(Failure::from) });
    let reload = Callback::new(move |()| page.refetch());
    loaded(
        page,
        Frame::heading(Key::GroupsTitle),
        move |p| view! { <GroupBody p=p reload=reload /> },
    )
}

#[component]
fn GroupBody(p: GroupData, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let g = p.group.clone();
    let id = g.id;
    let member = g
        .mine
        .is_some_and(libranet_core::network::MemberStatus::is_member);
    let organiser = g.mine == Some(MemberStatus::Organiser);
    let kind = g.fields.kind;
    let status = member_status_key(g.mine);
    let leave = move |_| {
        spawn_local(async move {
            if api::groups::leave_group(id).await.is_ok() {
                reload.run(());
            }
        });
    };
    view! {
        <h1>{g.fields.name.clone()}</h1>
        <p class="hint">{move || i18n.t(group_kind_key(kind))} " · " {move || i18n.fill(Key::GroupMembersCount, &[&g.members.to_string()])}</p>
        {(!g.fields.about.is_empty()).then(|| view! { <PlainText text=g.fields.about.clone() /> })}
        {match status {
            Some(k) => view! {
                <p><strong>{move || i18n.t(k)}</strong> " "
                {(!organiser).then(|| view! { <button type="button" class="button small" on:click=leave>{tr!(i18n, LeaveGroup)}</button> })}</p>
            }.into_any(),
            None => view! { <JoinButton id=id name=g.fields.name.clone() open=g.fields.open reload=reload /> }.into_any(),
        }}
        {if member {
            view! {
                <section class="card" aria-labelledby="threads-title">
                    <h2 id="threads-title">{tr!(i18n, ThreadsTitle)}</h2>
                    {if p.threads.is_empty() {
                        view! { <p class="hint">{tr!(i18n, NoThreads)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="pair-list">
                                {p.threads.into_iter().map(|t| {
                                    let href = Page::Thread { id: t.id }.href();
                                    view! {
                                        <li class="pair-row" data-testid="thread">
                                            <A href=href>{t.title.clone()}</A>
                                            <span class="hint">
                                                {t.author_name.clone()} " · "
                                                {move || i18n.fill(Key::RepliesCount, &[&t.replies.to_string()])} " · "
                                                {day_of(t.last_post_at)}
                                                {t.following.then(|| view! { " · " {move || i18n.t(Key::Following)} })}
                                            </span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <NewThreadForm group=id />
                </section>
                <Meetups group=id meetups=p.meetups organiser=organiser reload=reload />
                <Members group=id members=p.members organiser=organiser reload=reload />
            }.into_any()
        } else {
            view! { <p class="hint">{tr!(i18n, MembersOnlyHint)}</p> }.into_any()
        }}
    }
}

#[component]
fn NewThreadForm(group: i64) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let navigate = leptos_router::hooks::use_navigate();
    let submit = form.on_submit(
        move || NewThread {
            title: title.get_untracked(),
            body: body.get_untracked(),
        },
        move |b| async move { api::threads::create_thread(group, &b).await },
        move |t: ThreadView| {
            navigate(
                &Page::Thread { id: t.id }.href(),
                leptos_router::NavigateOptions::default(),
            );
        },
    );
    view! {
        <form on:submit=submit novalidate>
            <h3>{tr!(i18n, NewThread)}</h3>
            <TextField id="thread-title" label=Key::ThreadTitle value=title problem=form.problem("title") />
            <TextArea id="thread-body" label=Key::ThreadBody value=body problem=form.problem("body") hint=Some(Key::FormattingHint) />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::StartThread />
        </form>
    }
}

#[component]
fn Meetups(
    group: i64,
    meetups: Vec<libranet_core::network::MeetupView>,
    organiser: bool,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="meetups-title">
            <h2 id="meetups-title">{tr!(i18n, MeetupsTitle)}</h2>
            {if meetups.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoMeetups)}</p> }.into_any()
            } else {
                view! {
                    <ul class="pair-list">
                        {meetups.into_iter().map(|m| view! {
                            <li class="card" data-testid="meetup">
                                <strong>{m.fields.title.clone()}</strong>
                                <p><When at=m.starts_at zone=m.fields.time_zone.clone() /> " · " {m.fields.place.clone()}</p>
                                {(!m.fields.details.is_empty()).then(|| view! { <PlainText text=m.fields.details.clone() /> })}
                                {m.fields.event_id.map(|id| view! {
                                    <p><A href=Page::Event { id }.href()>{tr!(i18n, MeetupEventLink)}</A></p>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {organiser.then(|| view! { <MeetupForm group=group reload=reload /> })}
        </section>
    }
}

#[component]
fn MeetupForm(group: i64, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let title = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let time = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let event = RwSignal::new(String::new());
    let zone = RwSignal::new(String::new());
    let events = crate::listings::use_events();
    let submit = form.on_submit(
        move || MeetupFields {
            title: title.get_untracked(),
            date: date.get_untracked(),
            time: time.get_untracked(),
            time_zone: zone.get_untracked(),
            place: place.get_untracked(),
            details: details.get_untracked(),
            event_id: event.get_untracked().parse().ok(),
        },
        move |b| async move { api::groups::create_meetup(group, &b).await },
        move |_| reload.run(()),
    );
    view! {
        <form on:submit=submit novalidate>
            <h3>{tr!(i18n, PlanMeetup)}</h3>
            <TextField id="meetup-title" label=Key::MeetupTitle value=title problem=form.problem("title") />
            <TextField id="meetup-date" label=Key::Date value=date problem=form.problem("date") input_type="date" />
            <TextField id="meetup-time" label=Key::Time value=time problem=form.problem("time") input_type="time" />
            <ZoneField id="meetup-zone" value=zone />
            <TextField id="meetup-place" label=Key::MeetupPlace value=place problem=form.problem("place") />
            <TextArea id="meetup-details" label=Key::MeetupDetails value=details problem=form.problem("details") rows=2 />
            <div class="field">
                <label for="meetup-event">{tr!(i18n, MeetupEvent)}</label>
                <p class="hint" id="meetup-event-hint">{tr!(i18n, MeetupEventHint)}</p>
                <select id="meetup-event" aria-describedby="meetup-event-hint" on:change=move |ev| event.set(event_target_value(&ev))>
                    <option value="">{tr!(i18n, NoLinkedEvent)}</option>
                    {move || events.get().map(|all| all.iter().filter(|e| !e.cancelled).map(|e| view! {
                        <option value=e.id.to_string()>{format!("{} · {}", e.fields.title, when::full(e.starts_at, &e.fields.time_zone, i18n.lang.get()))}</option>
                    }).collect_view())}
                </select>
            </div>
            <FormAlert form=form />
            <SubmitButton form=form label=Key::PlanMeetup />
        </form>
    }
}

#[component]
fn Members(
    group: i64,
    members: Vec<libranet_core::network::GroupMember>,
    organiser: bool,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let admit = move |user: i64, yes: bool| {
        spawn_local(async move {
            if api::groups::admit_member(group, user, yes).await.is_ok() {
                reload.run(());
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="members-title">
            <h2 id="members-title">{tr!(i18n, GroupMembersTitle)}</h2>
            <ul class="pair-list">
                {members.into_iter().map(|m| {
                    let user = m.user_id;
                    let href = Page::Person { id: user }.href();
                    let pending = m.status == MemberStatus::Pending;
                    let status = member_status_key(Some(m.status));
                    view! {
                        <li class="pair-row" data-testid="group-member">
                            <A href=href>{m.name.clone()}</A>
                            <span class="hint">"@" {m.username.clone()} " · " {move || status.map(|k| i18n.t(k))}</span>
                            {(organiser && pending).then(|| view! {
                                <button type="button" class="button small primary" on:click=move |_| admit(user, true)>{tr!(i18n, Accept)}</button>
                                <button type="button" class="button small" on:click=move |_| admit(user, false)>{tr!(i18n, Decline)}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
