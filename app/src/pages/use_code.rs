//! `/use-code`: a patron sets a password with a one-time code from staff.

use leptos::prelude::*;
use libranet_core::api::RedeemCodeRequest;

use crate::api;
use crate::components::form::{FormAlert, FormState, PasswordField, SubmitButton, TextField};
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;
use crate::tr;

#[component]
pub fn UseCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    page_title(Key::RedeemTitle);
    let username = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let submit = form.on_submit(
        move || RedeemCodeRequest {
            username: username.get_untracked(),
            code: code.get_untracked(),
            new_password: password.get_untracked(),
            device: session.device(),
            kiosk_id: session.kiosk_id(),
        },
        |body| async move { api::auth::redeem_code(&body).await },
        session.enter(),
    );

    view! {
        <div class="narrow">
            <h1>{tr!(i18n, RedeemTitle)}</h1>
            <p class="lead">{tr!(i18n, RedeemIntro)}</p>
            <form on:submit=submit novalidate autocomplete=session.autocomplete("on") data-testid="redeem-form">
                <FormAlert form=form />
                <TextField id="username" label=Key::Username value=username
                    problem=form.problem("username") autocomplete=session.autocomplete("username") />
                <TextField id="code" label=Key::Code value=code
                    problem=form.problem("code") hint=Some(Key::CodeHint) autocomplete=session.autocomplete("one-time-code") />
                <PasswordField id="new_password" label=Key::NewPassword value=password
                    problem=form.problem("new_password") hint=Some(Key::PasswordHint) autocomplete=session.autocomplete("new-password") />
                <SubmitButton form=form label=Key::SetPassword />
            </form>
        </div>
    }
}
