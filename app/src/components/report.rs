//! "Report to library staff" for any post, resource, comment, profile,
//! need or recommendation: a reason, then a confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::moderation::{ContentReport, TargetKind};

use crate::api;
use crate::failure::{Failure, FailureText};
use crate::i18n::use_i18n;
use crate::tr;

#[component]
pub fn ReportButton(target: TargetKind, target_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Failure>);
    let field = format!("report-{}-{target_id}", target.as_str());
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = ContentReport {
            target,
            target_id,
            reason: reason.get_untracked(),
        };
        spawn_local(async move {
            match api::moderation::report_content(&body).await {
                Ok(()) => {
                    sent.try_set(true);
                }
                Err(api::ApiFailure::Conflict) => {
                    problem.try_set(Some(Failure::Said(crate::i18n::Key::AlreadyReported)));
                }
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    move || {
        if sent.get() {
            view! { <p class="saved" role="status">{tr!(i18n, ReportSent)}</p> }.into_any()
        } else if open.get() {
            let field = field.clone();
            view! {
                <form class="report-form" on:submit=send>
                    <div class="field">
                        <label for=field.clone()>{tr!(i18n, ReportReason)}</label>
                        <textarea id=field rows="2" bind:value=reason></textarea>
                    </div>
                    <button type="submit" class="button">{tr!(i18n, SendReport)}</button>
                    <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
                </form>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button small" data-testid="report-open" on:click=move |_| open.set(true)>
                    {tr!(i18n, ReportPerson)}
                </button>
            }
            .into_any()
        }
    }
}
