//! `/desk/patrons/:id`: staff help a patron with their profile, edited
//! while the patron's consent lasts.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::desk::PatronView;

use crate::api::ApiFailure;
use crate::api::{self};
use crate::components::desk_tools::name_of;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::profile_card::ProfileCard;
use crate::components::shell::page_title;
use crate::components::skills_card::SkillsCard;
use crate::failure::Failure;
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
    let staff = Memo::new(move |_| session.is_staff());
    // Asks only once the session shows staff; for anyone else the page
    // says so without asking.
    let patron = Load::new(move || {
        let id = id();
        let staff = staff.get();
        async move {
            if !staff {
                return Err(Failure::Api(ApiFailure::Forbidden));
            }
            api::desk::patron(id).await.map_err(Failure::from)
        }
    });
    let load = move || patron.refetch();
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
        {move || if staff.get() {
            loaded(patron, Frame::status(None), move |p: PatronView| match p.consent.clone() {
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
            })
        } else {
            view! { <p role="alert">{tr!(i18n, NotStaff)}</p> }.into_any()
        }}
    }
}
