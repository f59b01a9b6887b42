//! The idle watch for public computers. Signed in: after a quiet spell it
//! shows a countdown in a modal dialog, then signs out. Signed out: a form
//! left half-filled is cleared by going back to the welcome screen. Activity
//! also keeps the server session alive.

use std::time::Duration;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::session_policy::{ACTIVITY_PING_SECS, IdlePhase, idle_phase};

use crate::api;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::{Notice, Session, use_session};

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// What the watch does after `idle_ms` without activity.
fn next_phase(session: Session, idle_ms: u64) -> IdlePhase {
    if let Some(policy) = session
        .current
        .with_untracked(|s| s.as_ref().map(|s| s.policy))
    {
        return idle_phase(idle_ms, policy);
    }
    // Signed out: only public computers are watched, without a warning,
    // and only away from the welcome screen.
    let kiosk_idle = session
        .site
        .with_untracked(|s| s.as_ref().map(|s| s.kiosk_policy.idle_secs));
    let away = window()
        .location()
        .pathname()
        .is_ok_and(|p| p != Page::Home.href().as_str());
    match kiosk_idle {
        Some(secs)
            if session.kiosk.get_untracked() && away && idle_ms >= u64::from(secs) * 1000 =>
        {
            IdlePhase::TimedOut
        }
        _ => IdlePhase::Active,
    }
}

#[component]
pub fn IdleGuard() -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let last_activity = StoredValue::new(now_ms());
    let last_ping = StoredValue::new(now_ms());
    let phase = RwSignal::new(IdlePhase::Active);
    let dialog = NodeRef::<html::Dialog>::new();

    let on_activity = move || {
        let now = now_ms();
        last_activity.set_value(now);
        if phase.get_untracked() != IdlePhase::Active {
            phase.set(IdlePhase::Active);
        }
        crate::tabs::announce_activity();
        let signed_in = session.current.with_untracked(Option::is_some);
        if signed_in && now - last_ping.get_value() > f64::from(ACTIVITY_PING_SECS) * 1000.0 {
            last_ping.set_value(now);
            spawn_local(async move {
                // The server ended the session (timeout elsewhere, reset).
                if let Ok(None) = api::auth::session().await {
                    session.sign_out(Notice::SignedOutIdle);
                }
            });
        }
    };
    // Someone using another tab of this browser is not idle here either.
    crate::tabs::on_activity_elsewhere(move || {
        last_activity.set_value(now_ms());
        if phase.get_untracked() != IdlePhase::Active {
            phase.set(IdlePhase::Active);
        }
    });
    let handles = [
        window_event_listener(ev::keydown, move |_| on_activity()),
        window_event_listener(ev::pointerdown, move |_| on_activity()),
        window_event_listener(ev::wheel, move |_| on_activity()),
        window_event_listener(ev::touchstart, move |_| on_activity()),
    ];
    on_cleanup(move || {
        handles
            .into_iter()
            .for_each(leptos::prelude::WindowListenerHandle::remove);
    });

    let tick = set_interval_with_handle(
        move || {
            if phase.get_untracked() == IdlePhase::TimedOut {
                return;
            }
            let idle_ms = (now_ms() - last_activity.get_value()).max(0.0) as u64;
            let next = next_phase(session, idle_ms);
            if next != phase.get_untracked() {
                phase.set(next);
            }
            if next == IdlePhase::TimedOut {
                if session.current.with_untracked(Option::is_some) {
                    session.sign_out(Notice::SignedOutIdle);
                } else {
                    session.reset_kiosk();
                }
            }
        },
        Duration::from_secs(1),
    );
    if let Ok(tick) = tick {
        on_cleanup(move || tick.clear());
    }

    // A native modal dialog: the page behind is inert and focus stays in it.
    Effect::new(move |_| {
        let warning = matches!(phase.get(), IdlePhase::Warning { .. });
        if let Some(d) = dialog.get() {
            if warning && !d.open() {
                let _ = d.show_modal();
            } else if !warning && d.open() {
                d.close();
            }
        }
    });

    let seconds_left = move || match phase.get() {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => 0,
    };
    view! {
        <dialog
            class="idle-dialog"
            node_ref=dialog
            aria-labelledby="idle-title"
            aria-describedby="idle-text"
            data-testid="idle-warning"
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                on_activity();
            }
        >
            <h2 id="idle-title">{move || i18n.t(Key::IdleTitle)}</h2>
            <p id="idle-text">{move || i18n.fill(Key::IdleText, &[&seconds_left().to_string()])}</p>
            <button class="button primary" autofocus on:click=move |_| on_activity()>
                {move || i18n.t(Key::StillHere)}
            </button>
        </dialog>
    }
}
