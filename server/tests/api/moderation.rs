//! Moderation on both backends: reports, hiding everywhere, restoring,
//! warnings and suspensions, the moderation log, and hidden needs leaving
//! the board.

use crate::support::{Backend, PATRON, PartnerWithNeed, STAFF, TestServer, count};
use serde_json::{Value, json};

async fn moderation_hides_everywhere_warns_suspends_and_logs(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let (mut ana, ana_id) = server.patron("worker-ana").await;
    let (mut ben, _) = server.patron("worker-ben").await;
    let mut staff = server.signed_in(STAFF).await;
    let mut patron = server.signed_in(PATRON).await;

    let group = ana
        .post("/api/v1/groups", json!({"name": "Open club", "open": true}))
        .await;
    let group_id = group.body["id"].as_i64().unwrap();
    ben.post(&format!("/api/v1/groups/{group_id}/join"), json!({}))
        .await;
    let thread = ana
        .post(
            &format!("/api/v1/groups/{group_id}/threads"),
            json!({"title": "Hello", "body": "Something rude"}),
        )
        .await;
    let thread_id = thread.body["id"].as_i64().unwrap();
    let post_id = thread.body["posts"][0]["id"].as_i64().unwrap();
    let resource = ana
        .post("/api/v1/teaching", json!({"fields": {"title": "Spam", "skills": [skills[0]], "language": "English", "link": "https://example.org/x"}}))
        .await;
    let resource_id = resource.body["id"].as_i64().unwrap();
    ana.put(
        "/api/v1/expertise",
        json!({"skills": [{"skill_id": skills[0]}], "visibility": "members"}),
    )
    .await;

    // Reports: a reason, something one can see, not one's own.
    let report = |target: &str, id: i64, reason: &str| json!({"target": target, "target_id": id, "reason": reason});
    assert_eq!(
        ben.post("/api/v1/moderation/reports", report("post", post_id, " "))
            .await
            .problems(),
        [("reason".into(), "required".into())]
    );
    assert_eq!(
        ben.post("/api/v1/moderation/reports", report("post", 999_999, "x"))
            .await
            .status,
        404
    );
    assert_eq!(
        ana.post(
            "/api/v1/moderation/reports",
            report("post", post_id, "mine")
        )
        .await
        .status,
        404
    );
    // Only what one can see: a stranger to the group cannot report its posts.
    let (mut cy, _) = server.patron("worker-cy").await;
    assert_eq!(
        cy.post("/api/v1/moderation/reports", report("post", post_id, "x"))
            .await
            .status,
        404
    );
    for (target, id) in [
        ("post", post_id),
        ("resource", resource_id),
        ("profile", ana_id),
    ] {
        let filed = ben
            .post(
                "/api/v1/moderation/reports",
                report(target, id, "Not welcome here"),
            )
            .await;
        assert_eq!(filed.status, 201, "{target}: {:?}", filed.body);
    }
    let again = ben
        .post(
            "/api/v1/moderation/reports",
            report("post", post_id, "Again"),
        )
        .await;
    assert_eq!(again.status, 409, "one open report per person and item");
    assert_eq!(patron.get("/api/v1/reports").await.status, 403);
    assert_eq!(patron.get("/api/v1/moderation/log").await.status, 403);
    let reports = staff.get("/api/v1/reports").await.body;
    let find = |target: &str| -> Value {
        reports
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["target"] == target)
            .unwrap()
            .clone()
    };
    assert_eq!(find("post")["excerpt"], "Something rude");
    assert_eq!(find("post")["subject_id"], ana_id);
    assert_eq!(find("post")["status"], "open");

    // Hiding: gone for everyone, everywhere.
    let decide = |id: &Value| format!("/api/v1/reports/{id}/decision");
    let hide = json!({"action": "hide"});
    assert_eq!(
        patron
            .post(&decide(&find("post")["id"]), hide.clone())
            .await
            .status,
        403
    );
    for target in ["post", "resource", "profile"] {
        let done = staff.post(&decide(&find(target)["id"]), hide.clone()).await;
        assert_eq!(done.status, 204, "{target}: {:?}", done.body);
    }
    assert_eq!(
        ben.get(&format!("/api/v1/threads/{thread_id}"))
            .await
            .status,
        404
    );
    assert_eq!(
        ben.get(&format!("/api/v1/groups/{group_id}")).await.body["threads"],
        json!([])
    );
    let listed = ben.get("/api/v1/teaching").await.body;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["id"] != resource_id),
        "{listed}"
    );
    assert_eq!(
        ben.get(&format!("/api/v1/teaching/{resource_id}"))
            .await
            .status,
        404
    );
    assert_eq!(
        server
            .client()
            .get(&format!("/api/v1/teaching/{resource_id}/file"))
            .await
            .status,
        404
    );
    assert_eq!(
        ben.get(&format!("/api/v1/people/{ana_id}")).await.status,
        404
    );
    assert_eq!(ben.get("/api/v1/expertise/directory").await.body, json!([]));
    let told = ana.notification_kinds().await;
    assert_eq!(count(&told, "content_hidden"), 3);
    assert_eq!(count(&ben.notification_kinds().await, "report_handled"), 3);
    let reports = staff.get("/api/v1/reports").await.body;
    assert!(
        reports
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["hidden"] == true && r["status"] == "handled")
    );

    // Restoring brings the post back.
    let post_report = reports
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["target"] == "post")
        .unwrap()["id"]
        .clone();
    staff
        .post(&decide(&post_report), json!({"action": "restore"}))
        .await;
    assert_eq!(
        ben.get(&format!("/api/v1/threads/{thread_id}"))
            .await
            .status,
        200
    );

    // A warning says why; a suspension ends the sessions and bars sign-in.
    assert_eq!(
        staff
            .post(&decide(&post_report), json!({"action": "warn"}))
            .await
            .problems(),
        [("note".into(), "required".into())]
    );
    assert_eq!(
        staff
            .post(
                &decide(&post_report),
                json!({"action": "suspend", "note": "Insults", "days": 0})
            )
            .await
            .problems(),
        [("days".into(), "not_allowed".into())]
    );
    staff
        .post(
            &decide(&post_report),
            json!({"action": "warn", "note": "Keep it kind"}),
        )
        .await;
    assert!(ana.notification_kinds().await.contains(&"warned".into()));
    let suspended = staff
        .post(
            &decide(&post_report),
            json!({"action": "suspend", "note": "Insults", "days": 3}),
        )
        .await;
    assert_eq!(suspended.status, 204);
    assert_eq!(ana.get("/api/v1/auth/session").await.status, 401);
    let refused = server
        .client()
        .sign_in("worker-ana", "maple river lantern")
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.body["error"], "suspended");
    let secs = refused.body["retry_after_secs"].as_i64().unwrap();
    assert!((2 * 86_400..=3 * 86_400).contains(&secs), "{secs}");
    staff
        .post(&decide(&post_report), json!({"action": "reinstate"}))
        .await;
    assert_eq!(
        server
            .client()
            .sign_in("worker-ana", "maple river lantern")
            .await
            .status,
        200,
        "a lifted suspension lets the person back in"
    );
    // Staff cannot decide a report they filed themselves.
    let (mut dee, _) = server.patron("worker-dee").await;
    let dee_group = dee
        .post(
            "/api/v1/groups",
            json!({"name": "Dee's club", "open": true}),
        )
        .await;
    let dee_group = dee_group.body["id"].as_i64().unwrap();
    staff
        .post(&format!("/api/v1/groups/{dee_group}/join"), json!({}))
        .await;
    let dee_thread = dee
        .post(
            &format!("/api/v1/groups/{dee_group}/threads"),
            json!({"title": "Hi", "body": "Hello"}),
        )
        .await;
    let dee_post = dee_thread.body["posts"][0]["id"].as_i64().unwrap();
    staff
        .post(
            "/api/v1/moderation/reports",
            report("post", dee_post, "Testing"),
        )
        .await;
    let own = staff.get("/api/v1/reports").await.body[0]["id"].clone();
    assert_eq!(staff.post(&decide(&own), hide.clone()).await.status, 403);

    let log = staff.get("/api/v1/moderation/log").await.body;
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "reinstate",
            "suspend",
            "warn",
            "restore",
            "hide",
            "hide",
            "hide"
        ]
    );
    assert_eq!(log[1]["staff_name"], "Dana (demo staff)");
    assert_eq!(log[1]["subject_name"], "worker-ana");
    assert_eq!(log[1]["note"], "Insults");
}
on_both_backends!(moderation_hides_everywhere_warns_suspends_and_logs);

async fn hidden_needs_leave_the_board(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let need = json!({"title": "Teach a spreadsheet class", "description": "Two evenings", "skills": [skills[0]], "hours": 4, "place": "Riverside", "remote": false, "starts_on": "2027-02-01", "ends_on": "2099-03-01"});
    let PartnerWithNeed {
        partner_id,
        mut staff,
        need_id,
        ..
    } = server.partner_with_need(need).await;
    let (mut worker, _) = server.patron("worker-ana").await;
    assert_eq!(worker.get("/api/v1/needs").await.body[0]["id"], need_id);
    worker
        .post(
            "/api/v1/moderation/reports",
            json!({"target": "need", "target_id": need_id, "reason": "A scam"}),
        )
        .await;
    let reports = staff.get("/api/v1/reports").await.body;
    assert_eq!(reports[0]["target"], "need");
    assert_eq!(
        reports[0]["excerpt"].as_str().unwrap().split('.').next(),
        Some("Teach a spreadsheet class")
    );
    staff
        .post(
            &format!("/api/v1/reports/{}/decision", reports[0]["id"]),
            json!({"action": "hide"}),
        )
        .await;
    assert_eq!(worker.get("/api/v1/needs").await.body, json!([]));
    let connect = worker
        .post(
            "/api/v1/connections",
            json!({"to_user_id": partner_id, "need_id": need_id, "message": "Hi"}),
        )
        .await;
    assert_eq!(
        connect.problems(),
        [("need_id".into(), "not_allowed".into())]
    );
}
on_both_backends!(hidden_needs_leave_the_board);
