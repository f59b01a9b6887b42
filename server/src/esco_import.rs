//! Imports a full ESCO CSV set as the taxonomy, for deployments that want
//! every occupation and skill rather than the shipped subset.
//!
//! Unzip ESCO's "classification" archive (one per language; English is
//! required) and its "relations" archive into one folder, then run
//! `libranet-server import-esco <folder>`. Labels of every language found
//! (`skills_es.csv`, …) are added, the same way `scripts/esco_subset.py`
//! adds them to the shipped subset:
//!
//! - US-English labels (`skills_en-us.csv`, `occupations_en-us.csv`) become
//!   the English ones, with the British ones kept as alternatives;
//! - Spanish labels naming both genders (`cajero/cajera`) get their `forms`;
//! - a concept without a label in a language gets its English labels there,
//!   marked `"lang": "en"`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context, bail};
use libranet_core::taxonomy::{LabelSet, Labels, Occupation, Skill, SkillKind, Taxonomy};

/// The file suffix of ESCO's US-English labels, merged into English.
const US_ENGLISH: &str = "en-us";

use crate::store::Store;

/// Rows of one CSV file as maps from column name to value.
fn rows(path: &Path) -> anyhow::Result<Vec<HashMap<String, String>>> {
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("opening {}", path.display()))?;
    let headers: Vec<String> = reader
        .headers()?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    reader
        .records()
        .map(|record| {
            let record = record.with_context(|| format!("reading {}", path.display()))?;
            Ok(headers
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect())
        })
        .collect()
}

fn field<'r>(row: &'r HashMap<String, String>, name: &str) -> &'r str {
    row.get(name).map_or("", String::as_str).trim()
}

/// `text` with its runs of spaces made single ("labor  legislation").
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn labels(row: &HashMap<String, String>) -> Labels {
    let preferred = tidy(field(row, "preferredLabel"));
    let mut alt: Vec<String> = field(row, "altLabels")
        .lines()
        .map(tidy)
        .filter(|a| !a.is_empty() && *a != preferred)
        .collect();
    alt.sort();
    alt.dedup();
    Labels::new(preferred, alt)
}

/// The languages with a `skills_<lang>.csv` in `dir`, English first.
fn languages(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(lang) = name
            .strip_prefix("skills_")
            .and_then(|n| n.strip_suffix(".csv"))
        {
            found.push(lang.to_owned());
        }
    }
    if !found.iter().any(|l| l == "en") {
        bail!(
            "{} has no skills_en.csv; unzip ESCO's English classification archive there",
            dir.display()
        );
    }
    // English first, then US English (merged into it), then the rest.
    found.sort_by_key(|l| (l != "en", l != US_ENGLISH, l.clone()));
    Ok(found)
}

/// Reads the CSV set in `dir` into a taxonomy.
pub fn read_esco_dir(dir: &Path) -> anyhow::Result<Taxonomy> {
    let langs = languages(dir)?;
    let isco_names: HashMap<String, String> = match rows(&dir.join("ISCOGroups_en.csv")) {
        Ok(groups) => groups
            .iter()
            .map(|r| {
                (
                    field(r, "code").to_owned(),
                    field(r, "preferredLabel").to_owned(),
                )
            })
            .collect(),
        Err(_) => HashMap::new(),
    };

    let mut skills: BTreeMap<String, Skill> = BTreeMap::new();
    let mut occupations: BTreeMap<String, Occupation> = BTreeMap::new();
    for lang in &langs {
        for row in rows(&dir.join(format!("skills_{lang}.csv")))? {
            let id = field(&row, "conceptUri").to_owned();
            if id.is_empty() || field(&row, "preferredLabel").is_empty() {
                continue;
            }
            if lang == US_ENGLISH {
                if let Some(entry) = skills.get_mut(&id) {
                    merge_us_english(&mut entry.labels, labels(&row));
                }
                continue;
            }
            let kind = if field(&row, "skillType") == "knowledge" {
                SkillKind::Knowledge
            } else {
                SkillKind::Skill
            };
            let entry = skills.entry(id.clone()).or_insert_with(|| Skill {
                id,
                kind,
                labels: LabelSet::new(),
            });
            entry.labels.insert(lang.clone(), labels_in(lang, &row));
        }
        let path = dir.join(format!("occupations_{lang}.csv"));
        if !path.exists() {
            continue;
        }
        for row in rows(&path)? {
            let id = field(&row, "conceptUri").to_owned();
            if id.is_empty() || field(&row, "preferredLabel").is_empty() {
                continue;
            }
            if lang == US_ENGLISH {
                if let Some(entry) = occupations.get_mut(&id) {
                    merge_us_english(&mut entry.labels, labels(&row));
                }
                continue;
            }
            let isco = field(&row, "iscoGroup").to_owned();
            let area = isco_names
                .get(&isco)
                .cloned()
                .unwrap_or_else(|| format!("ISCO {isco}"));
            let entry = occupations.entry(id.clone()).or_insert_with(|| Occupation {
                id,
                isco,
                area,
                labels: LabelSet::new(),
                essential: Vec::new(),
                optional: Vec::new(),
            });
            entry.labels.insert(lang.clone(), labels_in(lang, &row));
        }
    }
    // Only concepts that have English labels are kept, so English can
    // always be the fallback.
    skills.retain(|_, s| s.labels.contains_key("en"));
    occupations.retain(|_, o| o.labels.contains_key("en"));

    for row in rows(&dir.join("occupationSkillRelations.csv"))? {
        let (occupation, skill) = (field(&row, "occupationUri"), field(&row, "skillUri"));
        let (Some(o), true) = (occupations.get_mut(occupation), skills.contains_key(skill)) else {
            continue;
        };
        match field(&row, "relationType") {
            "essential" => o.essential.push(skill.to_owned()),
            "optional" => o.optional.push(skill.to_owned()),
            _ => {}
        }
    }
    for o in occupations.values_mut() {
        o.essential.sort();
        o.essential.dedup();
        o.optional.sort();
        o.optional.dedup();
        o.optional.retain(|s| o.essential.binary_search(s).is_err());
    }
    if occupations.is_empty() {
        bail!("no occupations found in {}", dir.display());
    }
    let mut taxonomy = Taxonomy {
        source: "ESCO v1.1.1 (full import)".into(),
        attribution: "This service uses the ESCO classification of the European Commission.".into(),
        languages: langs.into_iter().filter(|l| l != US_ENGLISH).collect(),
        skills: skills.into_values().collect(),
        occupations: occupations.into_values().collect(),
    };
    taxonomy.mark_fallbacks();
    Ok(taxonomy)
}

/// A row's labels in `lang`: Spanish ones with their gender forms.
fn labels_in(lang: &str, row: &HashMap<String, String>) -> Labels {
    let found = labels(row);
    if lang == libranet_core::Lang::Es.tag() {
        found.with_gender_forms()
    } else {
        found
    }
}

/// Makes US-English labels the English ones, keeping the British ones as
/// alternatives; a concept without English labels is left alone.
fn merge_us_english(set: &mut LabelSet, us: Labels) {
    if us.preferred.is_empty() {
        return;
    }
    if let Some(british) = set.get_mut(libranet_core::Lang::En.tag()) {
        *british = us.with_british(british);
    }
}

/// Reads `dir` and stores it as the newest taxonomy; returns its version.
/// `now`: when the import is recorded.
pub async fn import(store: &dyn Store, dir: &Path, now: i64) -> anyhow::Result<(i64, Taxonomy)> {
    let taxonomy = read_esco_dir(dir)?;
    let document = serde_json::to_string(&taxonomy)?;
    let version = store
        .save_taxonomy(&taxonomy.source, &document, now)
        .await?;
    Ok((version, taxonomy))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Writes a two-language ESCO-shaped CSV set into `dir`.
    pub fn write_sample(dir: &Path) {
        let files = [
            (
                "skills_en.csv",
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n\
                 KSC,http://data.europa.eu/esco/skill/s1,skill/competence,x,operate forklift,\"drive forklift\nforklift driving\"\n\
                 KSC,http://data.europa.eu/esco/skill/s2,knowledge,x,food safety,\n",
            ),
            (
                "skills_es.csv",
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n\
                 KSC,http://data.europa.eu/esco/skill/s1,skill/competence,x,manejar carretilla elevadora,\n",
            ),
            (
                "skills_en-us.csv",
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n\
                 KSC,http://data.europa.eu/esco/skill/s2,knowledge,x,food  safety,\"food hygiene\",Keeping food safe.\n\
                 KSC,http://data.europa.eu/esco/skill/s9,knowledge,x,not in v1.1.1,,\n",
            ),
            (
                "occupations_es.csv",
                "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n\
                 Occupation,http://data.europa.eu/esco/occupation/o1,8344,operador de carretilla elevadora/operadora de carretilla elevadora,\"operador de carretilla elevadora\noperadora de carretilla elevadora\ncarretillero/carretillera\",\n",
            ),
            (
                "occupations_en-us.csv",
                "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n\
                 Occupation,http://data.europa.eu/esco/occupation/o1,8344,forklift operator,\"lift truck driver\",\n",
            ),
            (
                "occupations_en.csv",
                "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n\
                 Occupation,http://data.europa.eu/esco/occupation/o1,8344,forklift operator,\"lift truck driver\"\n",
            ),
            (
                "ISCOGroups_en.csv",
                "conceptType,conceptUri,code,preferredLabel\nISCOGroup,x,8344,Lifting truck operators\n",
            ),
            (
                "occupationSkillRelations.csv",
                "occupationUri,relationType,skillType,skillUri\n\
                 http://data.europa.eu/esco/occupation/o1,essential,skill/competence,http://data.europa.eu/esco/skill/s1\n\
                 http://data.europa.eu/esco/occupation/o1,optional,knowledge,http://data.europa.eu/esco/skill/s2\n\
                 http://data.europa.eu/esco/occupation/o1,optional,skill/competence,http://data.europa.eu/esco/skill/s1\n\
                 http://data.europa.eu/esco/occupation/o1,essential,skill/competence,http://data.europa.eu/esco/skill/missing\n",
            ),
        ];
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }

    #[test]
    fn reads_labels_in_every_language_and_the_relations() {
        let dir = tempfile::tempdir().unwrap();
        write_sample(dir.path());
        let t = read_esco_dir(dir.path()).unwrap();
        assert_eq!(
            t.languages,
            ["en", "es"],
            "US English is not a language of its own"
        );
        assert_eq!(t.skills.len(), 2, "no concept only US English has");
        let forklift = &t.skills[0];
        assert_eq!(
            forklift.label(libranet_core::Lang::Es),
            "manejar carretilla elevadora"
        );
        assert_eq!(
            forklift.labels["en"].alt,
            ["drive forklift", "forklift driving"]
        );
        let food = &t.skills[1];
        assert_eq!(food.label(libranet_core::Lang::Es), "food safety");
        assert_eq!(
            food.labels["es"].lang.as_deref(),
            Some("en"),
            "marked English"
        );
        assert_eq!(food.labels["en"].alt, ["food hygiene"], "US-English labels");
        assert!(forklift.labels["es"].lang.is_none());
        let o = &t.occupations[0];
        let es = &o.labels["es"];
        assert_eq!(
            es.forms,
            [
                "operador de carretilla elevadora",
                "operadora de carretilla elevadora"
            ]
        );
        assert_eq!(es.alt, ["carretillera", "carretillero"]);
        assert_eq!(o.area, "Lifting truck operators");
        assert_eq!(o.essential, ["http://data.europa.eu/esco/skill/s1"]);
        assert_eq!(o.optional, ["http://data.europa.eu/esco/skill/s2"]);
    }

    #[test]
    fn says_what_is_missing_when_the_folder_is_wrong() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_esco_dir(dir.path()).unwrap_err();
        assert!(err.to_string().contains("skills_en.csv"), "{err}");
    }
}
