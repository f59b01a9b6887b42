//! LibLine cohorts on both backends: a coordinator invites, accepts and
//! publishes pairs; the demo has a cohort ready to run.

use crate::support::{Backend, STAFF, TestServer, mentee_profile, mentor_profile};
use reqwest::Method;
use serde_json::json;

async fn a_coordinator_publishes_a_cohort(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let (mut patron, _) = server.patron("cohort-patron").await;
    assert_eq!(
        patron
            .post("/api/v1/cohorts", json!({"name": "Mine"}))
            .await
            .status,
        403
    );
    assert_eq!(
        staff
            .post("/api/v1/cohorts", json!({"name": " "}))
            .await
            .problems(),
        [("name".into(), "required".into())]
    );
    let created = staff
        .post("/api/v1/cohorts", json!({"name": "Spring cohort"}))
        .await;
    assert_eq!(created.status, 201);
    let cohort = created.body["id"].as_i64().unwrap();
    let base = format!("/api/v1/cohorts/{cohort}");

    let (mut m1, m1_id) = server.mentor("cohort-mentor", mentor_profile(1)).await;
    let (mut e1, e1_id) = server.mentee("cohort-mentee-a", mentee_profile()).await;
    let (mut e2, e2_id) = server.mentee("cohort-mentee-b", mentee_profile()).await;
    // Invited people join from their side; someone may also ask to join.
    let unknown = staff
        .post(
            &format!("{base}/invite"),
            json!({"username": "nobody-here", "role": "mentor"}),
        )
        .await;
    assert_eq!(
        unknown.problems(),
        [("username".into(), "unknown_user".into())]
    );
    staff
        .post(
            &format!("{base}/invite"),
            json!({"username": "cohort-mentor", "role": "mentor"}),
        )
        .await;
    staff
        .post(
            &format!("{base}/invite"),
            json!({"username": "cohort-mentee-a", "role": "mentee"}),
        )
        .await;
    assert!(
        m1.notification_kinds()
            .await
            .contains(&"cohort_invite".to_owned())
    );
    assert_eq!(
        m1.post(&format!("{base}/join"), json!({"role": "mentor"}))
            .await
            .body["my_status"],
        "joined"
    );
    e1.post(&format!("{base}/join"), json!({"role": "mentee"}))
        .await;
    assert_eq!(
        e2.post(&format!("{base}/join"), json!({"role": "mentee"}))
            .await
            .body["my_status"],
        "applied"
    );
    assert!(
        staff
            .notification_kinds()
            .await
            .contains(&"cohort_applied".to_owned())
    );
    // Staff cannot say yes for someone who was only invited.
    staff
        .post(
            &format!("{base}/invite"),
            json!({"username": "cohort-patron", "role": "mentee"}),
        )
        .await;
    let patron_id = server
        .sql("SELECT id FROM users WHERE username = 'cohort-patron'")
        .await[0][0]
        .clone()
        .unwrap();
    assert_eq!(
        staff
            .post(&format!("{base}/members/{patron_id}"), json!({}))
            .await
            .status,
        409
    );
    staff
        .send(Method::DELETE, &format!("{base}/members/{patron_id}"), None)
        .await;
    assert_eq!(
        e2.get(&base).await.status,
        403,
        "members do not see the coordinator's view"
    );
    let view = staff
        .post(&format!("{base}/members/{e2_id}"), json!({}))
        .await
        .body;
    assert_eq!(
        view["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["status"] == "joined")
            .count(),
        3
    );
    let mentor_row = view["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user_id"] == m1_id)
        .unwrap()
        .clone();
    assert_eq!(mentor_row["free"], 1);

    // Over capacity, strangers and repeats are refused; nothing is published.
    let over = json!({"pairs": [{"mentee_id": e1_id, "mentor_id": m1_id}, {"mentee_id": e2_id, "mentor_id": m1_id}]});
    let refused = staff.post(&format!("{base}/publish"), over).await;
    assert_eq!(
        (refused.status, refused.body["error"].as_str()),
        (409, Some("full"))
    );
    let stranger = json!({"pairs": [{"mentee_id": m1_id, "mentor_id": m1_id}]});
    assert_eq!(
        staff
            .post(&format!("{base}/publish"), stranger)
            .await
            .problems(),
        [("pairs[0]".into(), "not_allowed".into())]
    );
    assert_eq!(m1.get("/api/v1/mentorships").await.body, json!([]));

    let good = json!({"pairs": [{"mentee_id": e1_id, "mentor_id": m1_id}]});
    assert_eq!(
        patron
            .post(&format!("{base}/publish"), good.clone())
            .await
            .status,
        403
    );
    let published = staff.post(&format!("{base}/publish"), good.clone()).await;
    assert_eq!(published.status, 200, "{:?}", published.body);
    assert_eq!(
        published.body["pairs"],
        json!([{"mentee_id": e1_id, "mentor_id": m1_id}])
    );
    assert_eq!(
        staff.post(&format!("{base}/publish"), good).await.status,
        409,
        "published once"
    );
    assert!(
        m1.notification_kinds()
            .await
            .contains(&"cohort_published".to_owned())
    );
    assert!(
        e1.notification_kinds()
            .await
            .contains(&"cohort_published".to_owned())
    );
    assert!(
        e2.notification_kinds()
            .await
            .contains(&"cohort_unmatched".to_owned())
    );
    let pair = &e1.get("/api/v1/mentorships").await.body[0];
    assert_eq!(
        (pair["mentor_id"].as_i64(), pair["cohort_id"].as_i64()),
        (Some(m1_id), Some(cohort))
    );
    assert_eq!(m1.get("/api/v1/mentoring/me").await.body["active"], 1);
}
on_both_backends!(a_coordinator_publishes_a_cohort);

async fn the_demo_has_mentors_mentees_and_a_cohort_to_run(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let cohorts = staff.get("/api/v1/cohorts").await.body;
    let winter = cohorts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Winter 2027 cohort")
        .expect("demo cohort");
    assert_eq!(
        (winter["mentors"].as_u64(), winter["mentees"].as_u64()),
        (Some(6), Some(10))
    );
    let view = staff
        .get(&format!("/api/v1/cohorts/{}", winter["id"]))
        .await
        .body;
    for member in view["members"].as_array().unwrap() {
        let profile = if member["role"] == "mentor" {
            &member["mentor"]
        } else {
            &member["mentee"]
        };
        assert!(profile.is_object(), "{member}");
    }
    let (mut patron, _) = server.patron("demo-visitor").await;
    let mentors = patron.get("/api/v1/mentoring/mentors").await.body;
    assert!(mentors.as_array().unwrap().len() > 10);
    assert!(
        mentors
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["name"] == "Mei (demo mentor)")
    );
}
on_both_backends!(the_demo_has_mentors_mentees_and_a_cohort_to_run);
