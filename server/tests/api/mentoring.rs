//! LibLine on both backends: the request life cycle, capacity under
//! concurrent accepts, and expiry with the automatic pause.

use crate::support::{Backend, TestServer, mentee_profile, mentor_profile};
use serde_json::{Value, json};

async fn a_request_goes_from_asking_to_a_mentorship(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut mentor, mentor_id) = server.patron("mentor-ana").await;
    let (mut mentee, mentee_id) = server.patron("mentee-ben").await;

    // Bad profiles say what to fix and save nothing.
    let mut bad = mentor_profile(0);
    bad["skills"] = json!(["not-a-skill"]);
    let reply = mentor.put("/api/v1/mentoring/mentor", bad).await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.problems(),
        [
            ("skills[0]".into(), "unknown_skill".into()),
            ("capacity".into(), "not_allowed".into())
        ]
    );
    assert_eq!(
        mentor.get("/api/v1/mentoring/me").await.body["mentor"],
        Value::Null
    );
    let saved = mentor
        .put("/api/v1/mentoring/mentor", mentor_profile(2))
        .await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    assert_eq!(saved.body["mentor"]["open"], true);

    // The mentee sees the mentor (never themselves) and must say what they look for first.
    let mentors = mentee.get("/api/v1/mentoring/mentors").await.body;
    let card = mentors
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["user_id"] == mentor_id)
        .expect("mentor listed");
    assert_eq!(card["taken"], 0);
    let ask =
        json!({"mentor_id": mentor_id, "message": "Could you help me move into youth services?"});
    let early = mentee.post("/api/v1/mentoring/requests", ask.clone()).await;
    assert_eq!(early.problems(), [("mentee".into(), "required".into())]);
    assert_eq!(
        mentee
            .put("/api/v1/mentoring/mentee", mentee_profile())
            .await
            .status,
        200
    );
    let sent = mentee.post("/api/v1/mentoring/requests", ask.clone()).await;
    assert_eq!(sent.status, 201, "{:?}", sent.body);
    let request = sent.body["id"].as_i64().unwrap();
    assert_eq!(
        mentee.post("/api/v1/mentoring/requests", ask).await.status,
        409,
        "one open request per pair"
    );
    assert!(
        mentor
            .notification_kinds()
            .await
            .contains(&"request_received".to_owned())
    );

    // The mentor sees what the mentee shared and asks for more.
    let received = mentor.get("/api/v1/mentoring/requests").await.body["received"][0].clone();
    assert_eq!(
        received["mentee"]["goals"][0],
        "Become a youth services librarian"
    );
    let path = format!("/api/v1/mentoring/requests/{request}");
    // The mentee cannot accept their own request; a stranger learns nothing.
    assert_eq!(
        mentee.post(&path, json!({"action": "accept"})).await.status,
        403
    );
    let (mut stranger, _) = server.patron("stranger").await;
    assert_eq!(
        stranger
            .post(&path, json!({"action": "decline"}))
            .await
            .status,
        404
    );
    let empty_question = mentor
        .post(&path, json!({"action": "ask_more", "text": " "}))
        .await;
    assert_eq!(
        empty_question.problems(),
        [("text".into(), "required".into())]
    );
    let asked = mentor
        .post(
            &path,
            json!({"action": "ask_more", "text": "Which age groups?"}),
        )
        .await;
    assert_eq!(asked.body["status"], "more_info");
    assert!(
        mentee
            .notification_kinds()
            .await
            .contains(&"request_more_info".to_owned())
    );
    let answered = mentee
        .post(&path, json!({"action": "answer", "text": "Teens, mostly"}))
        .await;
    assert_eq!(answered.body["status"], "pending");
    assert_eq!(answered.body["answer"], "Teens, mostly");
    let accepted = mentor.post(&path, json!({"action": "accept"})).await;
    assert_eq!(accepted.status, 200, "{:?}", accepted.body);
    assert_eq!(accepted.body["status"], "accepted");
    assert_eq!(
        mentor
            .post(&path, json!({"action": "decline"}))
            .await
            .status,
        409,
        "already answered"
    );
    // A second request from the same mentee cannot open a second mentorship.
    let again = mentee
        .post(
            "/api/v1/mentoring/requests",
            json!({"mentor_id": mentor_id, "message": "Again"}),
        )
        .await;
    assert_eq!(again.status, 201);
    let again_path = format!("/api/v1/mentoring/requests/{}", again.body["id"]);
    assert_eq!(
        mentor
            .post(&again_path, json!({"action": "accept"}))
            .await
            .status,
        409
    );
    assert_eq!(mentor.get("/api/v1/mentoring/me").await.body["active"], 1);
    mentee
        .post(&again_path, json!({"action": "withdraw"}))
        .await;
    // Invisible control characters are refused with a clear problem (PostgreSQL cannot store NUL).
    let nul = mentee
        .post(
            "/api/v1/mentoring/requests",
            json!({"mentor_id": mentor_id, "message": "hi\u{0}there"}),
        )
        .await;
    assert_eq!(
        nul.problems(),
        [("message".into(), "control_characters".into())]
    );

    let pairs = mentee.get("/api/v1/mentorships").await.body;
    assert_eq!(pairs[0]["mentor_id"], mentor_id);
    assert_eq!(pairs[0]["mentee_id"], mentee_id);
    let inbox = mentee.get("/api/v1/notifications").await.body;
    let accepted_note = inbox["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "request_accepted")
        .unwrap();
    assert_eq!(accepted_note["subject_id"], pairs[0]["id"]);
    assert!(inbox["unread"].as_u64().unwrap() >= 2);
    let newest = inbox["notifications"][0]["id"].as_i64().unwrap();
    assert_eq!(
        mentee
            .post("/api/v1/notifications/read", json!({"up_to": newest}))
            .await
            .status,
        204
    );
    assert_eq!(mentee.get("/api/v1/notifications").await.body["unread"], 0);

    // A declined request carries its reason to the mentee.
    let (mut other, _) = server.mentee("mentee-cy", mentee_profile()).await;
    let second = other
        .post(
            "/api/v1/mentoring/requests",
            json!({"mentor_id": mentor_id}),
        )
        .await;
    let second_path = format!("/api/v1/mentoring/requests/{}", second.body["id"]);
    let declined = mentor
        .post(
            &second_path,
            json!({"action": "decline", "text": "I focus on academic libraries"}),
        )
        .await;
    assert_eq!(declined.body["reason"], "I focus on academic libraries");
    let inbox = other.get("/api/v1/notifications").await.body;
    assert_eq!(inbox["notifications"][0]["kind"], "request_declined");
    assert_eq!(
        inbox["notifications"][0]["detail"]["text"],
        "I focus on academic libraries"
    );
}
on_both_backends!(a_request_goes_from_asking_to_a_mentorship);

async fn two_accepts_at_once_never_exceed_capacity(backend: Backend) {
    let server = TestServer::start(backend).await;
    let second_instance = server.another_instance().await;
    let (mut mentor, mentor_id) = server.mentor("busy-mentor", mentor_profile(1)).await;
    let mut paths = Vec::new();
    for name in ["first-mentee", "second-mentee", "third-mentee"] {
        let (mut mentee, _) = server.mentee(name, mentee_profile()).await;
        let sent = mentee
            .post(
                "/api/v1/mentoring/requests",
                json!({"mentor_id": mentor_id}),
            )
            .await;
        assert_eq!(sent.status, 201);
        paths.push(format!("/api/v1/mentoring/requests/{}", sent.body["id"]));
    }
    // The same mentor accepts three requests at the same moment, through
    // two server instances on one database.
    let mut on_second = mentor.clone();
    on_second.base = second_instance.base.clone();
    let (mut a, mut b, mut c) = (mentor.clone(), on_second, mentor.clone());
    let accept = json!({"action": "accept"});
    let (ra, rb, rc) = tokio::join!(
        a.post(&paths[0], accept.clone()),
        b.post(&paths[1], accept.clone()),
        c.post(&paths[2], accept.clone())
    );
    let statuses = [ra.status, rb.status, rc.status];
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    for reply in [ra, rb, rc].iter().filter(|r| r.status != 200) {
        assert_eq!(reply.status, 409);
        assert_eq!(reply.body["error"], "full");
    }
    let me = mentor.get("/api/v1/mentoring/me").await.body;
    assert_eq!(me["active"], 1);
    let rows = server
        .sql(&format!(
            "SELECT COUNT(*) FROM mentorships WHERE mentor_id = {mentor_id}"
        ))
        .await;
    assert_eq!(rows[0][0].as_deref(), Some("1"));
    // Ending the mentorship frees the place again.
    let pair = mentor.get("/api/v1/mentorships").await.body[0]["id"]
        .as_i64()
        .unwrap();
    assert_eq!(
        mentor
            .post(&format!("/api/v1/mentorships/{pair}/end"), json!({}))
            .await
            .status,
        204
    );
    assert_eq!(mentor.get("/api/v1/mentoring/me").await.body["active"], 0);
}
on_both_backends!(two_accepts_at_once_never_exceed_capacity);

async fn unanswered_requests_expire_and_a_mentor_who_lets_them_lapse_is_paused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut mentor, mentor_id) = server.mentor("slow-mentor", mentor_profile(3)).await;
    let mut mentees = Vec::new();
    for name in ["waiting-one", "waiting-two"] {
        let (mut mentee, _) = server.mentee(name, mentee_profile()).await;
        assert_eq!(
            mentee
                .post(
                    "/api/v1/mentoring/requests",
                    json!({"mentor_id": mentor_id})
                )
                .await
                .status,
            201
        );
        mentees.push(mentee);
    }
    // The first request runs out of time.
    server.sql("UPDATE mentor_requests SET expires_at = 0 WHERE id = (SELECT MIN(id) FROM mentor_requests)").await;
    assert!(
        mentees[0]
            .notification_kinds()
            .await
            .contains(&"request_expired".to_owned())
    );
    assert_eq!(
        mentees[0].get("/api/v1/mentoring/requests").await.body["sent"][0]["status"],
        "expired"
    );
    assert_eq!(
        mentor.get("/api/v1/mentoring/me").await.body["mentor"]["open"],
        true,
        "one lapse is not enough"
    );
    // The second lapses too: the mentor is paused and told why.
    server
        .sql("UPDATE mentor_requests SET expires_at = 0")
        .await;
    assert!(
        mentees[1]
            .notification_kinds()
            .await
            .contains(&"request_expired".to_owned())
    );
    let me = mentor.get("/api/v1/mentoring/me").await.body;
    assert_eq!(me["mentor"]["open"], false);
    assert_eq!(me["paused_reason"], "expired_requests");
    assert!(
        mentor
            .notification_kinds()
            .await
            .contains(&"mentor_paused".to_owned())
    );
    let listed = mentees[0].get("/api/v1/mentoring/mentors").await.body;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["user_id"] != mentor_id)
    );
    let refused = mentees[0]
        .post(
            "/api/v1/mentoring/requests",
            json!({"mentor_id": mentor_id}),
        )
        .await;
    assert_eq!(
        refused.problems(),
        [("mentor_id".into(), "not_allowed".into())]
    );
    // Reopening clears the pause.
    let reopened = mentor
        .put("/api/v1/mentoring/mentor", mentor_profile(3))
        .await;
    assert_eq!(reopened.body["mentor"]["open"], true);
    assert_eq!(reopened.body["paused_reason"], Value::Null);
}
on_both_backends!(unanswered_requests_expire_and_a_mentor_who_lets_them_lapse_is_paused);
