//! Staff at the desk: enrolling patrons, one-time reset codes, finding a
//! patron and ending their sessions; help with a profile under the
//! patron's consent is in [`profile_help`], branches with rooms and kiosks
//! in [`branches`].

use crate::support::{ADMIN, Backend, STAFF, TestServer};
use serde_json::json;

async fn only_staff_reach_the_desk(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut stranger = server.client();
    let body = json!({"username": "someone"});
    assert_eq!(
        stranger
            .post("/api/v1/desk/reset-codes", body.clone())
            .await
            .status,
        401
    );
    stranger
        .sign_in("demo-patron", "demo patron looking for work")
        .await;
    let reply = stranger.post("/api/v1/desk/reset-codes", body).await;
    assert_eq!(reply.status, 403);
    assert_eq!(reply.body["error"], "forbidden");
}
on_both_backends!(only_staff_reach_the_desk);

async fn staff_enroll_a_patron_who_then_sets_their_own_password(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut desk = server.signed_in(STAFF).await;
    let enrolled = desk
        .post(
            "/api/v1/desk/patrons",
            json!({"username": "walk-in", "display_name": "Walk In"}),
        )
        .await;
    assert_eq!(enrolled.status, 201, "{:?}", enrolled.body);
    let code = enrolled.body["code"].as_str().unwrap().to_owned();
    assert!(enrolled.body.get("password").is_none());

    // No password exists until the patron sets one.
    assert_eq!(server.client().sign_in("walk-in", &code).await.status, 401);
    let stored = server.sql("SELECT code_hash FROM one_time_codes").await[0][0]
        .clone()
        .unwrap();
    assert!(
        stored.starts_with("$argon2id$") && !stored.contains(&code),
        "codes are stored hashed"
    );

    let mut patron = server.client();
    let typed = code.to_lowercase().replace('-', " ");
    let set = patron
        .post(
            "/api/v1/auth/redeem-code",
            json!({"username": "walk-in", "code": typed, "new_password": "my own long secret"}),
        )
        .await;
    assert_eq!(set.status, 200, "{:?}", set.body);
    assert_eq!(patron.get("/api/v1/auth/session").await.status, 200);
    assert_eq!(
        server
            .client()
            .sign_in("walk-in", "my own long secret")
            .await
            .status,
        200
    );

    let again = server
        .client()
        .post(
            "/api/v1/auth/redeem-code",
            json!({"username": "walk-in", "code": code, "new_password": "another long secret"}),
        )
        .await;
    assert_eq!(
        again.problems(),
        [("code".into(), "code_invalid".into())],
        "a code works once"
    );
    let audit = server
        .sql("SELECT COUNT(*) FROM audit_log WHERE action = 'enroll_patron'")
        .await;
    assert_eq!(audit[0][0].as_deref(), Some("1"));
}
on_both_backends!(staff_enroll_a_patron_who_then_sets_their_own_password);

async fn a_reset_code_ends_every_session_of_the_patron(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut home, _) = server.patron("forgetful").await;
    let mut phone = server.client();
    phone.sign_in("forgetful", "maple river lantern").await;

    let mut desk = server.signed_in(STAFF).await;
    let issued = desk
        .post("/api/v1/desk/reset-codes", json!({"username": "Forgetful"}))
        .await;
    assert_eq!(issued.status, 201);
    let code = issued.body["code"].as_str().unwrap().to_owned();

    let weak = server
        .client()
        .post(
            "/api/v1/auth/redeem-code",
            json!({"username": "forgetful", "code": code, "new_password": "password1"}),
        )
        .await;
    assert_eq!(
        weak.problems(),
        [("new_password".into(), "password_common".into())]
    );

    let mut kiosk = server.client();
    let reset = kiosk
        .post(
            "/api/v1/auth/redeem-code",
            json!({"username": "forgetful", "code": code, "new_password": "fresh start phrase", "device": "kiosk"}),
        )
        .await;
    assert_eq!(reset.status, 200, "{:?}", reset.body);
    assert_eq!(reset.body["device"], "kiosk");
    assert_eq!(home.get("/api/v1/auth/session").await.status, 401);
    assert_eq!(phone.get("/api/v1/auth/session").await.status, 401);
    assert_eq!(kiosk.get("/api/v1/auth/session").await.status, 200);
    assert_eq!(
        server
            .client()
            .sign_in("forgetful", "maple river lantern")
            .await
            .status,
        401
    );
}
on_both_backends!(a_reset_code_ends_every_session_of_the_patron);

async fn a_code_dies_after_five_wrong_tries_or_when_it_expires(backend: Backend) {
    let server = TestServer::start(backend).await;
    server.patron("guessed").await;
    let mut desk = server.signed_in(STAFF).await;
    let code = desk
        .post("/api/v1/desk/reset-codes", json!({"username": "guessed"}))
        .await
        .body["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let attempt = |code: String| {
        let mut c = server.client();
        async move {
            c.post("/api/v1/auth/redeem-code", json!({"username": "guessed", "code": code, "new_password": "attacker phrase here"}))
                .await
        }
    };
    for _ in 0..5 {
        assert_eq!(attempt("AAAA-AAAA".into()).await.status, 422);
    }
    assert_eq!(
        attempt(code).await.problems(),
        [("code".into(), "code_invalid".into())]
    );

    let fresh = desk
        .post("/api/v1/desk/reset-codes", json!({"username": "guessed"}))
        .await
        .body["code"]
        .as_str()
        .unwrap()
        .to_owned();
    server.sql("UPDATE one_time_codes SET expires_at = 0").await;
    assert_eq!(
        attempt(fresh).await.problems(),
        [("code".into(), "code_invalid".into())]
    );
    assert_eq!(
        server
            .client()
            .sign_in("guessed", "maple river lantern")
            .await
            .status,
        200
    );
}
on_both_backends!(a_code_dies_after_five_wrong_tries_or_when_it_expires);

async fn staff_cannot_reset_staff_but_an_admin_can(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut desk = server.signed_in(STAFF).await;
    let refused = desk
        .post("/api/v1/desk/reset-codes", json!({"username": ADMIN.0}))
        .await;
    assert_eq!(
        refused.problems(),
        [("username".into(), "not_allowed".into())]
    );
    let unknown = desk
        .post(
            "/api/v1/desk/reset-codes",
            json!({"username": "no-such-person"}),
        )
        .await;
    assert_eq!(
        unknown.problems(),
        [("username".into(), "unknown_user".into())]
    );
    let mut admin = server.signed_in(ADMIN).await;
    assert_eq!(
        admin
            .post("/api/v1/desk/reset-codes", json!({"username": STAFF.0}))
            .await
            .status,
        201
    );
}
on_both_backends!(staff_cannot_reset_staff_but_an_admin_can);

async fn staff_find_a_patron_and_end_all_their_sessions(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut phone, id) = server.patron("lost-phone-lee").await;
    let mut kiosk = server.client();
    kiosk.sign_in("lost-phone-lee", "maple river lantern").await;
    // Patrons cannot search; the words travel in the body.
    assert_eq!(
        phone
            .post("/api/v1/desk/patrons/search", json!({"text": "lee"}))
            .await
            .status,
        403
    );
    let mut staff = server.signed_in(STAFF).await;
    assert_eq!(
        staff
            .post("/api/v1/desk/patrons/search", json!({"text": "l"}))
            .await
            .problems(),
        [("text".into(), "required".into())]
    );
    let found = staff
        .post("/api/v1/desk/patrons/search", json!({"text": "PHONE-L"}))
        .await;
    assert_eq!(found.status, 200);
    assert_eq!(found.body.as_array().unwrap().len(), 1);
    assert_eq!(found.body[0]["id"], id);
    assert_eq!(found.body[0]["active_sessions"], 2);
    // Wildcards are taken literally.
    let none = staff
        .post("/api/v1/desk/patrons/search", json!({"text": "%%"}))
        .await;
    assert_eq!(none.body, json!([]));
    let ended = staff
        .post(
            &format!("/api/v1/desk/patrons/{id}/end-sessions"),
            json!({}),
        )
        .await;
    assert_eq!(ended.body["ended"], 2);
    assert_eq!(phone.get("/api/v1/profile/skills").await.status, 401);
    assert_eq!(kiosk.get("/api/v1/profile/skills").await.status, 401);
    let audit = server
        .sql(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'end_sessions' AND subject_id = {id}"
        ))
        .await;
    assert_eq!(audit[0][0].as_deref(), Some("1"));
    // Staff cannot end an admin's sessions, nor look up nobody.
    let admin_id = staff
        .post("/api/v1/desk/patrons/search", json!({"text": "demo-admin"}))
        .await
        .body[0]["id"]
        .clone();
    assert_eq!(
        staff
            .post(
                &format!("/api/v1/desk/patrons/{admin_id}/end-sessions"),
                json!({})
            )
            .await
            .status,
        403
    );
    assert_eq!(staff.get("/api/v1/desk/patrons/999999").await.status, 404);
}
on_both_backends!(staff_find_a_patron_and_end_all_their_sessions);

mod branches;
mod profile_help;
