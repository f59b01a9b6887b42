//! `/community/resources`: find and share teaching resources.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::teaching::TeachingSummary;

use crate::api::{self};
use crate::components::community::CommunityNav;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::share_form::ShareForm;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::rating_text;
use crate::labels::{audience_key, material_key};
use crate::page::Page;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn ResourcesPage() -> impl IntoView {
    page_title(Key::TeachingTitle);
    let i18n = use_i18n();
    let skills = use_skills();
    let list = Load::new(|| async { api::teaching::teaching_list().await.map_err(Failure::from) });
    let query = RwSignal::new(String::new());
    let shown = move |all: &[TeachingSummary]| {
        let q = query.get().trim().to_lowercase();
        let lang = i18n.lang.get();
        all.iter()
            .filter(|r| {
                q.is_empty()
                    || r.title.to_lowercase().contains(&q)
                    || r.language.to_lowercase().contains(&q)
                    || r.skills.iter().any(|s| {
                        skills.with(|k| {
                            k.as_ref()
                                .is_some_and(|k| k.label(s, lang).to_lowercase().contains(&q))
                        })
                    })
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    view! {
        <h1>{tr!(i18n, TeachingTitle)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <p class="lead">{tr!(i18n, TeachingIntro)}</p>
            <div class="field">
                <label for="teaching-search">{tr!(i18n, SearchResources)}</label>
                <input id="teaching-search" type="search" bind:value=query />
            </div>
            {loaded(list, Frame::quiet(), move |all: Vec<TeachingSummary>| move || {
                let all = shown(&all);
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoTeaching)}</p> }.into_any();
                }
                view! {
                    <ul class="mentor-list">
                        {all.into_iter().map(|r| view! { <ResourceCard r=r /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <section class="card" aria-labelledby="share-heading">
                <h2 id="share-heading">{tr!(i18n, ShareResource)}</h2>
                <ShareForm original=None />
            </section>
        </SignedInOnly>
    }
}

#[component]
fn ResourceCard(r: TeachingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let href = Page::Resource { id: r.id }.href();
    let kind = r.kind;
    let audience = r.audience;
    let names = move || {
        let lang = i18n.lang.get();
        skills.with(|k| {
            r.skills
                .iter()
                .map(|s| k.as_ref().map_or_else(|| s.clone(), |k| k.label(s, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <li class="card" data-testid="teaching">
            <h2><A href=href>{r.title.clone()}</A></h2>
            <p class="hint">
                {move || i18n.t(material_key(kind))} " · " {move || i18n.t(audience_key(audience))} " · "
                {r.language.clone()} " · " {r.licence.short_name()} " · " {r.owner_name.clone()}
            </p>
            <p>{move || i18n.fill(Key::TeachesSkills, &[&names()])}</p>
            <p class="hint">{move || rating_text(i18n, r.rating_tenths, r.ratings)}
                {r.original_id.is_some().then(|| view! { " · " {move || i18n.t(Key::AnAdaptation)} })}</p>
        </li>
    }
}
