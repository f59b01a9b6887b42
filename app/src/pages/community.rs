//! The professional community: the library workers' skills database and
//! directory, community partners' needs ranked against one's skills, and
//! connections between people.

pub mod connections;
pub mod directory;
pub mod expertise;
pub mod needs;

use leptos::prelude::*;

use crate::components::community::CommunityNav;
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::tr;

/// `/community`: the needs board.
#[component]
pub fn CommunityPage() -> impl IntoView {
    page_title(Key::CommunityTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, CommunityTitle)}</h1>
        <p class="lead">{tr!(i18n, CommunityIntro)}</p>
        <crate::components::shell::SignedInOnly>
            <CommunityNav />
            <needs::NeedsBoard />
        </crate::components::shell::SignedInOnly>
    }
}
