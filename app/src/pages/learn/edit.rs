//! `/learn/:id/edit`: staff edit or withdraw a learning resource.

use crate::api;
use crate::components::listing_forms::ResourceForm;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ResourceEditPage() -> impl IntoView {
    page_title(Key::EditResource);
    let i18n = use_i18n();
    let params = use_params_map();
    // Any failure reads as not found, as a plain line.
    let found = Load::new(move || {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        async move {
            let found = match id {
                Some(id) => api::listings::resource(id).await.ok(),
                None => None,
            };
            Ok::<_, Failure>(found)
        }
    });
    view! {
        <h1>{tr!(i18n, EditResource)}</h1>
        <SignedInOnly>
            {loaded(found, Frame::status(None), move |found: Option<libranet_core::learning::Resource>| match found {
                None => view! { <p>{tr!(i18n, NotFoundText)}</p> }.into_any(),
                Some(found) => view! { <ResourceForm editing=Some(found) /> }.into_any(),
            })}
        </SignedInOnly>
    }
}
