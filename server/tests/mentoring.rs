//! LibLine on both backends: the request life cycle, capacity under
//! concurrent accepts, expiry and the automatic pause, the pair's private
//! space, blocking and reports, and cohorts.

mod common;

use common::{Backend, Client, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

fn mentor_profile(capacity: u8) -> Value {
    json!({"areas": ["public_libraries", "youth_services"], "years": 12, "languages": ["English", "Spanish"],
           "region": "Riverside", "mode": "both", "capacity": capacity, "hours_per_month": 4})
}

fn mentee_profile() -> Value {
    json!({"goals": ["Become a youth services librarian"], "areas": ["youth_services"],
           "languages": ["Spanish"], "region": "Hillcrest", "mode": "remote", "about": "I run story time"})
}

/// A new member; returns the client and their user id.
async fn member(server: &TestServer, name: &str) -> (Client, i64) {
    let mut client = server.client();
    let reply = client.sign_up(name, "maple river lantern").await;
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    let id = reply.body["user"]["id"].as_i64().unwrap();
    (client, id)
}

async fn put(client: &mut Client, path: &str, body: Value) -> common::Reply {
    client.send(Method::PUT, path, Some(body)).await
}

async fn kinds(client: &mut Client) -> Vec<String> {
    let inbox = client.get("/api/v1/notifications").await.body;
    inbox["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn a_request_goes_from_asking_to_a_mentorship(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut mentor, mentor_id) = member(&server, "mentor-ana").await;
    let (mut mentee, mentee_id) = member(&server, "mentee-ben").await;

    // Bad profiles say what to fix and save nothing.
    let mut bad = mentor_profile(0);
    bad["skills"] = json!(["not-a-skill"]);
    let reply = put(&mut mentor, "/api/v1/mentoring/mentor", bad).await;
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
    let saved = put(&mut mentor, "/api/v1/mentoring/mentor", mentor_profile(2)).await;
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
        put(&mut mentee, "/api/v1/mentoring/mentee", mentee_profile())
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
        kinds(&mut mentor)
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
    let (mut stranger, _) = member(&server, "stranger").await;
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
        kinds(&mut mentee)
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
    let (mut other, _) = member(&server, "mentee-cy").await;
    put(&mut other, "/api/v1/mentoring/mentee", mentee_profile()).await;
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
    let (mut mentor, mentor_id) = member(&server, "busy-mentor").await;
    put(&mut mentor, "/api/v1/mentoring/mentor", mentor_profile(1)).await;
    let mut paths = Vec::new();
    for name in ["first-mentee", "second-mentee", "third-mentee"] {
        let (mut mentee, _) = member(&server, name).await;
        put(&mut mentee, "/api/v1/mentoring/mentee", mentee_profile()).await;
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
    let (mut mentor, mentor_id) = member(&server, "slow-mentor").await;
    put(&mut mentor, "/api/v1/mentoring/mentor", mentor_profile(3)).await;
    let mut mentees = Vec::new();
    for name in ["waiting-one", "waiting-two"] {
        let (mut mentee, _) = member(&server, name).await;
        put(&mut mentee, "/api/v1/mentoring/mentee", mentee_profile()).await;
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
        kinds(&mut mentees[0])
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
        kinds(&mut mentees[1])
            .await
            .contains(&"request_expired".to_owned())
    );
    let me = mentor.get("/api/v1/mentoring/me").await.body;
    assert_eq!(me["mentor"]["open"], false);
    assert_eq!(me["paused_reason"], "expired_requests");
    assert!(
        kinds(&mut mentor)
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
    let reopened = put(&mut mentor, "/api/v1/mentoring/mentor", mentor_profile(3)).await;
    assert_eq!(reopened.body["mentor"]["open"], true);
    assert_eq!(reopened.body["paused_reason"], Value::Null);
}
on_both_backends!(unanswered_requests_expire_and_a_mentor_who_lets_them_lapse_is_paused);

/// A mentor and a mentee with an ongoing mentorship; returns its path.
async fn paired(server: &TestServer) -> (Client, Client, String) {
    let (mut mentor, mentor_id) = member(server, "pair-mentor").await;
    let (mut mentee, _) = member(server, "pair-mentee").await;
    put(&mut mentor, "/api/v1/mentoring/mentor", mentor_profile(2)).await;
    put(&mut mentee, "/api/v1/mentoring/mentee", mentee_profile()).await;
    let sent = mentee
        .post(
            "/api/v1/mentoring/requests",
            json!({"mentor_id": mentor_id}),
        )
        .await;
    mentor
        .post(
            &format!("/api/v1/mentoring/requests/{}", sent.body["id"]),
            json!({"action": "accept"}),
        )
        .await;
    let id = mentee.get("/api/v1/mentorships").await.body[0]["id"]
        .as_i64()
        .unwrap();
    (mentor, mentee, format!("/api/v1/mentorships/{id}"))
}

async fn only_the_pair_reads_its_space(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut mentor, mut mentee, path) = paired(&server).await;
    let space = mentee.get(&path).await.body;
    assert_eq!(space["goals"], json!(["Become a youth services librarian"]));

    // Messages with unread counts.
    let sent = mentee
        .post(
            &format!("{path}/messages"),
            json!({"body": "Hello! When can we talk?"}),
        )
        .await;
    assert_eq!(sent.status, 201);
    mentee
        .post(
            &format!("{path}/messages"),
            json!({"body": "Evenings suit me."}),
        )
        .await;
    assert_eq!(mentor.get("/api/v1/mentorships").await.body[0]["unread"], 2);
    assert_eq!(
        mentee.get("/api/v1/mentorships").await.body[0]["unread"],
        0,
        "own messages are read"
    );
    let read = mentor.get(&path).await.body;
    assert_eq!(read["messages"].as_array().unwrap().len(), 2);
    assert_eq!(mentor.get("/api/v1/mentorships").await.body[0]["unread"], 0);
    let blank = mentee
        .post(&format!("{path}/messages"), json!({"body": "   "}))
        .await;
    assert_eq!(blank.problems(), [("body".into(), "required".into())]);

    // Check-ins: bad input named, good ones listed and announced.
    let bad = mentor
        .post(
            &format!("{path}/check-ins"),
            json!({"day": "2026-13-01", "time": "7pm"}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [
            ("day".into(), "date_invalid".into()),
            ("time".into(), "time_invalid".into())
        ]
    );
    let check_in = mentor
        .post(
            &format!("{path}/check-ins"),
            json!({"day": "2027-01-12", "time": "18:30", "minutes": 45, "topic": "CV review"}),
        )
        .await;
    assert_eq!(check_in.status, 201, "{:?}", check_in.body);
    assert_eq!(
        mentee.get(&path).await.body["checkins"][0]["topic"],
        "CV review"
    );
    assert!(
        kinds(&mut mentee)
            .await
            .contains(&"check_in_scheduled".to_owned())
    );

    // Notes are each person's own.
    assert_eq!(
        put(
            &mut mentee,
            &format!("{path}/note"),
            json!({"body": "Ask about grants"})
        )
        .await
        .status,
        204
    );
    assert_eq!(mentee.get(&path).await.body["my_note"], "Ask about grants");
    assert_eq!(mentor.get(&path).await.body["my_note"], "");

    // Nobody else, library staff included, can read or write anything.
    let (mut stranger, _) = member(&server, "nosy").await;
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    for outsider in [&mut stranger, &mut staff] {
        assert_eq!(outsider.get(&path).await.status, 404);
        assert_eq!(
            outsider
                .post(&format!("{path}/messages"), json!({"body": "hi"}))
                .await
                .status,
            404
        );
        assert_eq!(
            put(outsider, &format!("{path}/note"), json!({"body": "x"}))
                .await
                .status,
            404
        );
        assert_eq!(
            outsider
                .post(&format!("{path}/end"), json!({}))
                .await
                .status,
            404
        );
    }
    assert_eq!(server.client().get(&path).await.status, 401);

    // A report reaches staff without the conversation unless attached.
    let report = json!({"mentorship_id": read["summary"]["id"], "reason": "Rude messages"});
    assert_eq!(mentor.post("/api/v1/reports", report).await.status, 201);
    assert_eq!(mentee.get("/api/v1/reports").await.status, 403);
    let seen = staff.get("/api/v1/reports").await.body;
    assert_eq!(seen[0]["reason"], "Rude messages");
    assert_eq!(seen[0]["attached"], Value::Null);
    let attached = json!({"mentorship_id": read["summary"]["id"], "reason": "See for yourself", "attach_messages": true});
    // One open report per person and mentorship; once staff close it, another.
    assert_eq!(
        mentor
            .post("/api/v1/reports", attached.clone())
            .await
            .status,
        409
    );
    let dismissed = staff
        .post(
            &format!("/api/v1/reports/{}/decision", seen[0]["id"]),
            json!({"action": "dismiss"}),
        )
        .await;
    assert_eq!(dismissed.status, 204, "{:?}", dismissed.body);
    assert_eq!(mentor.post("/api/v1/reports", attached).await.status, 201);
    assert_eq!(
        staff.get("/api/v1/reports").await.body[0]["attached"][1]["body"],
        "Evenings suit me."
    );

    // A block stops messages both ways.
    assert_eq!(
        mentor
            .post(&format!("{path}/block"), json!({}))
            .await
            .status,
        204
    );
    assert_eq!(
        mentee
            .post(
                &format!("{path}/messages"),
                json!({"body": "Are you there?"})
            )
            .await
            .status,
        403
    );
    assert_eq!(mentor.get(&path).await.body["blocked"], true);
    mentor
        .send(Method::DELETE, &format!("{path}/block"), None)
        .await;
    assert_eq!(
        mentee
            .post(
                &format!("{path}/messages"),
                json!({"body": "Are you there?"})
            )
            .await
            .status,
        201
    );

    // Ending with feedback; the other side gives theirs once; history stays.
    let bad_feedback = mentee
        .post(&format!("{path}/end"), json!({"feedback": {"rating": 9}}))
        .await;
    assert_eq!(
        bad_feedback.problems(),
        [("rating".into(), "not_allowed".into())]
    );
    let ended = mentee
        .post(
            &format!("{path}/end"),
            json!({"feedback": {"rating": 5, "comment": "Very helpful"}}),
        )
        .await;
    assert_eq!(ended.status, 204);
    assert!(
        kinds(&mut mentor)
            .await
            .contains(&"mentorship_ended".to_owned())
    );
    assert_eq!(
        mentee
            .post(&format!("{path}/messages"), json!({"body": "Thanks"}))
            .await
            .status,
        409
    );
    assert_eq!(
        put(
            &mut mentor,
            &format!("{path}/feedback"),
            json!({"rating": 4})
        )
        .await
        .status,
        204
    );
    assert_eq!(
        put(
            &mut mentor,
            &format!("{path}/feedback"),
            json!({"rating": 4})
        )
        .await
        .status,
        409
    );
    let history = mentor.get("/api/v1/mentorships").await.body;
    assert!(history[0]["ended_at"].is_i64());
    assert_eq!(mentee.get(&path).await.body["my_feedback"]["rating"], 5);
}
on_both_backends!(only_the_pair_reads_its_space);

async fn a_coordinator_publishes_a_cohort(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    let (mut patron, _) = member(&server, "cohort-patron").await;
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

    let (mut m1, m1_id) = member(&server, "cohort-mentor").await;
    put(&mut m1, "/api/v1/mentoring/mentor", mentor_profile(1)).await;
    let (mut e1, e1_id) = member(&server, "cohort-mentee-a").await;
    let (mut e2, e2_id) = member(&server, "cohort-mentee-b").await;
    for e in [&mut e1, &mut e2] {
        put(e, "/api/v1/mentoring/mentee", mentee_profile()).await;
    }
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
    assert!(kinds(&mut m1).await.contains(&"cohort_invite".to_owned()));
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
        kinds(&mut staff)
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
        kinds(&mut m1)
            .await
            .contains(&"cohort_published".to_owned())
    );
    assert!(
        kinds(&mut e1)
            .await
            .contains(&"cohort_published".to_owned())
    );
    assert!(
        kinds(&mut e2)
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
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
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
    let (mut patron, _) = member(&server, "demo-visitor").await;
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
