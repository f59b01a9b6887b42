//! `/jobs/:id/edit`: its poster (or staff) changes a listing, or closes it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::listing_forms::JobForm;
use crate::components::shell::{SignedInOnly, page_title};
use crate::i18n::{Key, use_i18n};
use crate::tr;

#[component]
pub fn JobEditPage() -> impl IntoView {
    page_title(Key::EditJob);
    let i18n = use_i18n();
    let params = use_params_map();
    let job = RwSignal::new(None::<Result<libranet_core::jobs::Job, api::ApiFailure>>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        spawn_local(async move {
            let found = match id {
                Some(id) => api::listings::job(id).await,
                None => Err(api::ApiFailure::NotFound),
            };
            job.try_set(Some(found));
        });
    });
    view! {
        <h1>{tr!(i18n, EditJob)}</h1>
        <SignedInOnly>
            {move || match job.get() {
                None => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
                Some(Err(_)) => view! { <p>{tr!(i18n, JobNotFound)}</p> }.into_any(),
                Some(Ok(found)) => view! { <JobForm editing=Some(found) /> }.into_any(),
            }}
        </SignedInOnly>
    }
}
