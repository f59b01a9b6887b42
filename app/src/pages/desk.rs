//! `/desk`: library staff enroll patrons, issue reset codes, and mark this
//! browser as a public computer.

pub mod patron;

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::api::{EnrollPatronRequest, IssueCodeRequest, OneTimeCodeView};

use crate::api;
use crate::components::form::{FormAlert, FormState, LanguageField, SubmitButton, TextField};
use crate::components::listing_forms::Choice;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::PlainText;
use crate::components::shell::page_title;
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::time::clock_time;
use crate::tr;
use libranet_core::moderation::{
    Decision, ModerationAction, ModerationEntry, ReportStatus, ReportView, TargetKind,
};
use libranet_core::text::neutralise;

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
                <p class="actions">
                    <A href=Page::Insight.href() attr:class="button">{tr!(i18n, InsightTitle)}</A>
                    " "
                    <A href=Page::Appointments.href() attr:class="button">{tr!(i18n, AppointmentsTitle)}</A>
                </p>
                <crate::components::desk_tools::FindPatron />
                <div class="columns">
                    <EnrollForm />
                    <ResetForm />
                </div>
                <KioskSetting />
                <PartnerVerification />
                <Reports />
                <crate::components::desk_tools::Branches />
            }.into_any(),
        }}
    }
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
        |body| async move { api::desk::enroll_patron(&body).await },
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
        |body| async move { api::desk::issue_reset_code(&body).await },
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

/// Reports of people and content: what was reported, why, and the staff
/// decision (hide or restore it, warn or suspend its author, dismiss).
#[component]
fn Reports() -> impl IntoView {
    let i18n = use_i18n();
    let version = RwSignal::new(0u32);
    // Each load that works has the moderation log load again too.
    let reports = Load::new(move || async move {
        let found = api::moderation::reports().await.map_err(Failure::from)?;
        version.try_update(|v| *v += 1);
        Ok(found)
    });
    let reload = Callback::new(move |()| reports.refetch());
    view! {
        <section aria-labelledby="reports-title" class="card">
            <h2 id="reports-title">{tr!(i18n, ReportsTitle)}</h2>
            {loaded(reports, Frame::quiet(), move |list: Vec<ReportView>| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoReports)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {list.into_iter().map(|r| view! { <ReportCard r=r reload=reload /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
        <ModerationLog version=version />
    }
}

fn action_key(action: ModerationAction) -> Key {
    match action {
        ModerationAction::Hide => Key::ActionHide,
        ModerationAction::Restore => Key::ActionRestore,
        ModerationAction::Warn => Key::ActionWarn,
        ModerationAction::Suspend => Key::ActionSuspend,
        ModerationAction::Reinstate => Key::ActionReinstate,
        ModerationAction::Dismiss => Key::ActionDismiss,
    }
}

#[component]
fn ReportCard(r: ReportView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = r.id;
    let target = r.target;
    let about = i18n.fill(
        Key::ReportAbout,
        &[
            &r.reporter_name,
            &r.subject_name,
            &crate::time::day_of(r.created_at),
        ],
    );
    let form = FormState::new();
    let action = RwSignal::new(if r.hidden {
        ModerationAction::Restore
    } else if target.can_hide() {
        ModerationAction::Hide
    } else {
        ModerationAction::Warn
    });
    let note = RwSignal::new(String::new());
    let days = RwSignal::new("7".to_owned());
    let done = RwSignal::new(false);
    let submit = form.on_submit(
        move || Decision {
            action: action.get_untracked(),
            note: note.get_untracked(),
            days: days.get_untracked().trim().parse().unwrap_or(0),
        },
        move |d| async move { api::moderation::decide_report(id, &d).await },
        move |()| {
            done.set(true);
            reload.run(());
        },
    );
    let options: Vec<ModerationAction> = ModerationAction::ALL
        .into_iter()
        .filter(|a| {
            target.can_hide() || !matches!(a, ModerationAction::Hide | ModerationAction::Restore)
        })
        .collect();
    let prefix = format!("report-{id}");
    let action_id = format!("{prefix}-action");
    let note_id = format!("{prefix}-note");
    let days_id = format!("{prefix}-days");
    view! {
        <li class="card" data-testid="report">
            <p><strong>{about}</strong></p>
            <p class="hint">
                {move || i18n.t(crate::labels::target_key(target))}
                " · " {move || i18n.t(if r.status == ReportStatus::Open { Key::ReportOpen } else { Key::ReportHandledLabel })}
                {r.hidden.then(|| view! { " · " <span class="badge">{tr!(i18n, HiddenNow)}</span> })}
            </p>
            <PlainText text=r.reason.clone() />
            {(!r.excerpt.is_empty()).then(|| view! { <blockquote class="prewrap" dir="auto" data-testid="report-excerpt">{neutralise(&r.excerpt).into_owned()}</blockquote> })}
            {match r.attached.clone() {
                Some(messages) => view! {
                    <details>
                        <summary>{tr!(i18n, AttachedMessages)}</summary>
                        <ol class="messages">
                            {messages.into_iter().map(|m| view! { <li class="message prewrap" dir="auto">{neutralise(&m.body).into_owned()}</li> }).collect_view()}
                        </ol>
                    </details>
                }.into_any(),
                None if target == TargetKind::Mentorship => view! { <p class="hint">{tr!(i18n, NoMessagesAttached)}</p> }.into_any(),
                None => ().into_any(),
            }}
            <form on:submit=submit novalidate>
                <Choice id=action_id label=Key::DecisionLabel value=action options=options text=action_key />
                <TextField id=note_id label=Key::DecisionNote value=note problem=form.problem("note") hint=Some(Key::DecisionNoteHint) />
                {move || (action.get() == ModerationAction::Suspend).then(|| {
                    let days_id = days_id.clone();
                    view! { <TextField id=days_id label=Key::SuspendDays value=days problem=form.problem("days") input_type="number" /> }
                })}
                <FormAlert form=form />
                <SubmitButton form=form label=Key::Decide />
                <p role="status" class="saved">{move || done.get().then(|| i18n.t(Key::Saved))}</p>
            </form>
        </li>
    }
}

/// What staff decided, newest first.
#[component]
fn ModerationLog(version: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let entries = RwSignal::new(Vec::<ModerationEntry>::new());
    Effect::new(move |_| {
        version.track();
        leptos::task::spawn_local(async move {
            if let Ok(found) = api::moderation::moderation_log().await {
                entries.try_set(found);
            }
        });
    });
    view! {
        <section aria-labelledby="log-title" class="card">
            <h2 id="log-title">{tr!(i18n, ModerationLogTitle)}</h2>
            {move || {
                let all = entries.get();
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoModeration)}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table data-testid="moderation-log">
                            <thead><tr>
                                <th scope="col">{tr!(i18n, When)}</th>
                                <th scope="col">{tr!(i18n, StaffMember)}</th>
                                <th scope="col">{tr!(i18n, DecisionLabel)}</th>
                                <th scope="col">{tr!(i18n, About)}</th>
                                <th scope="col">{tr!(i18n, DecisionNote)}</th>
                            </tr></thead>
                            <tbody>
                                {all.into_iter().map(|e| {
                                    let action = e.action;
                                    let target = e.target;
                                    view! {
                                        <tr>
                                            <td>{crate::time::day_of(e.at)}</td>
                                            <td>{e.staff_name.clone()}</td>
                                            <td>{move || i18n.t(action_key(action))}</td>
                                            <td>{e.subject_name.clone()} {move || target.map(|t| format!(" · {}", i18n.t(crate::labels::target_key(t))))}</td>
                                            <td class="prewrap" dir="auto">{neutralise(&e.note).into_owned()}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// Community partners waiting for staff to verify them before their needs
/// go live.
#[component]
fn PartnerVerification() -> impl IntoView {
    let i18n = use_i18n();
    let waiting = Load::new(|| async {
        api::partners::unverified_partners()
            .await
            .map_err(Failure::from)
    });
    let load = move || waiting.refetch();
    let verify = move |user_id: i64| {
        leptos::task::spawn_local(async move {
            if api::partners::verify_partner(user_id).await.is_ok() {
                load();
            }
        });
    };
    view! {
        <section aria-labelledby="partners-title" class="card">
            <h2 id="partners-title">{tr!(i18n, VerifyPartnersTitle)}</h2>
            {loaded(waiting, Frame::quiet(), move |list: Vec<libranet_core::expertise::views::OrgView>| {
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
