//! A flood of sign-ins cannot lock real people out: each client address has
//! a budget of failed attempts shared by every instance, and the password
//! hasher's queue is bounded.

use std::time::{Duration, Instant};

use crate::support::{Backend, Client, PATRON, TestServer};
use libranet_server::client::parse_network;
use serde_json::json;

fn behind_a_proxy(config: &mut libranet_server::Config) {
    config.trusted_proxies = vec![parse_network("127.0.0.1").unwrap()];
    config.auth_budget = 6;
}

fn from(server: &TestServer, address: &str) -> Client {
    let mut client = server.client();
    client.forwarded_for = Some(address.to_owned());
    client
}

async fn the_attempt_budget_is_shared_by_two_instances(backend: Backend) {
    let first = TestServer::start_with(backend, behind_a_proxy).await;
    let second = first.another_instance_with(behind_a_proxy).await;
    let mut on_first = from(&first, "203.0.113.5");
    let mut on_second = from(&second, "203.0.113.5");
    for i in 0..3 {
        let a = on_first
            .sign_in(&format!("nobody-{i}"), "a wrong guess")
            .await;
        let b = on_second
            .sign_in(&format!("noone-{i}"), "a wrong guess")
            .await;
        assert_eq!((a.status, b.status), (401, 401));
    }
    // Six failures in all, three on each instance: both now refuse.
    for client in [&mut on_first, &mut on_second] {
        let refused = client.sign_in("nobody-else", "another guess").await;
        assert_eq!(refused.status, 429, "{:?}", refused.body);
        assert_eq!(refused.body["error"], "too_many_attempts");
        let wait: u64 = refused.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=600).contains(&wait), "{wait}");
    }
    // Even a right password waits: the address is out of tries.
    let right = on_first.sign_in(PATRON.0, PATRON.1).await;
    assert_eq!(right.status, 429);
    // The refusal comes before the body is even read.
    let unread = on_first
        .raw()
        .post(format!("{}/api/v1/auth/sign-in", first.base))
        .header("content-type", "application/json")
        .header("x-forwarded-for", "203.0.113.5")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(unread.status(), 429);
    assert!(unread.headers().contains_key("retry-after"));

    // Another address is untouched and signs in at once, on either instance.
    let mut neighbour = from(&second, "198.51.100.23");
    let ok = neighbour.sign_in(PATRON.0, PATRON.1).await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);

    // Without a trusted proxy the header is ignored: the socket counts.
    let plain = TestServer::start(backend).await;
    for i in 0..3 {
        // A new claimed address each time: were the header believed, each
        // would get a budget of its own.
        let mut spoofing = from(&plain, &format!("192.0.2.{}", 70 + i));
        spoofing.sign_in("nobody", "a wrong guess").await;
    }
    let stored = plain
        .sql("SELECT COUNT(*), MAX(attempts) FROM client_attempts")
        .await;
    assert_eq!(stored[0][0].as_deref(), Some("1"));
    assert_eq!(stored[0][1].as_deref(), Some("3"));
}
on_both_backends!(the_attempt_budget_is_shared_by_two_instances);

async fn successful_sign_ins_give_their_attempt_back(backend: Backend) {
    let server = TestServer::start_with(backend, behind_a_proxy).await;
    // A busy branch behind one address: many people sign in, none fails.
    let mut desk = from(&server, "203.0.113.9");
    for _ in 0..10 {
        let ok = desk.sign_in(PATRON.0, PATRON.1).await;
        assert_eq!(ok.status, 200);
    }
    let used = server.sql("SELECT attempts FROM client_attempts").await;
    assert_eq!(used[0][0].as_deref(), Some("0"));
}
on_both_backends!(successful_sign_ins_give_their_attempt_back);

async fn a_full_hasher_queue_answers_429_at_once(backend: Backend) {
    let server = TestServer::start_with(backend, |config| {
        behind_a_proxy(config);
        config.hashing_concurrency = 1;
        config.hashing_queue = 0;
        config.auth_budget = 1000;
    })
    .await;
    // Connections are opened first, so the timing is the server's answer.
    let mut clients = Vec::new();
    for i in 0..24 {
        let mut client = from(&server, &format!("192.0.2.{}", i + 1));
        assert_eq!(client.get("/healthz").await.status, 200);
        clients.push(client);
    }
    let attempts: Vec<_> = clients
        .into_iter()
        .enumerate()
        .map(|(i, mut client)| {
            tokio::spawn(async move {
                let started = Instant::now();
                let reply = client.sign_in(&format!("flood-{i}"), "a wrong guess").await;
                (reply, started.elapsed())
            })
        })
        .collect();
    let mut busy = Vec::new();
    let mut checked = 0;
    for attempt in attempts {
        let (reply, took) = attempt.await.unwrap();
        match reply.status {
            401 => checked += 1,
            429 => {
                assert_eq!(reply.body["error"], "busy");
                assert!(reply.header("retry-after").is_some());
                busy.push(took);
            }
            other => panic!("unexpected {other}: {:?}", reply.body),
        }
    }
    assert!(checked >= 1, "someone was checked");
    assert!(!busy.is_empty(), "a full queue refuses");
    busy.sort();
    let median = busy[busy.len() / 2];
    assert!(
        median < Duration::from_millis(50),
        "a refusal waits for nothing: median {median:?}"
    );
    // A refusal for a busy hasher counted nothing against the address.
    let counted = server
        .sql("SELECT CAST(COALESCE(SUM(attempts), 0) AS BIGINT) FROM client_attempts")
        .await;
    assert_eq!(counted[0][0].as_deref(), Some(checked.to_string().as_str()));
}
on_both_backends!(a_full_hasher_queue_answers_429_at_once);

async fn sign_up_cannot_be_used_to_list_usernames(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut prober = server.client();
    let mut taken = 0;
    let mut refused_at = None;
    for i in 0..40 {
        let reply = prober
            .post(
                "/api/v1/auth/sign-up",
                json!({"username": PATRON.0, "password": "a long enough pass phrase"}),
            )
            .await;
        match reply.status {
            422 => taken += 1,
            429 => {
                refused_at.get_or_insert(i);
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(taken, 30, "the default budget is thirty failures");
    assert_eq!(refused_at, Some(30));
    // Once refused, a free name gets the same answer: nothing to learn.
    let free = prober
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "surely-free-name", "password": "a long enough pass phrase"}),
        )
        .await;
    assert_eq!(free.status, 429);
}
on_both_backends!(sign_up_cannot_be_used_to_list_usernames);
