//! `/desk`: library staff enroll patrons, issue reset codes, and mark this
//! browser as a public computer.

use leptos::prelude::*;
use libranet_core::api::{EnrollPatronRequest, IssueCodeRequest, OneTimeCodeView};

use crate::api;
use crate::components::form::{FormAlert, FormState, LanguageField, SubmitButton, TextField};
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;
use crate::tr;

#[component]
pub fn DeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::DeskTitle);
    let is_staff = move || session.is_staff();
    view! {
        <h1>{tr!(i18n, DeskTitle)}</h1>
        {move || match (session.checked.get(), is_staff()) {
            (false, _) => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
            (true, false) => view! { <p>{tr!(i18n, NotStaff)}</p> }.into_any(),
            (true, true) => view! {
                <p class="lead">{tr!(i18n, DeskIntro)}</p>
                <div class="columns">
                    <EnrollForm />
                    <ResetForm />
                </div>
                <KioskSetting />
                <PartnerVerification />
                <Reports />
            }.into_any(),
        }}
    }
}

/// "14:35" in the browser's time zone.
fn clock_time(unix_secs: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_secs as f64 * 1000.0));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// The code, big and spaced for reading aloud, and what to do with it.
#[component]
fn CodeCard(code: OneTimeCodeView) -> impl IntoView {
    let i18n = use_i18n();
    let (username, until) = (code.username.clone(), clock_time(code.expires_at));
    view! {
        <div class="code-card" role="status" data-testid="issued-code">
            <p>{move || i18n.fill(Key::CodeFor, &[&username])}</p>
            <p class="code" data-testid="code-value">{code.code}</p>
            <p>{move || i18n.fill(Key::CodeInstructions, &[&until])}</p>
        </div>
    }
}

#[component]
fn EnrollForm() -> impl IntoView {
    let i18n = use_i18n();
    let username = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let language = RwSignal::new(i18n.lang.get_untracked());
    let form = FormState::new();
    let issued = RwSignal::new(None::<OneTimeCodeView>);
    let submit = form.on_submit(
        move || {
            issued.set(None);
            let name = display_name.get_untracked();
            EnrollPatronRequest {
                username: username.get_untracked(),
                display_name: (!name.trim().is_empty()).then_some(name),
                language: language.get_untracked(),
            }
        },
        |body| async move { api::enroll_patron(&body).await },
        move |code| {
            username.try_set(String::new());
            display_name.try_set(String::new());
            issued.try_set(Some(code));
        },
    );
    view! {
        <section aria-labelledby="enroll-title" class="card">
            <h2 id="enroll-title">{tr!(i18n, EnrollTitle)}</h2>
            <form on:submit=submit novalidate data-testid="enroll-form">
                <FormAlert form=form />
                <TextField id="enroll-username" label=Key::Username value=username
                    problem=form.problem("username") hint=Some(Key::UsernameHint) />
                <TextField id="enroll-display-name" label=Key::PatronName value=display_name
                    problem=form.problem("display_name") />
                <LanguageField id="enroll-language" value=language />
                <SubmitButton form=form label=Key::EnrollButton />
            </form>
            {move || issued.get().map(|code| view! { <CodeCard code=code /> })}
        </section>
    }
}

#[component]
fn ResetForm() -> impl IntoView {
    let i18n = use_i18n();
    let username = RwSignal::new(String::new());
    let form = FormState::new();
    let issued = RwSignal::new(None::<OneTimeCodeView>);
    let submit = form.on_submit(
        move || {
            issued.set(None);
            IssueCodeRequest {
                username: username.get_untracked(),
            }
        },
        |body| async move { api::issue_reset_code(&body).await },
        move |code| {
            username.try_set(String::new());
            issued.try_set(Some(code));
        },
    );
    view! {
        <section aria-labelledby="reset-title" class="card">
            <h2 id="reset-title">{tr!(i18n, ResetTitle)}</h2>
            <form on:submit=submit novalidate data-testid="reset-form">
                <FormAlert form=form />
                <TextField id="reset-username" label=Key::Username value=username
                    problem=form.problem("username") />
                <SubmitButton form=form label=Key::ResetButton />
            </form>
            {move || issued.get().map(|code| view! { <CodeCard code=code /> })}
        </section>
    }
}

#[component]
fn KioskSetting() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <section aria-labelledby="kiosk-title" class="card">
            <h2 id="kiosk-title">{tr!(i18n, KioskSection)}</h2>
            <Show
                when=move || session.kiosk.get()
                fallback=move || view! {
                    <p>{tr!(i18n, KioskNotMarked)}</p>
                    <button class="button" on:click=move |_| session.set_kiosk(true)>{tr!(i18n, MarkKiosk)}</button>
                }
            >
                <p>{tr!(i18n, KioskIsMarked)}</p>
                <button class="button" on:click=move |_| session.set_kiosk(false)>{tr!(i18n, UnmarkKiosk)}</button>
            </Show>
        </section>
    }
}

/// Reports people sent about someone in a mentorship: the reason, and the
/// messages only when the reporter attached them.
#[component]
fn Reports() -> impl IntoView {
    let i18n = use_i18n();
    let reports = RwSignal::new(None::<Vec<libranet_core::mentoring::views::ReportView>>);
    leptos::task::spawn_local(async move {
        if let Ok(found) = api::reports().await {
            reports.try_set(Some(found));
        }
    });
    view! {
        <section aria-labelledby="reports-title" class="card">
            <h2 id="reports-title">{tr!(i18n, ReportsTitle)}</h2>
            {move || reports.get().map(|list| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoReports)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {list.into_iter().map(|r| {
                            let about = i18n.fill(Key::ReportAbout, &[&r.reporter_name, &r.subject_name, &crate::pages::mentoring::day_of(r.created_at)]);
                            view! {
                                <li class="card" data-testid="report">
                                    <p><strong>{about}</strong></p>
                                    <p class="prewrap">{r.reason}</p>
                                    {match r.attached {
                                        Some(messages) => view! {
                                            <details>
                                                <summary>{tr!(i18n, AttachedMessages)}</summary>
                                                <ol class="messages">
                                                    {messages.into_iter().map(|m| view! { <li class="message prewrap">{m.body}</li> }).collect_view()}
                                                </ol>
                                            </details>
                                        }.into_any(),
                                        None => view! { <p class="hint">{tr!(i18n, NoMessagesAttached)}</p> }.into_any(),
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

/// Community partners waiting for staff to verify them before their needs
/// go live.
#[component]
fn PartnerVerification() -> impl IntoView {
    let i18n = use_i18n();
    let waiting = RwSignal::new(None::<Vec<libranet_core::expertise::views::OrgView>>);
    let load = move || {
        leptos::task::spawn_local(async move {
            if let Ok(found) = api::unverified_partners().await {
                waiting.try_set(Some(found));
            }
        })
    };
    load();
    let verify = move |user_id: i64| {
        leptos::task::spawn_local(async move {
            if api::verify_partner(user_id).await.is_ok() {
                load();
            }
        })
    };
    view! {
        <section aria-labelledby="partners-title" class="card">
            <h2 id="partners-title">{tr!(i18n, VerifyPartnersTitle)}</h2>
            {move || waiting.get().map(|list| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoPartnersWaiting)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {list.into_iter().map(|o| {
                            let user_id = o.user_id;
                            let label = i18n.fill(Key::VerifyPartner, &[&o.org.name]);
                            view! {
                                <li class="card pair-row" data-testid="partner-waiting">
                                    <strong>{o.org.name.clone()}</strong>
                                    <span class="hint">{o.org.website.clone()} " " {o.org.region.clone()}</span>
                                    <button type="button" class="button" aria-label=label on:click=move |_| verify(user_id)>{tr!(i18n, Verify)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}
