//! `/`: what Libranet offers, and the way in.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::{Notice, use_session};
use crate::tr;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::NavHome);
    // Shown once the sign-out is confirmed by the server.
    let notice = move || {
        session
            .notice
            .get()
            .filter(|_| session.checked.get())
            .map(|n| match n {
                Notice::SignedOutIdle => i18n.t(Key::SignedOutIdle),
                Notice::SignedOut => i18n.t(Key::SignedOutManual),
            })
    };
    let kiosk_minutes = move || {
        session
            .site
            .with(|s| s.as_ref().map(|s| s.kiosk_policy.idle_secs.div_ceil(60)))
            .unwrap_or(4)
            .to_string()
    };
    let name = move || {
        session.current.with(|s| {
            s.as_ref().map(|s| {
                s.user
                    .display_name
                    .clone()
                    .unwrap_or_else(|| s.user.username.clone())
            })
        })
    };
    view! {
        <section class="hero">
            {move || notice().map(|text| view! {
                <p class="notice" role="status" data-testid="signed-out-notice">{text}</p>
            })}
            <h1>{tr!(i18n, WelcomeTitle)}</h1>
            <p class="lead">{tr!(i18n, WelcomeIntro)}</p>
            <Show
                when=move || name().is_some()
                fallback=move || view! {
                    <div class="actions">
                        <A href=Page::SignUp.href() attr:class="button primary">{tr!(i18n, GetStarted)}</A>
                        <A href=Page::SignIn.href() attr:class="button">{tr!(i18n, NavSignIn)}</A>
                    </div>
                }
            >
                <p class="welcome-back" data-testid="welcome-back">
                    {move || i18n.fill(Key::WelcomeBack, &[&name().unwrap_or_default()])}
                </p>
                <div class="actions">
                    <A href=Page::Account.href() attr:class="button primary">{tr!(i18n, GoToAccount)}</A>
                </div>
            </Show>
            <Show when=move || session.kiosk.get()>
                <p class="kiosk-notice" data-testid="kiosk-notice">
                    {move || i18n.fill(Key::KioskNotice, &[&kiosk_minutes()])}
                </p>
            </Show>
        </section>
        <section class="features" aria-labelledby="features-title">
            <h2 id="features-title" class="visually-hidden">{tr!(i18n, Tagline)}</h2>
            <div class="feature">
                <h3>{tr!(i18n, WelcomeJobs)}</h3>
                <p>{tr!(i18n, WelcomeJobsText)}</p>
            </div>
            <div class="feature">
                <h3>{tr!(i18n, WelcomeLearn)}</h3>
                <p>{tr!(i18n, WelcomeLearnText)}</p>
            </div>
            <div class="feature">
                <h3>{tr!(i18n, WelcomeMentors)}</h3>
                <p>{tr!(i18n, WelcomeMentorsText)}</p>
                <p><A href=Page::Mentoring.href()>{tr!(i18n, FindMentor)}</A></p>
            </div>
        </section>
    }
}
