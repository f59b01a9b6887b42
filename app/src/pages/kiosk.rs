//! `/kiosk`: opened once by staff on a public computer, it marks this
//! browser as a kiosk. Marking only ever makes a browser stricter, so it
//! needs no sign-in; treating it as personal again is a staff action on
//! the desk page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::desk::BranchView;

use crate::api;
use crate::cache;
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

#[component]
pub fn KioskPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::KioskMarkedTitle);
    session.set_kiosk(true);
    // `/kiosk?kiosk=N` names the registered kiosk at once: a start page
    // for browsers that forget everything when they close.
    if let Some(id) = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("kiosk")
        .and_then(|v| v.parse::<i64>().ok())
    {
        cache::set_kiosk_id(Some(id));
    }
    // Which registered kiosk this is: its idle time then applies.
    let branches = RwSignal::new(Vec::<BranchView>::new());
    spawn_local(async move {
        if let Ok(found) = api::branches::branches().await {
            branches.try_set(found);
        }
    });
    let chosen = RwSignal::new(cache::kiosk_id());
    let pick = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev).parse::<i64>().ok();
        cache::set_kiosk_id(id);
        chosen.set(id);
    };
    view! {
        <div class="narrow">
            <h1 data-testid="kiosk-marked">{tr!(i18n, KioskMarkedTitle)}</h1>
            <p class="lead">{tr!(i18n, KioskMarkedText)}</p>
            {move || (!branches.with(|b| b.iter().all(|b| b.kiosks.is_empty()))).then(|| view! {
                <div class="field">
                    <label for="which-kiosk">{tr!(i18n, WhichKiosk)}</label>
                    <select id="which-kiosk" data-testid="which-kiosk" on:change=pick aria-describedby="which-kiosk-hint">
                        <option value="" selected=move || chosen.get().is_none()>{tr!(i18n, KioskNotRegistered)}</option>
                        {branches.get().into_iter().flat_map(|b| b.kiosks.into_iter().map(move |k| {
                            let text = format!("{} — {}", b.name, k.label);
                            let id = k.id;
                            view! { <option value=id.to_string() selected=move || chosen.get() == Some(id)>{text}</option> }
                        })).collect_view()}
                    </select>
                    <p class="hint" id="which-kiosk-hint">{tr!(i18n, WhichKioskHint)}</p>
                </div>
            })}
            <p><A href=Page::Home.href() attr:class="button primary">{tr!(i18n, BackHome)}</A></p>
        </div>
    }
}
