//! The end of a mentorship space: ending it with feedback, and blocking
//! or reporting the other person.

use super::Action;
use crate::i18n::{Key, use_i18n};
use crate::tr;
use leptos::prelude::*;
use libranet_core::mentoring::Feedback;
use libranet_core::text::neutralise;

#[component]
pub fn Ending(ended: bool, feedback: Option<Feedback>, run: Callback<Action>) -> impl IntoView {
    let i18n = use_i18n();
    let rating = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let given = move || {
        rating
            .get_untracked()
            .parse::<u8>()
            .ok()
            .map(|rating| Feedback {
                rating,
                comment: comment.get_untracked(),
            })
    };
    view! {
        <section class="card" aria-labelledby="end-title">
            <h2 id="end-title">{move || i18n.t(if ended { Key::FeedbackTitle } else { Key::EndTitle })}</h2>
            {match (ended, feedback) {
                (_, Some(f)) => view! { <p>{i18n.fill(Key::YourFeedback, &[&f.rating.to_string()])} " " <bdi>{neutralise(&f.comment).into_owned()}</bdi></p> }.into_any(),
                (false, None) => view! {
                    <p class="hint">{tr!(i18n, EndHint)}</p>
                    <form on:submit=move |ev| { ev.prevent_default(); run.run(Action::End(given())); }>
                        <FeedbackFields rating=rating comment=comment />
                        <button type="submit" class="button">{tr!(i18n, EndMentorship)}</button>
                    </form>
                }.into_any(),
                (true, None) => view! {
                    <form on:submit=move |ev| { ev.prevent_default(); if let Some(f) = given() { run.run(Action::Feedback(f)); } }>
                        <FeedbackFields rating=rating comment=comment />
                        <button type="submit" class="button">{tr!(i18n, SendFeedback)}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

/// A 1–5 rating and a comment.
#[component]
pub fn FeedbackFields(rating: RwSignal<String>, comment: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="feedback-rating">{tr!(i18n, FeedbackRating)}</label>
            <select id="feedback-rating" on:change=move |ev| rating.set(event_target_value(&ev))>
                <option value="">{tr!(i18n, NoFeedback)}</option>
                {(1..=5).rev().map(|n| view! { <option value=n.to_string()>{move || i18n.fill(Key::RatingOf, &[&n.to_string()])}</option> }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="feedback-comment">{tr!(i18n, FeedbackComment)}</label>
            <textarea id="feedback-comment" rows="2" bind:value=comment></textarea>
        </div>
    }
}

#[component]
pub fn Safety(blocked: bool, other: String, run: Callback<Action>) -> impl IntoView {
    let i18n = use_i18n();
    let reason = RwSignal::new(String::new());
    let attach = RwSignal::new(false);
    view! {
        <section class="card" aria-labelledby="safety-title">
            <h2 id="safety-title">{tr!(i18n, SafetyTitle)}</h2>
            <p class="hint">{tr!(i18n, SafetyHint)}</p>
            <button type="button" class="button" on:click=move |_| run.run(Action::Block(!blocked))>
                {move || i18n.fill(if blocked { Key::UnblockPerson } else { Key::BlockPerson }, &[&other])}
            </button>
            <details>
                <summary>{tr!(i18n, ReportPerson)}</summary>
                <form on:submit=move |ev| {
                    ev.prevent_default();
                    run.run(Action::Report { reason: reason.get_untracked(), attach: attach.get_untracked() });
                }>
                    <div class="field">
                        <label for="report-reason">{tr!(i18n, ReportReason)}</label>
                        <textarea id="report-reason" rows="3" bind:value=reason></textarea>
                    </div>
                    <label class="check" for="report-attach">
                        <input type="checkbox" id="report-attach" bind:checked=attach />
                        {tr!(i18n, AttachMessages)}
                    </label>
                    <button type="submit" class="button">{tr!(i18n, SendReport)}</button>
                </form>
            </details>
        </section>
    }
}
