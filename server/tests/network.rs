//! The professional community on both backends: endorsements and
//! recommendations, blocking, groups with threads and mentions, the
//! teaching resources exchange with its file checks, and moderation.

mod common;

use common::{Backend, Client, PATRON, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

async fn skill_ids(server: &TestServer, n: usize) -> Vec<String> {
    let doc = server.client().get("/api/v1/taxonomy").await;
    doc.body["skills"].as_array().unwrap()[..n]
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn member(server: &TestServer, name: &str) -> (Client, i64) {
    let mut client = server.client();
    let reply = client.sign_up(name, "maple river lantern").await;
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    (client, reply.body["user"]["id"].as_i64().unwrap())
}

async fn put(client: &mut Client, path: &str, body: Value) -> common::Reply {
    client.send(Method::PUT, path, Some(body)).await
}

async fn kinds(client: &mut Client) -> Vec<String> {
    client.get("/api/v1/notifications").await.body["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

fn count(kinds: &[String], kind: &str) -> usize {
    kinds.iter().filter(|k| *k == kind).count()
}

fn base64(bytes: &[u8]) -> String {
    libranet_core::teaching::encode_base64(bytes)
}

async fn endorsements_recommendations_and_blocks(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = skill_ids(&server, 3).await;
    let (mut ana, ana_id) = member(&server, "worker-ana").await;
    let (mut ben, ben_id) = member(&server, "worker-ben").await;
    let (mut cy, _) = member(&server, "worker-cy").await;
    let record = json!({"skills": [{"skill_id": skills[0]}, {"skill_id": skills[1]}], "visibility": "members"});
    assert_eq!(put(&mut ana, "/api/v1/expertise", record).await.status, 200);
    let ana_page = format!("/api/v1/people/{ana_id}");
    let endorse = |skill: &str, on: bool| json!({"skill_id": skill, "endorse": on});

    // One endorsement per skill per person; only skills on the record.
    let path = format!("{ana_page}/endorsements");
    for _ in 0..2 {
        assert_eq!(
            put(&mut ben, &path, endorse(&skills[0], true)).await.status,
            204
        );
    }
    let nul = put(
        &mut ben,
        &path,
        json!({"skill_id": "\u{0}", "endorse": false}),
    )
    .await;
    assert_eq!(
        nul.problems(),
        [("skill_id".into(), "unknown_skill".into())]
    );
    let wrong = put(&mut ben, &path, endorse(&skills[2], true)).await;
    assert_eq!(
        wrong.problems(),
        [("skill_id".into(), "not_allowed".into())]
    );
    assert_eq!(
        put(&mut ana, &path, endorse(&skills[0], true)).await.status,
        403
    );
    put(&mut cy, &path, endorse(&skills[0], true)).await;
    let page = ben.get(&ana_page).await.body;
    assert_eq!(page["endorsements"][0]["count"], 2);
    assert_eq!(page["endorsements"][0]["mine"], true);
    assert_eq!(page["endorsements"][1]["count"], 0);
    assert_eq!(count(&kinds(&mut ana).await, "endorsement_received"), 2);
    put(&mut ben, &path, endorse(&skills[0], false)).await;
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
        kinds(&mut ana)
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
        kinds(&mut ben)
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
    assert_eq!(
        put(&mut ben, &path, endorse(&skills[1], true)).await.status,
        404
    );
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
on_both_backends!(endorsements_recommendations_and_blocks);

async fn groups_threads_mentions_and_meetups(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut ana, ana_id) = member(&server, "worker-ana").await;
    let (mut ben, ben_id) = member(&server, "worker-ben").await;
    let (mut cy, _) = member(&server, "worker-cy").await;
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
    assert!(kinds(&mut ana).await.contains(&"group_join_request".into()));
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
        kinds(&mut ben)
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
    assert_eq!(count(&kinds(&mut ana).await, "mentioned"), 1);
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
    assert_eq!(count(&kinds(&mut ben).await, "thread_reply"), 1);
    assert_eq!(
        put(
            &mut ben,
            &format!("{thread_path}/follow"),
            json!({"follow": false})
        )
        .await
        .status,
        204
    );
    ana.post(
        &format!("{thread_path}/posts"),
        json!({"body": "And smile."}),
    )
    .await;
    assert_eq!(count(&kinds(&mut ben).await, "thread_reply"), 1);
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
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
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
    put(
        &mut ben,
        &format!("{thread_path}/follow"),
        json!({"follow": true}),
    )
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
    assert_eq!(count(&kinds(&mut ben).await, "thread_reply"), 1);
}
on_both_backends!(groups_threads_mentions_and_meetups);

async fn teaching_resources_files_ratings_and_adaptations(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = skill_ids(&server, 2).await;
    let (mut ana, _) = member(&server, "worker-ana").await;
    let (mut ben, _) = member(&server, "worker-ben").await;
    let fields = |title: &str, licence: &str| {
        json!({"title": title, "kind": "worksheet", "licence": licence, "skills": [skills[0]],
               "audience": "adults", "language": "English"})
    };
    let pdf = b"%PDF-1.7\nA worksheet".to_vec();
    let upload = |name: &str, bytes: &[u8]| json!({"name": name, "base64": base64(bytes)});

    // Wrong kinds and oversize files are refused with what to fix.
    let html = ana
        .post("/api/v1/teaching", json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("plan.pdf", b"<html><script>x</script>")}))
        .await;
    assert_eq!(html.problems(), [("file".into(), "file_type".into())]);
    let exe = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("setup.exe", b"MZ..")}),
        )
        .await;
    assert_eq!(exe.problems(), [("file".into(), "file_type".into())]);
    let mut big = pdf.clone();
    big.resize(libranet_core::teaching::MAX_FILE_BYTES + 1, b' ');
    let large = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("big.pdf", &big)}),
        )
        .await;
    assert_eq!(large.problems(), [("file".into(), "file_too_large".into())]);
    let nothing = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa")}),
        )
        .await;
    assert_eq!(nothing.problems(), [("link".into(), "required".into())]);
    let scripted = ana
        .post("/api/v1/teaching", json!({"fields": {"title": "x", "skills": ["nope"], "language": "English", "link": "javascript:alert(1)"}}))
        .await;
    assert_eq!(
        scripted.problems(),
        [
            ("skills[0]".into(), "unknown_skill".into()),
            ("link".into(), "link_invalid".into())
        ]
    );
    assert_eq!(
        server
            .client()
            .post(
                "/api/v1/teaching",
                json!({"fields": fields("Plan", "cc_by")})
            )
            .await
            .status,
        401
    );

    let shared = ana
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet", "cc_by_sa"), "file": upload("Resume worksheet.pdf", &pdf)}))
        .await;
    assert_eq!(shared.status, 201, "{:?}", shared.body);
    let id = shared.body["id"].as_i64().unwrap();
    assert_eq!(shared.body["file"]["size"], pdf.len());

    // The list is public (gap analyses read it), the file downloads as sent.
    let mut anyone = server.client();
    let list = anyone.get("/api/v1/teaching").await.body;
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["skills"][0], skills[0]);
    let file = anyone.get(&format!("/api/v1/teaching/{id}/file")).await;
    assert_eq!(file.header("content-type"), Some("application/pdf"));
    assert!(
        file.header("content-disposition")
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(
        file.body,
        Value::String(String::from_utf8(pdf.clone()).unwrap())
    );

    // Ratings: 1 to 5, not one's own, one per person.
    let rating = format!("/api/v1/teaching/{id}/rating");
    assert_eq!(
        put(&mut ben, &rating, json!({"stars": 6})).await.problems(),
        [("stars".into(), "not_allowed".into())]
    );
    assert_eq!(
        put(&mut ana, &rating, json!({"stars": 5})).await.status,
        403
    );
    put(&mut ben, &rating, json!({"stars": 3})).await;
    let rated = put(&mut ben, &rating, json!({"stars": 4})).await;
    assert_eq!(
        (
            rated.body["rating_tenths"].clone(),
            rated.body["ratings"].clone()
        ),
        (json!(40), json!(1))
    );
    assert_eq!(rated.body["my_rating"], 4);
    let commented = ben
        .post(
            &format!("/api/v1/teaching/{id}/comments"),
            json!({"body": "Used it today, thanks!"}),
        )
        .await;
    assert_eq!(commented.status, 201);
    assert!(kinds(&mut ana).await.contains(&"resource_comment".into()));

    // Adaptations keep a ShareAlike licence and link both ways.
    let wrong = ben
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet (Spanish)", "cc_by"), "file": upload("hoja.pdf", &pdf), "original_id": id}))
        .await;
    assert_eq!(wrong.problems(), [("licence".into(), "not_allowed".into())]);
    let adapted = ben
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet (Spanish)", "cc_by_sa"), "file": upload("hoja.pdf", &pdf), "original_id": id}))
        .await;
    assert_eq!(adapted.status, 201, "{:?}", adapted.body);
    assert_eq!(adapted.body["original"]["id"], id);
    let original = anyone.get(&format!("/api/v1/teaching/{id}")).await.body;
    assert_eq!(original["adaptations"][0]["id"], adapted.body["id"]);
    assert_eq!(original["comments"][0]["body"], "Used it today, thanks!");
    assert!(kinds(&mut ana).await.contains(&"resource_adapted".into()));
    let nd = ana
        .post("/api/v1/teaching", json!({"fields": {"title": "Slides", "licence": "cc_by_nd", "skills": [skills[1]], "language": "English", "link": "https://example.org/slides"}}))
        .await;
    let nd_id = nd.body["id"].as_i64().unwrap();
    let refused = ben
        .post("/api/v1/teaching", json!({"fields": fields("My slides", "cc_by_nd"), "file": upload("s.pdf", &pdf), "original_id": nd_id}))
        .await;
    assert_eq!(
        refused.problems(),
        [("original_id".into(), "not_allowed".into())]
    );

    // Only the owner (or staff) takes a resource down.
    let path = format!("/api/v1/teaching/{nd_id}");
    assert_eq!(ben.send(Method::DELETE, &path, None).await.status, 403);
    assert_eq!(ana.send(Method::DELETE, &path, None).await.status, 204);
    assert_eq!(anyone.get(&path).await.status, 404);
}
on_both_backends!(teaching_resources_files_ratings_and_adaptations);

async fn moderation_hides_everywhere_warns_suspends_and_logs(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = skill_ids(&server, 1).await;
    let (mut ana, ana_id) = member(&server, "worker-ana").await;
    let (mut ben, _) = member(&server, "worker-ben").await;
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    let mut patron = server.client();
    patron.sign_in(PATRON.0, PATRON.1).await;

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
    put(
        &mut ana,
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
    let (mut cy, _) = member(&server, "worker-cy").await;
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
    let told = kinds(&mut ana).await;
    assert_eq!(count(&told, "content_hidden"), 3);
    assert_eq!(count(&kinds(&mut ben).await, "report_handled"), 3);
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
    assert!(kinds(&mut ana).await.contains(&"warned".into()));
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
    let (mut dee, _) = member(&server, "worker-dee").await;
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
    let skills = skill_ids(&server, 1).await;
    let mut partner = server.client();
    partner.sign_in(common::PARTNER.0, common::PARTNER.1).await;
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    let (mut worker, _) = member(&server, "worker-ana").await;
    let org = put(
        &mut partner,
        "/api/v1/partner/org",
        json!({"name": "Harbor Foods"}),
    )
    .await;
    assert_eq!(org.status, 200, "{:?}", org.body);
    let partner_id = partner.get("/api/v1/auth/session").await.body["user"]["id"]
        .as_i64()
        .unwrap();
    staff
        .post(
            &format!("/api/v1/desk/partners/{partner_id}/verify"),
            json!({}),
        )
        .await;
    let need = partner
        .post("/api/v1/needs", json!({"title": "Teach a spreadsheet class", "description": "Two evenings", "skills": [skills[0]], "hours": 4, "place": "Riverside", "remote": false, "starts_on": "2027-02-01", "ends_on": "2099-03-01"}))
        .await;
    assert_eq!(need.status, 201, "{:?}", need.body);
    let need_id = need.body["id"].as_i64().unwrap();
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

async fn the_demo_has_groups_a_thread_and_teaching_resources_for_its_jobs(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.client();
    patron.sign_in(PATRON.0, PATRON.1).await;
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
