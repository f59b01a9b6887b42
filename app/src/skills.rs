//! The skills taxonomy in the browser, with its search index, loaded once
//! per page load when a page first needs it and shared through context.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::Lang;
use libranet_core::skills::{SkillIndex, Suggestion};
use libranet_core::taxonomy::Taxonomy;

use crate::api;

/// The taxonomy and what finding skills in it needs.
pub struct Skills {
    taxonomy: Taxonomy,
    index: SkillIndex,
    by_id: HashMap<String, usize>,
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
        Skills {
            taxonomy,
            index,
            by_id,
        }
    }

    /// The label of a skill in `lang` (English when there is none), or the
    /// id itself for a skill the taxonomy no longer has.
    pub fn label(&self, id: &str, lang: Lang) -> String {
        self.by_id.get(id).map_or_else(
            || id.to_owned(),
            |&i| self.taxonomy.skills[i].label(lang).to_owned(),
        )
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
            if let Ok(taxonomy) = api::taxonomy().await {
                ctx.skills.set(Some(Arc::new(Skills::new(taxonomy))));
            } else {
                ctx.started.set_value(false);
            }
        });
    }
    ctx.skills
}
