//! Staff manage branches, their rooms and kiosks, on both backends.

use crate::support::{Backend, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

async fn staff_manage_branches_rooms_and_kiosks(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut patron, _) = server.patron("branch-bo").await;
    assert_eq!(
        patron
            .post("/api/v1/branches", json!({"name": "Hilltop"}))
            .await
            .status,
        403
    );
    let mut staff = server.signed_in(STAFF).await;
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
