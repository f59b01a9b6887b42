//! `/learn`: every learning resource from the cached listings, filtered as
//! one types; staff edit or withdraw them (`/learn/:id/edit`).

pub mod edit;

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::skills::normalise;

use crate::components::matches::kind_key;
use crate::components::shell::page_title;
use crate::i18n::{Key, use_i18n};
use crate::listings::use_listings;
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn LearnPage() -> impl IntoView {
    page_title(Key::LearnTitle);
    let i18n = use_i18n();
    let session = use_session();
    let listings = use_listings();
    let skills = use_skills();
    let filter = RwSignal::new(String::new());
    let is_staff = move || session.is_staff();
    let shown = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let words: Vec<String> = normalise(&filter.get())
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        listings.with(|c| {
            let c = c.as_ref()?;
            Some(skills.with(|s| {
                c.resources
                    .iter()
                    .map(|r| {
                        let taught: Vec<String> = r
                            .fields
                            .teaches
                            .iter()
                            .map(|id| s.as_ref().map_or_else(|| id.clone(), |s| s.label(id, lang)))
                            .collect();
                        (r.clone(), taught)
                    })
                    .filter(|(r, taught)| {
                        let text = normalise(&format!(
                            "{} {} {} {}",
                            r.fields.title,
                            r.fields.provider,
                            r.fields.place,
                            taught.join(" ")
                        ));
                        words
                            .iter()
                            .all(|w| text.split(' ').any(|t| t.starts_with(w.as_str())))
                    })
                    .collect::<Vec<_>>()
            }))
        })
    });
    view! {
        <h1>{tr!(i18n, LearnTitle)}</h1>
        <p>{tr!(i18n, LearnIntro)}</p>
        <div class="field card">
            <label for="learn-filter">{tr!(i18n, LearnFilter)}</label>
            <input id="learn-filter" type="search" bind:value=filter data-testid="learn-filter" />
        </div>
        <p role="status" data-testid="resource-count">{move || shown.with(|s| match s {
            None => i18n.t(Key::Loading).to_owned(),
            Some(list) => i18n.fill(Key::ResourcesFound, &[&list.len().to_string()]),
        })}</p>
        <ul class="resource-list">
            {move || shown.get().unwrap_or_default().into_iter().map(|(r, taught)| {
                let kind = r.fields.kind;
                let cost = r.fields.cost;
                let id = r.id;
                let f = r.fields;
                view! {
                    <li class="card" data-testid="resource">
                        <h2>{f.title}</h2>
                        <p class="job-meta">{f.provider} " · " {move || i18n.t(kind_key(kind))} " · "
                            {move || if cost == 0 { i18n.t(Key::Free).to_owned() } else { format!("${cost}") }}</p>
                        <p>{tr!(i18n, Teaches)} ": " {taught.join(", ")}</p>
                        {(!f.schedule.is_empty()).then(|| view! { <p>{f.schedule.clone()}</p> })}
                        {(!f.place.is_empty()).then(|| view! { <p>{f.place.clone()}</p> })}
                        {(!f.link.is_empty()).then(|| view! { <p><a href=f.link.clone() rel="noopener noreferrer">{f.link.clone()}</a></p> })}
                        <Show when=is_staff>
                            <p><A href=Page::ResourceEdit { id }.href()>{tr!(i18n, EditOrWithdraw)}</A></p>
                        </Show>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
