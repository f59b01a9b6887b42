//! Sharing a teaching resource, or an adapted version of one.

use crate::api::{self, ApiFailure};
use crate::components::form::{
    FormAlert, FormState, SubmitButton, TextArea, TextField, picked_file,
};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::i18n::{Key, problem_key, use_i18n};
use crate::labels::licence_name;
use crate::labels::{audience_key, material_key};
use crate::page::Page;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::Problem;
use libranet_core::problem::FieldError;
use libranet_core::teaching::{
    Audience, FileUpload, Licence, MAX_FILE_BYTES, MaterialKind, NewTeaching, TeachingFields,
    TeachingView, accepted_extensions, encode_base64,
};

/// Sharing a resource, or an adapted version of `original`.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn ShareForm(original: Option<TeachingView>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let start = original
        .as_ref()
        .map(|o| o.fields.clone())
        .unwrap_or_default();
    let original_id = original.as_ref().map(|o| o.id);
    let title = RwSignal::new(start.title.clone());
    let description = RwSignal::new(start.description.clone());
    let kind = RwSignal::new(start.kind);
    let licence = RwSignal::new(start.licence);
    let skills = RwSignal::new(start.skills.clone());
    let audience = RwSignal::new(start.audience);
    let language = RwSignal::new(start.language.clone());
    let link = RwSignal::new(String::new());
    let file = RwSignal::new(None::<FileUpload>);
    let file_problem = RwSignal::new(None::<Problem>);
    let reading = RwSignal::new(false);
    let navigate = leptos_router::hooks::use_navigate();
    let prefix = if original_id.is_some() {
        "adapt"
    } else {
        "share"
    };
    let on_file = move |ev: leptos::ev::Event| {
        file_problem.set(None);
        file.set(None);
        if let Some(picked) = picked_file(&ev) {
            reading.set(true);
            spawn_local(async move {
                match read_file(picked).await {
                    Ok(upload) => {
                        file.try_set(Some(upload));
                    }
                    Err(p) => {
                        file_problem.try_set(Some(p));
                    }
                }
                reading.try_set(false);
            });
        }
    };
    let submit = form.on_submit(
        move || NewTeaching {
            fields: TeachingFields {
                title: title.get_untracked(),
                description: description.get_untracked(),
                kind: kind.get_untracked(),
                licence: licence.get_untracked(),
                skills: skills.get_untracked(),
                audience: audience.get_untracked(),
                language: language.get_untracked(),
                link: link.get_untracked(),
            },
            file: file.get_untracked(),
            original_id,
        },
        move |body| async move {
            if let Some(p) = file_problem.get_untracked() {
                return Err(ApiFailure::Fields(vec![FieldError::new("file", p)]));
            }
            api::teaching::share_teaching(&body).await
        },
        move |v: TeachingView| {
            navigate(
                &Page::Resource { id: v.id }.href(),
                leptos_router::NavigateOptions::default(),
            );
        },
    );
    let server_file_problem = form.problem("file");
    let shown_file_problem =
        Signal::derive(move || file_problem.get().or(server_file_problem.get()));
    let accept: String = accepted_extensions()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(",");
    let adapt = original_id.is_some();
    // Both forms can be on one page (share and adapt): distinct ids.
    macro_rules! id {
        ($name:literal) => {
            if adapt {
                concat!("adapt-", $name)
            } else {
                concat!("share-", $name)
            }
        };
    }
    let file_id = id!("file");
    view! {
        <form on:submit=submit novalidate data-testid=format!("{prefix}-form")>
            {original.as_ref().map(|o| {
                let text = i18n.fill(Key::AdaptingFrom, &[&o.fields.title, &o.owner_name]);
                view! { <p class="hint">{text}</p> }
            })}
            <TextField id=id!("title") label=Key::ResourceTitle value=title problem=form.problem("title") />
            <TextArea id=id!("description") label=Key::Description value=description problem=form.problem("description") rows=3 />
            <Choice id=id!("kind") label=Key::MaterialKindLabel value=kind options=MaterialKind::ALL.to_vec() text=material_key />
            <Choice id=id!("licence") label=Key::LicenceLabel value=licence options=Licence::ALL.to_vec() text=licence_name />
            <p class="hint">{tr!(i18n, LicenceHint)}</p>
            <PickedSkills id=id!("skill") label=Key::TeachesWhichSkills picked=skills problem=form.problem("skills") />
            <Choice id=id!("audience") label=Key::AudienceLabel value=audience options=Audience::ALL.to_vec() text=audience_key />
            <TextField id=id!("language") label=Key::ResourceLanguage value=language problem=form.problem("language") />
            <div class="field" class:field-invalid=move || shown_file_problem.get().is_some()>
                <label for=file_id>{tr!(i18n, FileLabel)}</label>
                <p class="hint" id=format!("{file_id}-hint")>{tr!(i18n, FileHint)}</p>
                <p class="field-error" id=format!("{file_id}-error") hidden=move || shown_file_problem.get().is_none()>
                    {move || shown_file_problem.get().map(|p| i18n.t(problem_key(p)))}
                </p>
                <input id=file_id type="file" accept=accept on:change=on_file
                    aria-describedby=format!("{file_id}-hint {file_id}-error")
                    aria-invalid=move || if shown_file_problem.get().is_some() { "true" } else { "false" } />
                <p role="status" class="hint">{move || reading.get().then(|| i18n.t(Key::ReadingFile))}</p>
            </div>
            <TextField id=id!("link") label=Key::OrLink value=link problem=form.problem("link") hint=Some(Key::OrLinkHint) input_type="url" />
            <FormAlert form=form />
            <SubmitButton form=form label=if original_id.is_some() { Key::PublishAdaptation } else { Key::ShareResource } />
        </form>
    }
}

/// Reads the picked file as base64, refusing one over the limit at once.
async fn read_file(file: web_sys::File) -> Result<FileUpload, Problem> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(Problem::FileTooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Problem::FileType)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(FileUpload {
        name: file.name(),
        base64: encode_base64(&bytes),
    })
}
