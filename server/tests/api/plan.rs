//! Goals and plan (revision-guarded saves), tracked jobs and profile
//! details, on both backends.

use crate::support::{Backend, PARTNER, TestServer};
use reqwest::Method;
use serde_json::json;

async fn a_stale_plan_is_refused_and_the_saved_one_kept(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut me, _) = server.patron("planner").await;
    assert_eq!(
        me.get("/api/v1/plan").await.body,
        json!({"revision": 0, "goals": []})
    );
    let plan = json!({"revision": 0, "goals": [{"id": 1, "title": "Work in a warehouse",
        "steps": [{"id": 1, "kind": "learn", "title": "Learn forklift", "status": "todo", "due_on": "2026-12-15"}]}]});
    let saved = me
        .send(Method::PUT, "/api/v1/plan", Some(plan.clone()))
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    assert_eq!(saved.body["revision"], 1);
    // A second device still holding revision 0 cannot overwrite it.
    let mut stale = plan.clone();
    stale["goals"][0]["title"] = json!("Something else");
    let refused = me.send(Method::PUT, "/api/v1/plan", Some(stale)).await;
    assert_eq!(refused.status, 409);
    assert_eq!(refused.body["error"], "conflict");
    let now = me.get("/api/v1/plan").await.body;
    assert_eq!(now["goals"][0]["title"], "Work in a warehouse");
    let mut next = now.clone();
    next["goals"][0]["steps"][0]["status"] = json!("done");
    assert_eq!(
        me.send(Method::PUT, "/api/v1/plan", Some(next)).await.body["revision"],
        2
    );
    // Bad input names the field and keeps what was saved.
    let mut bad = me.get("/api/v1/plan").await.body;
    bad["goals"][0]["steps"][0]["due_on"] = json!("next week");
    let reply = me.send(Method::PUT, "/api/v1/plan", Some(bad)).await;
    assert_eq!(
        reply.problems(),
        [(
            "goals[0].steps[0].due_on".to_owned(),
            "date_invalid".to_owned()
        )]
    );
    assert_eq!(me.get("/api/v1/plan").await.body["revision"], 2);
    // Plans are private.
    let (mut other, _) = server.patron("someone").await;
    assert_eq!(other.get("/api/v1/plan").await.body["goals"], json!([]));
    assert_eq!(server.client().get("/api/v1/plan").await.status, 401);
}
on_both_backends!(a_stale_plan_is_refused_and_the_saved_one_kept);

async fn jobs_move_through_the_tracker(backend: Backend) {
    let server = TestServer::start(backend).await;
    let first = server.client().get("/api/v1/listings/changes").await.body["jobs"][0]["id"]
        .as_i64()
        .unwrap();
    let (mut me, _) = server.patron("seeker").await;
    let path = format!("/api/v1/tracker/{first}");
    assert_eq!(
        me.send(Method::PUT, &path, Some(json!({"status": "saved"})))
            .await
            .status,
        200
    );
    assert_eq!(
        me.send(Method::PUT, &path, Some(json!({"status": "interview"})))
            .await
            .status,
        200
    );
    let tracked = me.get("/api/v1/tracker").await.body;
    assert_eq!(tracked["jobs"].as_array().unwrap().len(), 1);
    assert_eq!(tracked["jobs"][0]["status"], "interview");
    assert_eq!(
        me.send(Method::PUT, &path, Some(json!({"status": "hired?"})))
            .await
            .status,
        422
    );
    assert_eq!(
        me.send(
            Method::PUT,
            "/api/v1/tracker/999999",
            Some(json!({"status": "saved"}))
        )
        .await
        .status,
        404
    );
    assert_eq!(me.send(Method::DELETE, &path, None).await.status, 204);
    assert_eq!(me.get("/api/v1/tracker").await.body["jobs"], json!([]));
    assert_eq!(me.send(Method::DELETE, &path, None).await.status, 404);
}
on_both_backends!(jobs_move_through_the_tracker);

async fn profile_details_are_saved_and_checked(backend: Backend) {
    let server = TestServer::start(backend).await;
    let taxonomy = server.client().get("/api/v1/taxonomy").await.body;
    let occupation = taxonomy["occupations"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (mut me, _) = server.patron("detailed").await;
    assert_eq!(
        me.get("/api/v1/profile/details").await.body["visibility"],
        "only_me"
    );
    let details = json!({"headline": "Cook", "region": "Riverside", "languages": ["Spanish"],
        "work_history": [{"title": "Line cook", "occupation_id": occupation, "start": "2019-06"}],
        "education": [{"institution": "Riverside High", "end": "2015"}], "visibility": "members"});
    let saved = me
        .send(Method::PUT, "/api/v1/profile/details", Some(details))
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    assert_eq!(
        me.get("/api/v1/profile/details").await.body["work_history"][0]["occupation_id"],
        occupation
    );
    let bad =
        json!({"work_history": [{"title": "Cook", "occupation_id": "http://x", "start": "June"}]});
    let reply = me
        .send(Method::PUT, "/api/v1/profile/details", Some(bad))
        .await;
    let problems = reply.problems();
    assert!(
        problems.contains(&("work_history[0].start".into(), "date_invalid".into())),
        "{problems:?}"
    );
    assert!(problems.contains(&(
        "work_history[0].occupation_id".into(),
        "unknown_occupation".into()
    )));
    assert_eq!(
        me.get("/api/v1/profile/details").await.body["headline"],
        "Cook"
    );
    // Partners have no say over someone else's details.
    let mut partner = server.signed_in(PARTNER).await;
    assert_eq!(
        partner.get("/api/v1/profile/details").await.body["headline"],
        ""
    );
}
on_both_backends!(profile_details_are_saved_and_checked);
