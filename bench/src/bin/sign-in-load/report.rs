//! The report: the Markdown tables of the rounds and of the timing check,
//! and the verdicts on the targets.

use crate::flood::index_of;
use crate::http::Outcome;
use crate::settings::{DEFAULT_BUDGET, Settings};
use crate::timing::Timing;
use crate::{Attempt, RoundResult, durations, median, millis};

fn worst(attempts: &[Attempt]) -> f64 {
    attempts.iter().map(|a| millis(a.took)).fold(0.0, f64::max)
}

fn successes(attempts: &[Attempt]) -> usize {
    attempts
        .iter()
        .filter(|a| a.outcome == Outcome::SignedIn)
        .count()
}

fn breakdown(attempts: &[Attempt]) -> String {
    let names = [
        "200",
        "401",
        "429 too_many",
        "429 busy",
        "other",
        "no answer",
    ];
    let mut parts = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let n = attempts.iter().filter(|a| index_of(a.outcome) == i).count();
        if n > 0 {
            parts.push(format!("{n}× {name}"));
        }
    }
    parts.join(", ")
}

pub(crate) fn print_rounds(settings: &Settings, results: &[RoundResult]) {
    let quiet = results
        .iter()
        .find(|r| r.spec.connections == 0)
        .map(|r| median(&durations(&r.steady)));
    println!(
        "### Sign-in under a flood of unknown usernames ({} s measured per round, after {} s of ramp-up)\n",
        settings.steady.as_secs(),
        settings.ramp.as_secs()
    );
    println!(
        "| round | flood connections | flood addresses | flood answered/s (401 / 429 too_many_attempts / 429 busy) \
         | person median ms | person worst ms | person successes/attempts | median vs quiet \
         | person in the first {} s of the flood |",
        settings.ramp.as_secs()
    );
    println!("|---|---:|---:|---|---:|---:|---:|---:|---|");
    for r in results {
        let answered: u64 = r.flood.iter().sum();
        let flood = if r.spec.connections == 0 {
            "–".to_owned()
        } else {
            let share = |i: usize| 100.0 * r.flood[i] as f64 / answered.max(1) as f64;
            let mut text = format!(
                "{:.0} ({:.1}% / {:.1}% / {:.1}%)",
                answered as f64 / r.flood_secs,
                share(1),
                share(2),
                share(3)
            );
            let rest = r.flood[0] + r.flood[4] + r.flood[5];
            if rest > 0 {
                text.push_str(&format!(", {rest} other or unanswered"));
            }
            text
        };
        let m = median(&durations(&r.steady));
        let ratio = quiet.map_or("–".to_owned(), |q| format!("{:.2}×", m / q));
        let ramp = if r.spec.connections == 0 {
            "–".to_owned()
        } else {
            format!(
                "{}/{} signed in, worst {:.0} ms",
                successes(&r.ramp),
                r.ramp.len(),
                worst(&r.ramp)
            )
        };
        println!(
            "| {} | {} | {} | {} | {:.1} | {:.1} | {}/{} | {} | {} |",
            r.spec.name(),
            r.spec.connections,
            r.spec.addresses,
            flood,
            m,
            worst(&r.steady),
            successes(&r.steady),
            r.steady.len(),
            ratio,
            ramp
        );
    }
    println!();
    for r in results {
        let mut line = format!(
            "- {}: the person got {}",
            r.spec.name(),
            breakdown(&r.steady)
        );
        let ok: Vec<Attempt> = r
            .steady
            .iter()
            .filter(|a| a.outcome == Outcome::SignedIn)
            .copied()
            .collect();
        if !ok.is_empty() && ok.len() < r.steady.len() {
            line.push_str(&format!(
                " (successful ones: median {:.1} ms)",
                median(&durations(&ok))
            ));
        }
        if !r.ramp.is_empty() && r.spec.connections > 0 {
            line.push_str(&format!("; in the ramp-up {}", breakdown(&r.ramp)));
            // From when on every sign-in succeeded.
            let all: Vec<&Attempt> = r.ramp.iter().chain(&r.steady).collect();
            let from = all
                .iter()
                .rposition(|a| a.outcome != Outcome::SignedIn)
                .map_or(Some(0), |i| all.get(i + 1).map(|a| a.at.as_secs()));
            match from {
                Some(secs) => line.push_str(&format!(
                    ", and every sign-in from {secs} s after the flood began succeeded"
                )),
                None => line.push_str(", and the last sign-in of the round failed"),
            }
        }
        if r.spec.connections > 0 {
            line.push_str(&format!(
                "; at least {} of {} flood connections open throughout",
                r.held_min, r.spec.connections
            ));
        }
        let answered: u64 = r.flood.iter().sum();
        line.push_str(&format!(
            "; CPU in cores: server {:.2}{}, this program {:.2}, other processes {:.2}",
            r.server_cores,
            if answered > 0 {
                format!(
                    " ({:.0} µs per flood answer)",
                    r.server_cores * r.flood_secs * 1e6 / answered as f64
                )
            } else {
                String::new()
            },
            r.client_cores,
            r.other_cores.max(0.0)
        ));
        if !r.server_problems.is_empty() {
            line.push_str(&format!(
                "; the server logged {} warnings or errors, first: {}",
                r.server_problems.len(),
                r.server_problems[0]
            ));
        }
        println!("{line}");
    }
    println!();
}

pub(crate) fn print_timing(t: &Timing) {
    let (k, u) = (median(&t.known_ms), median(&t.unknown_ms));
    println!(
        "### Existing and unknown usernames, wrong password, quiet server ({} interleaved pairs)\n",
        t.pairs
    );
    println!("| username | median ms | worst ms |");
    println!("|---|---:|---:|");
    let worst = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    println!("| existing | {k:.2} | {:.2} |", worst(&t.known_ms));
    println!("| unknown | {u:.2} | {:.2} |", worst(&t.unknown_ms));
    let paired: Vec<f64> = t
        .unknown_ms
        .iter()
        .zip(&t.known_ms)
        .map(|(u, k)| u - k)
        .collect();
    println!(
        "\nDifference of medians (unknown − existing): {:+.2} ms; median of paired differences: {:+.2} ms.",
        u - k,
        median(&paired)
    );
    match (&t.example, t.differences.is_empty()) {
        (Some(example), true) => {
            let names: Vec<&str> = example
                .headers
                .iter()
                .map(|(n, _)| n.as_str())
                .filter(|n| *n != "date")
                .collect();
            println!(
                "All {} answers alike: {} {}, headers {} (Date aside).\n",
                2 * t.pairs,
                example.status,
                String::from_utf8_lossy(&example.body),
                names.join(", ")
            );
        }
        _ => {
            println!("The answers differ:");
            for d in t.differences.iter().take(10) {
                println!("- {d}");
            }
            println!();
        }
    }
    if !t.server_problems.is_empty() {
        println!(
            "The server logged {} warnings or errors, first: {}\n",
            t.server_problems.len(),
            t.server_problems[0]
        );
    }
}

/// Prints whether each target was met; true when a check that is not
/// about speed failed (refunds, identical answers).
pub(crate) fn verdicts(results: &[RoundResult], timing: Option<&Timing>) -> bool {
    let mut failed = false;
    println!("### Targets\n");
    let quiet = results
        .iter()
        .find(|r| r.spec.connections == 0)
        .map(|r| median(&durations(&r.steady)));
    for r in results.iter().filter(|r| r.spec.few_addresses()) {
        let m = median(&durations(&r.steady));
        let ratio = quiet.map_or(f64::NAN, |q| m / q);
        let (ok, n) = (successes(&r.steady), r.steady.len());
        let met = ratio <= 2.0 && ok == n;
        println!(
            "- {}: median {ratio:.2}× quiet (target ≤ 2×), {ok}/{n} signed in (target all): {}",
            r.spec.name(),
            if met { "met" } else { "MISSED" }
        );
    }
    for r in results {
        if r.person_too_many > 0 {
            failed = true;
            println!(
                "- {}: the person's address was refused as too_many_attempts {} times: FAILED",
                r.spec.name(),
                r.person_too_many
            );
        }
    }
    if let Some(r) = results.iter().max_by_key(|r| r.person_total) {
        let over = if r.person_total > DEFAULT_BUDGET {
            "more than the budget of 30"
        } else {
            "fewer than the budget of 30, so this proves little: use a longer --secs"
        };
        println!(
            "- the person's address: up to {} sign-ins per round (one server, one budget window; {over}); \
             refused as too_many_attempts in {} rounds",
            r.person_total,
            results.iter().filter(|r| r.person_too_many > 0).count()
        );
    }
    if let Some(t) = timing {
        let gap = (median(&t.unknown_ms) - median(&t.known_ms)).abs();
        let alike = t.differences.is_empty();
        failed |= !alike;
        println!(
            "- existing vs unknown username: answers {}; medians {gap:.2} ms apart (target ≤ 5 ms): {}",
            if alike { "identical" } else { "DIFFER" },
            if gap <= 5.0 { "met" } else { "MISSED" }
        );
    }
    println!();
    failed
}
