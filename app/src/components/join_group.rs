//! Joining a group, or asking to.

use crate::api;
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn JoinButton(id: i64, name: String, open: bool, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<Failure>);
    let join = move |_| {
        spawn_local(async move {
            match api::groups::join_group(id).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let key = if open { Key::JoinGroup } else { Key::AskToJoin };
    view! {
        <button type="button" class="button primary" aria-label=move || format!("{} — {}", i18n.t(key), name) on:click=join>
            {move || i18n.t(key)}
        </button>
        <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
    }
}
