//! Members of the professional community on both backends: endorsements of
//! the skills on a record, recommendations the recipient approves, and
//! blocking, which hides two people from each other everywhere.

use crate::support::{Backend, TestServer, count};
use reqwest::Method;
use serde_json::{Value, json};

async fn members_endorse_recommend_and_block_one_another(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(3).await;
    let (mut ana, ana_id) = server.patron("worker-ana").await;
    let (mut ben, ben_id) = server.patron("worker-ben").await;
    let (mut cy, _) = server.patron("worker-cy").await;
    let record = json!({"skills": [{"skill_id": skills[0]}, {"skill_id": skills[1]}], "visibility": "members"});
    assert_eq!(ana.put("/api/v1/expertise", record).await.status, 200);
    let ana_page = format!("/api/v1/people/{ana_id}");
    let endorse = |skill: &str, on: bool| json!({"skill_id": skill, "endorse": on});

    // One endorsement per skill per person; only skills on the record.
    let path = format!("{ana_page}/endorsements");
    for _ in 0..2 {
        assert_eq!(ben.put(&path, endorse(&skills[0], true)).await.status, 204);
    }
    let nul = ben
        .put(&path, json!({"skill_id": "\u{0}", "endorse": false}))
        .await;
    assert_eq!(
        nul.problems(),
        [("skill_id".into(), "unknown_skill".into())]
    );
    let wrong = ben.put(&path, endorse(&skills[2], true)).await;
    assert_eq!(
        wrong.problems(),
        [("skill_id".into(), "not_allowed".into())]
    );
    assert_eq!(ana.put(&path, endorse(&skills[0], true)).await.status, 403);
    cy.put(&path, endorse(&skills[0], true)).await;
    let page = ben.get(&ana_page).await.body;
    assert_eq!(page["endorsements"][0]["count"], 2);
    assert_eq!(page["endorsements"][0]["mine"], true);
    assert_eq!(page["endorsements"][1]["count"], 0);
    assert_eq!(
        count(&ana.notification_kinds().await, "endorsement_received"),
        2
    );
    ben.put(&path, endorse(&skills[0], false)).await;
    let page = cy.get(&ana_page).await.body;
    assert_eq!(page["endorsements"][0]["count"], 1);
    assert_eq!(page["endorsements"][0]["mine"], true);

    // Recommendations show once the recipient approves them.
    let recs = format!("{ana_page}/recommendations");
    let empty = ben.post(&recs, json!({"body": "   "})).await;
    assert_eq!(empty.problems(), [("body".into(), "required".into())]);
    let rec = ben
        .post(
            &recs,
            json!({"body": "Ana ran our **coding club** for two years."}),
        )
        .await;
    assert_eq!(rec.status, 201, "{:?}", rec.body);
    assert_eq!(rec.body["status"], "pending");
    assert_eq!(ben.post(&recs, json!({"body": "Again"})).await.status, 409);
    assert_eq!(cy.get(&ana_page).await.body["recommendations"], json!([]));
    assert!(
        ana.notification_kinds()
            .await
            .contains(&"recommendation_received".into())
    );
    let rec_id = rec.body["id"].as_i64().unwrap();
    let waiting = ana.get("/api/v1/recommendations").await.body;
    assert_eq!(waiting[0]["id"], rec_id);
    let answer = format!("/api/v1/recommendations/{rec_id}");
    assert_eq!(cy.post(&answer, json!({"approve": true})).await.status, 404);
    let approved = ana.post(&answer, json!({"approve": true})).await;
    assert_eq!(approved.body["status"], "approved");
    assert_eq!(
        ana.post(&answer, json!({"approve": false})).await.status,
        409
    );
    let shown = cy.get(&ana_page).await.body;
    assert_eq!(shown["recommendations"][0]["author_name"], "worker-ben");
    assert!(
        ben.notification_kinds()
            .await
            .contains(&"recommendation_approved".into())
    );

    // Blocking hides the two from each other everywhere.
    let directory = |list: &Value| -> Vec<i64> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|c| c["user_id"].as_i64().unwrap())
            .collect()
    };
    assert!(directory(&ben.get("/api/v1/expertise/directory").await.body).contains(&ana_id));
    let asked = ben
        .post(
            "/api/v1/connections",
            json!({"to_user_id": ana_id, "message": "Coffee?"}),
        )
        .await;
    assert_eq!(asked.status, 201, "{:?}", asked.body);
    let block = format!("/api/v1/people/{ben_id}/block");
    assert_eq!(ana.post(&block, json!({})).await.status, 204);
    assert_eq!(ben.get(&ana_page).await.status, 404);
    assert_eq!(ben.get("/api/v1/connections").await.body, json!([]));
    assert_eq!(ana.get("/api/v1/connections").await.body, json!([]));
    assert_eq!(ben.put(&path, endorse(&skills[1], true)).await.status, 404);
    assert_eq!(ben.post(&recs, json!({"body": "Hi"})).await.status, 404);
    assert!(!directory(&ben.get("/api/v1/expertise/directory").await.body).contains(&ana_id));
    assert_eq!(
        ana.get(&ana_page).await.body["recommendations"],
        json!([]),
        "a blocked author's words leave the blocker's view"
    );
    assert_eq!(
        cy.get(&ana_page).await.body["recommendations"][0]["id"],
        rec_id
    );
    let seen = ana.get(&format!("/api/v1/people/{ben_id}")).await.body;
    assert_eq!(seen["blocked"], true);
    assert_eq!(ana.get("/api/v1/blocks").await.body[0]["id"], ben_id);
    ana.send(Method::DELETE, &block, None).await;
    assert_eq!(ben.get(&ana_page).await.status, 200);
}
on_both_backends!(members_endorse_recommend_and_block_one_another);
