//! The skills taxonomy in the browser, with its search index, loaded once
//! per page load when a page first needs it and shared through context.

use std::collections::HashMap;
use std::sync::Arc;

use crate::i18n::use_i18n;
use crate::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::Lang;
use libranet_core::skills::{SkillIndex, Suggestion, normalise};
use libranet_core::taxonomy::{Occupation, Taxonomy};

/// `text` with its first letter in capitals (ESCO labels are lower case).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

use crate::api;

/// The taxonomy in one language and what finding skills and job titles in
/// it needs.
pub struct Skills {
    taxonomy: Taxonomy,
    /// The language whose labels it holds.
    lang: Lang,
    index: SkillIndex,
    occupation_index: SkillIndex,
    by_id: HashMap<String, usize>,
    occupation_by_id: HashMap<String, usize>,
}

impl Skills {
    fn new(taxonomy: Taxonomy, lang: Lang) -> Skills {
        let index = SkillIndex::new(&taxonomy);
        let occupation_index = SkillIndex::occupations(&taxonomy);
        let by_id = taxonomy
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let occupation_by_id = taxonomy
            .occupations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        Skills {
            taxonomy,
            lang,
            index,
            occupation_index,
            by_id,
            occupation_by_id,
        }
    }

    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        self.occupation_by_id
            .get(id)
            .map(|&i| &self.taxonomy.occupations[i])
    }

    pub fn occupation_label(&self, id: &str, lang: Lang) -> String {
        self.occupation(id)
            .map_or_else(|| id.to_owned(), |o| o.label(lang).to_owned())
    }

    /// What job search finds an occupation by in `lang`: its label, the
    /// forms it names and its synonyms.
    pub fn occupation_search_text(&self, id: &str, lang: Lang) -> String {
        self.occupation(id)
            .map(|o| o.search_text(lang))
            .unwrap_or_default()
    }

    /// Occupations for an autocomplete over job titles: every typed word
    /// starts a word of a title, one of its forms or a synonym; `(id,
    /// label)`, best first. The label is the form the person is typing
    /// (`cajera`) when they typed one, else the neutral title
    /// (`cajero/cajera`).
    pub fn suggest_occupations(
        &self,
        typed: &str,
        limit: usize,
        lang: Lang,
    ) -> Vec<(String, String)> {
        self.occupation_index
            .suggest(typed, limit)
            .into_iter()
            .filter_map(|found| {
                let occupation = self.occupation(&found.skill_id)?;
                let forms = occupation.forms(lang);
                let label = forms
                    .iter()
                    .find(|form| forms.len() > 1 && normalise(form) == found.matched)
                    .map_or_else(|| occupation.label(lang), |form| *form);
                Some((found.skill_id, capitalised(label)))
            })
            .collect()
    }

    /// The label of a skill in `lang` (English when there is none), or the
    /// id itself for a skill the taxonomy no longer has.
    pub fn label(&self, id: &str, lang: Lang) -> String {
        self.by_id.get(id).map_or_else(
            || id.to_owned(),
            |&i| self.taxonomy.skills[i].label(lang).to_owned(),
        )
    }

    pub fn has_skill(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    pub fn suggest(&self, typed: &str, limit: usize) -> Vec<Suggestion> {
        self.index.suggest(typed, limit)
    }

    /// The skill `typed` names, allowing synonyms and small typos.
    pub fn resolve(&self, typed: &str) -> Option<String> {
        self.index.resolve(typed).map(str::to_owned)
    }
}

/// The taxonomy once it has arrived, whether a page wants it, and the
/// language being downloaded.
#[derive(Clone, Copy)]
pub struct SkillsContext {
    skills: RwSignal<Option<Arc<Skills>>>,
    wanted: RwSignal<bool>,
    fetching: StoredValue<Option<Lang>>,
}

/// Makes the shared (not yet loaded) taxonomy available to every page.
/// Once a page wants it, it is downloaded in the interface's language only,
/// and again in the new language when the person switches (the old one
/// stays on screen until the new one is in).
pub fn provide() {
    let ctx = SkillsContext {
        skills: RwSignal::new(None),
        wanted: RwSignal::new(false),
        fetching: StoredValue::new(None),
    };
    provide_context(ctx);
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let held = ctx.skills.with_untracked(|s| s.as_ref().map(|s| s.lang));
        if !ctx.wanted.get() || ctx.fetching.get_value() == Some(lang) {
            return;
        }
        if held == Some(lang) {
            // Switched back before another language arrived: that download
            // must not replace what is on screen.
            ctx.fetching.set_value(None);
            return;
        }
        ctx.fetching.set_value(Some(lang));
        spawn_local(async move {
            let found = api::taxonomy::taxonomy(lang).await;
            if ctx.fetching.get_value() != Some(lang) {
                return;
            }
            ctx.fetching.set_value(None);
            if let Ok(taxonomy) = found {
                ctx.skills.set(Some(Arc::new(Skills::new(taxonomy, lang))));
            }
        });
    });
}

/// The shared taxonomy (`None` until it arrives), starting the download the
/// first time a page asks for it. A failed download is tried again when a
/// page next asks.
pub fn use_skills() -> RwSignal<Option<Arc<Skills>>> {
    let ctx = expect_context::<SkillsContext>();
    if ctx.fetching.get_value().is_none() && ctx.skills.with_untracked(Option::is_none) {
        // Asking again after a failure: nudge the effect by toggling.
        if ctx.wanted.get_untracked() {
            ctx.wanted.set(false);
        }
        ctx.wanted.set(true);
    }
    ctx.skills
}

/// The skill ids on the signed-in person's profile (empty when signed out).
pub fn use_held_skills() -> RwSignal<Vec<String>> {
    let held = RwSignal::new(Vec::<String>::new());
    let session = use_session();
    Effect::new(move |_| {
        if session.current.with(Option::is_some) {
            spawn_local(async move {
                if let Ok(found) = api::profile::profile_skills().await {
                    held.try_set(found.skills.into_iter().map(|s| s.skill_id).collect());
                }
            });
        }
    });
    held
}
