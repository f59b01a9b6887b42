//! Headers, cross-site defence, health and the OpenAPI document.

use crate::support::{Backend, STAFF, TestServer};
use serde_json::json;

async fn every_response_carries_the_security_headers(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    for path in ["/api/v1/site", "/", "/account", "/healthz"] {
        let reply = browser.get(path).await;
        let csp = reply.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            reply.header("referrer-policy"),
            Some("no-referrer"),
            "{path}"
        );
    }
    let api = browser.get("/api/v1/site").await;
    assert_eq!(api.header("cache-control"), Some("no-store"));
}
on_both_backends!(every_response_carries_the_security_headers);

async fn cross_site_writes_are_rejected(backend: Backend) {
    let server = TestServer::start(backend).await;
    let browser = server.client();
    let url = format!("{}/api/v1/auth/sign-up", server.base);
    let body = json!({"username": "victim", "password": "maple river lantern"});
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
        ("origin", "https://evil.example"),
    ] {
        let reply = browser
            .raw()
            .post(&url)
            .header(header, value)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 403, "{header}: {value}");
        let body: serde_json::Value = reply.json().await.unwrap();
        assert_eq!(body["error"], "cross_site_rejected");
    }
    let same = browser
        .raw()
        .post(&url)
        .header("sec-fetch-site", "same-origin")
        .header("origin", server.base.as_str())
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), 201);
}
on_both_backends!(cross_site_writes_are_rejected);

async fn health_reports_the_database(backend: Backend) {
    let server = TestServer::start(backend).await;
    let reply = server.client().get("/healthz").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["status"], "ok");
    let expected = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    assert_eq!(reply.body["database"], expected);
}
on_both_backends!(health_reports_the_database);

async fn unknown_api_paths_get_a_json_404(backend: Backend) {
    let server = TestServer::start(backend).await;
    let reply = server.client().get("/api/v1/no-such-thing").await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.body["error"], "not_found");
}
on_both_backends!(unknown_api_paths_get_a_json_404);

#[tokio::test]
async fn a_wrong_method_gets_a_json_405() {
    let server = TestServer::start(Backend::Sqlite).await;
    let reply = server.client().get("/api/v1/auth/sign-in").await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.body["error"], "malformed_body");
}

#[tokio::test]
async fn the_app_page_is_never_stored_by_the_browser() {
    let server = TestServer::start(Backend::Sqlite).await;
    std::fs::create_dir_all(server.app_dir()).unwrap();
    std::fs::write(server.app_dir().join("index.html"), "<html></html>").unwrap();
    let reply = server.client().get("/account").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn the_openapi_document_lists_every_endpoint() {
    let server = TestServer::start(Backend::Sqlite).await;
    let doc = server.client().get("/api/v1/openapi.json").await;
    assert_eq!(doc.status, 200);
    let paths = doc.body["paths"].as_object().expect("paths");
    let mut listed: Vec<_> = paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |m| format!("{m} {path}"))
        })
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        [
            "delete /api/v1/account/desk-help",
            "delete /api/v1/branches/{id}",
            "delete /api/v1/cohorts/{id}/members/{user_id}",
            "delete /api/v1/desk/patrons/{id}/consent",
            "delete /api/v1/events/feed",
            "delete /api/v1/events/{id}/rsvp",
            "delete /api/v1/groups/{id}/members/{user_id}",
            "delete /api/v1/kiosks/{id}",
            "delete /api/v1/mentorships/{id}/block",
            "delete /api/v1/mentorships/{id}/check-ins/{check_in}",
            "delete /api/v1/people/{id}/block",
            "delete /api/v1/recommendations/{id}",
            "delete /api/v1/rooms/{id}",
            "delete /api/v1/teaching/{id}",
            "delete /api/v1/tracker/{job_id}",
            "get /api/v1/account",
            "get /api/v1/account/desk-help",
            "get /api/v1/appointments",
            "get /api/v1/appointments/mine",
            "get /api/v1/auth/session",
            "get /api/v1/blocks",
            "get /api/v1/branches",
            "get /api/v1/calendar/{file}",
            "get /api/v1/cohorts",
            "get /api/v1/cohorts/{id}",
            "get /api/v1/connections",
            "get /api/v1/connections/{id}/messages",
            "get /api/v1/desk/partners",
            "get /api/v1/desk/patrons/{id}",
            "get /api/v1/desk/patrons/{id}/profile/details",
            "get /api/v1/desk/patrons/{id}/profile/skills",
            "get /api/v1/events",
            "get /api/v1/events/attended",
            "get /api/v1/events/feed",
            "get /api/v1/events/{id}",
            "get /api/v1/events/{id}/attendees",
            "get /api/v1/expertise",
            "get /api/v1/expertise/directory",
            "get /api/v1/groups",
            "get /api/v1/groups/{id}",
            "get /api/v1/insight",
            "get /api/v1/jobs/{id}",
            "get /api/v1/listings/changes",
            "get /api/v1/mentoring/me",
            "get /api/v1/mentoring/mentors",
            "get /api/v1/mentoring/requests",
            "get /api/v1/mentorships",
            "get /api/v1/mentorships/{id}",
            "get /api/v1/moderation/log",
            "get /api/v1/needs",
            "get /api/v1/needs/mine",
            "get /api/v1/notifications",
            "get /api/v1/partner/org",
            "get /api/v1/people/{id}",
            "get /api/v1/plan",
            "get /api/v1/profile/details",
            "get /api/v1/profile/skills",
            "get /api/v1/recommendations",
            "get /api/v1/reports",
            "get /api/v1/resources/{id}",
            "get /api/v1/site",
            "get /api/v1/taxonomy",
            "get /api/v1/teaching",
            "get /api/v1/teaching/{id}",
            "get /api/v1/teaching/{id}/file",
            "get /api/v1/threads/{id}",
            "get /api/v1/tracker",
            "patch /api/v1/account",
            "post /api/v1/account/password",
            "post /api/v1/appointments",
            "post /api/v1/appointments/{id}/book",
            "post /api/v1/appointments/{id}/cancel",
            "post /api/v1/auth/closing",
            "post /api/v1/auth/heartbeat",
            "post /api/v1/auth/printing",
            "post /api/v1/auth/redeem-code",
            "post /api/v1/auth/sign-in",
            "post /api/v1/auth/sign-out",
            "post /api/v1/auth/sign-up",
            "post /api/v1/branches",
            "post /api/v1/cohorts",
            "post /api/v1/cohorts/{id}/invite",
            "post /api/v1/cohorts/{id}/join",
            "post /api/v1/cohorts/{id}/members/{user_id}",
            "post /api/v1/cohorts/{id}/publish",
            "post /api/v1/connections",
            "post /api/v1/connections/{id}",
            "post /api/v1/connections/{id}/messages",
            "post /api/v1/desk/partners/{user_id}/verify",
            "post /api/v1/desk/patrons",
            "post /api/v1/desk/patrons/search",
            "post /api/v1/desk/patrons/{id}/consent",
            "post /api/v1/desk/patrons/{id}/end-sessions",
            "post /api/v1/desk/reset-codes",
            "post /api/v1/events",
            "post /api/v1/events/feed",
            "post /api/v1/events/{id}/cancel",
            "post /api/v1/events/{id}/rsvp",
            "post /api/v1/groups",
            "post /api/v1/groups/{id}/join",
            "post /api/v1/groups/{id}/leave",
            "post /api/v1/groups/{id}/meetups",
            "post /api/v1/groups/{id}/members/{user_id}",
            "post /api/v1/groups/{id}/threads",
            "post /api/v1/jobs",
            "post /api/v1/jobs/import",
            "post /api/v1/kiosks",
            "post /api/v1/mentoring/requests",
            "post /api/v1/mentoring/requests/{id}",
            "post /api/v1/mentorships/{id}/block",
            "post /api/v1/mentorships/{id}/check-ins",
            "post /api/v1/mentorships/{id}/end",
            "post /api/v1/mentorships/{id}/messages",
            "post /api/v1/moderation/reports",
            "post /api/v1/needs",
            "post /api/v1/needs/{id}/close",
            "post /api/v1/notifications/read",
            "post /api/v1/people/{id}/block",
            "post /api/v1/people/{id}/recommendations",
            "post /api/v1/recommendations/{id}",
            "post /api/v1/reports",
            "post /api/v1/reports/{id}/decision",
            "post /api/v1/resources",
            "post /api/v1/rooms",
            "post /api/v1/teaching",
            "post /api/v1/teaching/{id}/comments",
            "post /api/v1/threads/{id}/posts",
            "put /api/v1/branches/{id}",
            "put /api/v1/desk/patrons/{id}/profile/details",
            "put /api/v1/desk/patrons/{id}/profile/skills",
            "put /api/v1/events/{id}/attendance",
            "put /api/v1/expertise",
            "put /api/v1/groups/{id}",
            "put /api/v1/jobs/{id}",
            "put /api/v1/jobs/{id}/open",
            "put /api/v1/mentoring/mentee",
            "put /api/v1/mentoring/mentor",
            "put /api/v1/mentorships/{id}/feedback",
            "put /api/v1/mentorships/{id}/goals",
            "put /api/v1/mentorships/{id}/note",
            "put /api/v1/needs/{id}",
            "put /api/v1/partner/org",
            "put /api/v1/people/{id}/endorsements",
            "put /api/v1/plan",
            "put /api/v1/profile/details",
            "put /api/v1/profile/skills",
            "put /api/v1/resources/{id}",
            "put /api/v1/resources/{id}/open",
            "put /api/v1/teaching/{id}/rating",
            "put /api/v1/threads/{id}/follow",
            "put /api/v1/tracker/{job_id}",
        ]
    );
    assert!(doc.body["components"]["schemas"]["SignUpRequest"].is_object());
    assert!(doc.body["components"]["schemas"]["ErrorBody"].is_object());
}

#[tokio::test]
async fn refuses_a_database_url_it_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    let config = libranet_server::Config::for_tests(dir.path().into(), Some("mysql://x/y".into()));
    let err = libranet_server::Application::build(config)
        .await
        .err()
        .expect("refused");
    assert!(
        format!("{err:#}").contains("sqlite: or postgres:"),
        "{err:#}"
    );
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_foreign_keys() {
    let server = TestServer::start(Backend::Sqlite).await;
    assert_eq!(
        server.sql("PRAGMA journal_mode").await[0][0].as_deref(),
        Some("wal")
    );
    let version = server.sql("SELECT sqlite_version()").await[0][0]
        .clone()
        .unwrap();
    let parts: Vec<u32> = version.split('.').map(|p| p.parse().unwrap()).collect();
    assert!(parts >= vec![3, 51, 3], "{version}");
}

/// Every GET in the OpenAPI document, asked by signed-in staff (who may read
/// the most), with `{id}`-style parameters filled with the demo's first ids.
/// Whatever answers with something must be `no-store`, unless it is the
/// same public document for everyone (the taxonomy), so nothing personal
/// can stay in a browser's HTTP cache on a public computer.
async fn no_personal_answer_may_be_kept_in_a_browser_cache(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    // A personal calendar feed, reached without the cookie.
    let feed = staff
        .send(reqwest::Method::POST, "/api/v1/events/feed", None)
        .await;
    let feed_path = feed.body["path"].as_str().unwrap().to_owned();
    let doc = staff.get("/api/v1/openapi.json").await;
    let mut paths: Vec<String> = doc.body["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, ops)| ops.get("get").is_some())
        .map(|(path, _)| path.clone())
        .collect();
    paths.push(feed_path);
    let public = ["/api/v1/taxonomy", "/api/v1/openapi.json"];
    let mut checked = 0;
    for template in paths {
        let path = fill_ids(&template);
        if path.contains('{') {
            continue;
        }
        let reply = staff.get(&path).await;
        if reply.status >= 400 {
            continue;
        }
        checked += 1;
        let cache = reply.header("cache-control").unwrap_or("(none)");
        if public.contains(&path.as_str()) {
            assert!(!cache.contains("private"), "{path}: {cache}");
            continue;
        }
        assert_eq!(cache, "no-store", "{path} answered {}", reply.status);
    }
    assert!(checked > 40, "only {checked} GET routes answered");
}
on_both_backends!(no_personal_answer_may_be_kept_in_a_browser_cache);

fn fill_ids(template: &str) -> String {
    template
        .split('/')
        .map(|part| {
            if part.starts_with('{') && part.ends_with('}') {
                "1".to_owned()
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}
