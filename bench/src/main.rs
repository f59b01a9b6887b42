//! Native timer for `make bench`: reads the cost file bench/assign.py wrote,
//! runs the solver several times and prints `{"best_ms": …, "total": …}`.
//!
//! Usage: libranet-bench COSTS_FILE MENTEES MENTORS CAPACITY REPEATS

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use libranet_bench::{costs_from_le_bytes, solve};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, mentees, mentors, capacity, repeats] = args.as_slice() else {
        eprintln!("usage: libranet-bench COSTS_FILE MENTEES MENTORS CAPACITY REPEATS");
        return ExitCode::from(2);
    };
    let number = |s: &str| -> usize { s.parse().unwrap_or_else(|_| panic!("not a number: {s}")) };
    let (mentees, mentors, repeats) = (number(mentees), number(mentors), number(repeats).max(1));
    let capacity = u32::try_from(number(capacity)).expect("capacity fits in u32");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let costs = costs_from_le_bytes(&bytes);
    assert_eq!(
        costs.len(),
        mentees * mentors,
        "{path} holds {mentees} × {mentors} costs"
    );

    let mut best_ms = f64::INFINITY;
    let mut total = None;
    for _ in 0..repeats {
        let started = Instant::now();
        let t = black_box(solve(black_box(&costs), mentees, mentors, capacity));
        best_ms = best_ms.min(started.elapsed().as_secs_f64() * 1e3);
        assert!(
            total.is_none_or(|seen| seen == t),
            "the solver gave different totals on the same costs"
        );
        total = Some(t);
    }
    println!(
        "{{\"best_ms\": {best_ms:.3}, \"total\": {}}}",
        total.expect("at least one run")
    );
    ExitCode::SUCCESS
}
