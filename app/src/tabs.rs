//! The tabs of a public computer, kept together: a kiosk session lives only
//! while one of its tabs is open.
//!
//! - Every open page sends a heartbeat every few seconds (and at once when
//!   it becomes visible again); the server ends a kiosk session that no
//!   page has heard from for a short while, so closing the last tab, a
//!   crash or going to another site ends it without any warning needed.
//! - A page going away says so (`pagehide`), and the server ends the
//!   session within seconds unless another tab, or the reloaded page,
//!   answers.
//! - The tab key lives in this tab's `sessionStorage`. A new tab asks the
//!   open tabs for it over a `BroadcastChannel`; with none open, nobody
//!   answers and the new tab starts signed out.
//! - Activity in one tab counts in all of them (the idle watch), and a
//!   sign-out in one signs every tab out.
//! - A page brought back from the back/forward cache is loaded afresh, so
//!   Back never shows what an ended session showed.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::session_policy::KIOSK_HEARTBEAT_SECS;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{BroadcastChannel, MessageEvent, PageTransitionEvent, VisibilityState};

use crate::session::{Notice, Session};
use crate::{api, cache};

const CHANNEL: &str = "libranet-tabs";
const ASK: &str = "ask";
const KEY_PREFIX: &str = "key:";
const BYE: &str = "bye";
const ACTIVE: &str = "active";
const SIGNED_OUT: &str = "signed-out";

/// How long a new tab waits for an open tab to hand over the key.
const ASK_WAIT_MS: i32 = 300;

/// Activity is announced to the other tabs at most this often.
const ANNOUNCE_EVERY_MS: f64 = 2_000.0;

thread_local! {
    static CHANNEL_HANDLE: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    static ON_ACTIVITY_ELSEWHERE: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
    static LAST_ANNOUNCED: RefCell<f64> = const { RefCell::new(0.0) };
}

fn post(message: &str) {
    CHANNEL_HANDLE.with(|c| {
        if let Some(channel) = c.borrow().as_ref() {
            let _ = channel.post_message(&message.into());
        }
    });
}

/// Whether this tab shows a kiosk session (whatever the browser's mark
/// says: a personal session opened before `/kiosk` stays personal).
fn kiosk_session(session: Session) -> bool {
    session.current.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| s.device == libranet_core::session_policy::DeviceKind::Kiosk)
    })
}

/// Asks the open tabs of this browser for the kiosk tab key, and keeps it
/// if one answers within a moment. Call before asking who is signed in.
pub async fn adopt_key() {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let answer = js_sys::Promise::new(&mut |resolve, _| {
        let on_message = {
            let resolve = resolve.clone();
            Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
                if let Some(key) = ev
                    .data()
                    .as_string()
                    .and_then(|m| m.strip_prefix(KEY_PREFIX).map(str::to_owned))
                {
                    let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &key.into());
                }
            })
        };
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let give_up = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            give_up.unchecked_ref(),
            ASK_WAIT_MS,
        );
    });
    let _ = channel.post_message(&ASK.into());
    let key = JsFuture::from(answer)
        .await
        .ok()
        .and_then(|v| v.as_string());
    channel.set_onmessage(None);
    channel.close();
    if let Some(key) = key {
        cache::set_tab_key(Some(&key));
    }
}

/// Sends a heartbeat now if this tab holds a kiosk session. Refused, it
/// asks the other tabs for a newer key (a password changed in another tab
/// starts a new session) and tries once more before signing out.
pub fn beat(session: Session) {
    if !kiosk_session(session) || cache::tab_key().is_none() {
        return;
    }
    spawn_local(async move {
        if let Ok(false) = api::auth::heartbeat().await {
            let old = cache::tab_key();
            adopt_key().await;
            if cache::tab_key() != old && matches!(api::auth::heartbeat().await, Ok(true)) {
                return;
            }
            session.sign_out(Notice::SignedOutIdle);
        }
    });
}

/// Sends a heartbeat for the key this tab holds before anything else has
/// loaded: a reloaded page must answer within the grace its `pagehide` left.
pub fn beat_early() {
    if cache::tab_key().is_some() {
        spawn_local(async {
            let _ = api::auth::heartbeat().await;
        });
    }
}

/// Tells the other tabs the key of a session this tab just started, so a
/// tab still holding an older key follows.
pub fn share_key(key: &str) {
    post(&format!("{KEY_PREFIX}{key}"));
}

/// Tells the other tabs that someone is using this one (throttled).
pub fn announce_activity() {
    let now = js_sys::Date::now();
    let due = LAST_ANNOUNCED.with(|last| {
        let due = now - *last.borrow() >= ANNOUNCE_EVERY_MS;
        if due {
            *last.borrow_mut() = now;
        }
        due
    });
    if due {
        post(ACTIVE);
    }
}

/// What the idle watch does when someone uses another tab.
pub fn on_activity_elsewhere(run: impl Fn() + 'static) {
    ON_ACTIVITY_ELSEWHERE.with(|f| *f.borrow_mut() = Some(Box::new(run)));
}

/// Tells the other tabs this one signed out, so they do too.
pub fn announce_sign_out() {
    post(SIGNED_OUT);
}

/// Starts the heartbeat and the listeners for the life of the page.
pub fn start(session: Session) {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let Some(message) = ev.data().as_string() else {
                return;
            };
            match message.as_str() {
                ASK if kiosk_session(session) => {
                    if let Some(key) = cache::tab_key() {
                        post(&format!("{KEY_PREFIX}{key}"));
                    }
                }
                // Another tab closed: say at once that this one is open.
                BYE => beat(session),
                // A tab of this session started a new one (a new password).
                other if other.starts_with(KEY_PREFIX) && kiosk_session(session) => {
                    cache::set_tab_key(other.strip_prefix(KEY_PREFIX));
                }
                ACTIVE => ON_ACTIVITY_ELSEWHERE.with(|f| {
                    if let Some(run) = f.borrow().as_ref() {
                        run();
                    }
                }),
                SIGNED_OUT if session.current.with_untracked(Option::is_some) => {
                    session.follow_sign_out();
                }
                _ => {}
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        CHANNEL_HANDLE.with(|c| *c.borrow_mut() = Some(channel));
    }

    // The heartbeat runs in hidden tabs too (browsers slow their timers to
    // once a second, which is plenty).
    let _ = set_interval_with_handle(
        move || beat(session),
        Duration::from_secs(u64::from(KIOSK_HEARTBEAT_SECS)),
    );

    let document = document();
    let on_visible = Closure::<dyn Fn()>::new(move || {
        if document.visibility_state() == VisibilityState::Visible {
            beat(session);
        }
    });
    let _ = web_sys::window().and_then(|w| w.document()).map(|d| {
        d.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref())
    });
    on_visible.forget();

    let on_pagehide = Closure::<dyn Fn()>::new(move || {
        if kiosk_session(session) {
            post(BYE);
            api::auth::closing();
        }
    });
    let _ =
        window().add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    on_pagehide.forget();

    // The print dialog stops this page's timers while it is open.
    let on_beforeprint = Closure::<dyn Fn()>::new(move || {
        if kiosk_session(session) {
            api::auth::printing();
        }
    });
    let _ = window()
        .add_event_listener_with_callback("beforeprint", on_beforeprint.as_ref().unchecked_ref());
    on_beforeprint.forget();

    // A page restored from the back/forward cache may show an ended
    // session: load it afresh instead.
    let on_pageshow = Closure::<dyn Fn(PageTransitionEvent)>::new(|ev: PageTransitionEvent| {
        if ev.persisted() {
            let _ = window().location().reload();
        }
    });
    let _ =
        window().add_event_listener_with_callback("pageshow", on_pageshow.as_ref().unchecked_ref());
    on_pageshow.forget();
}
