//! What events leave for the person, on both backends: attendance the
//! organisers take, shown on the person's page as they choose, and a
//! personal calendar feed of their events and appointments.

use super::workshop;
use crate::support::{Backend, STAFF, TestServer};
use reqwest::Method;
use serde_json::json;

async fn organisers_take_attendance_and_it_shows_for_the_person(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(5, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let (mut ana, ana_id) = server.patron("came-ana").await;
    let (mut ben, ben_id) = server.patron("came-ben").await;
    ana.post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
        .await;
    let list = format!("/api/v1/events/{id}/attendees");
    let mark = format!("/api/v1/events/{id}/attendance");
    assert_eq!(ana.get(&list).await.status, 403);
    assert_eq!(
        ana.send(
            Method::PUT,
            &mark,
            Some(json!({"user_id": ana_id, "attended": true}))
        )
        .await
        .status,
        403,
        "nobody marks themselves"
    );
    let seen = staff.get(&list).await.body;
    assert_eq!(seen[0]["user_id"], ana_id);
    assert_eq!(seen[0]["attended"], false);
    assert_eq!(
        staff
            .send(
                Method::PUT,
                &mark,
                Some(json!({"user_id": ben_id, "attended": true}))
            )
            .await
            .status,
        404,
        "only people signed up"
    );
    assert_eq!(
        staff
            .send(
                Method::PUT,
                &mark,
                Some(json!({"user_id": ana_id, "attended": true}))
            )
            .await
            .status,
        204
    );
    assert_eq!(staff.get(&list).await.body[0]["attended"], true);
    let mine = ana.get("/api/v1/events/attended").await.body;
    assert_eq!(mine[0]["id"], id);
    assert_eq!(ben.get("/api/v1/events/attended").await.body, json!([]));

    // On Ana's page only when she shows it, and only to whom her profile shows.
    let page = format!("/api/v1/people/{ana_id}");
    assert_eq!(ben.get(&page).await.body["attended"], json!([]));
    let details = |visibility: &str| json!({"visibility": visibility, "show_attended": true});
    ana.send(
        Method::PUT,
        "/api/v1/profile/details",
        Some(details("members")),
    )
    .await;
    let seen = ben.get(&page).await.body;
    assert_eq!(seen["attended"][0]["id"], id);
    assert_eq!(seen["attended"][0]["title"], "Resume clinic");
    ana.send(
        Method::PUT,
        "/api/v1/profile/details",
        Some(details("only_me")),
    )
    .await;
    assert_eq!(ben.get(&page).await.body["attended"], json!([]));
}
on_both_backends!(organisers_take_attendance_and_it_shows_for_the_person);

async fn a_personal_feed_serves_ones_events_and_appointments_until_stopped(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(5, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let slot = staff
        .post(
            "/api/v1/appointments",
            json!({"kind": "resume_review", "day": "2099-03-03", "start": "10:00", "minutes": 30,
                   "place": "Main branch, study room"}),
        )
        .await
        .body[0]["id"]
        .as_i64()
        .unwrap();
    let (mut ana, _) = server.patron("feed-ana").await;
    ana.post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
        .await;
    ana.post(&format!("/api/v1/appointments/{slot}/book"), json!({}))
        .await;
    assert_eq!(ana.get("/api/v1/events/feed").await.body["active"], false);
    let made = ana.post("/api/v1/events/feed", json!({})).await;
    assert_eq!(made.status, 201);
    let path = made.body["path"].as_str().unwrap().to_owned();
    // A calendar app has no session: the address alone opens it.
    let app = server.client();
    let response = app
        .raw()
        .get(format!("{}{path}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let text = response.text().await.unwrap();
    assert!(text.contains("SUMMARY:Resume clinic"), "{text}");
    assert!(text.contains("DTSTART:20990302T180000"), "{text}");
    assert!(
        text.contains("SUMMARY:Resume review: Dana (demo staff)"),
        "{text}"
    );
    // A new address retires the old one; stopping retires it too.
    let again = ana.post("/api/v1/events/feed", json!({})).await.body["path"]
        .as_str()
        .unwrap()
        .to_owned();
    let status = |p: String| {
        let http = app.raw().clone();
        let base = server.base.clone();
        async move {
            http.get(format!("{base}{p}"))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(status(path.clone()).await, 404);
    assert_eq!(status(again.clone()).await, 200);
    assert_eq!(status("/api/v1/calendar/guess.ics".into()).await, 404);
    assert_eq!(
        ana.send(Method::DELETE, "/api/v1/events/feed", None)
            .await
            .status,
        204
    );
    assert_eq!(status(again).await, 404);
}
on_both_backends!(a_personal_feed_serves_ones_events_and_appointments_until_stopped);
