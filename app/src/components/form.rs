//! Form fields that show hints and problems accessibly, and the text for a
//! failed call.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::Lang;
use libranet_core::Problem;
use libranet_core::problem::FieldError;

use crate::api::ApiFailure;
use crate::failure::failure_text;
use crate::i18n::{Key, problem_key, use_i18n};

/// A labelled input with an optional hint and its problem, wired up with
/// `aria-describedby` and `aria-invalid`.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: Key,
    value: RwSignal<String>,
    #[prop(into)] problem: Signal<Option<Problem>>,
    #[prop(default = None)] hint: Option<Key>,
    #[prop(into, default = Signal::stored("text"))] input_type: Signal<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
    /// Drawn as dots, though not a password field (see [`PasswordField`]).
    #[prop(into, default = Signal::stored(false))]
    masked: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = described_by(&id, hint.is_some(), problem);
    view! {
        <div class="field" class:field-invalid=move || problem.get().is_some()>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || i18n.t(h)}</p> })}
            <p class="field-error" id=error_id.clone() hidden=move || problem.get().is_none()>
                {move || problem.get().map(|p| i18n.t(problem_key(p)))}
            </p>
            <input
                id=id.clone()
                name=id
                type=move || input_type.get()
                class:masked=move || masked.get()
                autocomplete=autocomplete
                autocapitalize="off"
                spellcheck="false"
                bind:value=value
                aria-invalid=move || if problem.get().is_some() { "true" } else { "false" }
                aria-describedby=described_by
            />
        </div>
    }
}

/// `aria-describedby` for a field: its hint, and its problem while it has one.
fn described_by(
    id: &str,
    has_hint: bool,
    problem: Signal<Option<Problem>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static + use<> {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if problem.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A labelled textarea with an optional hint and its problem, wired up
/// like [`TextField`].
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    label: Key,
    value: RwSignal<String>,
    #[prop(into)] problem: Signal<Option<Problem>>,
    #[prop(default = None)] hint: Option<Key>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = described_by(&id, hint.is_some(), problem);
    view! {
        <div class="field" class:field-invalid=move || problem.get().is_some()>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || i18n.t(h)}</p> })}
            <p class="field-error" id=error_id hidden=move || problem.get().is_none()>
                {move || problem.get().map(|p| i18n.t(problem_key(p)))}
            </p>
            <textarea
                id=id
                rows=rows
                bind:value=value
                aria-invalid=move || if problem.get().is_some() { "true" } else { "false" }
                aria-describedby=described_by
            ></textarea>
        </div>
    }
}

/// A password field with a "show password" switch.
///
/// On a public computer it is a text field drawn as dots: browsers offer to
/// save whatever is typed into a real password field, whatever the page
/// asks, and that offer alone keeps the username in the browser's profile.
#[component]
pub fn PasswordField(
    id: &'static str,
    label: Key,
    value: RwSignal<String>,
    #[prop(into)] problem: Signal<Option<Problem>>,
    #[prop(default = None)] hint: Option<Key>,
    autocomplete: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = crate::session::use_session().kiosk.get_untracked();
    let shown = RwSignal::new(false);
    let show_id = format!("{id}-show");
    view! {
        <TextField
            id=id
            label=label
            value=value
            problem=problem
            hint=hint
            input_type=Signal::derive(move || if shown.get() || kiosk { "text" } else { "password" })
            masked=Signal::derive(move || kiosk && !shown.get())
            autocomplete=autocomplete
        />
        <div class="check">
            <input type="checkbox" id=show_id.clone() bind:checked=shown />
            <label for=show_id>{move || i18n.t(Key::ShowPassword)}</label>
        </div>
    }
}

/// The state every form keeps: field problems, a general failure, and
/// whether a request is under way.
#[derive(Clone, Copy)]
pub struct FormState {
    pub fields: RwSignal<Vec<FieldError>>,
    pub failure: RwSignal<Option<ApiFailure>>,
    pub busy: RwSignal<bool>,
}

impl Default for FormState {
    fn default() -> Self {
        FormState::new()
    }
}

impl FormState {
    pub fn new() -> FormState {
        FormState {
            fields: RwSignal::new(Vec::new()),
            failure: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// Marks the form busy; false if it already was.
    pub fn start(&self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.fields.set(Vec::new());
        self.failure.set(None);
        self.busy.set(true);
        true
    }

    /// Records a failed call. The form may be gone by now, hence `try_set`.
    pub fn fail(&self, failure: ApiFailure) {
        match failure {
            ApiFailure::Fields(fields) => {
                self.fields.try_set(fields);
            }
            other => {
                self.failure.try_set(Some(other));
            }
        }
        self.busy.try_set(false);
    }

    pub fn done(&self) {
        self.busy.try_set(false);
    }

    /// Runs `call` in the background; on success hands its value to
    /// `on_ok`, on failure shows why. Call [`FormState::start`] first.
    pub fn submit<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiFailure>> + 'static,
        on_ok: impl FnOnce(T) + 'static,
    ) {
        let form = *self;
        spawn_local(async move {
            match call.await {
                Ok(value) => {
                    form.done();
                    on_ok(value);
                }
                Err(failure) => form.fail(failure),
            }
        });
    }

    /// The form's submit handler: keeps the browser from reloading, ignores
    /// a second press while busy, then builds the request with `request`
    /// (which may also reset what the last answer showed) and sends it with
    /// `call`.
    pub fn on_submit<B, T, Fut>(
        self,
        request: impl Fn() -> B + 'static,
        call: impl Fn(B) -> Fut + 'static,
        on_ok: impl Fn(T) + Clone + 'static,
    ) -> impl Fn(SubmitEvent) + 'static
    where
        B: 'static,
        T: 'static,
        Fut: Future<Output = Result<T, ApiFailure>> + 'static,
    {
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if self.start() {
                self.submit(call(request()), on_ok.clone());
            }
        }
    }

    /// The problem reported for `field`, if any.
    pub fn problem(&self, field: &'static str) -> Signal<Option<Problem>> {
        let fields = self.fields;
        Signal::derive(move || {
            fields.with(|all| all.iter().find(|e| e.field == field).map(|e| e.problem))
        })
    }
}

/// The general failure of a form, announced to screen readers.
#[component]
pub fn FormAlert(form: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        if let Some(failure) = form.failure.get() {
            return failure_text(i18n, &failure);
        }
        let count = form.fields.with(Vec::len);
        (count > 0).then(|| i18n.t(Key::FixErrors).to_owned())
    };
    view! {
        <div class="form-alert" role="alert" data-testid="form-alert">
            {move || text().map(|t| view! { <p>{t}</p> })}
        </div>
    }
}

/// The submit button, which says "Please wait…" while busy.
#[component]
pub fn SubmitButton(form: FormState, label: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="submit" class="button primary" aria-disabled=move || form.busy.get().to_string()>
            {move || if form.busy.get() { i18n.t(Key::Working) } else { i18n.t(label) }}
        </button>
    }
}

/// A choice of interface language, each named in its own language.
#[component]
pub fn LanguageField(id: &'static str, value: RwSignal<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{move || i18n.t(Key::PreferredLanguage)}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        value.set(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=move || value.get() == l>
                                {l.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The file picked in the file input that fired `ev`, if any.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    ev.target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?
        .files()?
        .get(0)
}

/// A picked file's text, read in the browser (it is not uploaded as is).
pub async fn file_text(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}
