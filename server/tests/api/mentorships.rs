//! A LibLine mentorship on both backends: the pair's private space
//! (messages, check-ins, notes), reports to staff, blocking, and ending
//! with feedback.

use crate::support::{Backend, MentorPair, STAFF, TestServer, mentee_profile, mentor_profile};
use reqwest::Method;
use serde_json::{Value, json};

async fn only_the_pair_reads_its_space(backend: Backend) {
    let server = TestServer::start(backend).await;
    let MentorPair {
        mut mentor,
        mut mentee,
        path,
        ..
    } = server
        .mentor_pair(
            ("pair-mentor", mentor_profile(2)),
            ("pair-mentee", mentee_profile()),
        )
        .await;
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
        mentee
            .notification_kinds()
            .await
            .contains(&"check_in_scheduled".to_owned())
    );

    // Notes are each person's own.
    assert_eq!(
        mentee
            .put(&format!("{path}/note"), json!({"body": "Ask about grants"}))
            .await
            .status,
        204
    );
    assert_eq!(mentee.get(&path).await.body["my_note"], "Ask about grants");
    assert_eq!(mentor.get(&path).await.body["my_note"], "");

    // Nobody else, library staff included, can read or write anything.
    let (mut stranger, _) = server.patron("nosy").await;
    let mut staff = server.signed_in(STAFF).await;
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
            outsider
                .put(&format!("{path}/note"), json!({"body": "x"}))
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
        mentor
            .notification_kinds()
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
        mentor
            .put(&format!("{path}/feedback"), json!({"rating": 4}))
            .await
            .status,
        204
    );
    assert_eq!(
        mentor
            .put(&format!("{path}/feedback"), json!({"rating": 4}))
            .await
            .status,
        409
    );
    let history = mentor.get("/api/v1/mentorships").await.body;
    assert!(history[0]["ended_at"].is_i64());
    assert_eq!(mentee.get(&path).await.body["my_feedback"]["rating"], 5);
}
on_both_backends!(only_the_pair_reads_its_space);
