//! Server-side sessions: timeouts, kiosk cookies, several instances.

mod common;

use common::{Backend, TestServer};
use serde_json::json;

async fn a_session_ends_after_its_idle_time(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    browser.sign_up("idler", "maple river lantern").await;
    // Two weeks and a bit without activity.
    server
        .sql("UPDATE sessions SET last_seen_at = last_seen_at - idle_secs - 61, created_at = created_at - idle_secs - 61")
        .await;
    assert_eq!(browser.get("/api/v1/auth/session").await.status, 401);
    let left = server.sql("SELECT COUNT(*) FROM sessions").await;
    assert_eq!(
        left[0][0].as_deref(),
        Some("0"),
        "the expired session is deleted"
    );
}
on_both_backends!(a_session_ends_after_its_idle_time);

async fn a_session_ends_after_its_absolute_lifetime_even_when_active(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    browser.sign_up("busy", "maple river lantern").await;
    server
        .sql("UPDATE sessions SET created_at = created_at - absolute_secs")
        .await;
    assert_eq!(browser.get("/api/v1/auth/session").await.status, 401);
}
on_both_backends!(a_session_ends_after_its_absolute_lifetime_even_when_active);

async fn reading_counts_as_activity(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    browser.sign_up("reader", "maple river lantern").await;
    server
        .sql("UPDATE sessions SET last_seen_at = last_seen_at - 3600")
        .await;
    let before = server.sql("SELECT last_seen_at FROM sessions").await[0][0]
        .clone()
        .unwrap();
    assert_eq!(browser.get("/api/v1/account").await.status, 200);
    let after = server.sql("SELECT last_seen_at FROM sessions").await[0][0]
        .clone()
        .unwrap();
    let (before, after): (i64, i64) = (before.parse().unwrap(), after.parse().unwrap());
    assert!(
        after >= before + 3600,
        "last_seen_at moved from {before} to {after}"
    );
}
on_both_backends!(reading_counts_as_activity);

async fn kiosk_sessions_are_short_and_their_cookie_dies_with_the_browser(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut kiosk = server.client();
    let reply = kiosk
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "walkin", "password": "maple river lantern", "device": "kiosk"}),
        )
        .await;
    assert_eq!(reply.body["device"], "kiosk");
    assert_eq!(reply.body["policy"]["idle_secs"], 240);
    assert_eq!(reply.body["policy"]["warning_secs"], 60);
    assert!(!reply.header("set-cookie").unwrap().contains("Max-Age"));

    let mut home = server.client();
    let personal = home.sign_in("walkin", "maple river lantern").await;
    assert_eq!(personal.body["device"], "personal");
    assert!(
        personal
            .header("set-cookie")
            .unwrap()
            .contains("Max-Age=2592000")
    );
    assert!(
        personal.body["policy"]["idle_secs"].as_u64() > reply.body["policy"]["idle_secs"].as_u64()
    );

    // Five idle minutes end the kiosk session but not the personal one.
    server
        .sql("UPDATE sessions SET last_seen_at = last_seen_at - 301")
        .await;
    assert_eq!(kiosk.get("/api/v1/auth/session").await.status, 401);
    assert_eq!(home.get("/api/v1/auth/session").await.status, 200);
}
on_both_backends!(kiosk_sessions_are_short_and_their_cookie_dies_with_the_browser);

async fn a_second_instance_serves_the_same_sessions(backend: Backend) {
    let first = TestServer::start(backend).await;
    let second = first.another_instance().await;
    let mut browser = first.client();
    browser.sign_up("roaming", "maple river lantern").await;
    // The load balancer sends the next request to the other instance.
    browser.base = second.base.clone();
    let me = browser.get("/api/v1/auth/session").await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["user"]["username"], "roaming");
    browser
        .send(reqwest::Method::POST, "/api/v1/auth/sign-out", None)
        .await;
    let mut replay = first.client();
    replay.cookie = browser.cookie.clone();
    assert_eq!(replay.get("/api/v1/auth/session").await.status, 401);
}
on_both_backends!(a_second_instance_serves_the_same_sessions);

async fn secure_deployments_mark_the_cookie_secure_and_host_only(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.public_url = Some("https://careers.example.org".into());
    })
    .await;
    let mut browser = server.client();
    let reply = browser
        .raw()
        .post(format!("{}/api/v1/auth/sign-up", server.base))
        .header("origin", "https://careers.example.org")
        .json(&json!({"username": "secure", "password": "maple river lantern"}))
        .send()
        .await
        .unwrap();
    let reply = browser.read(reply).await;
    let cookie = reply.header("set-cookie").unwrap();
    assert!(cookie.starts_with("__Host-libranet_session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(reply.header("strict-transport-security").is_some());
}
on_both_backends!(secure_deployments_mark_the_cookie_secure_and_host_only);
