//! The skills taxonomy in the browser, with its search index, loaded once
//! per page load when a page first needs it and shared through context.

use std::collections::HashMap;
use std::sync::Arc;

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

/// The taxonomy and what finding skills in it needs.
pub struct Skills {
    taxonomy: Taxonomy,
    index: SkillIndex,
    by_id: HashMap<String, usize>,
    occupation_by_id: HashMap<String, usize>,
    /// Every occupation label and synonym, normalised, with its occupation.
    occupation_labels: Vec<(String, usize, bool)>,
}

impl Skills {
    fn new(taxonomy: Taxonomy) -> Skills {
        let index = SkillIndex::new(&taxonomy);
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
        let mut occupation_labels = Vec::new();
        for (i, occupation) in taxonomy.occupations.iter().enumerate() {
            for labels in occupation.labels.values() {
                occupation_labels.push((normalise(&labels.preferred), i, true));
                for alt in &labels.alt {
                    occupation_labels.push((normalise(alt), i, false));
                }
            }
        }
        Skills {
            taxonomy,
            index,
            by_id,
            occupation_by_id,
            occupation_labels,
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

    /// Occupations for an autocomplete over job titles: every typed word
    /// starts a word of a title or synonym; `(id, label)`, best first.
    pub fn suggest_occupations(
        &self,
        typed: &str,
        limit: usize,
        lang: Lang,
    ) -> Vec<(String, String)> {
        let query = normalise(typed);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(bool, bool, usize, usize)> = self
            .occupation_labels
            .iter()
            .filter(|(text, _, _)| {
                words
                    .iter()
                    .all(|w| text.split(' ').any(|lw| lw.starts_with(w)))
            })
            .map(|(text, i, preferred)| (!text.starts_with(words[0]), !preferred, text.len(), *i))
            .collect();
        hits.sort_unstable();
        let mut seen = std::collections::HashSet::new();
        hits.into_iter()
            .filter(|h| seen.insert(h.3))
            .take(limit)
            .map(|(_, _, _, i)| {
                let o = &self.taxonomy.occupations[i];
                (o.id.clone(), capitalised(o.label(lang)))
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

/// The taxonomy once it has arrived, and whether the download started.
#[derive(Clone, Copy)]
pub struct SkillsContext {
    skills: RwSignal<Option<Arc<Skills>>>,
    started: StoredValue<bool>,
}

/// Makes the shared (not yet loaded) taxonomy available to every page.
pub fn provide() {
    provide_context(SkillsContext {
        skills: RwSignal::new(None),
        started: StoredValue::new(false),
    });
}

/// The shared taxonomy (`None` until it arrives), starting the download the
/// first time a page asks for it.
pub fn use_skills() -> RwSignal<Option<Arc<Skills>>> {
    let ctx = expect_context::<SkillsContext>();
    if !ctx.started.get_value() {
        ctx.started.set_value(true);
        spawn_local(async move {
            if let Ok(taxonomy) = api::taxonomy::taxonomy().await {
                ctx.skills.set(Some(Arc::new(Skills::new(taxonomy))));
            } else {
                ctx.started.set_value(false);
            }
        });
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
