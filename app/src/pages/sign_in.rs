//! `/sign-in`.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::api::SignInRequest;

use crate::api;
use crate::components::form::{FormAlert, FormState, PasswordField, SubmitButton, TextField};
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::tr;

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::SignInTitle);
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let submit = form.on_submit(
        move || SignInRequest {
            username: username.get_untracked(),
            password: password.get_untracked(),
            device: session.device(),
            kiosk_id: session.kiosk_id(),
        },
        move |body| async move {
            let result = api::auth::sign_in(&body).await;
            if result.is_err() {
                // A wrong password is not kept on screen.
                password.try_set(String::new());
            }
            result
        },
        session.enter(),
    );

    view! {
        <div class="narrow">
            <h1>{tr!(i18n, SignInTitle)}</h1>
            <p class="lead">{tr!(i18n, SignInIntro)}</p>
            <form on:submit=submit novalidate autocomplete=session.autocomplete("on") data-testid="sign-in-form">
                <FormAlert form=form />
                <TextField id="username" label=Key::Username value=username
                    problem=form.problem("username") autocomplete=session.autocomplete("username") />
                <PasswordField id="password" label=Key::Password value=password
                    problem=form.problem("password") autocomplete=session.autocomplete("current-password") />
                <SubmitButton form=form label=Key::SignInButton />
            </form>
            <p class="aside">{tr!(i18n, ForgotPassword)}" " <A href=Page::UseCode.href()>{tr!(i18n, UseCodeLink)}</A></p>
            <p class="aside">{tr!(i18n, NoAccount)}" " <A href=Page::SignUp.href()>{tr!(i18n, NavSignUp)}</A></p>
        </div>
    }
}
