//! Staff at the desk: enrolling patrons, one-time reset codes, finding a
//! patron, ending their sessions, help with a profile under the patron's
//! consent, and branches with rooms and kiosks.

mod common;

use common::{ADMIN, Backend, Client, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

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
    let mut desk = server.client();
    desk.sign_in(STAFF.0, STAFF.1).await;
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
    let mut home = server.client();
    home.sign_up("forgetful", "maple river lantern").await;
    let mut phone = server.client();
    phone.sign_in("forgetful", "maple river lantern").await;

    let mut desk = server.client();
    desk.sign_in(STAFF.0, STAFF.1).await;
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
    server
        .client()
        .sign_up("guessed", "maple river lantern")
        .await;
    let mut desk = server.client();
    desk.sign_in(STAFF.0, STAFF.1).await;
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
    let mut desk = server.client();
    desk.sign_in(STAFF.0, STAFF.1).await;
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
    let mut admin = server.client();
    admin.sign_in(ADMIN.0, ADMIN.1).await;
    assert_eq!(
        admin
            .post("/api/v1/desk/reset-codes", json!({"username": STAFF.0}))
            .await
            .status,
        201
    );
}
on_both_backends!(staff_cannot_reset_staff_but_an_admin_can);

async fn desk(server: &TestServer) -> Client {
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    staff
}

async fn staff_find_a_patron_and_end_all_their_sessions(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut phone = server.client();
    let id = phone
        .sign_up("lost-phone-lee", "maple river lantern")
        .await
        .body["user"]["id"]
        .as_i64()
        .unwrap();
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
    let mut staff = desk(&server).await;
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

async fn staff_help_with_a_profile_only_while_the_patron_consents(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.client();
    let id = patron
        .sign_up("helped-hana", "maple river lantern")
        .await
        .body["user"]["id"]
        .as_i64()
        .unwrap();
    patron
        .send(
            Method::PUT,
            "/api/v1/profile/details",
            Some(json!({"headline": "Cook", "visibility": "only_me"})),
        )
        .await;
    // Nobody but staff reaches these, not even the patron.
    for path in [
        format!("/api/v1/desk/patrons/{id}"),
        format!("/api/v1/desk/patrons/{id}/profile/skills"),
        format!("/api/v1/desk/patrons/{id}/profile/details"),
    ] {
        assert_eq!(patron.get(&path).await.status, 403, "{path}");
    }
    assert_eq!(
        patron
            .post(
                &format!("/api/v1/desk/patrons/{id}/consent"),
                json!({"patron_agreed": true})
            )
            .await
            .status,
        403
    );
    assert_eq!(
        patron
            .post(
                &format!("/api/v1/desk/patrons/{id}/end-sessions"),
                json!({})
            )
            .await
            .status,
        403
    );
    let mut staff = desk(&server).await;
    let skills = format!("/api/v1/desk/patrons/{id}/profile/skills");
    let details = format!("/api/v1/desk/patrons/{id}/profile/details");
    let consent = format!("/api/v1/desk/patrons/{id}/consent");
    assert_eq!(staff.get(&skills).await.status, 403, "no consent yet");
    assert_eq!(
        staff
            .post(&consent, json!({"patron_agreed": false}))
            .await
            .problems(),
        [("patron_agreed".into(), "required".into())]
    );
    let granted = staff.post(&consent, json!({"patron_agreed": true})).await;
    assert_eq!(granted.status, 201, "{:?}", granted.body);
    assert_eq!(granted.body["active"], true);
    // The patron is told and sees it on their account page.
    let inbox = patron.get("/api/v1/notifications").await.body;
    assert_eq!(inbox["notifications"][0]["kind"], "desk_help");
    let skill = server.client().get("/api/v1/taxonomy").await.body["skills"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let saved = staff
        .send(
            Method::PUT,
            &skills,
            Some(json!({"skills": [{"skill_id": skill, "level": "working"}]})),
        )
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    // Bad input from the desk is refused and nothing saved is lost.
    let bad = staff
        .send(
            Method::PUT,
            &skills,
            Some(json!({"skills": [{"skill_id": "not-a-skill"}]})),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(
        patron.get("/api/v1/profile/skills").await.body["skills"][0]["skill_id"],
        skill
    );
    // Staff never change who sees the profile.
    let edited = staff
        .send(
            Method::PUT,
            &details,
            Some(json!({"headline": "Line cook", "visibility": "public", "statistics": true})),
        )
        .await;
    assert_eq!(edited.body["visibility"], "only_me");
    assert_eq!(edited.body["statistics"], false);
    let shown = staff
        .send(
            Method::PUT,
            &details,
            Some(json!({"headline": "Line cook", "show_attended": true})),
        )
        .await;
    assert_eq!(shown.body["show_attended"], false, "the patron's choice");
    // The patron said yes to Dana: another staff member cannot use it.
    let mut other = server.client();
    other.sign_in(ADMIN.0, ADMIN.1).await;
    assert_eq!(other.get(&skills).await.status, 403);
    let mine = patron.get("/api/v1/profile/details").await.body;
    assert_eq!(mine["headline"], "Line cook");
    assert_eq!(mine["visibility"], "only_me");
    let help = patron.get("/api/v1/account/desk-help").await.body;
    assert_eq!(help[0]["edits"], 3);
    assert_eq!(help[0]["staff_name"], "Dana (demo staff)");
    assert_eq!(help[0]["active"], true);
    let audit = server
        .sql(&format!(
            "SELECT action FROM audit_log WHERE subject_id = {id} ORDER BY id"
        ))
        .await;
    let actions: Vec<_> = audit.iter().map(|r| r[0].clone().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "desk_consent_granted",
            "assist_profile_skills",
            "assist_profile_details",
            "assist_profile_details"
        ]
    );
    // The patron ends it: staff can no longer read or save.
    assert_eq!(
        patron
            .send(Method::DELETE, "/api/v1/account/desk-help", None)
            .await
            .status,
        204
    );
    assert_eq!(staff.get(&details).await.status, 403);
    assert_eq!(
        patron.get("/api/v1/account/desk-help").await.body[0]["active"],
        false
    );
    // Consent also runs out by itself.
    staff.post(&consent, json!({"patron_agreed": true})).await;
    server
        .sql(&format!(
            "UPDATE desk_consents SET expires_at = 1 WHERE patron_id = {id} AND ended_at IS NULL"
        ))
        .await;
    assert_eq!(staff.get(&skills).await.status, 403);
    // Staff accounts are not helped this way.
    let admin_id = staff
        .post("/api/v1/desk/patrons/search", json!({"text": "demo-admin"}))
        .await
        .body[0]["id"]
        .clone();
    assert_eq!(
        staff
            .post(
                &format!("/api/v1/desk/patrons/{admin_id}/consent"),
                json!({"patron_agreed": true})
            )
            .await
            .status,
        403
    );
}
on_both_backends!(staff_help_with_a_profile_only_while_the_patron_consents);

async fn staff_manage_branches_rooms_and_kiosks(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.client();
    patron.sign_up("branch-bo", "maple river lantern").await;
    assert_eq!(
        patron
            .post("/api/v1/branches", json!({"name": "Hilltop"}))
            .await
            .status,
        403
    );
    let mut staff = desk(&server).await;
    let before = server.client().get("/api/v1/branches").await.body;
    let made = staff
        .post(
            "/api/v1/branches",
            json!({"name": "  Hilltop Branch ", "address": "1 Hill Road"}),
        )
        .await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    let list = made.body.as_array().unwrap();
    assert_eq!(list.len(), before.as_array().unwrap().len() + 1);
    let hilltop = list.iter().find(|b| b["name"] == "Hilltop Branch").unwrap();
    let id = hilltop["id"].as_i64().unwrap();
    assert_eq!(
        staff
            .post("/api/v1/branches", json!({"name": "Hilltop Branch"}))
            .await
            .problems(),
        [("name".into(), "not_allowed".into())],
        "names are unique"
    );
    assert_eq!(
        staff
            .post(
                "/api/v1/rooms",
                json!({"branch_id": id, "name": "Lab", "capacity": 0})
            )
            .await
            .problems(),
        [("capacity".into(), "not_allowed".into())]
    );
    assert_eq!(
        staff
            .post(
                "/api/v1/rooms",
                json!({"branch_id": 999_999, "name": "Lab", "capacity": 10})
            )
            .await
            .problems(),
        [("branch_id".into(), "not_allowed".into())]
    );
    let with_room = staff
        .post(
            "/api/v1/rooms",
            json!({"branch_id": id, "name": "Lab", "capacity": 10}),
        )
        .await;
    assert_eq!(with_room.status, 201);
    let with_kiosk = staff
        .post(
            "/api/v1/kiosks",
            json!({"branch_id": id, "label": "PC 1", "idle_minutes": 5}),
        )
        .await;
    let branch = with_kiosk
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(branch["rooms"][0]["name"], "Lab");
    assert_eq!(branch["kiosks"][0]["idle_minutes"], 5);
    // Signing in on that kiosk uses its idle time; an unknown kiosk, the default.
    let kiosk_id = branch["kiosks"][0]["id"].clone();
    let mut at_kiosk = server.client();
    let signed = at_kiosk
        .post(
            "/api/v1/auth/sign-in",
            json!({"username": "branch-bo", "password": "maple river lantern",
                   "device": "kiosk", "kiosk_id": kiosk_id}),
        )
        .await;
    assert_eq!(signed.body["policy"]["idle_secs"], 300, "{:?}", signed.body);
    let elsewhere = server
        .client()
        .post(
            "/api/v1/auth/sign-in",
            json!({"username": "branch-bo", "password": "maple river lantern",
                   "device": "kiosk", "kiosk_id": 999_999}),
        )
        .await;
    assert_eq!(
        elsewhere.body["policy"]["idle_secs"],
        libranet_core::session_policy::SessionPolicy::KIOSK_DEFAULT.idle_secs
    );
    let renamed = staff
        .send(
            Method::PUT,
            &format!("/api/v1/branches/{id}"),
            Some(json!({"name": "Hilltop Library"})),
        )
        .await;
    assert!(
        renamed
            .body
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["name"] == "Hilltop Library")
    );
    // A patron who chose the branch keeps saving after it closes.
    let chosen = patron
        .send(
            Method::PUT,
            "/api/v1/profile/details",
            Some(json!({"branch_id": id})),
        )
        .await;
    assert_eq!(chosen.body["branch_id"], id);
    let gone = staff
        .send(Method::DELETE, &format!("/api/v1/branches/{id}"), None)
        .await;
    let after = patron
        .send(
            Method::PUT,
            "/api/v1/profile/details",
            Some(json!({"headline": "Baker", "branch_id": id})),
        )
        .await;
    assert_eq!(after.status, 200, "{:?}", after.body);
    assert_eq!(after.body["branch_id"], Value::Null);
    assert_eq!(gone.status, 200);
    assert!(!gone.body.as_array().unwrap().iter().any(|b| b["id"] == id));
    let rooms = server
        .sql(&format!(
            "SELECT COUNT(*) FROM rooms WHERE branch_id = {id}"
        ))
        .await;
    assert_eq!(rooms[0][0].as_deref(), Some("0"));
    // A profile can only name a branch that exists.
    let wrong = patron
        .send(
            Method::PUT,
            "/api/v1/profile/details",
            Some(json!({"branch_id": id})),
        )
        .await;
    assert_eq!(
        wrong.problems(),
        [("branch_id".into(), "not_allowed".into())]
    );
}
on_both_backends!(staff_manage_branches_rooms_and_kiosks);
