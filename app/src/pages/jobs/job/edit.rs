//! `/jobs/:id/edit`: its poster (or staff) changes a listing, or closes it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::listing_forms::JobForm;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::tr;

#[component]
pub fn JobEditPage() -> impl IntoView {
    page_title(Key::EditJob);
    let i18n = use_i18n();
    let params = use_params_map();
    // Any failure reads as not found, as a plain line.
    let job = Load::new(move || {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        async move {
            let found = match id {
                Some(id) => api::listings::job(id).await.ok(),
                None => None,
            };
            Ok::<_, Failure>(found)
        }
    });
    view! {
        <h1>{tr!(i18n, EditJob)}</h1>
        <SignedInOnly>
            {loaded(job, Frame::status(None), move |found: Option<libranet_core::jobs::Job>| match found {
                None => view! { <p>{tr!(i18n, JobNotFound)}</p> }.into_any(),
                Some(found) => view! { <JobForm editing=Some(found) /> }.into_any(),
            })}
        </SignedInOnly>
    }
}
