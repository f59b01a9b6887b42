//! `/learn/:id/edit`: staff edit or withdraw a learning resource.

use crate::api;
use crate::components::listing_forms::ResourceForm;
use crate::components::shell::{SignedInOnly, page_title};
use crate::i18n::{Key, use_i18n};
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ResourceEditPage() -> impl IntoView {
    page_title(Key::EditResource);
    let i18n = use_i18n();
    let params = use_params_map();
    let found = RwSignal::new(None::<Result<libranet_core::learning::Resource, api::ApiFailure>>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        spawn_local(async move {
            let result = match id {
                Some(id) => api::listings::resource(id).await,
                None => Err(api::ApiFailure::NotFound),
            };
            found.try_set(Some(result));
        });
    });
    view! {
        <h1>{tr!(i18n, EditResource)}</h1>
        <SignedInOnly>
            {move || match found.get() {
                None => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
                Some(Err(_)) => view! { <p>{tr!(i18n, NotFoundText)}</p> }.into_any(),
                Some(Ok(resource)) => view! { <ResourceForm editing=Some(resource) /> }.into_any(),
            }}
        </SignedInOnly>
    }
}
