//! The frame around every page: skip link, header with navigation and the
//! language switch, notices, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use libranet_core::Lang;
use wasm_bindgen::JsCast;

use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::{Notice, use_session};
use crate::tr;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    focus_main_on_navigation();
    crate::unread::provide_unread();
    let demo = move || session.site.with(|s| s.as_ref().is_some_and(|s| s.demo));
    view! {
        <a class="skip-link" href="#main">{tr!(i18n, SkipToContent)}</a>
        <header>
            <Show when=demo>
                <p class="demo-banner" role="note">{tr!(i18n, DemoBanner)}</p>
            </Show>
            <HeaderBar />
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{tr!(i18n, FooterText)}</p>
            <p><A href=Page::About.href()>{tr!(i18n, NavAbout)}</A></p>
        </footer>
    }
}

#[component]
fn HeaderBar() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let signed_in = move || session.current.with(Option::is_some);
    let can_post = move || session.can_post_jobs();
    let is_staff = move || session.is_staff();
    let unread = crate::unread::use_unread();
    let library = move || {
        session
            .site
            .with(|s| s.as_ref().map(|s| s.library_name.clone()))
            .unwrap_or_else(|| "Libranet".to_owned())
    };
    view! {
        <div class="site-header">
            <div class="brand">
                <A href=Page::Home.href() attr:class="brand-name">{library}</A>
                <span class="brand-tagline">{tr!(i18n, Tagline)}</span>
                <Show when=move || session.kiosk.get()>
                    <span class="kiosk-badge" data-testid="kiosk-badge">{tr!(i18n, KioskBadge)}</span>
                </Show>
            </div>
            <nav aria-label=tr!(i18n, MainNav)>
                <ul class="nav-list">
                    <li><A href=Page::Home.href()>{tr!(i18n, NavHome)}</A></li>
                    <li><A href=Page::Jobs.href()>{tr!(i18n, NavJobs)}</A></li>
                    <li><A href=Page::Learn.href()>{tr!(i18n, NavLearn)}</A></li>
                    <li><A href=Page::Events.href()>{tr!(i18n, NavEvents)}</A></li>
                    <li><A href=Page::Appointments.href()>{tr!(i18n, NavAppointments)}</A></li>
                    <Show
                        when=signed_in
                        fallback=move || view! {
                            <li><A href=Page::SignIn.href()>{tr!(i18n, NavSignIn)}</A></li>
                            <li><A href=Page::SignUp.href()>{tr!(i18n, NavSignUp)}</A></li>
                        }
                    >
                        <li><A href=Page::Start.href()>{tr!(i18n, NavMatches)}</A></li>
                        <li><A href=Page::Plan.href()>{tr!(i18n, NavPlan)}</A></li>
                        <li><A href=Page::Mentoring.href()>{tr!(i18n, NavMentoring)}</A></li>
                        <li><A href=Page::Community.href()>{tr!(i18n, NavCommunity)}</A></li>
                        <li>
                            <A href=Page::Inbox.href() attr:data-testid="nav-inbox">
                                {tr!(i18n, NavInbox)}
                                {move || (unread.0.get() > 0).then(|| view! {
                                    " " <span class="badge" data-testid="unread-badge">{unread.0.get()}</span>
                                    <span class="visually-hidden">{move || i18n.t(Key::UnreadShort)}</span>
                                })}
                            </A>
                        </li>
                        <li><A href=Page::Account.href()>{tr!(i18n, NavAccount)}</A></li>
                        <Show when=can_post>
                            <li><A href=Page::JobsImport.href()>{tr!(i18n, NavPost)}</A></li>
                        </Show>
                        <Show when=is_staff>
                            <li><A href=Page::Desk.href()>{tr!(i18n, NavDesk)}</A></li>
                        </Show>
                        <li>
                            <button
                                class="button link"
                                data-testid="sign-out"
                                on:click=move |_| session.sign_out(Notice::SignedOut)
                            >
                                {tr!(i18n, SignOut)}
                            </button>
                        </li>
                    </Show>
                </ul>
            </nav>
            <LanguageSwitch />
        </div>
    }
}

/// Buttons for each language, each named in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="language-switch" role="group" aria-label=tr!(i18n, Language)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            class="button small"
                            lang=lang.tag()
                            data-testid=format!("lang-{}", lang.tag())
                            aria-pressed=move || (i18n.lang.get() == lang).to_string()
                            on:click=move |_| i18n.set(lang)
                        >
                            {lang.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// After moving to another page, puts keyboard and screen-reader focus at
/// the start of the new page's content (not on the first load).
fn focus_main_on_navigation() {
    let location = use_location();
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        location.pathname.track();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    });
}

/// Sets the document title to `key` followed by the site name.
pub fn page_title(key: Key) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} · Libranet", i18n.t(key)));
    });
}

/// Shows `children` to a signed-in person; otherwise a way to sign in.
#[component]
pub fn SignedInOnly(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::session::use_session();
    let state = Memo::new(move |_| (session.checked.get(), session.current.with(Option::is_some)));
    move || {
        match state.get() {
        (false, _) => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
        (true, false) => view! {
            <p>{tr!(i18n, NeedSignIn)}</p>
            <p><A href=Page::SignIn.href() attr:class="button primary">{tr!(i18n, NavSignIn)}</A></p>
        }
        .into_any(),
        (true, true) => children().into_any(),
    }
    }
}
