//! `/desk/patrons/:id`: staff help a patron with their profile, edited
//! while the patron's consent lasts.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::desk::PatronView;

use crate::api::{self};
use crate::components::desk_tools::name_of;
use crate::components::profile_card::ProfileCard;
use crate::components::shell::page_title;
use crate::components::skills_card::SkillsCard;
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::time::clock_time;
use crate::tr;

/// Helping a patron with their profile while their consent lasts.
#[component]
pub fn PatronPage() -> impl IntoView {
    page_title(Key::HelpWithProfile);
    let i18n = use_i18n();
    let session = use_session();
    let id = crate::page::route_id();
    let patron = RwSignal::new(None::<Result<PatronView, Failure>>);
    let load = move || {
        let id = id();
        spawn_local(async move {
            let got = api::desk::patron(id).await.map_err(Failure::from);
            patron.try_set(Some(got));
        });
    };
    Effect::new(move |_| {
        if session.is_staff() {
            load();
        }
    });
    let end = move |_| {
        let id = id();
        spawn_local(async move {
            if api::assist::end_consent(id).await.is_ok() {
                load();
            }
        });
    };
    view! {
        <h1>{tr!(i18n, HelpWithProfile)}</h1>
        <p><A href=Page::Desk.href()>{tr!(i18n, BackToDesk)}</A></p>
        {move || match (session.is_staff(), patron.get()) {
            (false, _) => view! { <p role="alert">{tr!(i18n, NotStaff)}</p> }.into_any(),
            (true, None) => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
            (true, Some(Err(why))) => view! { <p role="alert"><FailureText failure=why /></p> }.into_any(),
            (true, Some(Ok(p))) => match p.consent.clone() {
                None => view! {
                    <p role="alert" data-testid="no-consent">{i18n.fill(Key::NoConsentNow, &[&name_of(&p)])}</p>
                }.into_any(),
                Some(c) => view! {
                    <p class="lead" data-testid="assisting">{i18n.fill(Key::AssistingPatron, &[&name_of(&p), &clock_time(c.expires_at)])}</p>
                    <p class="hint">{tr!(i18n, AssistAudited)}</p>
                    <p><button type="button" class="button" data-testid="end-help" on:click=end>{tr!(i18n, EndHelp)}</button></p>
                    <SkillsCard patron=p.id />
                    <ProfileCard username=name_of(&p) patron=p.id />
                }.into_any(),
            },
        }}
    }
}
