//! Desk tools shown on more than one page: finding a patron (then ending
//! their sessions, or recording their consent to help with their profile),
//! the library's branches with their rooms and kiosks, and one's own record
//! of help from staff.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::desk::{
    BranchFields, BranchView, GrantConsent, KioskFields, PatronSearch, PatronView, RoomFields,
};

use crate::api::{self, ApiFailure};
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::when::{self, ZoneField};
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::time::clock_time;
use crate::tr;

/// "2026-11-23 14:35" in the browser's time zone.
fn date_time(unix_secs: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_secs as f64 * 1000.0));
    format!(
        "{}-{:02}-{:02} {}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        clock_time(unix_secs)
    )
}

/// A patron's name with their username, or the username alone.
pub fn name_of(p: &PatronView) -> String {
    match &p.display_name {
        Some(name) if !name.is_empty() => format!("{name} ({})", p.username),
        _ => p.username.clone(),
    }
}

#[component]
pub fn FindPatron() -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let form = FormState::new();
    let found = RwSignal::new(None::<Vec<PatronView>>);
    let submit = form.on_submit(
        move || PatronSearch {
            text: text.get_untracked(),
        },
        |body| async move { api::desk::find_patrons(&body).await },
        move |list| {
            found.try_set(Some(list));
        },
    );
    view! {
        <section aria-labelledby="find-patron-title" class="card">
            <h2 id="find-patron-title">{tr!(i18n, FindPatron)}</h2>
            <form on:submit=submit novalidate data-testid="find-patron" class="inline-form">
                <TextField id="patron-search" label=Key::PatronSearch value=text problem=form.problem("text") hint=Some(Key::PatronSearchHint) />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::Search />
            </form>
            {move || found.get().map(|list| {
                if list.is_empty() {
                    return view! { <p role="status">{tr!(i18n, NoPatronFound)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list" data-testid="patrons">
                        {list.into_iter().map(|p| view! { <PatronRow p=p /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

#[component]
fn PatronRow(p: PatronView) -> impl IntoView {
    let i18n = use_i18n();
    let id = p.id;
    let name = name_of(&p);
    let sessions = RwSignal::new(p.active_sessions);
    let problem = RwSignal::new(None::<Failure>);
    let agreed = RwSignal::new(false);
    let consent = RwSignal::new(p.consent.clone());
    let end_sessions = move |_| {
        problem.set(None);
        spawn_local(async move {
            match api::desk::end_patron_sessions(id).await {
                Ok(_) => {
                    sessions.try_set(0);
                }
                Err(err) => {
                    problem.try_set(Some(Failure::from(err)));
                }
            }
        });
    };
    let grant = move |_| {
        problem.set(None);
        let body = GrantConsent {
            patron_agreed: agreed.get_untracked(),
        };
        spawn_local(async move {
            match api::assist::grant_consent(id, &body).await {
                Ok(view) => {
                    consent.try_set(Some(view));
                }
                Err(ApiFailure::Fields(_)) => {
                    problem.try_set(Some(Failure::Said(Key::TickPatronAgreed)));
                }
                Err(err) => {
                    problem.try_set(Some(Failure::from(err)));
                }
            }
        });
    };
    let agreed_id = format!("agreed-{id}");
    let label = name.clone();
    let patron_name = name.clone();
    view! {
        <li data-testid="patron">
            <strong>{name}</strong>
            <p class="hint">
                {move || i18n.fill(Key::OpenSessions, &[&sessions.get().to_string()])}
                {p.suspended.then(|| view! { " · " {move || i18n.t(Key::Suspended)} })}
            </p>
            <div class="actions">
                <button type="button" class="button" data-testid="end-sessions"
                    aria-label=move || i18n.fill(Key::EndSessionsOf, &[&label])
                    disabled=move || sessions.get() == 0 on:click=end_sessions>
                    {tr!(i18n, EndSessions)}
                </button>
            </div>
            {move || if let Some(c) = consent.get() { view! {
                <p role="status">{i18n.fill(Key::ConsentUntil, &[&clock_time(c.expires_at)])}</p>
                <A href=Page::Patron { id }.href() attr:class="button primary" attr:data-testid="help-profile"
                    attr:aria-label=i18n.fill(Key::HelpWithProfileOf, &[&patron_name])>{tr!(i18n, HelpWithProfile)}</A>
            }.into_any() } else {
                let (label_for, input_id) = (agreed_id.clone(), agreed_id.clone());
                view! {
                    <label class="check" for=label_for>
                        <input type="checkbox" id=input_id bind:checked=agreed />
                        {i18n.fill(Key::PatronAgreed, &[&patron_name])}
                    </label>
                    <button type="button" class="button" data-testid="record-consent" on:click=grant
                        aria-label=i18n.fill(Key::RecordConsentOf, &[&patron_name])>{tr!(i18n, RecordConsent)}</button>
                }.into_any()
            }}
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
        </li>
    }
}

/// On one's account page: each time one let staff help with one's profile,
/// and ending the help in force.
#[component]
pub fn MyDeskHelp() -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Vec::<libranet_core::desk::ConsentView>::new());
    let load = move || {
        spawn_local(async move {
            if let Ok(found) = api::assist::my_desk_help().await {
                list.try_set(found);
            }
        });
    };
    load();
    let end = move |_| {
        spawn_local(async move {
            if api::assist::end_my_desk_help().await.is_ok() {
                load();
            }
        });
    };
    move || {
        let all = list.get();
        (!all.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="desk-help-heading" data-testid="desk-help">
                <h2 id="desk-help-heading">{tr!(i18n, HelpFromStaff)}</h2>
                <p class="hint">{tr!(i18n, HelpFromStaffIntro)}</p>
                <ul class="pair-list">
                    {all.into_iter().map(|c| {
                        let when = date_time(c.granted_at);
                        let line = i18n.fill(Key::HelpEntry, &[&c.staff_name, &when, &c.edits.to_string()]);
                        view! {
                            <li>
                                {line}
                                {if c.active {
                                    view! { " " <strong>{tr!(i18n, HelpActive)}</strong> " "
                                        <button type="button" class="button small" data-testid="end-my-help" on:click=end>{tr!(i18n, EndHelp)}</button> }.into_any()
                                } else {
                                    view! { " " {tr!(i18n, HelpEnded)} }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// Branches with their rooms and kiosks: add and remove.
#[component]
pub fn Branches() -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Vec::<BranchView>::new());
    spawn_local(async move {
        if let Ok(found) = api::branches::branches().await {
            list.try_set(found);
        }
    });
    let problem = RwSignal::new(None::<Failure>);
    let apply = move |result: Result<Vec<BranchView>, ApiFailure>| match result {
        Ok(found) => {
            problem.try_set(None);
            list.try_set(found);
        }
        Err(err) => {
            problem.try_set(Some(Failure::from(err)));
        }
    };
    view! {
        <section aria-labelledby="branches-title" class="card">
            <h2 id="branches-title">{tr!(i18n, BranchesTitle)}</h2>
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
            <ul class="pair-list" data-testid="branches">
                {move || list.get().into_iter().map(|b| {
                    let bid = b.id;
                    let name = b.name.clone();
                    view! {
                        <li>
                            <h3>{b.name.clone()}</h3>
                            {(!b.address.is_empty()).then(|| view! { <p class="hint">{b.address.clone()}</p> })}
                            <p class="hint" data-testid="branch-zone">{
                                let (zone, own) = (b.time_zone.clone(), b.own_time_zone);
                                move || {
                                    let label = when::zone_label(i18n, &zone);
                                    if own { label } else { format!("{label} · {}", i18n.t(Key::LibraryTimeZone)) }
                                }
                            }</p>
                            <p>{tr!(i18n, RoomsLabel)} ": "
                                {b.rooms.iter().map(|r| {
                                    let rid = r.id;
                                    let text = format!("{} ({})", r.name, r.capacity);
                                    let aria = i18n.fill(Key::RemoveEntry, &[&text]);
                                    view! { <span class="chip">{text.clone()} " "
                                        <button type="button" class="button small" aria-label=aria
                                            on:click=move |_| spawn_local(async move { apply(api::branches::delete_room(rid).await) })>"×"</button></span> " " }
                                }).collect_view()}
                            </p>
                            <p>{tr!(i18n, KiosksLabel)} ": "
                                {b.kiosks.iter().map(|k| {
                                    let kid = k.id;
                                    let text = i18n.fill(Key::KioskIdle, &[&k.label, &k.idle_minutes.to_string()]);
                                    let aria = i18n.fill(Key::RemoveEntry, &[&text]);
                                    view! { <span class="chip">{text.clone()} " "
                                        <button type="button" class="button small" aria-label=aria
                                            on:click=move |_| spawn_local(async move { apply(api::branches::delete_kiosk(kid).await) })>"×"</button></span> " " }
                                }).collect_view()}
                            </p>
                            <div class="columns">
                                <AddRoom branch=bid apply=apply />
                                <AddKiosk branch=bid apply=apply />
                            </div>
                            <button type="button" class="button small" aria-label=move || i18n.fill(Key::RemoveBranchNamed, &[&name])
                                on:click=move |_| spawn_local(async move { apply(api::branches::delete_branch(bid).await) })>{tr!(i18n, RemoveBranch)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <AddBranch apply=apply />
        </section>
    }
}

#[component]
fn AddBranch(
    apply: impl Fn(Result<Vec<BranchView>, ApiFailure>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let (name, address) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let zone = RwSignal::new(String::new());
    let submit = form.on_submit(
        move || BranchFields {
            name: name.get_untracked(),
            address: address.get_untracked(),
            time_zone: zone.get_untracked(),
        },
        |body| async move { api::branches::create_branch(&body).await },
        move |found| {
            name.set(String::new());
            address.set(String::new());
            apply(Ok(found));
        },
    );
    view! {
        <form on:submit=submit novalidate data-testid="add-branch">
            <h3>{tr!(i18n, AddBranch)}</h3>
            <TextField id="branch-name" label=Key::BranchName value=name problem=form.problem("name") />
            <TextField id="branch-address" label=Key::BranchAddress value=address problem=form.problem("address") />
            <ZoneField id="branch-zone" value=zone library_default=true />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::AddBranch />
        </form>
    }
}

#[component]
fn AddRoom(
    branch: i64,
    apply: impl Fn(Result<Vec<BranchView>, ApiFailure>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let (name, capacity) = (RwSignal::new(String::new()), RwSignal::new("10".to_owned()));
    let submit = form.on_submit(
        move || RoomFields {
            branch_id: branch,
            name: name.get_untracked(),
            capacity: capacity.get_untracked().trim().parse().unwrap_or(0),
        },
        |body| async move { api::branches::create_room(&body).await },
        move |found| apply(Ok(found)),
    );
    view! {
        <form on:submit=submit novalidate>
            <h4>{tr!(i18n, AddRoom)}</h4>
            <TextField id=format!("room-name-{branch}") label=Key::RoomName value=name problem=form.problem("name") />
            <TextField id=format!("room-capacity-{branch}") label=Key::EventCapacity value=capacity problem=form.problem("capacity") input_type="number" />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::AddRoom />
        </form>
    }
}

#[component]
fn AddKiosk(
    branch: i64,
    apply: impl Fn(Result<Vec<BranchView>, ApiFailure>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let (label, idle) = (RwSignal::new(String::new()), RwSignal::new("5".to_owned()));
    let submit = form.on_submit(
        move || KioskFields {
            branch_id: branch,
            label: label.get_untracked(),
            idle_minutes: idle.get_untracked().trim().parse().unwrap_or(0),
        },
        |body| async move { api::branches::create_kiosk(&body).await },
        move |found| apply(Ok(found)),
    );
    view! {
        <form on:submit=submit novalidate>
            <h4>{tr!(i18n, AddKiosk)}</h4>
            <TextField id=format!("kiosk-label-{branch}") label=Key::KioskLabel value=label problem=form.problem("label") />
            <TextField id=format!("kiosk-idle-{branch}") label=Key::KioskIdleMinutes value=idle problem=form.problem("idle_minutes") input_type="number" />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::AddKiosk />
        </form>
    }
}
