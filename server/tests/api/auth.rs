//! Signing up, in and out against the real server, on SQLite and PostgreSQL.

use crate::support::{Backend, Reply, TestServer};
use serde_json::json;

async fn signs_up_without_an_email_and_gets_a_session(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    let reply = browser.sign_up("Maria.Lopez", "maple river lantern").await;
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    assert_eq!(reply.body["user"]["username"], "maria.lopez");
    assert_eq!(reply.body["user"]["email"], serde_json::Value::Null);
    assert_eq!(reply.body["user"]["roles"], json!(["patron"]));
    let cookie = reply.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain http must not set Secure: {cookie}"
    );

    let me = browser.get("/api/v1/auth/session").await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["user"]["username"], "maria.lopez");
}
on_both_backends!(signs_up_without_an_email_and_gets_a_session);

async fn says_which_sign_up_fields_to_fix(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut browser = server.client();
    let reply = browser
        .post(
            "/api/v1/auth/sign-up",
            json!({"username": "x", "password": "short", "email": "nope"}),
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(reply.body["error"], "invalid_input");
    assert_eq!(
        reply.problems(),
        [
            ("username".into(), "username_too_short".into()),
            ("password".into(), "password_too_short".into()),
            ("email".into(), "email_invalid".into())
        ]
    );
    let common = browser.sign_up("reader", "Password123!").await;
    assert_eq!(
        common.problems(),
        [("password".into(), "password_common".into())]
    );
    let full_width = browser.sign_up("reader", "ｐａｓｓｗｏｒｄ１２３").await;
    assert_eq!(
        full_width.problems(),
        [("password".into(), "password_common".into())]
    );

    assert_eq!(
        browser
            .sign_up("reader", "maple river lantern")
            .await
            .status,
        201
    );
    let taken = server
        .client()
        .sign_up("READER", "another fine phrase")
        .await;
    assert_eq!(taken.status, 422);
    assert_eq!(
        taken.problems(),
        [("username".into(), "username_taken".into())]
    );
}
on_both_backends!(says_which_sign_up_fields_to_fix);

async fn counts_password_length_in_characters_and_takes_long_ones(backend: Backend) {
    let server = TestServer::start(backend).await;
    // Seven characters, fourteen bytes: too short.
    let short = server.client().sign_up("ana", "ñøåéüíó").await;
    assert_eq!(
        short.problems(),
        [("password".into(), "password_too_short".into())]
    );
    let long = "una frase larga con ñ y acentos: canción, árbol, pingüino ".repeat(2);
    assert!(long.chars().count() > 64);
    let mut browser = server.client();
    assert_eq!(browser.sign_up("ana", &long).await.status, 201);
    assert_eq!(server.client().sign_in("ana", &long).await.status, 200);
}
on_both_backends!(counts_password_length_in_characters_and_takes_long_ones);

async fn bad_bodies_get_a_clear_client_error_never_a_500(backend: Backend) {
    let server = TestServer::start(backend).await;
    let browser = server.client();
    let url = format!("{}/api/v1/auth/sign-up", server.base);
    let send = |body: &'static str, content_type: &'static str| {
        browser
            .raw()
            .post(&url)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let not_json = send("{username:", "application/json").await.unwrap();
    assert_eq!(not_json.status(), 400);
    let missing = send(r#"{"username":"ana"}"#, "application/json")
        .await
        .unwrap();
    assert_eq!(missing.status(), 422);
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["fields"][0]["field"], "password");
    assert_eq!(body["fields"][0]["problem"], "required");
    let wrong_type = send(r#"{"username":5,"password":"x"}"#, "application/json")
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), 422);
    let body: serde_json::Value = wrong_type.json().await.unwrap();
    assert_eq!(body["fields"][0]["field"], "username");
    assert_eq!(body["fields"][0]["problem"], "wrong_type");
    let not_an_object = send("\"just text\"", "application/json").await.unwrap();
    assert_eq!(not_an_object.status(), 400);
    let form = send(
        "username=ana&password=x",
        "application/x-www-form-urlencoded",
    )
    .await
    .unwrap();
    assert_eq!(form.status(), 415);
    let huge = browser
        .raw()
        .post(&url)
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"username":"{}","password":"x"}}"#,
            "a".repeat(200_000)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), 413);
}
on_both_backends!(bad_bodies_get_a_clear_client_error_never_a_500);

async fn a_wrong_password_and_an_unknown_user_look_the_same(backend: Backend) {
    let server = TestServer::start(backend).await;
    server.patron("known").await;
    let wrong = server.client().sign_in("known", "not the password").await;
    let unknown = server
        .client()
        .sign_in("nobody-here", "not the password")
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(wrong.body, unknown.body);
    assert_eq!(wrong.body["error"], "sign_in_failed");
    assert!(wrong.header("set-cookie").is_none());
    // Every header but the date is the same too.
    let names = |reply: &Reply| {
        let mut pairs: Vec<(String, String)> = reply
            .headers
            .iter()
            .filter(|(name, _)| *name != "date")
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
            .collect();
        pairs.sort();
        pairs
    };
    assert_eq!(names(&wrong), names(&unknown));
}
on_both_backends!(a_wrong_password_and_an_unknown_user_look_the_same);

async fn signing_in_issues_a_new_session_id_each_time(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut browser, _) = server.patron("fixation").await;
    let first = browser.cookie.clone().unwrap();
    browser.sign_in("fixation", "maple river lantern").await;
    let second = browser.cookie.clone().unwrap();
    assert_ne!(first, second);
    // The session the browser came with is over.
    let mut old = server.client();
    old.cookie = Some(first);
    assert_eq!(old.get("/api/v1/auth/session").await.status, 401);
}
on_both_backends!(signing_in_issues_a_new_session_id_each_time);

async fn signing_out_revokes_the_session_on_the_server(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut browser, _) = server.patron("leaving").await;
    let stolen = browser.cookie.clone();
    let out = browser
        .send(reqwest::Method::POST, "/api/v1/auth/sign-out", None)
        .await;
    assert_eq!(out.status, 204);
    // Cookies go; the HTTP cache, which holds only public files, stays.
    assert_eq!(out.header("clear-site-data"), Some("\"cookies\""));
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    let mut replay = server.client();
    replay.cookie = stolen;
    let after = replay.get("/api/v1/auth/session").await;
    assert_eq!(after.status, 401);
    assert_eq!(after.body["error"], "unauthenticated");
}
on_both_backends!(signing_out_revokes_the_session_on_the_server);

async fn locks_an_account_after_five_failures_whether_or_not_it_exists(backend: Backend) {
    let server = TestServer::start(backend).await;
    server.patron("target").await;
    for name in ["target", "ghost-account"] {
        for _ in 0..5 {
            assert_eq!(
                server
                    .client()
                    .sign_in(name, "guess guess guess")
                    .await
                    .status,
                401
            );
        }
        let locked = server.client().sign_in(name, "guess guess guess").await;
        assert_eq!(locked.status, 429, "{name}");
        assert_eq!(locked.body["error"], "too_many_attempts");
        let wait: u32 = locked.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=30).contains(&wait), "{wait}");
    }
    // Even the right password waits out the lock...
    assert_eq!(
        server
            .client()
            .sign_in("target", "maple river lantern")
            .await
            .status,
        429
    );
    // ...and works once the lock has passed.
    server
        .sql("UPDATE sign_in_failures SET locked_until = 0")
        .await;
    assert_eq!(
        server
            .client()
            .sign_in("target", "maple river lantern")
            .await
            .status,
        200
    );
    // Typed names are not stored in clear; the successful sign-in cleared
    // the account's record and only the made-up name's remains.
    let clear = server
        .sql("SELECT COUNT(*) FROM sign_in_failures WHERE account_key IN ('target', 'ghost-account')")
        .await;
    assert_eq!(clear[0][0].as_deref(), Some("0"));
    let left = server.sql("SELECT COUNT(*) FROM sign_in_failures").await;
    assert_eq!(left[0][0].as_deref(), Some("1"));
}
on_both_backends!(locks_an_account_after_five_failures_whether_or_not_it_exists);

async fn parallel_guesses_cannot_slip_past_the_lock(backend: Backend) {
    let server = TestServer::start(backend).await;
    server.patron("besieged").await;
    let guesses: Vec<_> = (0..12)
        .map(|i| {
            let mut c = server.client();
            tokio::spawn(async move {
                c.sign_in("besieged", &format!("wrong guess number {i}"))
                    .await
                    .status
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.unwrap());
    }
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert!(checked <= 5, "{statuses:?}");
    assert_eq!(checked + refused, 12, "{statuses:?}");
}
on_both_backends!(parallel_guesses_cannot_slip_past_the_lock);

async fn updates_display_name_email_and_language(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut browser, _) = server.patron("changer").await;
    let bad = browser
        .send(
            reqwest::Method::PATCH,
            "/api/v1/account",
            Some(json!({"email": "not-an-email"})),
        )
        .await;
    assert_eq!(bad.problems(), [("email".into(), "email_invalid".into())]);
    let ok = browser
        .send(
            reqwest::Method::PATCH,
            "/api/v1/account",
            Some(json!({"display_name": "Ana", "email": "ana@example.org", "language": "es"})),
        )
        .await;
    assert_eq!(ok.status, 200, "{:?}", ok.body);
    assert_eq!(ok.body["display_name"], "Ana");
    assert_eq!(ok.body["language"], "es");
    let cleared = browser
        .send(
            reqwest::Method::PATCH,
            "/api/v1/account",
            Some(json!({"email": ""})),
        )
        .await;
    assert_eq!(cleared.body["email"], serde_json::Value::Null);
    assert_eq!(cleared.body["display_name"], "Ana");
}
on_both_backends!(updates_display_name_email_and_language);

async fn changing_the_password_ends_other_sessions(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut phone, _) = server.patron("mover").await;
    let mut laptop = server.client();
    laptop.sign_in("mover", "maple river lantern").await;
    let wrong = laptop
        .post(
            "/api/v1/account/password",
            json!({"current_password": "nope", "new_password": "a new long phrase"}),
        )
        .await;
    assert_eq!(
        wrong.problems(),
        [("current_password".into(), "current_password_wrong".into())]
    );
    let changed = laptop
        .post(
            "/api/v1/account/password",
            json!({"current_password": "maple river lantern", "new_password": "a new long phrase"}),
        )
        .await;
    assert_eq!(changed.status, 200);
    assert_eq!(laptop.get("/api/v1/auth/session").await.status, 200);
    assert_eq!(phone.get("/api/v1/auth/session").await.status, 401);
    assert_eq!(
        server
            .client()
            .sign_in("mover", "a new long phrase")
            .await
            .status,
        200
    );
}
on_both_backends!(changing_the_password_ends_other_sessions);
