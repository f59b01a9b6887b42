//! The idle watch for public computers: after a quiet spell it shows a
//! countdown, then signs out. Activity also keeps the server session alive.

use std::time::Duration;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::session_policy::{ACTIVITY_PING_SECS, IdlePhase, idle_phase};

use crate::api;
use crate::i18n::{Key, use_i18n};
use crate::session::{Notice, use_session};

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Renders nothing until the warning is due. Sessions whose policy has no
/// warning (personal devices) are never watched.
#[component]
pub fn IdleGuard() -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let last_activity = StoredValue::new(now_ms());
    let last_ping = StoredValue::new(now_ms());
    let phase = RwSignal::new(IdlePhase::Active);
    let stay = NodeRef::<html::Button>::new();

    let on_activity = move || {
        let now = now_ms();
        last_activity.set_value(now);
        if phase.get_untracked() != IdlePhase::Active {
            phase.set(IdlePhase::Active);
        }
        let signed_in = session.current.with_untracked(Option::is_some);
        if signed_in && now - last_ping.get_value() > f64::from(ACTIVITY_PING_SECS) * 1000.0 {
            last_ping.set_value(now);
            spawn_local(async move {
                // The server ended the session (timeout elsewhere, reset).
                if let Ok(None) = api::session().await {
                    session.sign_out(Notice::SignedOutIdle);
                }
            });
        }
    };
    let handles = [
        window_event_listener(ev::keydown, move |_| on_activity()),
        window_event_listener(ev::pointerdown, move |_| on_activity()),
        window_event_listener(ev::wheel, move |_| on_activity()),
        window_event_listener(ev::touchstart, move |_| on_activity()),
    ];
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));

    let tick = set_interval_with_handle(
        move || {
            let Some(policy) = session
                .current
                .with_untracked(|s| s.as_ref().map(|s| s.policy))
            else {
                return;
            };
            let idle_ms = (now_ms() - last_activity.get_value()).max(0.0) as u64;
            let next = idle_phase(idle_ms, policy);
            if next != phase.get_untracked() {
                phase.set(next);
            }
            if next == IdlePhase::TimedOut {
                session.sign_out(Notice::SignedOutIdle);
            }
        },
        Duration::from_secs(1),
    );
    if let Ok(tick) = tick {
        on_cleanup(move || tick.clear());
    }

    // Move focus to the button when the warning appears.
    Effect::new(move |_| {
        if matches!(phase.get(), IdlePhase::Warning { .. })
            && let Some(button) = stay.get()
        {
            let _ = button.focus();
        }
    });

    let seconds_left = move || match phase.get() {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => 0,
    };
    view! {
        <Show when=move || matches!(phase.get(), IdlePhase::Warning { .. })>
            <div class="idle-backdrop">
                <div
                    class="idle-dialog"
                    role="alertdialog"
                    aria-modal="true"
                    aria-labelledby="idle-title"
                    aria-describedby="idle-text"
                    data-testid="idle-warning"
                >
                    <h2 id="idle-title">{move || i18n.t(Key::IdleTitle)}</h2>
                    <p id="idle-text">
                        {move || i18n.fill(Key::IdleText, &[&seconds_left().to_string()])}
                    </p>
                    <button class="button primary" node_ref=stay on:click=move |_| on_activity()>
                        {move || i18n.t(Key::StillHere)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
