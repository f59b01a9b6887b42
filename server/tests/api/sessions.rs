//! Server-side sessions: timeouts, kiosk cookies, several instances.

use crate::support::{Backend, TestServer};
use serde_json::json;

async fn a_session_ends_after_its_idle_time(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut browser, _) = server.patron("idler").await;
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
    let (mut browser, _) = server.patron("busy").await;
    server
        .sql("UPDATE sessions SET created_at = created_at - absolute_secs")
        .await;
    assert_eq!(browser.get("/api/v1/auth/session").await.status, 401);
}
on_both_backends!(a_session_ends_after_its_absolute_lifetime_even_when_active);

async fn reading_counts_as_activity(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut browser, _) = server.patron("reader").await;
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
    let (mut browser, _) = first.patron("roaming").await;
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

async fn a_kiosk_session_answers_only_to_tabs_that_hold_its_key(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut tab = server.client();
    let started = tab
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "tabbed", "password": "maple river lantern", "device": "kiosk"}),
        )
        .await;
    assert_eq!(started.status, 201);
    let key = started.body["tab_key"]
        .as_str()
        .expect("a kiosk session has a tab key");
    assert_eq!(key.len(), 43);
    // The key is handed over once: reading the session does not repeat it.
    let read = tab.get("/api/v1/auth/session").await;
    assert_eq!(read.status, 200);
    assert!(read.body.get("tab_key").is_none());

    // A new tab has the browser's cookie but not the key.
    let mut new_tab = server.client();
    new_tab.cookie = tab.cookie.clone();
    assert_eq!(new_tab.get("/api/v1/auth/session").await.status, 401);
    new_tab.tab_key = Some("a guessed key".into());
    assert_eq!(new_tab.get("/api/v1/plan").await.status, 401);
    // Refusing the new tab ended nothing for the open one.
    assert_eq!(tab.get("/api/v1/auth/session").await.status, 200);

    // Personal sessions have no tab key and need none.
    let mut phone = server.client();
    let personal = phone.sign_in("tabbed", "maple river lantern").await;
    assert!(personal.body.get("tab_key").is_none());
    assert_eq!(phone.get("/api/v1/auth/session").await.status, 200);
}
on_both_backends!(a_kiosk_session_answers_only_to_tabs_that_hold_its_key);

async fn a_kiosk_session_ends_when_no_open_page_sends_a_heartbeat(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut tab = server.client();
    tab.post(
        "/api/v1/auth/sign-up",
        json!({"username": "walkaway", "password": "maple river lantern", "device": "kiosk"}),
    )
    .await;
    // A heartbeat keeps the session but is not activity.
    server
        .sql(
            "UPDATE sessions SET last_seen_at = last_seen_at - 100, alive_until = alive_until - 15",
        )
        .await;
    let before = server
        .sql("SELECT last_seen_at, alive_until FROM sessions")
        .await;
    let beat = tab
        .send(reqwest::Method::POST, "/api/v1/auth/heartbeat", None)
        .await;
    assert_eq!(beat.status, 204);
    let after = server
        .sql("SELECT last_seen_at, alive_until FROM sessions")
        .await;
    assert_eq!(after[0][0], before[0][0], "a heartbeat is not activity");
    let number = |v: &Option<String>| v.as_deref().unwrap().parse::<i64>().unwrap();
    assert!(number(&after[0][1]) >= number(&before[0][1]) + 15);

    // About to print: the dialog stops heartbeats, so the session lives longer.
    let printing = tab
        .send(reqwest::Method::POST, "/api/v1/auth/printing", None)
        .await;
    assert_eq!(printing.status, 204);
    server
        .sql("UPDATE sessions SET alive_until = alive_until - 60")
        .await;
    assert_eq!(tab.get("/api/v1/auth/session").await.status, 200);
    server
        .sql("UPDATE sessions SET alive_until = alive_until - 120")
        .await;

    // Twenty-one seconds without a heartbeat: the last tab is gone.
    server
        .sql("UPDATE sessions SET alive_until = alive_until - 21")
        .await;
    assert_eq!(tab.get("/api/v1/auth/session").await.status, 401);
    let left = server.sql("SELECT COUNT(*) FROM sessions").await;
    assert_eq!(left[0][0].as_deref(), Some("0"), "the session is deleted");
    let late = tab
        .send(reqwest::Method::POST, "/api/v1/auth/heartbeat", None)
        .await;
    assert_eq!(late.status, 401);

    // A personal session is not tied to open pages.
    let mut phone = server.client();
    phone.sign_in("walkaway", "maple river lantern").await;
    server
        .sql("UPDATE sessions SET last_seen_at = last_seen_at - 3600")
        .await;
    assert_eq!(phone.get("/api/v1/auth/session").await.status, 200);
}
on_both_backends!(a_kiosk_session_ends_when_no_open_page_sends_a_heartbeat);

async fn a_closing_page_ends_its_session_within_seconds_unless_another_tab_answers(
    backend: Backend,
) {
    let server = TestServer::start(backend).await;
    let mut first = server.client();
    first
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "twotabs", "password": "maple river lantern", "device": "kiosk"}),
        )
        .await;
    let mut second = first.clone();
    let alive_until = || async {
        let rows = server.sql("SELECT alive_until FROM sessions").await;
        rows[0][0].as_deref().unwrap().parse::<i64>().unwrap()
    };
    let opened = alive_until().await;

    // The first tab closes; the second one answers with a heartbeat.
    let closed = first
        .send(reqwest::Method::POST, "/api/v1/auth/closing", None)
        .await;
    assert_eq!(closed.status, 204);
    let soon = alive_until().await;
    assert!(
        soon < opened,
        "closing shortens the session ({soon} vs {opened})"
    );
    second
        .send(reqwest::Method::POST, "/api/v1/auth/heartbeat", None)
        .await;
    assert!(alive_until().await > soon);
    assert_eq!(second.get("/api/v1/auth/session").await.status, 200);

    // The last tab closes and nobody answers: over within seconds.
    second
        .send(reqwest::Method::POST, "/api/v1/auth/closing", None)
        .await;
    server
        .sql("UPDATE sessions SET alive_until = alive_until - 9")
        .await;
    assert_eq!(second.get("/api/v1/auth/session").await.status, 401);

    // Closing without a session, or without the tab key, changes nothing.
    let mut third = server.client();
    third
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "keyless", "password": "maple river lantern", "device": "kiosk"}),
        )
        .await;
    let before = alive_until().await;
    let mut stranger = server.client();
    let nothing = stranger
        .send(reqwest::Method::POST, "/api/v1/auth/closing", None)
        .await;
    assert_eq!(nothing.status, 204);
    stranger.cookie = third.cookie.clone();
    let keyless = stranger
        .send(reqwest::Method::POST, "/api/v1/auth/closing", None)
        .await;
    assert_eq!(keyless.status, 204);
    assert_eq!(
        alive_until().await,
        before,
        "a tab without the key ends nothing"
    );
    assert_eq!(third.get("/api/v1/auth/session").await.status, 200);
}
on_both_backends!(a_closing_page_ends_its_session_within_seconds_unless_another_tab_answers);
