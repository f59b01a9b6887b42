//! `/sign-up`: an account with just a username and a password.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::api::SignUpRequest;

use crate::api;
use crate::components::form::{FormAlert, FormState, PasswordField, SubmitButton, TextField};
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::SignUpTitle);
    let username = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let submit = form.on_submit(
        move || SignUpRequest {
            username: username.get_untracked(),
            password: password.get_untracked(),
            email: optional(&email.get_untracked()),
            display_name: optional(&display_name.get_untracked()),
            language: i18n.lang.get_untracked(),
            device: session.device(),
            kiosk_id: session.kiosk_id(),
        },
        |body| async move { api::auth::sign_up(&body).await },
        session.enter_at(Page::Start),
    );

    view! {
        <div class="narrow">
            <h1>{tr!(i18n, SignUpTitle)}</h1>
            <p class="lead">{tr!(i18n, SignUpIntro)}</p>
            <form on:submit=submit novalidate autocomplete=session.autocomplete("on") data-testid="sign-up-form">
                <FormAlert form=form />
                <TextField id="username" label=Key::Username value=username
                    problem=form.problem("username") hint=Some(Key::UsernameHint) autocomplete=session.autocomplete("username") />
                <PasswordField id="password" label=Key::Password value=password
                    problem=form.problem("password") hint=Some(Key::PasswordHint) autocomplete=session.autocomplete("new-password") />
                <TextField id="display_name" label=Key::DisplayName value=display_name
                    problem=form.problem("display_name") hint=Some(Key::DisplayNameHint) autocomplete=session.autocomplete("nickname") />
                <TextField id="email" label=Key::Email value=email input_type="email"
                    problem=form.problem("email") hint=Some(Key::EmailHint) autocomplete=session.autocomplete("email") />
                <SubmitButton form=form label=Key::CreateAccount />
            </form>
            <p class="aside">{tr!(i18n, HaveAccount)}" " <A href=Page::SignIn.href()>{tr!(i18n, NavSignIn)}</A></p>
        </div>
    }
}
