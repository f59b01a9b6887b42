//! On the plan: the workshops and events one attended.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::events::EventView;

use crate::api;
use crate::i18n::use_i18n;
use crate::page::Page;
use crate::tr;

/// On the plan: the workshops and events one attended.
#[component]
pub fn Attended() -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Vec::<EventView>::new());
    spawn_local(async move {
        if let Ok(found) = api::events::attended_events().await {
            list.try_set(found);
        }
    });
    move || {
        let all = list.get();
        (!all.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="attended-heading">
                <h2 id="attended-heading">{tr!(i18n, AttendedTitle)}</h2>
                <ul data-testid="attended">
                    {all.into_iter().map(|e| view! {
                        <li><A href=Page::Event { id: e.id }.href()>{e.fields.title.clone()}</A> " · " {move || crate::components::when::day(e.starts_at, &e.fields.time_zone, i18n.lang.get())}</li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}
