//! Skills on one's profile, on both backends.

use crate::support::{Backend, TestServer};
use serde_json::json;

const FORKLIFT: &str = "http://data.europa.eu/esco/skill/";

async fn skills_are_saved_in_order_with_their_levels(backend: Backend) {
    let server = TestServer::start(backend).await;
    let ids = server.skill_ids(3).await;
    let (mut me, _) = server.patron("skilled").await;
    assert_eq!(
        me.get("/api/v1/profile/skills").await.body,
        json!({"skills": []})
    );
    let body = json!({"skills": [
        {"skill_id": ids[2], "level": "expert"},
        {"skill_id": ids[0], "level": "learning"},
        {"skill_id": ids[2], "level": "working"},
        {"skill_id": ids[1]},
    ]});
    let saved = me
        .send(reqwest::Method::PUT, "/api/v1/profile/skills", Some(body))
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    let expected = json!({"skills": [
        {"skill_id": ids[2], "level": "expert"},
        {"skill_id": ids[0], "level": "learning"},
        {"skill_id": ids[1], "level": "working"},
    ]});
    assert_eq!(saved.body, expected);
    assert_eq!(me.get("/api/v1/profile/skills").await.body, expected);
    // Someone else's profile is their own.
    let (mut other, _) = server.patron("another").await;
    assert_eq!(
        other.get("/api/v1/profile/skills").await.body,
        json!({"skills": []})
    );
}
on_both_backends!(skills_are_saved_in_order_with_their_levels);

async fn unknown_skills_and_levels_are_refused_and_nothing_is_lost(backend: Backend) {
    let server = TestServer::start(backend).await;
    let ids = server.skill_ids(1).await;
    let (mut me, _) = server.patron("careful").await;
    let good = json!({"skills": [{"skill_id": ids[0], "level": "working"}]});
    me.send(
        reqwest::Method::PUT,
        "/api/v1/profile/skills",
        Some(good.clone()),
    )
    .await;
    let unknown =
        json!({"skills": [{"skill_id": ids[0]}, {"skill_id": format!("{FORKLIFT}made-up")}]});
    let reply = me
        .send(
            reqwest::Method::PUT,
            "/api/v1/profile/skills",
            Some(unknown),
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.problems(),
        [("skills[1].skill_id".into(), "unknown_skill".into())]
    );
    let bad_level = json!({"skills": [{"skill_id": ids[0], "level": "guru"}]});
    assert_eq!(
        me.send(
            reqwest::Method::PUT,
            "/api/v1/profile/skills",
            Some(bad_level)
        )
        .await
        .status,
        422
    );
    assert_eq!(
        me.get("/api/v1/profile/skills").await.body,
        good,
        "the saved skills are untouched"
    );
    assert_eq!(
        server.client().get("/api/v1/profile/skills").await.status,
        401
    );
}
on_both_backends!(unknown_skills_and_levels_are_refused_and_nothing_is_lost);
