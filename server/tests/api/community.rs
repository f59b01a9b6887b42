//! The skills database, partner needs and connections, on both backends.

use crate::support::{Backend, PARTNER, PartnerWithNeed, STAFF, TestServer};
use serde_json::{Value, json};

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["user_id"].as_i64().unwrap())
        .collect()
}

async fn the_directory_honours_each_persons_visibility(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(3).await;
    let (mut ana, ana_id) = server.patron("worker-ana").await;
    let (mut ben, ben_id) = server.patron("worker-ben").await;
    let (mut cy, cy_id) = server.patron("worker-cy").await;
    let bad = ana
        .put(
            "/api/v1/expertise",
            json!({"skills": [{"skill_id": "nope"}], "wants": ["nada"]}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [
            ("skills[0].skill_id".into(), "unknown_skill".into()),
            ("wants[0]".into(), "unknown_skill".into())
        ]
    );
    let record = |visibility: &str| {
        json!({"skills": [{"skill_id": skills[0], "level": "expert", "evidence": {"kind": "project", "title": "Coding club"}}],
               "wants": [skills[1]], "region": "Riverside", "for_projects": true, "visibility": visibility})
    };
    let saved = ana.put("/api/v1/expertise", record("members")).await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    assert_eq!(saved.body["skills"][0]["evidence"]["title"], "Coding club");
    ben.put("/api/v1/expertise", record("staff")).await;
    cy.put("/api/v1/expertise", record("only_me")).await;

    let (mut other, _) = server.patron("someone-else").await;
    let seen = ids(&other.get("/api/v1/expertise/directory").await.body);
    assert!(
        seen.contains(&ana_id) && !seen.contains(&ben_id) && !seen.contains(&cy_id),
        "{seen:?}"
    );
    let mut staff = server.signed_in(STAFF).await;
    let seen = ids(&staff.get("/api/v1/expertise/directory").await.body);
    assert!(
        seen.contains(&ana_id) && seen.contains(&ben_id) && !seen.contains(&cy_id),
        "{seen:?}"
    );
    assert_eq!(
        server
            .client()
            .get("/api/v1/expertise/directory")
            .await
            .status,
        401
    );
    assert_eq!(
        cy.get("/api/v1/expertise").await.body["visibility"],
        "only_me"
    );
}
on_both_backends!(the_directory_honours_each_persons_visibility);

fn need(skill: &str) -> Value {
    json!({"title": "Teach a digital skills class", "description": "Four evenings at the community centre",
           "skills": [skill], "hours": 8, "place": "Riverside", "remote": false,
           "starts_on": "2027-02-01", "ends_on": "2027-03-01"})
}

async fn needs_go_live_only_after_staff_verify_the_partner(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let (mut patron, _) = server.patron("just-a-patron").await;
    assert_eq!(
        patron.post("/api/v1/needs", need(&skills[0])).await.status,
        403
    );
    let mut partner = server.signed_in(PARTNER).await;
    let no_org = partner.post("/api/v1/needs", need(&skills[0])).await;
    assert_eq!(no_org.problems(), [("org".into(), "required".into())]);
    let bad_org = partner
        .put(
            "/api/v1/partner/org",
            json!({"name": " ", "website": "ftp://x"}),
        )
        .await;
    assert_eq!(
        bad_org.problems(),
        [
            ("name".into(), "required".into()),
            ("website".into(), "link_invalid".into())
        ]
    );
    let org = partner
        .put(
            "/api/v1/partner/org",
            json!({"name": "Harbor Foods", "website": "https://harbor.example"}),
        )
        .await;
    assert_eq!(org.body["verified"], false);

    let mut bad = need(&skills[0]);
    bad["title"] = json!("");
    bad["place"] = json!("");
    bad["ends_on"] = json!("2027-01-01");
    let refused = partner.post("/api/v1/needs", bad).await;
    assert_eq!(
        refused.problems(),
        [
            ("title".into(), "required".into()),
            ("place".into(), "required".into()),
            ("ends_on".into(), "date_order".into())
        ]
    );
    let posted = partner.post("/api/v1/needs", need(&skills[0])).await;
    assert_eq!(posted.status, 201, "{:?}", posted.body);
    assert_eq!(posted.body["status"], "awaiting_verification");
    let id = posted.body["id"].as_i64().unwrap();
    assert_eq!(
        patron.get("/api/v1/needs").await.body,
        json!([]),
        "not live before verification"
    );

    let partner_id = org.body["user_id"].as_i64().unwrap();
    assert_eq!(
        patron
            .post(
                &format!("/api/v1/desk/partners/{partner_id}/verify"),
                json!({})
            )
            .await
            .status,
        403
    );
    let mut staff = server.signed_in(STAFF).await;
    let waiting = staff.get("/api/v1/desk/partners").await.body;
    assert!(ids(&waiting).contains(&partner_id));
    assert_eq!(
        staff
            .post(
                &format!("/api/v1/desk/partners/{partner_id}/verify"),
                json!({})
            )
            .await
            .status,
        204
    );
    let live = patron.get("/api/v1/needs").await.body;
    assert_eq!(live[0]["id"], id);
    assert_eq!(live[0]["org_name"], "Harbor Foods");
    assert_eq!(live[0]["status"], "open");
    let inbox = partner.get("/api/v1/notifications").await.body;
    assert_eq!(inbox["notifications"][0]["kind"], "partner_verified");

    // Only the owner (or staff) changes or closes it.
    assert_eq!(
        patron
            .post(&format!("/api/v1/needs/{id}/close"), json!({}))
            .await
            .status,
        403
    );
    assert_eq!(
        partner
            .post(&format!("/api/v1/needs/{id}/close"), json!({}))
            .await
            .body["status"],
        "closed"
    );
    assert_eq!(patron.get("/api/v1/needs").await.body, json!([]));
}
on_both_backends!(needs_go_live_only_after_staff_verify_the_partner);

async fn a_worker_and_a_partner_connect_and_write(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let PartnerWithNeed {
        mut partner,
        partner_id,
        need_id,
        ..
    } = server.partner_with_need(need(&skills[0])).await;

    let (mut worker, worker_id) = server.patron("eager-worker").await;
    let ask =
        json!({"to_user_id": partner_id, "need_id": need_id, "message": "I teach this every week"});
    let sent = worker.post("/api/v1/connections", ask.clone()).await;
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    assert_eq!(sent.body["need_title"], "Teach a digital skills class");
    assert_eq!(
        worker.post("/api/v1/connections", ask).await.status,
        409,
        "one waiting request"
    );
    let id = sent.body["id"].as_i64().unwrap();
    // Nobody can be reached through a need that is not theirs, or without a visible record.
    let (mut stranger, stranger_id) = server.patron("stranger").await;
    let sideways = json!({"to_user_id": stranger_id, "need_id": need_id});
    assert_eq!(
        worker
            .post("/api/v1/connections", sideways)
            .await
            .problems(),
        [("to_user_id".into(), "not_allowed".into())]
    );
    assert_eq!(
        stranger
            .post("/api/v1/connections", json!({"to_user_id": worker_id}))
            .await
            .status,
        422
    );

    // Messages wait for an accept; only the two can read them.
    let thread = format!("/api/v1/connections/{id}/messages");
    assert_eq!(
        worker.post(&thread, json!({"body": "Hello"})).await.status,
        409
    );
    assert_eq!(
        worker
            .post(
                &format!("/api/v1/connections/{id}"),
                json!({"accept": true})
            )
            .await
            .status,
        403
    );
    let inbox = partner.get("/api/v1/notifications").await.body;
    assert_eq!(inbox["notifications"][0]["kind"], "connection_request");
    let accepted = partner
        .post(
            &format!("/api/v1/connections/{id}"),
            json!({"accept": true}),
        )
        .await;
    assert_eq!(accepted.body["status"], "accepted");
    assert_eq!(
        partner
            .post(
                &format!("/api/v1/connections/{id}"),
                json!({"accept": false})
            )
            .await
            .status,
        409
    );
    assert_eq!(
        worker
            .post(&thread, json!({"body": "When do we start?"}))
            .await
            .status,
        201
    );
    assert_eq!(
        partner
            .post(&thread, json!({"body": "February 1st."}))
            .await
            .status,
        201
    );
    let read = worker.get(&thread).await.body;
    assert_eq!(read[1]["body"], "February 1st.");
    assert_eq!(stranger.get(&thread).await.status, 404);
    assert_eq!(
        stranger.post(&thread, json!({"body": "hi"})).await.status,
        404
    );
    assert_eq!(
        worker.post(&thread, json!({"body": " "})).await.problems(),
        [("body".into(), "required".into())]
    );
}
on_both_backends!(a_worker_and_a_partner_connect_and_write);

async fn unanswered_requests_remind_and_then_pause_the_need(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let PartnerWithNeed {
        mut partner,
        partner_id,
        need_id,
        ..
    } = server.partner_with_need(need(&skills[0])).await;
    let (mut worker, _) = server.patron("patient-worker").await;
    worker
        .post(
            "/api/v1/connections",
            json!({"to_user_id": partner_id, "need_id": need_id}),
        )
        .await;

    // A week without an answer: a reminder.
    let week = 8 * 86_400;
    server
        .sql(&format!(
            "UPDATE connections SET created_at = created_at - {week}"
        ))
        .await;
    let kinds = |inbox: &Value| -> Vec<String> {
        inbox["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    let inbox = partner.get("/api/v1/notifications").await.body;
    assert!(kinds(&inbox).contains(&"connection_reminder".to_owned()));
    assert_eq!(worker.get("/api/v1/needs").await.body[0]["id"], need_id);
    // Two weeks: the need is paused and the partner told; editing opens it again.
    server
        .sql(&format!(
            "UPDATE connections SET created_at = created_at - {week}"
        ))
        .await;
    let inbox = partner.get("/api/v1/notifications").await.body;
    assert!(kinds(&inbox).contains(&"need_paused".to_owned()));
    assert_eq!(
        kinds(&inbox)
            .iter()
            .filter(|k| *k == "connection_reminder")
            .count(),
        1,
        "reminded once"
    );
    assert_eq!(worker.get("/api/v1/needs").await.body, json!([]));
    let mine = partner.get("/api/v1/needs/mine").await.body;
    assert_eq!(mine[0]["status"], "paused");
    let reopened = partner
        .put(&format!("/api/v1/needs/{need_id}"), need(&skills[0]))
        .await;
    assert_eq!(reopened.body["status"], "open");
}
on_both_backends!(unanswered_requests_remind_and_then_pause_the_need);
