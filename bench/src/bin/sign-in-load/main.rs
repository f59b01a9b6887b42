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

mod http;
mod server;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http::{Connection, Outcome, Reply};
use server::Server;

/// The demo account the person signs in to (`--demo true`).
const PERSON_USERNAME: &str = "demo-patron";
const PERSON_PASSWORD: &str = "demo patron looking for work";
/// The person's client address, never used by the flood.
const PERSON_ADDRESS: &str = "192.0.2.10";
/// The server's default budget of failed attempts per client and window.
const DEFAULT_BUDGET: usize = 30;
/// How long the person waits for an answer before counting it as none.
const PERSON_TIMEOUT: Duration = Duration::from_secs(40);

struct Settings {
    server: PathBuf,
    rounds: Vec<RoundSpec>,
    steady: Duration,
    ramp: Duration,
    timing_pairs: usize,
    flood_threads: usize,
}

#[derive(Clone, Copy)]
struct RoundSpec {
    connections: usize,
    addresses: usize,
}

impl RoundSpec {
    fn name(&self) -> String {
        if self.connections == 0 {
            "quiet".to_owned()
        } else {
            format!("flood {}×{}", self.connections, self.addresses)
        }
    }

    /// A flood from a few addresses, where the target applies.
    fn few_addresses(&self) -> bool {
        self.connections > 0 && self.addresses <= 10
    }
}

fn parse_args() -> Result<Settings, String> {
    let here = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut settings = Settings {
        server: here.with_file_name("libranet-server"),
        rounds: parse_rounds("0x0,50x4,400x4,1000x4,1000x500")?,
        steady: Duration::from_secs(25),
        ramp: Duration::from_secs(10),
        timing_pairs: 40,
        flood_threads: 1,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("not a number: {text}"))
        };
        match flag.as_str() {
            "--server" => settings.server = PathBuf::from(value()?),
            "--rounds" => settings.rounds = parse_rounds(&value()?)?,
            "--secs" => settings.steady = Duration::from_secs(number(value()?)?.max(1)),
            "--ramp-secs" => settings.ramp = Duration::from_secs(number(value()?)?),
            "--timing-pairs" => settings.timing_pairs = number(value()?)? as usize,
            "--flood-threads" => settings.flood_threads = (number(value()?)? as usize).max(1),
            "--help" | "-h" => {
                return Err("usage: sign-in-load [--server PATH] [--rounds 0x0,50x4,400x4,1000x4,1000x500] \
                            [--secs 25] [--ramp-secs 10] [--timing-pairs 40] [--flood-threads 1]"
                    .to_owned());
            }
            other => return Err(format!("unknown argument {other} (try --help)")),
        }
    }
    Ok(settings)
}

/// `50x4,1000x500`: connections × addresses per round; `0x0` is quiet.
fn parse_rounds(text: &str) -> Result<Vec<RoundSpec>, String> {
    text.split(',')
        .map(|part| {
            let (c, a) = part
                .trim()
                .split_once('x')
                .ok_or_else(|| format!("a round is CONNECTIONSxADDRESSES, not {part:?}"))?;
            let connections = c.parse().map_err(|_| format!("bad round {part:?}"))?;
            let addresses: usize = a.parse().map_err(|_| format!("bad round {part:?}"))?;
            if connections > 0 && addresses == 0 {
                return Err(format!(
                    "round {part:?}: a flood needs at least one address"
                ));
            }
            Ok(RoundSpec {
                connections,
                addresses: addresses.min(connections.max(1)),
            })
        })
        .collect()
}

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

// ---------------------------------------------------------------------------
// Unknown and known usernames look the same

struct Timing {
    pairs: usize,
    known_ms: Vec<f64>,
    unknown_ms: Vec<f64>,
    /// How the answers differed (status, body or headers but `Date`), if
    /// they did.
    differences: Vec<String>,
    example: Option<Reply>,
    server_problems: Vec<String>,
}

/// Wrong-password sign-ins for existing accounts against unknown usernames,
/// interleaved, each from a fresh address and for a name used once, so
/// neither the client budget nor the account lock is ever reached.
fn timing_check(settings: &Settings) -> Result<Timing, String> {
    let pairs = settings.timing_pairs.max(1);
    eprintln!("timing check: starting a server, signing up {pairs} accounts");
    let server = Server::start(&settings.server, "timing")?;
    let port = server.port;
    for i in 0..pairs {
        let request = http::sign_up_request(
            port,
            &address("172.16", i),
            &format!("bench-known-{i}"),
            &format!("load test password {i} kept safe"),
        );
        let reply = http::exchange_once(port, &request, PERSON_TIMEOUT)
            .map_err(|e| format!("sign-up {i}: {e}"))?;
        if reply.status != 201 {
            return Err(format!(
                "sign-up {i} answered {}: {}",
                reply.status,
                String::from_utf8_lossy(&reply.body)
            ));
        }
    }
    // A few unmeasured tries first, so both kinds meet a warm server.
    for i in 0..4 {
        let request = http::sign_in_request(
            port,
            &address("172.19", i),
            &format!("bench-warm-{i}"),
            "not the password",
            false,
        );
        let _ = http::exchange_once(port, &request, PERSON_TIMEOUT);
    }
    eprintln!("timing check: {pairs} interleaved pairs of wrong-password sign-ins");
    let mut timing = Timing {
        pairs,
        known_ms: Vec::new(),
        unknown_ms: Vec::new(),
        differences: Vec::new(),
        example: None,
        server_problems: Vec::new(),
    };
    let wrong = "a wrong password, typed carefully";
    for i in 0..pairs {
        let known = http::sign_in_request(
            port,
            &address("172.17", i),
            &format!("bench-known-{i}"),
            wrong,
            false,
        );
        let unknown = http::sign_in_request(
            port,
            &address("172.18", i),
            &format!("bench-ghost-{i}"),
            wrong,
            false,
        );
        let timed = |request: &[u8]| -> Result<(f64, Reply), String> {
            let started = Instant::now();
            let reply = http::exchange_once(port, request, PERSON_TIMEOUT)
                .map_err(|e| format!("sign-in: {e}"))?;
            Ok((millis(started.elapsed()), reply))
        };
        let (known, unknown) = if i % 2 == 0 {
            let k = timed(&known)?;
            (k, timed(&unknown)?)
        } else {
            let u = timed(&unknown)?;
            (timed(&known)?, u)
        };
        timing.known_ms.push(known.0);
        timing.unknown_ms.push(unknown.0);
        let reference = timing
            .example
            .get_or_insert_with(|| known.1.clone())
            .clone();
        for (kind, reply) in [("existing", &known.1), ("unknown", &unknown.1)] {
            if let Some(difference) = compare(&reference, reply) {
                timing
                    .differences
                    .push(format!("pair {i}, {kind} username: {difference}"));
            }
        }
    }
    timing.server_problems = server.problems();
    Ok(timing)
}

/// How `reply` differs from `reference`, ignoring only the `Date` header.
fn compare(reference: &Reply, reply: &Reply) -> Option<String> {
    if reply.status != reference.status {
        return Some(format!("status {} vs {}", reply.status, reference.status));
    }
    if reply.body != reference.body {
        return Some(format!(
            "body {:?} vs {:?}",
            String::from_utf8_lossy(&reply.body),
            String::from_utf8_lossy(&reference.body)
        ));
    }
    let headers = |r: &Reply| {
        let mut h: Vec<(String, String)> = r
            .headers
            .iter()
            .filter(|(n, _)| n != "date")
            .cloned()
            .collect();
        h.sort();
        h
    };
    let (a, b) = (headers(reply), headers(reference));
    (a != b).then(|| format!("headers {a:?} vs {b:?}"))
}

// ---------------------------------------------------------------------------
// Rounds

const OUTCOMES: [Outcome; 6] = [
    Outcome::SignedIn,
    Outcome::Failed,
    Outcome::TooMany,
    Outcome::Busy,
    Outcome::Other,
    Outcome::NoAnswer,
];

fn index_of(outcome: Outcome) -> usize {
    OUTCOMES.iter().position(|o| *o == outcome).unwrap_or(4)
}

#[derive(Default)]
struct Tally([AtomicU64; 6]);

impl Tally {
    fn add(&self, outcome: Outcome) {
        self.0[index_of(outcome)].fetch_add(1, Ordering::Relaxed);
    }

    fn snapshot(&self) -> [u64; 6] {
        std::array::from_fn(|i| self.0[i].load(Ordering::Relaxed))
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

/// The flood: `connections` tasks, each with its own kept-alive
/// connection, sending back-to-back sign-ins for never-seen usernames.
struct Flood {
    stop: Arc<AtomicBool>,
    recording: Arc<AtomicBool>,
    tally: Arc<Tally>,
    open: Arc<AtomicUsize>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Counts a connection as open while it lives.
struct Open(Arc<AtomicUsize>);

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Flood {
    fn start(port: u16, spec: RoundSpec, round: usize, threads: usize) -> Flood {
        let stop = Arc::new(AtomicBool::new(false));
        let recording = Arc::new(AtomicBool::new(false));
        let tally = Arc::new(Tally::default());
        let open = Arc::new(AtomicUsize::new(0));
        let addresses: Vec<Arc<str>> = (0..spec.addresses)
            .map(|k| address(&format!("10.{}", round + 1), k).into())
            .collect();
        let (s, r, t, o) = (
            Arc::clone(&stop),
            Arc::clone(&recording),
            Arc::clone(&tally),
            Arc::clone(&open),
        );
        let thread = std::thread::spawn(move || {
            let runtime = if threads == 1 {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
            } else {
                tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(threads)
                    .enable_all()
                    .build()
            }
            .expect("a tokio runtime for the flood");
            runtime.block_on(async move {
                let mut tasks = tokio::task::JoinSet::new();
                for id in 0..spec.connections {
                    let from = Arc::clone(&addresses[id % addresses.len()]);
                    tasks.spawn(flood_connection(
                        port,
                        id,
                        from,
                        Arc::clone(&s),
                        Arc::clone(&r),
                        Arc::clone(&t),
                        Arc::clone(&o),
                    ));
                }
                while !s.load(Ordering::Relaxed) {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                tasks.abort_all();
                while tasks.join_next().await.is_some() {}
            });
        });
        Flood {
            stop,
            recording,
            tally,
            open,
            thread: Some(thread),
        }
    }

    fn finish(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn flood_connection(
    port: u16,
    id: usize,
    from: Arc<str>,
    stop: Arc<AtomicBool>,
    recording: Arc<AtomicBool>,
    tally: Arc<Tally>,
    open: Arc<AtomicUsize>,
) {
    let mut connection: Option<(Connection, Open)> = None;
    let mut seq: u64 = 0;
    while !stop.load(Ordering::Relaxed) {
        if connection.is_none() {
            match Connection::open(port).await {
                Ok(c) => {
                    open.fetch_add(1, Ordering::Relaxed);
                    connection = Some((c, Open(Arc::clone(&open))));
                }
                Err(_) => {
                    if recording.load(Ordering::Relaxed) {
                        tally.add(Outcome::NoAnswer);
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            }
        }
        let Some((conn, _)) = connection.as_mut() else {
            continue;
        };
        seq += 1;
        let request = http::sign_in_request(
            port,
            &from,
            &format!("nobody-{id}-{seq}"),
            "not anybody's password",
            true,
        );
        let (outcome, keep) = match conn.exchange(&request).await {
            Ok(reply) => (reply.outcome(), !reply.closes()),
            Err(_) => (Outcome::NoAnswer, false),
        };
        if recording.load(Ordering::Relaxed) {
            tally.add(outcome);
        }
        if !keep {
            connection = None;
        }
    }
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

// ---------------------------------------------------------------------------
// Report

fn print_rounds(settings: &Settings, results: &[RoundResult]) {
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

fn print_timing(t: &Timing) {
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
fn verdicts(results: &[RoundResult], timing: Option<&Timing>) -> bool {
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
