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
mod tests;
