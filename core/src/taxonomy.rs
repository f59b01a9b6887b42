//! ESCO skills and occupations, as the app and the server hold them.
//!
//! Ids are ESCO URIs. Labels come per language; English is always there and
//! is the fallback when a language has no label for a concept. Where the
//! data has no label in a language, that language's entry holds the English
//! labels marked `"lang": "en"` ([`Labels::lang`]), so a screen can say the
//! text is English. [`Taxonomy::in_language`] keeps one language only, for
//! the app to download just the language it shows.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

mod gender;

pub use gender::gender_forms;

/// The preferred label of a concept and its synonyms in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    /// The label to show.
    pub preferred: String,
    /// Other names for the same concept, for search.
    #[serde(default)]
    pub alt: Vec<String>,
    /// The forms the preferred label names, when it names several: the two
    /// genders of a Spanish occupation (`cajero/cajera` → `cajero`,
    /// `cajera`). The preferred label stays the neutral rendering; a screen
    /// may show the form the person chose. Searched like the preferred label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
    /// The language the text is in when it is not the entry's own: `en` for
    /// the English labels standing in where a language has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Labels {
    /// Labels with no forms, in the entry's own language.
    pub fn new(preferred: impl Into<String>, alt: Vec<String>) -> Labels {
        Labels {
            preferred: preferred.into(),
            alt,
            ..Labels::default()
        }
    }

    /// Every text to search, with whether it names the concept as well as
    /// the preferred label does (the preferred label and its forms) rather
    /// than as a synonym.
    pub fn searchable(&self) -> impl Iterator<Item = (&str, bool)> {
        std::iter::once((self.preferred.as_str(), true))
            .chain(self.forms.iter().map(|f| (f.as_str(), true)))
            .chain(self.alt.iter().map(|a| (a.as_str(), false)))
    }

    /// Whether these are English labels standing in for another language.
    pub fn is_fallback(&self) -> bool {
        self.lang.is_some()
    }

    /// Spanish labels with each label naming both genders split into its
    /// forms (see [`gender_forms`]): the preferred label's forms go to
    /// `forms`, an alternative is replaced by its forms.
    #[must_use]
    pub fn with_gender_forms(self) -> Labels {
        let (mut forms, whole) = gender_forms(&self.preferred);
        let preferred = if whole {
            forms.join("/")
        } else {
            self.preferred
        };
        if forms.len() == 1 {
            // "X/X": the same label twice.
            forms.clear();
        }
        let mut alt: Vec<String> = self
            .alt
            .into_iter()
            .flat_map(|a| {
                let (split, _) = gender_forms(&a);
                if split.len() > 1 { split } else { vec![a] }
            })
            .filter(|a| *a != preferred && !forms.contains(a))
            .collect();
        alt.sort();
        alt.dedup();
        Labels {
            preferred,
            alt,
            forms,
            lang: self.lang,
        }
    }

    /// US-English labels with the British (ESCO v1.1.1) ones kept as
    /// alternatives, so both spellings are found.
    #[must_use]
    pub fn with_british(self, british: &Labels) -> Labels {
        let mut alt = self.alt;
        alt.push(british.preferred.clone());
        alt.extend(british.alt.iter().cloned());
        alt.retain(|a| *a != self.preferred);
        alt.sort();
        alt.dedup();
        Labels { alt, ..self }
    }

    fn marked_english(en: &Labels) -> Labels {
        Labels {
            lang: Some(Lang::En.tag().to_owned()),
            ..en.clone()
        }
    }
}

/// Labels by language tag (`en`, `es`, …).
pub type LabelSet = BTreeMap<String, Labels>;

/// The labels to show for `lang`: its own, else English, else whichever
/// language the set holds (a one-language taxonomy in the browser asked for
/// another language's label).
fn labels_in(set: &LabelSet, lang: Lang) -> Option<&Labels> {
    set.get(lang.tag())
        .or_else(|| set.get(Lang::En.tag()))
        .or_else(|| set.values().next())
}

/// Every text of `lang`'s labels (English where there are none), joined.
fn search_text(set: &LabelSet, lang: Lang) -> String {
    labels_in(set, lang)
        .map(|l| l.searchable().map(|(t, _)| t).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// The language the text shown for `lang` is in.
fn shown_lang(set: &LabelSet, lang: Lang) -> Lang {
    let own = |tag: &str, labels: &Labels| {
        labels
            .lang
            .as_deref()
            .or(Some(tag))
            .and_then(Lang::from_tag)
    };
    set.get_key_value(lang.tag())
        .or_else(|| set.get_key_value(Lang::En.tag()))
        .or_else(|| set.iter().next())
        .and_then(|(tag, labels)| own(tag, labels))
        .unwrap_or(Lang::En)
}

/// Only `lang`'s labels, English marked as such where there are none.
fn project(set: &LabelSet, lang: Lang) -> LabelSet {
    let labels = match (set.get(lang.tag()), set.get(Lang::En.tag())) {
        (Some(own), _) => own.clone(),
        (None, Some(en)) if lang != Lang::En => Labels::marked_english(en),
        (None, Some(en)) => en.clone(),
        (None, None) => return LabelSet::new(),
    };
    LabelSet::from([(lang.tag().to_owned(), labels)])
}

/// English labels, marked, under each of `languages` a concept has none in.
fn mark_fallbacks(set: &mut LabelSet, languages: &[String]) {
    let Some(en) = set.get(Lang::En.tag()).cloned() else {
        return;
    };
    for lang in languages {
        if lang != Lang::En.tag() && !set.contains_key(lang) {
            set.insert(lang.clone(), Labels::marked_english(&en));
        }
    }
}

/// Whether ESCO files a concept as a skill or as knowledge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    /// Something one can do.
    Skill,
    /// Something one knows.
    Knowledge,
}

/// An ESCO skill or knowledge concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    /// The ESCO URI, e.g. `http://data.europa.eu/esco/skill/…`.
    pub id: String,
    /// Whether ESCO files it as a skill or as knowledge.
    pub kind: SkillKind,
    /// Its labels by language.
    pub labels: LabelSet,
}

impl Skill {
    /// The label to show in `lang`, falling back to English.
    pub fn label(&self, lang: Lang) -> &str {
        labels_in(&self.labels, lang).map_or(self.id.as_str(), |l| l.preferred.as_str())
    }

    /// The language [`Skill::label`] is in for `lang`: English where the
    /// concept has no label in `lang`.
    pub fn label_lang(&self, lang: Lang) -> Lang {
        shown_lang(&self.labels, lang)
    }

    /// Its label, forms and synonyms in `lang` (English where there are
    /// none), joined by spaces: what job search finds it by.
    pub fn search_text(&self, lang: Lang) -> String {
        search_text(&self.labels, lang)
    }
}

/// An ESCO occupation with the skills it calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occupation {
    /// The ESCO URI, e.g. `http://data.europa.eu/esco/occupation/…`.
    pub id: String,
    /// ISCO-08 unit group code.
    pub isco: String,
    /// The career area Libranet files it under (e.g. "food service").
    pub area: String,
    /// Its labels by language.
    pub labels: LabelSet,
    /// Skill ids the occupation cannot do without.
    pub essential: Vec<String>,
    /// Skill ids that help but are not required.
    pub optional: Vec<String>,
}

impl Occupation {
    /// The label to show in `lang`, falling back to English.
    pub fn label(&self, lang: Lang) -> &str {
        labels_in(&self.labels, lang).map_or(self.id.as_str(), |l| l.preferred.as_str())
    }

    /// The language [`Occupation::label`] is in for `lang`: English where
    /// the occupation has no label in `lang`.
    pub fn label_lang(&self, lang: Lang) -> Lang {
        shown_lang(&self.labels, lang)
    }

    /// The forms of its label in `lang` (`cajero`, `cajera`), or the label
    /// alone when it names one form.
    pub fn forms(&self, lang: Lang) -> Vec<&str> {
        match labels_in(&self.labels, lang) {
            Some(l) if !l.forms.is_empty() => l.forms.iter().map(String::as_str).collect(),
            Some(l) => vec![l.preferred.as_str()],
            None => vec![self.id.as_str()],
        }
    }

    /// Its label, forms and synonyms in `lang` (English where there are
    /// none), joined by spaces: what job search finds it by.
    pub fn search_text(&self, lang: Lang) -> String {
        search_text(&self.labels, lang)
    }
}

/// A taxonomy: the shipped ESCO subset, or a full import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    /// Where the taxonomy comes from.
    pub source: String,
    /// The credit the taxonomy's licence asks for, shown with it.
    pub attribution: String,
    /// Language tags it has labels in.
    pub languages: Vec<String>,
    /// Every skill and knowledge concept.
    pub skills: Vec<Skill>,
    /// Every occupation.
    pub occupations: Vec<Occupation>,
}

impl Taxonomy {
    /// The taxonomy with only `lang`'s labels: where a concept has none in
    /// `lang`, its English labels marked `"lang": "en"`. What the app
    /// downloads for the language it shows.
    #[must_use]
    pub fn in_language(&self, lang: Lang) -> Taxonomy {
        Taxonomy {
            source: self.source.clone(),
            attribution: self.attribution.clone(),
            languages: vec![lang.tag().to_owned()],
            skills: self
                .skills
                .iter()
                .map(|s| Skill {
                    labels: project(&s.labels, lang),
                    ..s.clone()
                })
                .collect(),
            occupations: self
                .occupations
                .iter()
                .map(|o| Occupation {
                    labels: project(&o.labels, lang),
                    ..o.clone()
                })
                .collect(),
        }
    }

    /// Gives every concept an entry in each of [`Taxonomy::languages`]: the
    /// English labels, marked `"lang": "en"`, where it has none.
    pub fn mark_fallbacks(&mut self) {
        let languages = &self.languages;
        for s in &mut self.skills {
            mark_fallbacks(&mut s.labels, languages);
        }
        for o in &mut self.occupations {
            mark_fallbacks(&mut o.labels, languages);
        }
    }
}

#[cfg(test)]
mod tests;
