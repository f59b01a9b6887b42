//! The best overall cohort assignment: every mentee to at most one mentor,
//! no mentor over capacity, forbidden pairs never, as many mentees placed
//! as possible and, among those assignments, the lowest total cost (the
//! highest total fit).
//!
//! It is a minimum-cost flow (mentees → mentors → sink, mentor edges with
//! their capacity) solved exactly by successive shortest paths: mentees
//! join one at a time and each follows the cheapest augmenting path found
//! by Dijkstra's algorithm over reduced costs (Johnson potentials keep them
//! non-negative). Keeping a mentor as one node with a capacity, rather than
//! repeating its column once per place as the assignment-problem form does,
//! makes each search several times smaller. A mentee nobody may take goes
//! to an extra "no mentor" node whose cost outweighs any possible saving,
//! so placing one more mentee always wins.

/// Marks a pair that must never be chosen.
pub const FORBIDDEN: i32 = i32::MAX;

const NONE: usize = usize::MAX;
const INF: i64 = i64::MAX / 4;

/// Who got whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// For each mentee, the index of their mentor, if any.
    pub mentor_of: Vec<Option<usize>>,
    /// Sum of the costs of the chosen pairs.
    pub total_cost: i64,
}

/// Solves the assignment for `costs`, a row per mentee with one
/// non-negative cost per mentor (or [`FORBIDDEN`]), and each mentor's
/// capacity.
pub fn assign(costs: &[i32], mentees: usize, capacities: &[u32]) -> Assignment {
    let mentors = capacities.len();
    assert_eq!(
        costs.len(),
        mentees * mentors,
        "one cost per mentee and mentor"
    );
    let highest = costs
        .iter()
        .filter(|&&c| c != FORBIDDEN)
        .map(|&c| i64::from(c))
        .max()
        .unwrap_or(0);
    assert!(costs.iter().all(|&c| c >= 0), "costs must not be negative");
    // Any re-routing changes at most `mentees` pairs, so this outweighs it.
    let unplaced = (highest + 1) * (mentees as i64 + 1);
    let none = mentors; // the extra "no mentor" node
    let nodes = mentors + 1;
    let cost = |i: usize, j: usize| -> Option<i64> {
        if j == none {
            return Some(unplaced);
        }
        let c = costs[i * mentors + j];
        (c != FORBIDDEN).then_some(i64::from(c))
    };
    let has_room = |j: usize, load: &[u32]| j == none || load[j] < capacities[j];

    let mut load = vec![0u32; nodes];
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); nodes];
    let mut placed = vec![NONE; mentees];
    let mut pot_mentor = vec![0i64; nodes];
    let mut pot_mentee = vec![0i64; mentees];
    let pot_sink = 0i64; // only differences matter; the sink's never moves

    let mut dist = vec![INF; nodes];
    let mut done = vec![false; nodes];
    let mut via = vec![NONE; nodes];
    let mut reached_mentors: Vec<usize> = Vec::with_capacity(nodes);
    let mut reached_mentees: Vec<(usize, i64)> = Vec::new();

    for start in 0..mentees {
        dist.fill(INF);
        done.fill(false);
        reached_mentors.clear();
        reached_mentees.clear();
        reached_mentees.push((start, 0));
        let relax =
            |i: usize, di: i64, pot_i: i64, dist: &mut [i64], via: &mut [usize], done: &[bool]| {
                let row = &costs[i * mentors..(i + 1) * mentors];
                for (j, &c) in row.iter().enumerate() {
                    if c == FORBIDDEN || done[j] {
                        continue;
                    }
                    let d = di + i64::from(c) + pot_i - pot_mentor[j];
                    if d < dist[j] {
                        dist[j] = d;
                        via[j] = i;
                    }
                }
                if !done[none] {
                    let d = di + unplaced + pot_i - pot_mentor[none];
                    if d < dist[none] {
                        dist[none] = d;
                        via[none] = i;
                    }
                }
            };
        relax(start, 0, pot_mentee[start], &mut dist, &mut via, &done);
        let (mut sink_dist, mut sink_via) = (INF, NONE);
        loop {
            // The closest mentor not yet settled; among equals, one with
            // room, which ends the search (costs in a small range tie a
            // lot, and any choice among ties keeps the path shortest).
            let mut next = NONE;
            let mut best = INF;
            let mut next_has_room = false;
            for j in 0..nodes {
                if done[j] || dist[j] > best || (dist[j] == best && (next_has_room || next == NONE))
                {
                    continue;
                }
                let room = has_room(j, &load);
                if dist[j] < best || room {
                    best = dist[j];
                    next = j;
                    next_has_room = room;
                }
            }
            if next == NONE || sink_dist <= best {
                break;
            }
            done[next] = true;
            reached_mentors.push(next);
            if has_room(next, &load) {
                let d = best + pot_mentor[next] - pot_sink;
                if d < sink_dist {
                    sink_dist = d;
                    sink_via = next;
                }
            }
            // A mentee placed with this mentor could move elsewhere.
            for &i in &members[next] {
                let c = cost(i, next).expect("placed pairs are allowed");
                let di = best - c + pot_mentor[next] - pot_mentee[i];
                reached_mentees.push((i, di));
                relax(i, di, pot_mentee[i], &mut dist, &mut via, &done);
            }
        }
        debug_assert!(sink_via != NONE, "the no-mentor node always has room");
        for &j in &reached_mentors {
            pot_mentor[j] += dist[j] - sink_dist;
        }
        for &(i, di) in &reached_mentees {
            pot_mentee[i] += di - sink_dist;
        }
        // Walk the path back: each mentee on it moves to the next mentor.
        let mut j = sink_via;
        loop {
            let i = via[j];
            let previous = placed[i];
            placed[i] = j;
            members[j].push(i);
            load[j] += 1;
            if previous == NONE {
                break;
            }
            members[previous].retain(|&m| m != i);
            load[previous] -= 1;
            j = previous;
        }
    }

    let mentor_of: Vec<Option<usize>> = placed.iter().map(|&j| (j != none).then_some(j)).collect();
    let total_cost = mentor_of
        .iter()
        .enumerate()
        .filter_map(|(i, j)| j.map(|j| i64::from(costs[i * mentors + j])))
        .sum();
    Assignment {
        mentor_of,
        total_cost,
    }
}

/// What a coordinator fixed before solving.
#[derive(Debug, Clone, Default)]
pub struct Constraints {
    /// (mentee, mentor) pairs that must be chosen.
    pub pinned: Vec<(usize, usize)>,
    /// (mentee, mentor) pairs that must not be.
    pub forbidden: Vec<(usize, usize)>,
}

/// Why a cohort cannot be solved as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CohortError {
    /// More pairs are pinned to this mentor than they have places.
    PinnedOverCapacity(usize),
    /// This mentee is pinned twice, or pinned to a forbidden mentor.
    PinConflict(usize),
}

/// The best cohort for a table of fits (0 to 100, `None` where a hard
/// constraint such as language or meeting mode rules the pair out), with
/// the coordinator's pins and exclusions. Maximising the total fit is
/// minimising the total of `100 - fit`.
pub fn solve_cohort(
    fits: &[Option<u8>],
    mentees: usize,
    capacities: &[u32],
    constraints: &Constraints,
) -> Result<Assignment, CohortError> {
    let mentors = capacities.len();
    let mut costs: Vec<i32> = fits
        .iter()
        .map(|f| f.map_or(FORBIDDEN, |f| 100 - i32::from(f.min(100))))
        .collect();
    for &(i, j) in &constraints.forbidden {
        if i < mentees && j < mentors {
            costs[i * mentors + j] = FORBIDDEN;
        }
    }
    let mut capacities = capacities.to_vec();
    let mut pinned_to = vec![None; mentees];
    for &(i, j) in &constraints.pinned {
        if i >= mentees
            || j >= mentors
            || pinned_to[i].is_some()
            || constraints.forbidden.contains(&(i, j))
        {
            return Err(CohortError::PinConflict(i));
        }
        if capacities[j] == 0 {
            return Err(CohortError::PinnedOverCapacity(j));
        }
        capacities[j] -= 1;
        pinned_to[i] = Some(j);
    }
    // Solve for everyone not pinned, then put the pins back.
    let free: Vec<usize> = (0..mentees).filter(|&i| pinned_to[i].is_none()).collect();
    let sub: Vec<i32> = free
        .iter()
        .flat_map(|&i| costs[i * mentors..(i + 1) * mentors].iter().copied())
        .collect();
    let solved = assign(&sub, free.len(), &capacities);
    let mut mentor_of = pinned_to;
    for (k, &i) in free.iter().enumerate() {
        mentor_of[i] = solved.mentor_of[k];
    }
    let total_cost = mentor_of
        .iter()
        .enumerate()
        .filter_map(|(i, j)| {
            j.map(|j| i64::from(100 - fits[i * mentors + j].unwrap_or(0).min(100)))
        })
        .sum();
    Ok(Assignment {
        mentor_of,
        total_cost,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Tries every way to place every mentee: most placed, then cheapest.
    fn brute_force(costs: &[i32], mentees: usize, capacities: &[u32]) -> (usize, i64) {
        struct Search<'a> {
            costs: &'a [i32],
            mentees: usize,
            capacities: &'a [u32],
            load: Vec<u32>,
            best: (usize, i64),
        }
        impl Search<'_> {
            fn go(&mut self, i: usize, placed: usize, cost: i64) {
                if i == self.mentees {
                    if placed > self.best.0 || (placed == self.best.0 && cost < self.best.1) {
                        self.best = (placed, cost);
                    }
                    return;
                }
                self.go(i + 1, placed, cost);
                let mentors = self.capacities.len();
                for j in 0..mentors {
                    let c = self.costs[i * mentors + j];
                    if c != FORBIDDEN && self.load[j] < self.capacities[j] {
                        self.load[j] += 1;
                        self.go(i + 1, placed + 1, cost + i64::from(c));
                        self.load[j] -= 1;
                    }
                }
            }
        }
        let mut search = Search {
            costs,
            mentees,
            capacities,
            load: vec![0; capacities.len()],
            best: (0, i64::MAX),
        };
        search.go(0, 0, 0);
        search.best
    }

    fn check_valid(a: &Assignment, costs: &[i32], capacities: &[u32]) {
        let mut load = vec![0; capacities.len()];
        for (i, j) in a.mentor_of.iter().enumerate() {
            if let Some(j) = *j {
                assert_ne!(
                    costs[i * capacities.len() + j],
                    FORBIDDEN,
                    "forbidden pair chosen"
                );
                load[j] += 1;
            }
        }
        for (j, &l) in load.iter().enumerate() {
            assert!(l <= capacities[j], "mentor {j} over capacity");
        }
    }

    /// A small cohort: (costs, mentees, capacities), with about one pair
    /// in five forbidden and mentors who may have no place at all.
    fn small_cohort() -> impl Strategy<Value = (Vec<i32>, usize, Vec<u32>)> {
        (1usize..=6, 1usize..=3).prop_flat_map(|(mentees, mentors)| {
            let cost = prop_oneof![1 => Just(FORBIDDEN), 4 => 0i32..20];
            (
                proptest::collection::vec(cost, mentees * mentors),
                Just(mentees),
                proptest::collection::vec(0u32..3, mentors),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn matches_brute_force_on_many_small_cohorts((costs, mentees, capacities) in small_cohort()) {
            let got = assign(&costs, mentees, &capacities);
            check_valid(&got, &costs, &capacities);
            let placed = got.mentor_of.iter().flatten().count();
            let (best_placed, best_cost) = brute_force(&costs, mentees, &capacities);
            prop_assert_eq!(placed, best_placed);
            if placed > 0 {
                prop_assert_eq!(got.total_cost, best_cost);
            }
        }
    }

    #[test]
    fn finds_the_zero_cost_assignment_when_one_exists() {
        // Every mentee has one mentor at cost 0 and the places add up, so
        // the optimum is 0; a solver that stops early would pay more.
        let (mentees, mentors, cap) = (60, 15, 4u32);
        let mut costs = vec![50; mentees * mentors];
        for i in 0..mentees {
            costs[i * mentors + (i * 7 % mentees) / 4] = 0;
        }
        let got = assign(&costs, mentees, &vec![cap; mentors]);
        assert_eq!(got.total_cost, 0);
        check_valid(&got, &costs, &vec![cap; mentors]);
    }

    #[test]
    fn pins_are_kept_and_forbidden_pairs_avoided() {
        // Two mentees both fit mentor 0 best; mentor 0 has one place.
        let fits = [Some(90), Some(50), Some(80), Some(70)];
        // Costs 10 + 30 beat 50 + 20.
        let plain = solve_cohort(&fits, 2, &[1, 1], &Constraints::default()).unwrap();
        assert_eq!(plain.mentor_of, [Some(0), Some(1)]);
        assert_eq!(plain.total_cost, 40);
        let pinned = Constraints {
            pinned: vec![(1, 0)],
            ..Default::default()
        };
        let got = solve_cohort(&fits, 2, &[1, 1], &pinned).unwrap();
        assert_eq!(got.mentor_of, [Some(1), Some(0)]);
        assert_eq!(got.total_cost, 70);
        let forbid = Constraints {
            forbidden: vec![(0, 0), (1, 1)],
            ..Default::default()
        };
        let got = solve_cohort(&fits, 2, &[1, 1], &forbid).unwrap();
        assert_eq!(got.mentor_of, [Some(1), Some(0)]);
        let too_many = Constraints {
            pinned: vec![(0, 0), (1, 0)],
            ..Default::default()
        };
        assert_eq!(
            solve_cohort(&fits, 2, &[1, 1], &too_many),
            Err(CohortError::PinnedOverCapacity(0))
        );
    }
}
