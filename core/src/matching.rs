//! Matching a person's skills against jobs, explainably, and the gap
//! analysis: which missing skills matter most across the jobs they want,
//! and what teaches each.
//!
//! A job's score is the share of its skills the person holds, essential
//! skills counting twice as much as optional ones. Every figure comes with
//! the skills behind it, so the app can say why.

use std::collections::{BTreeMap, HashSet};

/// Essential skills weigh this much in a score…
pub const ESSENTIAL_WEIGHT: u32 = 2;
/// …and optional ones this much.
pub const OPTIONAL_WEIGHT: u32 = 1;

/// The skills a job asks for (ESCO skill ids).
#[derive(Debug, Clone, Copy)]
pub struct Requirements<'a> {
    /// Skills the job cannot do without.
    pub essential: &'a [String],
    /// Skills that help.
    pub optional: &'a [String],
}

/// How a person's skills meet one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobMatch {
    /// 0 to 100.
    pub score: u8,
    /// Essential skills the person holds.
    pub matched_essential: Vec<String>,
    /// Essential skills the person lacks.
    pub missing_essential: Vec<String>,
    /// Optional skills the person holds.
    pub matched_optional: Vec<String>,
    /// Optional skills the person lacks.
    pub missing_optional: Vec<String>,
}

impl JobMatch {
    /// Every essential skill is there.
    pub fn can_do_now(&self) -> bool {
        self.missing_essential.is_empty()
    }

    /// Not yet, but at most `max_missing` essential skills away.
    pub fn within_reach(&self, max_missing: usize) -> bool {
        !self.can_do_now() && self.missing_essential.len() <= max_missing
    }
}

fn split(
    held: &HashSet<&str>,
    ids: &[String],
    exclude: &HashSet<&str>,
) -> (Vec<String>, Vec<String>) {
    let mut seen = HashSet::new();
    let (mut have, mut miss) = (Vec::new(), Vec::new());
    for id in ids {
        if exclude.contains(id.as_str()) || !seen.insert(id.as_str()) {
            continue;
        }
        if held.contains(id.as_str()) {
            have.push(id.clone());
        } else {
            miss.push(id.clone());
        }
    }
    (have, miss)
}

/// Scores one job. A skill listed as both essential and optional counts
/// once, as essential; a job that lists no skills scores 100.
pub fn match_job(held: &HashSet<&str>, job: Requirements<'_>) -> JobMatch {
    let none = HashSet::new();
    let (matched_essential, missing_essential) = split(held, job.essential, &none);
    let essential: HashSet<&str> = job.essential.iter().map(String::as_str).collect();
    let (matched_optional, missing_optional) = split(held, job.optional, &essential);
    let weight = |e: usize, o: usize| {
        ESSENTIAL_WEIGHT * u32::try_from(e).unwrap_or(u32::MAX)
            + OPTIONAL_WEIGHT * u32::try_from(o).unwrap_or(u32::MAX)
    };
    let got = weight(matched_essential.len(), matched_optional.len());
    let total = got + weight(missing_essential.len(), missing_optional.len());
    // Rounded to the nearest whole percent, in integers.
    let score = if total == 0 {
        100
    } else {
        (200 * got + total) / (2 * total)
    };
    JobMatch {
        score: u8::try_from(score).unwrap_or(100),
        matched_essential,
        missing_essential,
        matched_optional,
        missing_optional,
    }
}

/// Ranks jobs for a person: higher score first, then fewer missing
/// essential skills, then by `key` so equal jobs always come in one order.
pub fn rank<'j, J>(
    held: &HashSet<&str>,
    jobs: &'j [J],
    requirements: impl Fn(&J) -> Requirements<'_>,
    key: impl Fn(&J) -> &str,
) -> Vec<(&'j J, JobMatch)> {
    let mut ranked: Vec<_> = jobs
        .iter()
        .map(|j| (j, match_job(held, requirements(j))))
        .collect();
    ranked.sort_by(|(a, ma), (b, mb)| {
        mb.score
            .cmp(&ma.score)
            .then(ma.missing_essential.len().cmp(&mb.missing_essential.len()))
            .then_with(|| key(a).cmp(key(b)))
    });
    ranked
}

/// A skill the person lacks for their target jobs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapSkill {
    /// The skill's ESCO taxonomy id.
    pub skill_id: String,
    /// How many target jobs list it as essential.
    pub essential_for: usize,
    /// How many target jobs list it at all.
    pub needed_by: usize,
}

/// The missing skills across `targets`, most needed first: by how many
/// jobs need it as essential, then by how many need it at all, then by id.
pub fn gap_analysis<'a>(
    held: &HashSet<&str>,
    targets: impl IntoIterator<Item = Requirements<'a>>,
) -> Vec<GapSkill> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for job in targets {
        let found = match_job(held, job);
        for id in found.missing_essential {
            let (essential, all) = counts.entry(id).or_default();
            *essential += 1;
            *all += 1;
        }
        for id in found.missing_optional {
            counts.entry(id).or_default().1 += 1;
        }
    }
    let mut gap: Vec<GapSkill> = counts
        .into_iter()
        .map(|(skill_id, (essential_for, needed_by))| GapSkill {
            skill_id,
            essential_for,
            needed_by,
        })
        .collect();
    gap.sort_by(|a, b| {
        b.essential_for
            .cmp(&a.essential_for)
            .then(b.needed_by.cmp(&a.needed_by))
            .then_with(|| a.skill_id.cmp(&b.skill_id))
    });
    gap
}

/// For each gap skill, the resources that teach it (in the given order).
pub fn ways_to_learn<'r, R>(
    gap: &[GapSkill],
    resources: &'r [R],
    teaches: impl Fn(&R) -> &[String],
) -> Vec<(GapSkill, Vec<&'r R>)> {
    gap.iter()
        .map(|g| {
            let found = resources
                .iter()
                .filter(|r| teaches(r).contains(&g.skill_id))
                .collect();
            (g.clone(), found)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ids(names: &[&str]) -> Vec<String> {
        names.iter().map(std::string::ToString::to_string).collect()
    }

    fn held<'a>(names: &[&'a str]) -> HashSet<&'a str> {
        names.iter().copied().collect()
    }

    #[test]
    fn essential_skills_count_twice() {
        let (e, o) = (ids(&["cook", "clean"]), ids(&["order"]));
        let job = Requirements {
            essential: &e,
            optional: &o,
        };
        let cases: [(&[&str], u8); 5] = [
            (&[], 0),
            (&["order"], 20),
            (&["cook"], 40),
            (&["cook", "clean"], 80),
            (&["cook", "clean", "order"], 100),
        ];
        for (have, score) in cases {
            assert_eq!(match_job(&held(have), job).score, score, "{have:?}");
        }
        let m = match_job(&held(&["cook", "order"]), job);
        assert_eq!(m.matched_essential, ["cook"]);
        assert_eq!(m.missing_essential, ["clean"]);
        assert_eq!(m.matched_optional, ["order"]);
        assert!(!m.can_do_now() && m.within_reach(1) && !m.within_reach(0));
    }

    #[test]
    fn a_skill_listed_twice_counts_once_as_essential() {
        let (e, o) = (ids(&["a", "a"]), ids(&["a", "b"]));
        let m = match_job(
            &held(&["a"]),
            Requirements {
                essential: &e,
                optional: &o,
            },
        );
        assert_eq!(m.matched_essential, ["a"]);
        assert!(m.matched_optional.is_empty());
        assert_eq!(m.missing_optional, ["b"]);
        assert_eq!(m.score, 67);
    }

    #[test]
    fn the_gap_puts_skills_most_jobs_need_first_with_ways_to_learn() {
        let jobs = [
            (ids(&["cash", "customer"]), ids(&["excel"])),
            (ids(&["customer", "forklift"]), ids(&[])),
            (ids(&["customer"]), ids(&["cash"])),
        ];
        let gap = gap_analysis(
            &held(&["forklift"]),
            jobs.iter().map(|(e, o)| Requirements {
                essential: e,
                optional: o,
            }),
        );
        let order: Vec<_> = gap
            .iter()
            .map(|g| (g.skill_id.as_str(), g.essential_for, g.needed_by))
            .collect();
        assert_eq!(order, [("customer", 3, 3), ("cash", 1, 2), ("excel", 0, 1)]);

        let resources = [
            ("till workshop", ids(&["cash"])),
            ("service class", ids(&["customer", "cash"])),
        ];
        let learn = ways_to_learn(&gap, &resources, |r| &r.1);
        let names: Vec<Vec<&str>> = learn
            .iter()
            .map(|(_, rs)| rs.iter().map(|r| r.0).collect())
            .collect();
        assert_eq!(
            names,
            [
                vec!["service class"],
                vec!["till workshop", "service class"],
                vec![]
            ]
        );
    }

    fn skill_lists() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
        let ids = prop::collection::vec("[a-h]", 0..6);
        (ids.clone(), ids)
    }

    proptest! {
        #[test]
        fn holding_every_skill_scores_100_with_no_gap((e, o) in skill_lists()) {
            let all: HashSet<&str> = e.iter().chain(&o).map(String::as_str).collect();
            let job = Requirements { essential: &e, optional: &o };
            prop_assert_eq!(match_job(&all, job).score, 100);
            prop_assert!(gap_analysis(&all, [job]).is_empty());
        }

        #[test]
        fn adding_a_skill_never_lowers_a_score((e, o) in skill_lists(), have in prop::collection::vec("[a-h]", 0..6), extra in "[a-j]") {
            let job = Requirements { essential: &e, optional: &o };
            let before: HashSet<&str> = have.iter().map(String::as_str).collect();
            let mut after = before.clone();
            after.insert(extra.as_str());
            prop_assert!(match_job(&after, job).score >= match_job(&before, job).score);
        }

        #[test]
        fn ranking_is_deterministic_whatever_the_input_order(
            jobs in prop::collection::vec(skill_lists(), 0..8),
            have in prop::collection::vec("[a-h]", 0..6),
            seed in any::<u64>(),
        ) {
            let keyed: Vec<(String, Vec<String>, Vec<String>)> =
                jobs.into_iter().enumerate().map(|(i, (e, o))| (format!("job{i}"), e, o)).collect();
            let mut shuffled = keyed.clone();
            // A seeded rotation and reversal stands in for any reordering.
            let n = shuffled.len().max(1);
            shuffled.rotate_left(usize::try_from(seed % n as u64).unwrap_or(0));
            if seed % 2 == 0 { shuffled.reverse(); }
            let held: HashSet<&str> = have.iter().map(String::as_str).collect();
            let order = |list: &[(String, Vec<String>, Vec<String>)]| -> Vec<String> {
                rank(&held, list, |j| Requirements { essential: &j.1, optional: &j.2 }, |j| j.0.as_str())
                    .into_iter().map(|(j, _)| j.0.clone()).collect()
            };
            prop_assert_eq!(order(&keyed), order(&shuffled));
        }

        #[test]
        fn scores_stay_within_0_and_100((e, o) in skill_lists(), have in prop::collection::vec("[a-j]", 0..10)) {
            let held: HashSet<&str> = have.iter().map(String::as_str).collect();
            let job = Requirements { essential: &e, optional: &o };
            prop_assert!(match_job(&held, job).score <= 100);
        }
    }
}
