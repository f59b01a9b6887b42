//! ESCO skills and occupations, as the app and the server hold them.
//!
//! Ids are ESCO URIs. Labels come per language; English is always there and
//! is the fallback when a language has no label for a concept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// The preferred label of a concept and its synonyms in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    /// The label to show.
    pub preferred: String,
    /// Other names for the same concept, for search.
    #[serde(default)]
    pub alt: Vec<String>,
}

/// Labels by language tag (`en`, `es`, …).
pub type LabelSet = BTreeMap<String, Labels>;

fn labels_in(set: &LabelSet, lang: Lang) -> Option<&Labels> {
    set.get(lang.tag()).or_else(|| set.get(Lang::En.tag()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fall_back_to_english() {
        let mut labels = LabelSet::new();
        labels.insert(
            "en".into(),
            Labels {
                preferred: "cook".into(),
                alt: vec![],
            },
        );
        let skill = Skill {
            id: "x".into(),
            kind: SkillKind::Skill,
            labels: labels.clone(),
        };
        assert_eq!(skill.label(Lang::Es), "cook");
        labels.insert(
            "es".into(),
            Labels {
                preferred: "cocinar".into(),
                alt: vec![],
            },
        );
        let skill = Skill { labels, ..skill };
        assert_eq!(skill.label(Lang::Es), "cocinar");
        assert_eq!(skill.label(Lang::En), "cook");
    }
}
