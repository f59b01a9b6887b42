//! The unread notification count, shared by the header and the inbox page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::api;
use crate::session::use_session;

/// How often the header asks for the unread count, in milliseconds.
pub const POLL_MS: u64 = 60_000;

/// The unread count, shared by the header and the inbox page.
#[derive(Clone, Copy)]
pub struct Unread(pub RwSignal<u32>);

/// Keeps the unread count fresh: on each page change and, except on a
/// public computer, every minute while someone is signed in.
pub fn provide_unread() {
    let unread = Unread(RwSignal::new(0));
    provide_context(unread);
    let session = use_session();
    let refresh = move || {
        if session.current.with_untracked(Option::is_none) {
            unread.0.set(0);
            return;
        }
        spawn_local(async move {
            if let Ok(inbox) = api::notifications::notifications().await {
                unread.0.try_set(inbox.unread);
            }
        });
    };
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        session.current.with(|c| c.as_ref().map(|c| c.user.id));
        refresh();
    });
    // Each call counts as activity on the server, so on a public computer
    // only the person's own moves refresh the count: a page left open must
    // still time out.
    let _ = set_interval_with_handle(
        move || {
            if !session.kiosk.get_untracked() {
                refresh();
            }
        },
        std::time::Duration::from_millis(POLL_MS),
    );
}

pub fn use_unread() -> Unread {
    expect_context::<Unread>()
}
