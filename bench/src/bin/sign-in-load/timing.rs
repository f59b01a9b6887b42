//! The look-alike check: wrong-password sign-ins for existing and unknown
//! usernames, timed, and their answers compared.

use std::time::Instant;

use crate::http::{self, Reply};
use crate::server::Server;
use crate::settings::{PERSON_TIMEOUT, Settings};
use crate::{address, millis};

pub(crate) struct Timing {
    pub(crate) pairs: usize,
    pub(crate) known_ms: Vec<f64>,
    pub(crate) unknown_ms: Vec<f64>,
    /// How the answers differed (status, body or headers but `Date`), if
    /// they did.
    pub(crate) differences: Vec<String>,
    pub(crate) example: Option<Reply>,
    pub(crate) server_problems: Vec<String>,
}

/// Wrong-password sign-ins for existing accounts against unknown usernames,
/// interleaved, each from a fresh address and for a name used once, so
/// neither the client budget nor the account lock is ever reached.
pub(crate) fn timing_check(settings: &Settings) -> Result<Timing, String> {
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
