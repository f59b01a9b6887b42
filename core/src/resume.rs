//! JSON Resume (https://jsonresume.org/schema): a profile out to a file a
//! person keeps or takes elsewhere, and such a file back into a profile.

use serde_json::{Map, Value, json};

use crate::profile::{EducationEntry, ProfileDetails, ProfileSkill, SkillLevel, WorkEntry};

fn level_name(level: SkillLevel) -> &'static str {
    match level {
        SkillLevel::Learning => "Beginner",
        SkillLevel::Working => "Intermediate",
        SkillLevel::Expert => "Master",
    }
}

fn level_of(name: &str) -> SkillLevel {
    match name.to_ascii_lowercase().as_str() {
        "beginner" | "learning" | "novice" => SkillLevel::Learning,
        "master" | "expert" | "advanced" => SkillLevel::Expert,
        _ => SkillLevel::Working,
    }
}

/// A profile as a JSON Resume document. `skill_label` names a skill id.
pub fn export(
    name: &str,
    details: &ProfileDetails,
    skills: &[ProfileSkill],
    skill_label: impl Fn(&str) -> String,
) -> Value {
    json!({
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": name,
            "label": details.headline,
            "summary": details.about,
            "location": { "region": details.region },
        },
        "work": details.work_history.iter().map(|w| json!({
            "name": w.employer, "position": w.title, "startDate": w.start, "endDate": w.end,
        })).collect::<Vec<_>>(),
        "education": details.education.iter().map(|e| json!({
            "institution": e.institution, "area": e.study, "endDate": e.end,
        })).collect::<Vec<_>>(),
        "skills": skills.iter().map(|s| json!({
            "name": skill_label(&s.skill_id), "level": level_name(s.level), "keywords": [s.skill_id],
        })).collect::<Vec<_>>(),
        "languages": details.languages.iter().map(|l| json!({ "language": l })).collect::<Vec<_>>(),
    })
}

/// What an imported JSON Resume gives: details, the skills the taxonomy
/// knows, and the skill names it does not (for the person to pick by hand).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// The profile details the resume fills in.
    pub details: ProfileDetails,
    /// Skills the taxonomy knows.
    pub skills: Vec<ProfileSkill>,
    /// Skill names the taxonomy does not know.
    pub unknown_skills: Vec<String>,
}

fn text(map: &Map<String, Value>, key: &str) -> String {
    map.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// A year or year-month from a JSON Resume date (`2019-06-01` → `2019-06`).
fn year_month(date: &str) -> String {
    date.get(..7)
        .filter(|d| d.as_bytes().get(4) == Some(&b'-'))
        .or_else(|| date.get(..4))
        .unwrap_or_default()
        .to_owned()
}

fn objects<'a>(doc: &'a Value, key: &str) -> impl Iterator<Item = &'a Map<String, Value>> {
    doc.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// Reads a JSON Resume document. The visibility stays as given (`keep`),
/// since a file never decides who sees a profile. `None`: not JSON Resume.
pub fn import(
    text_in: &str,
    keep: crate::profile::Visibility,
    resolve_skill: impl Fn(&str) -> Option<String>,
) -> Option<Imported> {
    let doc: Value = serde_json::from_str(text_in).ok()?;
    let basics = doc.get("basics").and_then(Value::as_object);
    if basics.is_none() && doc.get("work").is_none() && doc.get("skills").is_none() {
        return None;
    }
    let empty = Map::new();
    let basics = basics.unwrap_or(&empty);
    let region = basics
        .get("location")
        .and_then(Value::as_object)
        .map(|l| {
            ["city", "region"]
                .iter()
                .map(|k| text(l, k))
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let mut imported = Imported {
        details: ProfileDetails {
            headline: text(basics, "label"),
            about: text(basics, "summary"),
            region,
            languages: objects(&doc, "languages")
                .map(|l| text(l, "language"))
                .filter(|l| !l.is_empty())
                .collect(),
            work_history: objects(&doc, "work")
                .map(|w| WorkEntry {
                    title: text(w, "position"),
                    employer: [text(w, "name"), text(w, "company")]
                        .into_iter()
                        .find(|s| !s.is_empty())
                        .unwrap_or_default(),
                    occupation_id: None,
                    start: year_month(&text(w, "startDate")),
                    end: year_month(&text(w, "endDate")),
                })
                .filter(|w| !w.title.is_empty())
                .collect(),
            education: objects(&doc, "education")
                .map(|e| EducationEntry {
                    institution: text(e, "institution"),
                    study: [text(e, "studyType"), text(e, "area")]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                    end: year_month(&text(e, "endDate")),
                })
                .filter(|e| !e.institution.is_empty())
                .collect(),
            visibility: keep,
            // A file never picks a branch or opts into statistics.
            branch_id: None,
            statistics: false,
            show_attended: false,
        },
        ..Imported::default()
    };
    let mut seen = std::collections::HashSet::new();
    for skill in objects(&doc, "skills") {
        let level = level_of(&text(skill, "level"));
        let keywords = skill
            .get("keywords")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str);
        let found = keywords
            .chain([text(skill, "name")].iter().map(String::as_str))
            .find_map(&resolve_skill);
        match found {
            Some(id) if seen.insert(id.clone()) => imported.skills.push(ProfileSkill {
                skill_id: id,
                level,
            }),
            None if !text(skill, "name").is_empty() => {
                imported.unknown_skills.push(text(skill, "name"));
            }
            // Already listed, or neither known nor named.
            Some(_) | None => {}
        }
    }
    Some(imported)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Visibility;

    #[test]
    fn a_profile_survives_export_and_import() {
        let details = ProfileDetails {
            headline: "Stock clerk".into(),
            about: "Reliable.".into(),
            region: "Riverside".into(),
            languages: vec!["English".into(), "Spanish".into()],
            work_history: vec![WorkEntry {
                title: "Cashier".into(),
                employer: "Harbor Foods".into(),
                occupation_id: None,
                start: "2019-06".into(),
                end: String::new(),
            }],
            education: vec![EducationEntry {
                institution: "Riverside High".into(),
                study: "Diploma".into(),
                end: "2015".into(),
            }],
            visibility: Visibility::Members,
            branch_id: Some(3),
            statistics: true,
            show_attended: true,
        };
        let skills = vec![ProfileSkill {
            skill_id: "skill:cash".into(),
            level: SkillLevel::Expert,
        }];
        let doc = export("Luis", &details, &skills, |id| {
            id.trim_start_matches("skill:").to_owned()
        });
        assert_eq!(doc["basics"]["label"], "Stock clerk");
        assert_eq!(doc["skills"][0]["name"], "cash");
        let back = import(&doc.to_string(), Visibility::Members, |name| {
            name.starts_with("skill:").then(|| name.to_owned())
        })
        .unwrap();
        // A file never picks a branch or opts into statistics.
        assert_eq!(back.details.branch_id, None);
        assert!(!back.details.statistics);
        let expected = ProfileDetails {
            branch_id: None,
            statistics: false,
            show_attended: false,
            ..details
        };
        assert_eq!(back.details, expected);
        assert_eq!(back.skills, skills);
    }

    #[test]
    fn unknown_skills_are_listed_and_the_file_never_sets_visibility() {
        let doc = r#"{"basics":{"name":"A"},"skills":[{"name":"Juggling","level":"Master"}],"work":[{"company":"X","position":"Cook","startDate":"2020-01-15"}]}"#;
        let back = import(doc, Visibility::OnlyMe, |_| None).unwrap();
        assert_eq!(back.unknown_skills, ["Juggling"]);
        assert_eq!(back.details.work_history[0].start, "2020-01");
        assert_eq!(back.details.visibility, Visibility::OnlyMe);
        assert!(import("[1,2]", Visibility::OnlyMe, |_| None).is_none());
    }
}
