//! `/jobs/import`: partners and staff post many jobs at once from a CSV
//! file or schema.org `JobPosting` JSON(-LD). Good rows are posted; each bad
//! row is listed with what to fix.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::import::{
    CSV_COLUMNS, CSV_HOW_TO_APPLY, ImportFormat, ImportJobs, ImportReport,
};

use crate::api::{self, ApiFailure};
use crate::components::form::{file_text, picked_file};
use crate::components::listing_forms::{JobForm, ResourceForm};
use crate::components::shell::{SignedInOnly, page_title};
use crate::i18n::{Key, problem_key, use_i18n};
use crate::tr;

#[component]
pub fn JobsImportPage() -> impl IntoView {
    page_title(Key::PostJobsTitle);
    let i18n = use_i18n();
    let session = crate::session::use_session();
    let is_staff = move || session.is_staff();
    view! {
        <h1>{tr!(i18n, PostJobsTitle)}</h1>
        <SignedInOnly>
            <JobForm />
            <section class="card" aria-labelledby="import-title">
                <h2 id="import-title">{tr!(i18n, ImportTitle)}</h2>
                <ImportForm />
            </section>
            <Show when=is_staff>
                <ResourceForm />
            </Show>
        </SignedInOnly>
    }
}

#[component]
fn ImportForm() -> impl IntoView {
    let i18n = use_i18n();
    let format = RwSignal::new(ImportFormat::Csv);
    let text = RwSignal::new(String::new());
    let report = RwSignal::new(None::<ImportReport>);
    let message = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);
    let file_picked = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        let name = file.name();
        let extension = std::path::Path::new(&name).extension();
        if extension
            .is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonld"))
        {
            format.set(ImportFormat::JobPosting);
        }
        spawn_local(async move {
            if let Some(content) = file_text(file).await {
                text.try_set(content);
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if text.with_untracked(|t| t.trim().is_empty()) {
            message.set(Some(Key::ImportEmpty));
            return;
        }
        if text.with_untracked(|t| t.len() > libranet_core::import::MAX_IMPORT_BYTES) {
            message.set(Some(Key::ImportTooLarge));
            return;
        }
        busy.set(true);
        report.set(None);
        message.set(None);
        let body = ImportJobs {
            format: format.get_untracked(),
            text: text.get_untracked(),
        };
        spawn_local(async move {
            let result = api::listings::import_jobs(&body).await;
            busy.try_set(false);
            match result {
                Ok(r) => {
                    report.try_set(Some(r));
                }
                Err(ApiFailure::Fields(fields)) => {
                    message.try_set(fields.first().map(|f| problem_key(f.problem)));
                }
                Err(ApiFailure::Forbidden) => {
                    message.try_set(Some(Key::NotPartner));
                }
                Err(ApiFailure::Network) => {
                    message.try_set(Some(Key::NetworkError));
                }
                Err(_) => {
                    message.try_set(Some(Key::ServerError));
                }
            }
        });
    };
    let columns = format!("{}, {}", CSV_COLUMNS.join(", "), CSV_HOW_TO_APPLY);
    view! {
        <p>{tr!(i18n, ImportIntro)}</p>
        <form on:submit=submit novalidate data-testid="import-form">
            <fieldset>
                <legend>{tr!(i18n, ImportFormatLabel)}</legend>
                <div class="check">
                    <input type="radio" id="format-csv" name="format" checked=move || format.get() == ImportFormat::Csv
                        on:change=move |_| format.set(ImportFormat::Csv) />
                    <label for="format-csv">"CSV"</label>
                </div>
                <div class="check">
                    <input type="radio" id="format-ld" name="format" checked=move || format.get() == ImportFormat::JobPosting
                        on:change=move |_| format.set(ImportFormat::JobPosting) />
                    <label for="format-ld">"schema.org JobPosting (JSON, JSON-LD)"</label>
                </div>
            </fieldset>
            <p class="hint" id="columns-hint">{move || i18n.fill(Key::ImportColumns, &[&columns])}</p>
            <div class="field">
                <label for="import-file">{tr!(i18n, ImportFile)}</label>
                <input id="import-file" type="file" accept=".csv,.json,.jsonld,text/csv,application/json,application/ld+json" on:change=file_picked />
            </div>
            <div class="field">
                <label for="import-text">{tr!(i18n, ImportText)}</label>
                <textarea id="import-text" rows="10" aria-describedby="columns-hint" bind:value=text data-testid="import-text"></textarea>
            </div>
            <button type="submit" class="button primary" disabled=move || busy.get()>{tr!(i18n, ImportButton)}</button>
            <p role="alert" class="error">{move || message.get().map(|key| i18n.t(key))}</p>
        </form>
        <div role="status" data-testid="import-report">
            {move || report.get().map(|r| {
                let (posted, failed) = (r.imported.len().to_string(), r.errors.len());
                view! {
                <p class="lead">{move || i18n.fill(Key::ImportDone, &[&posted, &failed.to_string()])}</p>
                <Show when=move || failed != 0>
                    <table class="table">
                        <caption>{tr!(i18n, ImportProblems)}</caption>
                        <thead><tr><th scope="col">{tr!(i18n, Row)}</th><th scope="col">{tr!(i18n, Field)}</th><th scope="col">{tr!(i18n, WhatToFix)}</th></tr></thead>
                        <tbody>
                            {r.errors.clone().into_iter().map(|e| {
                                let problem = e.error.problem;
                                view! { <tr><td>{e.row}</td><td><code>{e.error.field.clone()}</code></td><td>{move || i18n.t(problem_key(problem))}</td></tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                </Show>
            }})}
        </div>
    }
}
