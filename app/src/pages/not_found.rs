//! Any path the router does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::tr;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    page_title(Key::NotFoundTitle);
    view! {
        <div class="narrow">
            <h1>{tr!(i18n, NotFoundTitle)}</h1>
            <p>{tr!(i18n, NotFoundText)}</p>
            <p><A href=Page::Home.href()>{tr!(i18n, BackHome)}</A></p>
        </div>
    }
}
