//! The flood: kept-alive connections sending sign-ins for unknown usernames
//! on a tokio runtime of their own, and the tally of their answers.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use crate::address;
use crate::http::{self, Connection, Outcome};
use crate::settings::RoundSpec;

const OUTCOMES: [Outcome; 6] = [
    Outcome::SignedIn,
    Outcome::Failed,
    Outcome::TooMany,
    Outcome::Busy,
    Outcome::Other,
    Outcome::NoAnswer,
];

pub(crate) fn index_of(outcome: Outcome) -> usize {
    OUTCOMES.iter().position(|o| *o == outcome).unwrap_or(4)
}

#[derive(Default)]
pub(crate) struct Tally([AtomicU64; 6]);

impl Tally {
    fn add(&self, outcome: Outcome) {
        self.0[index_of(outcome)].fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> [u64; 6] {
        std::array::from_fn(|i| self.0[i].load(Ordering::Relaxed))
    }
}

/// The flood: `connections` tasks, each with its own kept-alive
/// connection, sending back-to-back sign-ins for never-seen usernames.
pub(crate) struct Flood {
    stop: Arc<AtomicBool>,
    pub(crate) recording: Arc<AtomicBool>,
    pub(crate) tally: Arc<Tally>,
    pub(crate) open: Arc<AtomicUsize>,
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
    pub(crate) fn start(port: u16, spec: RoundSpec, round: usize, threads: usize) -> Flood {
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

    pub(crate) fn finish(mut self) {
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
