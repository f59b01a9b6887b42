//! Staff help with a patron's profile at the desk, only while the patron
//! consents, on both backends.

use crate::support::{ADMIN, Backend, STAFF, TestServer};
use reqwest::Method;
use serde_json::json;

async fn staff_help_with_a_profile_only_while_the_patron_consents(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut patron, id) = server.patron("helped-hana").await;
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
    let mut staff = server.signed_in(STAFF).await;
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
    let mut other = server.signed_in(ADMIN).await;
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
