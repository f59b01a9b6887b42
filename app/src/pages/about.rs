//! `/about`: what Libranet is and how it treats personal data.

use leptos::prelude::*;

use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::tr;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    page_title(Key::AboutTitle);
    view! {
        <div class="narrow">
            <h1>{tr!(i18n, AboutTitle)}</h1>
            <p class="lead">{tr!(i18n, AboutText)}</p>
            <h2>{tr!(i18n, AboutPrivacyTitle)}</h2>
            <p>{tr!(i18n, AboutPrivacyText)}</p>
            <h2>{tr!(i18n, AboutDataTitle)}</h2>
            <p data-testid="esco-attribution">{tr!(i18n, AboutEsco)}</p>
        </div>
    }
}
