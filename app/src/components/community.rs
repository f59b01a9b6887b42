//! Pieces the community pages share: their links, connect buttons, and
//! why a need fits a worker.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::expertise::NeedFit;
use libranet_core::expertise::views::NewConnection;

use crate::api;
use crate::failure::{Failure, FailureText};
use crate::i18n::{I18n, Key, use_i18n};
use crate::page::Page;
use crate::skills::Skills;
use crate::tr;

/// Links between the community pages.
#[component]
pub fn CommunityNav() -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::session::use_session();
    let me = move || session.current.with(|c| c.as_ref().map(|c| c.user.id));
    view! {
        <nav class="actions" aria-label=tr!(i18n, CommunityNavLabel)>
            <A href=Page::Community.href() attr:class="button small">{tr!(i18n, NeedsTitle)}</A>
            <A href=Page::Directory.href() attr:class="button small">{tr!(i18n, DirectoryTitle)}</A>
            <A href=Page::Skills.href() attr:class="button small">{tr!(i18n, MySkillsRecord)}</A>
            <A href=Page::Connections.href() attr:class="button small">{tr!(i18n, ConnectionsTitle)}</A>
            <A href=Page::Groups.href() attr:class="button small">{tr!(i18n, GroupsTitle)}</A>
            <A href=Page::Resources.href() attr:class="button small">{tr!(i18n, TeachingTitle)}</A>
            {move || me().map(|id| view! { <A href=Page::Person { id }.href() attr:class="button small">{tr!(i18n, MyPage)}</A> })}
        </nav>
    }
}

/// "You have: …", "You want to learn: …" for a fit between a worker and a need.
pub fn fit_reasons(i18n: I18n, fit: &NeedFit, skills: Option<&Skills>) -> Vec<String> {
    let lang = i18n.lang.get();
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| skills.map_or_else(|| id.clone(), |s| s.label(id, lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = Vec::new();
    if !fit.has.is_empty() {
        out.push(i18n.fill(Key::FitHas, &[&names(&fit.has)]));
    }
    if !fit.wants.is_empty() {
        out.push(i18n.fill(Key::FitWants, &[&names(&fit.wants)]));
    }
    if !fit.missing.is_empty() {
        out.push(i18n.fill(Key::FitMissing, &[&names(&fit.missing)]));
    }
    if fit.same_place {
        out.push(i18n.t(Key::SameRegion).to_owned());
    }
    out
}

/// "Ask to connect", with a message, to one person (about a need or not).
#[component]
pub fn ConnectButton(to_user_id: i64, need_id: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Failure>);
    let field = format!("connect-{to_user_id}-{}", need_id.unwrap_or(0));
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = NewConnection {
            to_user_id,
            need_id,
            message: message.get_untracked(),
        };
        spawn_local(async move {
            match api::connections::connect(&body).await {
                Ok(_) => {
                    sent.try_set(true);
                }
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    move || {
        if sent.get() {
            view! { <p class="saved" role="status">{tr!(i18n, ConnectSent)}</p> }.into_any()
        } else if open.get() {
            let field = field.clone();
            view! {
                <form on:submit=send>
                    <div class="field">
                        <label for=field.clone()>{tr!(i18n, ConnectMessage)}</label>
                        <textarea id=field rows="2" bind:value=message></textarea>
                    </div>
                    <button type="submit" class="button primary">{tr!(i18n, SendRequest)}</button>
                    <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
                </form>
            }
            .into_any()
        } else {
            view! { <button type="button" class="button" on:click=move |_| open.set(true)>{tr!(i18n, AskToConnect)}</button> }
                .into_any()
        }
    }
}
