//! Groups on both backends: joining by approval, threads with mentions and
//! followers, meet-ups (also at a library event), leaving, and the demo's
//! groups and teaching resources.

use crate::support::{Backend, PATRON, STAFF, TestServer, count};
use reqwest::Method;
use serde_json::{Value, json};

async fn a_group_holds_threads_mentions_and_meetups_for_its_members(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut ana, ana_id) = server.patron("worker-ana").await;
    let (mut ben, ben_id) = server.patron("worker-ben").await;
    let (mut cy, _) = server.patron("worker-cy").await;
    let bad = ana
        .post("/api/v1/groups", json!({"name": " ", "kind": "regional"}))
        .await;
    assert_eq!(
        bad.problems(),
        [
            ("name".into(), "required".into()),
            ("region".into(), "required".into())
        ]
    );
    let group = ana
        .post(
            "/api/v1/groups",
            json!({"name": "Riverside job club", "about": "Weekly", "kind": "job_club", "open": false}),
        )
        .await;
    assert_eq!(group.status, 201, "{:?}", group.body);
    assert_eq!(group.body["mine"], "organiser");
    let id = group.body["id"].as_i64().unwrap();
    let group_path = format!("/api/v1/groups/{id}");

    // Approval-based: ben asks, ana is told and accepts.
    let asked = ben.post(&format!("{group_path}/join"), json!({})).await;
    assert_eq!(asked.body["mine"], "pending");
    let threads = format!("{group_path}/threads");
    let opening = json!({"title": "Interview tips", "body": "Hi @Worker-Ana, <script>alert(1)</script> any **tips**?"});
    assert_eq!(ben.post(&threads, opening.clone()).await.status, 404);
    assert!(
        ana.notification_kinds()
            .await
            .contains(&"group_join_request".into())
    );
    let members = ana.get(&group_path).await.body["members"].clone();
    assert!(
        members
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["status"] == "pending")
    );
    assert_eq!(
        cy.post(&format!("{group_path}/members/{ben_id}"), json!({}))
            .await
            .status,
        403
    );
    assert_eq!(
        ana.post(&format!("{group_path}/members/{ben_id}"), json!({}))
            .await
            .status,
        204
    );
    assert!(
        ben.notification_kinds()
            .await
            .contains(&"group_join_accepted".into())
    );

    // A thread; the mention reaches ana; the text is kept as written.
    let bad = ben.post(&threads, json!({"title": "", "body": ""})).await;
    assert_eq!(bad.problems().len(), 2);
    let thread = ben.post(&threads, opening).await;
    assert_eq!(thread.status, 201, "{:?}", thread.body);
    let thread_id = thread.body["id"].as_i64().unwrap();
    assert!(
        thread.body["posts"][0]["body"]
            .as_str()
            .unwrap()
            .contains("<script>")
    );
    assert_eq!(thread.body["following"], true);
    assert_eq!(count(&ana.notification_kinds().await, "mentioned"), 1);
    let thread_path = format!("/api/v1/threads/{thread_id}");
    assert_eq!(cy.get(&thread_path).await.status, 404, "members only");
    assert_eq!(
        cy.post(&format!("{thread_path}/posts"), json!({"body": "hi"}))
            .await
            .status,
        404
    );
    assert_eq!(cy.get(&group_path).await.body["threads"], json!([]));

    // A reply reaches the follower; unfollowing stops it.
    let reply = ana
        .post(
            &format!("{thread_path}/posts"),
            json!({"body": "Practise out loud."}),
        )
        .await;
    assert_eq!(reply.status, 201);
    assert_eq!(count(&ben.notification_kinds().await, "thread_reply"), 1);
    assert_eq!(
        ben.put(&format!("{thread_path}/follow"), json!({"follow": false}))
            .await
            .status,
        204
    );
    ana.post(
        &format!("{thread_path}/posts"),
        json!({"body": "And smile."}),
    )
    .await;
    assert_eq!(count(&ben.notification_kinds().await, "thread_reply"), 1);
    let page = ben.get(&group_path).await.body;
    assert_eq!(page["threads"][0]["replies"], 2);
    assert_eq!(page["threads"][0]["following"], false);
    assert_eq!(
        ben.get(&thread_path).await.body["posts"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // Meet-ups: organisers plan them, with a real date and time.
    let meetups = format!("{group_path}/meetups");
    let meetup = json!({"title": "Coffee", "date": "2099-01-15", "time": "18:30", "place": "Main branch, room 2"});
    assert_eq!(ben.post(&meetups, meetup.clone()).await.status, 403);
    let bad = ana
        .post(
            &meetups,
            json!({"title": "Coffee", "date": "2099-02-30", "time": "7pm", "place": "x"}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [
            ("date".into(), "date_invalid".into()),
            ("time".into(), "time_invalid".into())
        ]
    );
    assert_eq!(ana.post(&meetups, meetup.clone()).await.status, 201);
    // A meet-up can meet at a library event, which must exist.
    let mut linked = meetup.clone();
    linked["event_id"] = json!(999_999);
    assert_eq!(
        ana.post(&meetups, linked.clone()).await.problems(),
        [("event_id".into(), "not_allowed".into())]
    );
    let mut staff = server.signed_in(STAFF).await;
    let event = staff
        .post(
            "/api/v1/events",
            json!({"title": "Job club night", "date": "2099-01-15", "start": "18:00", "end": "20:00",
                   "place": "Main branch", "capacity": 30, "language": "English", "weeks": 1}),
        )
        .await;
    linked["event_id"] = event.body[0]["id"].clone();
    assert_eq!(ana.post(&meetups, linked).await.status, 201);
    let page = ben.get(&group_path).await.body;
    assert_eq!(page["meetups"][0]["fields"]["time"], "18:30");
    assert_eq!(
        page["meetups"][1]["fields"]["event_id"],
        event.body[0]["id"]
    );

    // Blocking hides a member's threads and posts.
    let block = format!("/api/v1/people/{ana_id}/block");
    ben.post(&block, json!({})).await;
    let posts = ben.get(&thread_path).await.body["posts"].clone();
    assert_eq!(posts.as_array().unwrap().len(), 1, "{posts:?}");
    ben.send(Method::DELETE, &block, None).await;

    // The last organiser cannot leave; a member who leaves hears no more.
    assert_eq!(
        ana.post(&format!("{group_path}/leave"), json!({}))
            .await
            .status,
        409
    );
    ben.put(&format!("{thread_path}/follow"), json!({"follow": true}))
        .await;
    assert_eq!(
        ben.post(&format!("{group_path}/leave"), json!({}))
            .await
            .status,
        204
    );
    assert_eq!(ben.get(&thread_path).await.status, 404);
    ana.post(&format!("{thread_path}/posts"), json!({"body": "Anyone?"}))
        .await;
    assert_eq!(count(&ben.notification_kinds().await, "thread_reply"), 1);
}
on_both_backends!(a_group_holds_threads_mentions_and_meetups_for_its_members);

async fn the_demo_has_groups_a_thread_and_teaching_resources_for_its_jobs(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.signed_in(PATRON).await;
    let groups = patron.get("/api/v1/groups").await.body;
    let club = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["fields"]["name"] == "Riverside job club")
        .expect("demo job club");
    assert_eq!(club["mine"], "member");
    let page = patron
        .get(&format!("/api/v1/groups/{}", club["id"]))
        .await
        .body;
    assert_eq!(
        page["threads"][0]["title"],
        "Practising interviews out loud"
    );
    assert_eq!(page["threads"][0]["replies"], 1);
    // Each demo resource teaches an essential skill of an open demo job.
    let teaching = patron.get("/api/v1/teaching").await.body;
    let jobs = patron.get("/api/v1/listings/changes?since=0").await.body;
    let needed: Vec<&Value> = jobs["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|j| j["open"] == true)
        .flat_map(|j| j["essential"].as_array().unwrap())
        .collect();
    assert_eq!(teaching.as_array().unwrap().len(), 3);
    for resource in teaching.as_array().unwrap() {
        assert!(needed.contains(&&resource["skills"][0]), "{resource}");
    }
}
on_both_backends!(the_demo_has_groups_a_thread_and_teaching_resources_for_its_jobs);
