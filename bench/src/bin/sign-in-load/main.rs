//! Sign-in load test for `make bench-sign-in` (see bench/README.md).
//!
//! Starts the release server once per round on a fresh data directory,
//! floods POST /api/v1/auth/sign-in with unknown usernames over N kept-alive
//! connections from a few (or many) client addresses, while one real person
//! signs in once a second from another address on a new connection each
//! time. Client addresses are simulated with `X-Forwarded-For`, the server
//! trusting this machine as its proxy. Prints Markdown tables.
//!
//! Usage: sign-in-load [--server PATH] [--rounds 0x0,50x4,...] [--secs 25]
//!        [--ramp-secs 10] [--timing-pairs 40] [--flood-threads 1]

mod flood;
mod http;
mod report;
mod server;
mod settings;
mod timing;

use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use flood::Flood;
use http::Outcome;
use report::{print_rounds, print_timing, verdicts};
use server::Server;
use settings::{
    PERSON_ADDRESS, PERSON_PASSWORD, PERSON_TIMEOUT, PERSON_USERNAME, RoundSpec, Settings,
    parse_args,
};
use timing::timing_check;

/// The soft limit on open files, from /proc (Linux).
fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

fn main() -> ExitCode {
    let settings = match parse_args() {
        Ok(s) => s,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if !settings.server.exists() {
        eprintln!(
            "no server at {}: run `cargo build --release -p libranet-server` (or pass --server)",
            settings.server.display()
        );
        return ExitCode::from(2);
    }
    let most = settings
        .rounds
        .iter()
        .map(|r| r.connections)
        .max()
        .unwrap_or(0);
    // Both ends of every flood connection are on this machine, the server
    // inheriting this process's limit.
    if let Some(limit) = open_files_limit()
        && limit < most as u64 + 256
    {
        eprintln!(
            "the open-files limit is {limit}, too low for {most} connections: \
             run `ulimit -n 65536` first (make bench-sign-in does)"
        );
        return ExitCode::from(2);
    }

    let mut failed = false;
    let timing = match timing_check(&settings) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("timing check failed: {e}");
            failed = true;
            None
        }
    };
    let mut results = Vec::new();
    for (index, spec) in settings.rounds.iter().enumerate() {
        match run_round(&settings, index, *spec) {
            Ok(r) => results.push(r),
            Err(e) => {
                eprintln!("round {} failed: {e}", spec.name());
                failed = true;
            }
        }
    }

    println!();
    print_rounds(&settings, &results);
    if let Some(t) = &timing {
        print_timing(t);
    }
    failed |= verdicts(&results, timing.as_ref());
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `{prefix}.x.y`, distinct for each `i` below 62,500.
fn address(prefix: &str, i: usize) -> String {
    format!("{prefix}.{}.{}", i / 250 % 250, i % 250 + 1)
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

/// One attempt by the person.
#[derive(Clone, Copy)]
struct Attempt {
    /// When it started, from the start of the flood.
    at: Duration,
    took: Duration,
    outcome: Outcome,
}

struct RoundResult {
    spec: RoundSpec,
    /// Flood answers during the steady window, by outcome.
    flood: [u64; 6],
    flood_secs: f64,
    /// The fewest flood connections open at once during the steady window.
    held_min: usize,
    /// The person's attempts while the flood starts, then after.
    ramp: Vec<Attempt>,
    steady: Vec<Attempt>,
    /// Every answer the person got in the round, warm-up and final
    /// sign-in included, all from one address within one budget window.
    person_total: usize,
    person_too_many: usize,
    server_problems: Vec<String>,
    /// Share of one core the server and this program (flood and person)
    /// used during the steady window, 2.0 being both cores.
    server_cores: f64,
    client_cores: f64,
    /// The same for every other process on the machine.
    other_cores: f64,
}

/// The person's sign-in: a new connection, the whole answer read.
fn person_sign_in(port: u16) -> (Duration, Outcome) {
    let request = http::sign_in_request(
        port,
        PERSON_ADDRESS,
        PERSON_USERNAME,
        PERSON_PASSWORD,
        false,
    );
    let started = Instant::now();
    let outcome = match http::exchange_once(port, &request, PERSON_TIMEOUT) {
        Ok(reply) => reply.outcome(),
        Err(_) => Outcome::NoAnswer,
    };
    (started.elapsed(), outcome)
}

fn run_round(settings: &Settings, index: usize, spec: RoundSpec) -> Result<RoundResult, String> {
    eprintln!(
        "round {}: starting a fresh server, then {} s",
        spec.name(),
        (settings.ramp + settings.steady).as_secs()
    );
    let server = Server::start(&settings.server, &format!("round-{index}"))?;
    let port = server.port;
    // One sign-in before anything else, so the session code is warm.
    let (_, before) = person_sign_in(port);

    let flood =
        (spec.connections > 0).then(|| Flood::start(port, spec, index, settings.flood_threads));
    let started = Instant::now();
    let total = settings.ramp + settings.steady;
    let person = std::thread::spawn(move || {
        let mut attempts = Vec::new();
        for k in 0u32.. {
            let due = Duration::from_secs(u64::from(k));
            if due >= total {
                break;
            }
            if let Some(wait) = due.checked_sub(started.elapsed()) {
                std::thread::sleep(wait);
            }
            let at = started.elapsed();
            let (took, outcome) = person_sign_in(port);
            attempts.push(Attempt { at, took, outcome });
        }
        attempts
    });

    std::thread::sleep(settings.ramp);
    let steady_started = Instant::now();
    let cpu_before = (
        server.cpu_time(),
        server::cpu_time(std::process::id()),
        server::machine_busy_time(),
    );
    if let Some(f) = &flood {
        f.recording.store(true, Ordering::Relaxed);
    }
    let mut held_min = usize::MAX;
    while steady_started.elapsed() < settings.steady {
        std::thread::sleep(Duration::from_millis(250).min(settings.steady));
        if let Some(f) = &flood {
            held_min = held_min.min(f.open.load(Ordering::Relaxed));
        }
    }
    let cpu_after = (
        server.cpu_time(),
        server::cpu_time(std::process::id()),
        server::machine_busy_time(),
    );
    let (flood_counts, flood_secs) = match &flood {
        Some(f) => {
            f.recording.store(false, Ordering::Relaxed);
            (f.tally.snapshot(), steady_started.elapsed().as_secs_f64())
        }
        None => ([0; 6], steady_started.elapsed().as_secs_f64()),
    };
    let attempts = person.join().map_err(|_| "the person's thread panicked")?;
    if let Some(f) = flood {
        f.finish();
    }
    // And one after the flood, still from the same address.
    let (_, after) = person_sign_in(port);

    let (ramp, steady): (Vec<Attempt>, Vec<Attempt>) =
        attempts.iter().partition(|a| a.at < settings.ramp);
    let answers: Vec<Outcome> = [before, after]
        .into_iter()
        .chain(attempts.iter().map(|a| a.outcome))
        .collect();
    let result = RoundResult {
        spec,
        flood: flood_counts,
        flood_secs,
        held_min: if held_min == usize::MAX { 0 } else { held_min },
        ramp,
        steady,
        person_total: answers.len(),
        person_too_many: answers.iter().filter(|o| **o == Outcome::TooMany).count(),
        server_problems: server.problems(),
        server_cores: cores(cpu_before.0, cpu_after.0, flood_secs),
        client_cores: cores(cpu_before.1, cpu_after.1, flood_secs),
        other_cores: cores(cpu_before.2, cpu_after.2, flood_secs)
            - cores(cpu_before.0, cpu_after.0, flood_secs)
            - cores(cpu_before.1, cpu_after.1, flood_secs),
    };
    let ok = result
        .steady
        .iter()
        .filter(|a| a.outcome == Outcome::SignedIn)
        .count();
    eprintln!(
        "  person: {ok}/{} signed in, median {:.1} ms; flood answered {:.0}/s",
        result.steady.len(),
        median(&durations(&result.steady)),
        result.flood.iter().sum::<u64>() as f64 / flood_secs
    );
    Ok(result)
}

fn cores(before: Option<Duration>, after: Option<Duration>, secs: f64) -> f64 {
    match (before, after) {
        (Some(b), Some(a)) => a.saturating_sub(b).as_secs_f64() / secs,
        _ => f64::NAN,
    }
}

fn durations(attempts: &[Attempt]) -> Vec<f64> {
    attempts.iter().map(|a| millis(a.took)).collect()
}
