//! `/kiosk`: opened once by staff on a public computer, it marks this
//! browser as a kiosk. Marking only ever makes a browser stricter, so it
//! needs no sign-in; treating it as personal again is a staff action on
//! the desk page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;
use crate::tr;

#[component]
pub fn KioskPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::KioskMarkedTitle);
    session.set_kiosk(true);
    view! {
        <div class="narrow">
            <h1 data-testid="kiosk-marked">{tr!(i18n, KioskMarkedTitle)}</h1>
            <p class="lead">{tr!(i18n, KioskMarkedText)}</p>
            <p><A href="/" attr:class="button primary">{tr!(i18n, BackHome)}</A></p>
        </div>
    }
}
