//! Library insight on both backends: staff only; only profiles whose
//! owners allow statistics count; counts under the threshold are hidden,
//! and adding fewer than the threshold of people changes no figure, with
//! any filter (so comparing two filters reveals nobody).

use crate::support::{Backend, PATRON, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

async fn resident(server: &TestServer, name: &str, branch: i64, share: bool, skills: &[&str]) {
    let (mut client, _) = server.patron(name).await;
    client
        .send(
            Method::PUT,
            "/api/v1/profile/details",
            Some(json!({"branch_id": branch, "statistics": share})),
        )
        .await;
    let skills: Vec<Value> = skills.iter().map(|s| json!({"skill_id": s})).collect();
    let saved = client
        .send(
            Method::PUT,
            "/api/v1/profile/skills",
            Some(json!({"skills": skills})),
        )
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
}

fn residents_of(report: &Value, skill: &str) -> Value {
    report["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill_id"] == skill)
        .map_or(Value::Null, |r| r["residents"].clone())
}

async fn only_staff_see_insight_and_filters_are_checked(backend: Backend) {
    let server = TestServer::start(backend).await;
    assert_eq!(server.client().get("/api/v1/insight").await.status, 401);
    let mut patron = server.signed_in(PATRON).await;
    assert_eq!(patron.get("/api/v1/insight").await.status, 403);
    let mut staff = server.signed_in(STAFF).await;
    let report = staff.get("/api/v1/insight").await;
    assert_eq!(report.status, 200);
    assert_eq!(report.body["threshold"], 5);
    // The demo residents give figures above the threshold, and gaps.
    assert!(report.body["residents"].as_u64().unwrap() >= 5);
    assert!(!report.body["gaps"].as_array().unwrap().is_empty());
    // What covers a gap names its record (an event or a shared resource) so
    // the app can link to it; a catalogue course names none.
    let coverage = report.body["coverage"].as_array().unwrap();
    assert!(coverage.iter().any(|i| i["kind"] != "course"));
    for item in coverage {
        let course = item["kind"] == "course";
        assert_eq!(item["id"].is_null(), course, "{item}");
    }
    let backwards = staff.get("/api/v1/insight?from=2026-Q3&to=2026-Q1").await;
    assert_eq!(backwards.problems(), [("to".into(), "date_order".into())]);
    assert_eq!(staff.get("/api/v1/insight?from=2026-Q5").await.status, 400);
}
on_both_backends!(only_staff_see_insight_and_filters_are_checked);

async fn small_groups_stay_hidden_whatever_the_filters(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let branches = staff
        .post("/api/v1/branches", json!({"name": "Insight test branch"}))
        .await
        .body;
    let branch = branches
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "Insight test branch")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let ids = server.skill_ids(2).await;
    let (x, y) = (ids[0].as_str(), ids[1].as_str());
    let here = format!("/api/v1/insight?branch={branch}");
    let all_before = staff.get("/api/v1/insight").await.body;

    // Six residents share skill x here; four more hold x but do not share.
    for i in 0..6 {
        resident(&server, &format!("sharer-{i}"), branch, true, &[x]).await;
    }
    for i in 0..4 {
        resident(&server, &format!("private-{i}"), branch, false, &[x, y]).await;
    }
    let report = staff.get(&here).await.body;
    assert_eq!(report["residents"], 6);
    assert_eq!(
        residents_of(&report, x),
        6,
        "those who did not share are not counted"
    );
    assert_eq!(residents_of(&report, y), Value::Null);

    // Three more share skill y: too few to show, here or anywhere.
    for i in 0..3 {
        resident(&server, &format!("few-{i}"), branch, true, &[y]).await;
    }
    let report = staff.get(&here).await.body;
    assert_eq!(residents_of(&report, y), Value::Null);
    assert_eq!(report["residents"], 9, "the branch's cell has nine now");
    // All branches minus this branch would give the three away; the
    // all-branches figure for y did not move at all.
    let all_after = staff.get("/api/v1/insight").await.body;
    assert_eq!(residents_of(&all_after, y), residents_of(&all_before, y));
    // Nor does any filter show a figure under the threshold.
    for query in [
        "",
        "?from=2000-Q1",
        &format!("?branch={branch}&from=2000-Q1&to=2999-Q4"),
    ] {
        let report = staff.get(&format!("/api/v1/insight{query}")).await.body;
        for row in report["skills"].as_array().unwrap() {
            if let Some(n) = row["residents"].as_u64() {
                assert!(n >= 5, "{row}");
            }
        }
    }
    // A period before anyone joined shows nobody.
    let early = staff
        .get(&format!("/api/v1/insight?branch={branch}&to=2000-Q4"))
        .await
        .body;
    assert_eq!(early["residents"], Value::Null);
}
on_both_backends!(small_groups_stay_hidden_whatever_the_filters);
