//! `/account`: one's own details, language and password.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::api::{ChangePasswordRequest, SessionView, UpdateAccountRequest, UserView};
use libranet_core::session_policy::DeviceKind;

use crate::api;
use crate::components::form::{
    FormAlert, FormState, LanguageField, PasswordField, SubmitButton, TextField,
};
use crate::components::profile_card::ProfileCard;
use crate::components::shell::page_title;
use crate::components::skills_card::SkillsCard;
use crate::i18n::{Key, role_key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::AccountTitle);
    view! {
        <h1>{tr!(i18n, AccountTitle)}</h1>
        {move || match (session.checked.get(), session.current.get()) {
            (false, _) => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
            (true, None) => view! {
                <p>{tr!(i18n, NeedSignIn)}</p>
                <p><A href=Page::SignIn.href() attr:class="button primary">{tr!(i18n, NavSignIn)}</A></p>
            }.into_any(),
            (true, Some(view)) => view! { <AccountDetails view=view /> }.into_any(),
        }}
    }
}

#[component]
fn AccountDetails(view: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let username = view.user.username.clone();
    let session_line = match view.device {
        DeviceKind::Kiosk => i18n.fill(
            Key::SessionKiosk,
            &[&view.policy.idle_secs.div_ceil(60).to_string()],
        ),
        DeviceKind::Personal => i18n.fill(
            Key::SessionPersonal,
            &[&(view.policy.absolute_secs / 86_400).to_string()],
        ),
    };
    let roles = view.user.roles.clone();
    view! {
        <p class="lead" data-testid="signed-in-as">{move || i18n.fill(Key::SignedInAs, &[&username])}</p>
        <p>{session_line}</p>
        <section aria-labelledby="roles-title" class="card">
            <h2 id="roles-title">{tr!(i18n, YourRoles)}</h2>
            <ul class="tags">
                {roles.into_iter().map(|r| view! { <li>{move || i18n.t(role_key(r))}</li> }).collect_view()}
            </ul>
        </section>
        <SkillsCard />
        <ProfileCard username=view.user.display_name.clone().unwrap_or_else(|| view.user.username.clone()) />
        <DetailsForm view=view />
        <PasswordForm />
        <crate::components::desk_tools::MyDeskHelp />
    }
}

#[component]
fn DetailsForm(view: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let display_name = RwSignal::new(view.user.display_name.clone().unwrap_or_default());
    let email = RwSignal::new(view.user.email.clone().unwrap_or_default());
    let language = RwSignal::new(view.user.language);
    let form = FormState::new();
    let saved = RwSignal::new(false);

    let submit = form.on_submit(
        move || {
            saved.set(false);
            UpdateAccountRequest {
                display_name: Some(display_name.get_untracked()),
                email: Some(email.get_untracked()),
                language: Some(language.get_untracked()),
            }
        },
        |body| async move { api::account::update_account(&body).await },
        move |user: UserView| {
            saved.try_set(true);
            i18n.use_for_session(user.language);
            session.current.update(|s| {
                if let Some(s) = s {
                    s.user = user;
                }
            });
        },
    );
    view! {
        <section aria-labelledby="details-title" class="card">
            <h2 id="details-title">{tr!(i18n, AccountDetails)}</h2>
            <form on:submit=submit novalidate autocomplete=session.autocomplete("on") data-testid="details-form">
                <FormAlert form=form />
                <TextField id="display_name" label=Key::DisplayName value=display_name
                    problem=form.problem("display_name") hint=Some(Key::DisplayNameHint) autocomplete=session.autocomplete("nickname") />
                <TextField id="email" label=Key::Email value=email input_type="email"
                    problem=form.problem("email") hint=Some(Key::EmailHint) autocomplete=session.autocomplete("email") />
                <LanguageField id="language" value=language />
                <SubmitButton form=form label=Key::Save />
                <p role="status" class="saved">{move || saved.get().then(|| i18n.t(Key::Saved))}</p>
            </form>
        </section>
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let form = FormState::new();
    let changed = RwSignal::new(false);

    let submit = form.on_submit(
        move || {
            changed.set(false);
            ChangePasswordRequest {
                current_password: current.get_untracked(),
                new_password: new.get_untracked(),
            }
        },
        |body| async move { api::account::change_password(&body).await },
        move |view| {
            current.try_set(String::new());
            new.try_set(String::new());
            changed.try_set(true);
            session.signed_in(view);
        },
    );
    view! {
        <section aria-labelledby="password-title" class="card">
            <h2 id="password-title">{tr!(i18n, ChangePassword)}</h2>
            <form on:submit=submit novalidate autocomplete=session.autocomplete("on") data-testid="password-form">
                <FormAlert form=form />
                <PasswordField id="current_password" label=Key::CurrentPassword value=current
                    problem=form.problem("current_password") autocomplete=session.autocomplete("current-password") />
                <PasswordField id="new_password" label=Key::NewPassword value=new
                    problem=form.problem("new_password") hint=Some(Key::PasswordHint) autocomplete=session.autocomplete("new-password") />
                <SubmitButton form=form label=Key::ChangePassword />
                <p role="status" class="saved">{move || changed.get().then(|| i18n.t(Key::PasswordChanged))}</p>
            </form>
        </section>
    }
}
