//! Finding the skill a person means from what they type: case, accents,
//! punctuation, synonyms and small typos do not matter.

use std::collections::HashMap;

use crate::taxonomy::{LabelSet, Taxonomy};

/// Lower-cases, folds accents, and reduces everything that is not a letter
/// or digit to single spaces: "Atención al cliente!" → "atencion al cliente".
/// Accents typed as separate combining marks (decomposed, NFD) fold the
/// same way as precomposed ones (NFC).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_combining_mark(c) {
            continue;
        }
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The combining diacritical marks that decomposed Latin letters carry
/// (U+0300–U+036F: acute, grave, tilde, diaeresis, cedilla, …).
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        other => other,
    }
}

/// Edit distance (insertions, deletions, substitutions, adjacent swaps),
/// giving up with `None` once it must exceed `limit`.
pub fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; a.len() + 1];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i][0] = i;
        let mut best = rows[i][0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
    }
    Some(rows[a.len()][b.len()]).filter(|&d| d <= limit)
}

/// How many typos a query of this many characters may carry.
fn typo_allowance(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

/// One searchable label of a skill.
struct Entry {
    text: String,
    skill: usize,
    preferred: bool,
}

/// Every label and synonym of every skill, in every language, normalised.
pub struct SkillIndex {
    entries: Vec<Entry>,
    exact: HashMap<String, usize>,
    ids: Vec<String>,
}

/// A suggestion for what the person is typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The suggested skill's ESCO taxonomy id.
    pub skill_id: String,
    /// The label that matched (may be a synonym).
    pub matched: String,
}

impl SkillIndex {
    /// Indexes every skill label (preferred, its forms and synonyms) in
    /// every language the taxonomy holds.
    pub fn new(taxonomy: &Taxonomy) -> SkillIndex {
        SkillIndex::of(taxonomy.skills.iter().map(|s| (s.id.as_str(), &s.labels)))
    }

    /// The same index over occupations, for job titles (past and target
    /// jobs): ids and suggestions name occupations. The forms of a label
    /// naming both genders are indexed too, so `cajero`, `cajera` and
    /// `cajero/cajera` all find the cashier.
    pub fn occupations(taxonomy: &Taxonomy) -> SkillIndex {
        SkillIndex::of(
            taxonomy
                .occupations
                .iter()
                .map(|o| (o.id.as_str(), &o.labels)),
        )
    }

    fn of<'t>(concepts: impl Iterator<Item = (&'t str, &'t LabelSet)>) -> SkillIndex {
        let mut entries = Vec::new();
        let mut exact = HashMap::new();
        let mut ids = Vec::new();
        for (i, (id, set)) in concepts.enumerate() {
            ids.push(id.to_owned());
            for labels in set.values() {
                for (text, preferred) in labels.searchable() {
                    let text = normalise(text);
                    if text.is_empty() {
                        continue;
                    }
                    // A preferred label wins over a synonym of another skill.
                    if preferred || !exact.contains_key(&text) {
                        exact.insert(text.clone(), i);
                    }
                    entries.push(Entry {
                        text,
                        skill: i,
                        preferred,
                    });
                }
            }
        }
        SkillIndex {
            entries,
            exact,
            ids,
        }
    }

    /// The skill whose label or synonym matches `typed`, allowing small
    /// typos; `None` when nothing is close enough.
    pub fn resolve(&self, typed: &str) -> Option<&str> {
        let query = normalise(typed);
        if let Some(&i) = self.exact.get(&query) {
            return Some(&self.ids[i]);
        }
        let limit = typo_allowance(query.chars().count());
        if limit == 0 {
            return None;
        }
        self.entries
            .iter()
            .filter_map(|e| {
                edit_distance_within(&query, &e.text, limit)
                    .map(|d| (d, !e.preferred, e.text.len(), e))
            })
            .min_by(|a, b| (a.0, a.1, a.2, &a.3.text).cmp(&(b.0, b.1, b.2, &b.3.text)))
            .map(|(_, _, _, e)| self.ids[e.skill].as_str())
    }

    /// Skills for an autocomplete list: labels where every typed word starts
    /// a word of the label, best first (preferred labels, then shorter).
    pub fn suggest(&self, typed: &str, limit: usize) -> Vec<Suggestion> {
        let query = normalise(typed);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(bool, bool, usize, &Entry)> = self
            .entries
            .iter()
            .filter(|e| {
                words
                    .iter()
                    .all(|w| e.text.split(' ').any(|lw| lw.starts_with(w)))
            })
            .map(|e| (!e.text.starts_with(words[0]), !e.preferred, e.text.len(), e))
            .collect();
        hits.sort_by(|a, b| (a.0, a.1, a.2, &a.3.text).cmp(&(b.0, b.1, b.2, &b.3.text)));
        let mut seen = std::collections::HashSet::new();
        hits.into_iter()
            .filter(|(_, _, _, e)| seen.insert(e.skill))
            .take(limit)
            .map(|(_, _, _, e)| Suggestion {
                skill_id: self.ids[e.skill].clone(),
                matched: e.text.clone(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::{Labels, Occupation, Skill, SkillKind};

    fn strings(texts: &[&str]) -> Vec<String> {
        texts.iter().map(std::string::ToString::to_string).collect()
    }

    fn skill(id: &str, preferred: &str, alt: &[&str]) -> Skill {
        let mut labels = LabelSet::new();
        labels.insert("en".into(), Labels::new(preferred, strings(alt)));
        Skill {
            id: id.into(),
            kind: SkillKind::Skill,
            labels,
        }
    }

    fn index() -> SkillIndex {
        SkillIndex::new(&Taxonomy {
            skills: vec![
                skill(
                    "s/forklift",
                    "operate forklift",
                    &["drive forklift", "forklift driving"],
                ),
                skill(
                    "s/cash",
                    "operate cash register",
                    &["use till", "handle cash point"],
                ),
                skill(
                    "s/customer",
                    "provide customer service",
                    &["customer care", "atención al cliente"],
                ),
                skill("s/excel", "use spreadsheets software", &["excel"]),
            ],
            ..Taxonomy::default()
        })
    }

    #[test]
    fn normalises_case_accents_and_punctuation() {
        assert_eq!(
            normalise("  Atención   al CLIENTE! "),
            "atencion al cliente"
        );
        assert_eq!(normalise("C++ / C#"), "c c");
        assert_eq!(normalise("Año"), "ano");
    }

    #[test]
    fn decomposed_accents_fold_like_precomposed_ones() {
        // "Atención", "año", "pingüino", "Çà" typed with combining marks.
        let nfd = "Atencio\u{301}n an\u{303}o pingu\u{308}ino C\u{327}a\u{300}";
        let nfc = "Atención año pingüino Çà";
        assert_ne!(nfd, nfc);
        assert_eq!(normalise(nfd), normalise(nfc));
        assert_eq!(normalise(nfd), "atencion ano pinguino ca");
    }

    #[test]
    fn resolves_labels_synonyms_and_small_typos() {
        let idx = index();
        let cases = [
            ("Operate Forklift", Some("s/forklift")),
            ("forklift driving", Some("s/forklift")),
            ("Atencion al cliente", Some("s/customer")),
            ("EXCEL", Some("s/excel")),
            ("custmer care", Some("s/customer")),
            ("opreate cash register", Some("s/cash")),
            ("exel", Some("s/excel")),
            ("astrophysics", None),
            ("xl", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(idx.resolve(typed), expected, "{typed}");
        }
    }

    #[test]
    fn suggests_by_word_prefixes_preferred_labels_first() {
        let idx = index();
        let ids: Vec<_> = idx
            .suggest("oper", 5)
            .into_iter()
            .map(|s| s.skill_id)
            .collect();
        assert_eq!(ids, ["s/forklift", "s/cash"]);
        let ids: Vec<_> = idx
            .suggest("cust car", 5)
            .into_iter()
            .map(|s| s.skill_id)
            .collect();
        assert_eq!(ids, ["s/customer"]);
        assert!(idx.suggest("   ", 5).is_empty());
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance_within("form", "from", 2), Some(1));
        assert_eq!(edit_distance_within("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance_within("kitten", "sitting", 2), None);
    }

    fn spanish_occupation(id: &str, en: &str, es: &str, alt: &[&str]) -> Occupation {
        let mut labels = LabelSet::new();
        labels.insert("en".into(), Labels::new(en, vec![]));
        labels.insert(
            "es".into(),
            Labels::new(es, strings(alt)).with_gender_forms(),
        );
        Occupation {
            id: id.into(),
            isco: "0000".into(),
            area: "test".into(),
            labels,
            essential: vec![],
            optional: vec![],
        }
    }

    fn spanish() -> Taxonomy {
        let mut teach = LabelSet::new();
        teach.insert("en".into(), Labels::new("teach linguistics", vec![]));
        teach.insert(
            "es".into(),
            Labels::new(
                "enseñar lingüística",
                strings(&["dar clases de lingüística"]),
            ),
        );
        Taxonomy {
            skills: vec![Skill {
                id: "s/linguistics".into(),
                kind: SkillKind::Skill,
                labels: teach,
            }],
            occupations: vec![
                spanish_occupation(
                    "o/cashier",
                    "cashier",
                    "cajero/cajera",
                    &["cajero", "cajera", "dependiente de caja"],
                ),
                spanish_occupation(
                    "o/casino",
                    "casino cashier",
                    "cajero de casino/cajera de casino",
                    &["cajero de casino", "cajera de casino"],
                ),
                spanish_occupation(
                    "o/library",
                    "library assistant",
                    "asistente bibliotecario/asistente bibliotecaria",
                    &["auxiliar de biblioteca"],
                ),
                spanish_occupation(
                    "o/technician",
                    "IT technician",
                    "técnico informático/técnica informática",
                    &[],
                ),
                spanish_occupation("o/pawn", "labourer", "peón/peona", &[]),
            ],
            ..Taxonomy::default()
        }
    }

    #[test]
    fn spanish_job_titles_resolve_in_either_gender_and_the_neutral_label() {
        let idx = SkillIndex::occupations(&spanish());
        let cases = [
            ("cajero", Some("o/cashier")),
            ("cajera", Some("o/cashier")),
            ("cajero/cajera", Some("o/cashier")),
            ("Cajera de Casino", Some("o/casino")),
            ("asistente bibliotecaria", Some("o/library")),
            ("asistente bibliotecario", Some("o/library")),
            ("auxiliar de biblioteca", Some("o/library")),
            ("dependiente de caja", Some("o/cashier")),
            // Accents typed or not, precomposed or decomposed, ñ folded.
            ("tecnica informatica", Some("o/technician")),
            ("te\u{301}cnico informa\u{301}tico", Some("o/technician")),
            ("PEON", Some("o/pawn")),
            ("peo\u{301}na", Some("o/pawn")),
            // One-letter typos.
            ("cajerro", Some("o/cashier")),
            ("cajrea", Some("o/cashier")),
            ("asistente bibliotecarai", Some("o/library")),
            // English labels are indexed too.
            ("cashier", Some("o/cashier")),
            ("fontanero", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(idx.resolve(typed), expected, "{typed}");
        }
        let ids: Vec<_> = idx
            .suggest("caje", 5)
            .into_iter()
            .map(|s| s.skill_id)
            .collect();
        assert_eq!(ids, ["o/cashier", "o/casino"]);
        let ids: Vec<_> = idx
            .suggest("bibliotecaria", 5)
            .into_iter()
            .map(|s| s.skill_id)
            .collect();
        assert_eq!(ids, ["o/library"]);
    }

    #[test]
    fn spanish_skills_fold_enye_and_dieresis() {
        let idx = SkillIndex::new(&spanish());
        for typed in [
            "enseñar lingüística",
            "ensenar linguistica",
            "ENSEN\u{303}AR LINGU\u{308}I\u{301}STICA",
            "dar clases de linguistica",
            "ensenar lingüistca",
        ] {
            assert_eq!(idx.resolve(typed), Some("s/linguistics"), "{typed}");
        }
    }
}
