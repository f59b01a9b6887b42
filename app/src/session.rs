//! Who is signed in, whether this browser is a public computer, and the
//! one way to sign out (which wipes the browser and reloads).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use libranet_core::api::{SessionView, SiteInfo};
use libranet_core::session_policy::DeviceKind;

use crate::i18n::use_i18n;
use crate::page::Page;
use crate::{api, cache, tabs};

/// Why the welcome screen shows a notice after a sign-out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SignedOut,
    SignedOutIdle,
}

impl Notice {
    fn code(self) -> &'static str {
        match self {
            Notice::SignedOut => "signed-out",
            Notice::SignedOutIdle => "signed-out-idle",
        }
    }

    fn from_code(code: &str) -> Option<Notice> {
        match code {
            "signed-out" => Some(Notice::SignedOut),
            "signed-out-idle" => Some(Notice::SignedOutIdle),
            _ => None,
        }
    }
}

/// The session state shared through context.
#[derive(Clone, Copy)]
pub struct Session {
    pub current: RwSignal<Option<SessionView>>,
    /// The first check with the server has finished.
    pub checked: RwSignal<bool>,
    pub kiosk: RwSignal<bool>,
    pub site: RwSignal<Option<SiteInfo>>,
    pub notice: RwSignal<Option<Notice>>,
}

impl Session {
    /// Whether a member of library staff (or an admin) is signed in. Tracks.
    pub fn is_staff(&self) -> bool {
        self.current
            .with(|s| s.as_ref().is_some_and(|s| s.user.is_staff()))
    }

    /// Whether the signed-in person may post jobs: a partner, or staff. Tracks.
    pub fn can_post_jobs(&self) -> bool {
        self.current.with(|s| {
            s.as_ref().is_some_and(|s| {
                s.user.is_staff()
                    || s.user
                        .roles
                        .contains(&libranet_core::account::Role::Partner)
            })
        })
    }

    /// Creates the context and asks the server who is signed in.
    pub fn provide() -> Session {
        let session = Session {
            current: RwSignal::new(None),
            checked: RwSignal::new(false),
            kiosk: RwSignal::new(cache::is_kiosk()),
            site: RwSignal::new(None),
            notice: RwSignal::new(cache::take_notice().as_deref().and_then(Notice::from_code)),
        };
        provide_context(session);
        spawn_local(async move {
            // A sign-out the server did not confirm is finished before
            // anything else; until it is, nobody counts as signed in, so the
            // next person never inherits the last one's session.
            let signed_out = !cache::sign_out_pending() || api::auth::sign_out().await.is_ok();
            if signed_out {
                cache::set_sign_out_pending(false);
            }
            // A new tab on a public computer joins the session only if
            // another of its tabs is open to hand over the key.
            if signed_out && cache::is_kiosk() && cache::tab_key().is_none() {
                tabs::adopt_key().await;
            }
            if signed_out {
                tabs::beat_early();
            }
            if let Ok(site) = api::site::site().await {
                session.site.set(Some(site));
            }
            if signed_out && let Ok(current) = api::auth::session().await {
                session.current.set(current);
            }
            session.checked.set(true);
            tabs::beat(session);
        });
        tabs::start(session);
        session
    }

    /// The kind of device to tell the server at sign-in.
    pub fn device(&self) -> DeviceKind {
        if self.kiosk.get_untracked() {
            DeviceKind::Kiosk
        } else {
            DeviceKind::Personal
        }
    }

    /// The `autocomplete` token for a field that holds something personal:
    /// `token` on a personal device, `"off"` on a public computer, so the
    /// browser neither offers nor keeps what one patron typed.
    pub fn autocomplete(&self, token: &'static str) -> &'static str {
        if self.kiosk.get_untracked() {
            "off"
        } else {
            token
        }
    }

    /// Which registered kiosk this public computer is, if staff said.
    pub fn kiosk_id(&self) -> Option<i64> {
        if self.kiosk.get_untracked() {
            cache::kiosk_id()
        } else {
            None
        }
    }

    /// Remembers a session the server just started. A kiosk session comes
    /// with its tab key, kept for this tab only.
    pub fn signed_in(&self, mut view: SessionView) {
        if let Some(key) = view.tab_key.take() {
            cache::set_tab_key(Some(&key));
            tabs::share_key(&key);
        }
        self.notice.set(None);
        self.current.set(Some(view));
    }

    /// What a sign-up, sign-in or code form does on success: remember the
    /// session and go to the account page.
    /// Call while building the page (it needs the router).
    /// The interface switches to the person's preferred language.
    pub fn enter(self) -> impl Fn(SessionView) + Clone + 'static {
        self.enter_at(Page::Account)
    }

    /// Like [`Session::enter`], then goes to `page`.
    pub fn enter_at(self, page: Page) -> impl Fn(SessionView) + Clone + 'static {
        let navigate = use_navigate();
        let i18n = use_i18n();
        move |view| {
            i18n.use_for_session(view.user.language);
            self.signed_in(view);
            navigate(&page.href(), leptos_router::NavigateOptions::default());
        }
    }

    pub fn set_kiosk(&self, on: bool) {
        cache::set_kiosk(on);
        if !on {
            cache::set_kiosk_id(None);
        }
        self.kiosk.set(on);
    }

    /// Wipes what the app keeps in the browser, then reloads the welcome
    /// screen so no in-memory state survives either. The server is told on
    /// the way back in (see [`Session::provide`]), so a slow or unreachable
    /// server never keeps personal pages on screen.
    pub fn sign_out(&self, why: Notice) {
        // Pending first: the wipe keeps it, and so does any other tab's.
        cache::set_sign_out_pending(true);
        tabs::announce_sign_out();
        spawn_local(async move {
            cache::wipe_personal_data().await;
            cache::set_notice(why.code());
            let _ = window().location().replace(&Page::Home.href());
        });
    }

    /// Another tab of this session signed out: forget this tab's own
    /// storage (its `sessionStorage`; the other tab wipes what they share
    /// and tells the server) and go back to the welcome screen.
    pub fn follow_sign_out(&self) {
        cache::forget_tab();
        let _ = window().location().replace(&Page::Home.href());
    }

    /// On a public computer left idle while nobody is signed in: clears
    /// anything half-typed by going back to a fresh welcome screen.
    pub fn reset_kiosk(&self) {
        spawn_local(async move {
            cache::wipe_personal_data().await;
            let _ = window().location().replace(&Page::Home.href());
        });
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
