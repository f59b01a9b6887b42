//! Events on both backends: who may publish, bad input, weekly series,
//! seats and the waitlist (also under concurrent withdrawals and sign-ups
//! through two server instances), and cancelling with notice.

mod common;

use common::{Backend, Client, PARTNER, PATRON, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

async fn member(server: &TestServer, name: &str) -> (Client, i64) {
    let mut client = server.client();
    let reply = client.sign_up(name, "maple river lantern").await;
    assert_eq!(reply.status, 201, "{:?}", reply.body);
    (client, reply.body["user"]["id"].as_i64().unwrap())
}

async fn staff(server: &TestServer) -> Client {
    let mut staff = server.client();
    staff.sign_in(STAFF.0, STAFF.1).await;
    staff
}

fn workshop(capacity: u32, weeks: u8) -> Value {
    json!({"title": "Resume clinic", "kind": "workshop", "date": "2099-03-02", "start": "18:00",
           "end": "19:30", "place": "Main branch, room 2", "capacity": capacity,
           "language": "English", "weeks": weeks})
}

async fn kinds(client: &mut Client) -> Vec<String> {
    client.get("/api/v1/notifications").await.body["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn publishing_takes_staff_or_a_verified_partner_and_good_input(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.client();
    patron.sign_in(PATRON.0, PATRON.1).await;
    assert_eq!(
        patron.post("/api/v1/events", workshop(10, 1)).await.status,
        403
    );
    let mut partner = server.client();
    partner.sign_in(PARTNER.0, PARTNER.1).await;
    partner
        .send(
            Method::PUT,
            "/api/v1/partner/org",
            Some(json!({"name": "Harbor Foods"})),
        )
        .await;
    assert_eq!(
        partner.post("/api/v1/events", workshop(10, 1)).await.status,
        403,
        "not verified yet"
    );
    let mut staff = staff(&server).await;
    let bad = staff
        .post(
            "/api/v1/events",
            json!({"title": "", "date": "2020-01-01", "start": "9", "end": "08:00",
                   "capacity": 0, "language": "English", "weeks": 1}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [
            ("title".into(), "required".into()),
            ("date".into(), "date_past".into()),
            ("start".into(), "time_invalid".into()),
            ("place".into(), "required".into()),
            ("capacity".into(), "not_allowed".into()),
        ]
    );
    let series = staff.post("/api/v1/events", workshop(10, 3)).await;
    assert_eq!(series.status, 201, "{:?}", series.body);
    let days: Vec<&str> = series
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["day"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2099-03-02", "2099-03-09", "2099-03-16"]);
    assert!(
        series
            .body
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["series_id"] == series.body[0]["id"])
    );
    // Verified partners publish too; anyone can read the list.
    let partner_id = partner.get("/api/v1/auth/session").await.body["user"]["id"].clone();
    staff
        .post(
            &format!("/api/v1/desk/partners/{partner_id}/verify"),
            json!({}),
        )
        .await;
    assert_eq!(
        partner.post("/api/v1/events", workshop(5, 1)).await.status,
        201
    );
    let listed = server.client().get("/api/v1/events").await.body;
    let ours: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["fields"]["title"] == "Resume clinic")
        .collect();
    assert_eq!(ours.len(), 4, "three dates and the partner's one");
    assert_eq!(ours[0]["can_manage"], false);
}
on_both_backends!(publishing_takes_staff_or_a_verified_partner_and_good_input);

async fn the_waitlist_moves_up_when_a_seat_frees(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = staff(&server).await;
    let created = staff.post("/api/v1/events", workshop(2, 1)).await;
    let path = format!("/api/v1/events/{}/rsvp", created.body[0]["id"]);
    let mut people = Vec::new();
    for name in ["ana", "ben", "cy", "dee"] {
        people.push(member(&server, &format!("event-{name}")).await);
    }
    let mut answers = Vec::new();
    for (client, _) in people.iter_mut() {
        answers.push(client.post(&path, json!({})).await.body);
    }
    assert_eq!(answers[0]["mine"], "going");
    assert_eq!(answers[1]["mine"], "going");
    assert_eq!(answers[2]["mine"], "waiting");
    assert_eq!(answers[2]["my_place"], 1);
    assert_eq!(answers[3]["my_place"], 2);
    assert_eq!(
        (answers[3]["going"].clone(), answers[3]["waiting"].clone()),
        (json!(2), json!(2))
    );
    // Signing up twice changes nothing.
    assert_eq!(people[0].0.post(&path, json!({})).await.body["going"], 2);

    // Ana withdraws: Cy moves up and is told, Dee is now first in line.
    let left = people[0].0.send(Method::DELETE, &path, None).await;
    assert_eq!(left.status, 200);
    assert_eq!(left.body["mine"], Value::Null);
    assert!(
        kinds(&mut people[2].0)
            .await
            .contains(&"event_promoted".into())
    );
    let event = format!("/api/v1/events/{}", created.body[0]["id"]);
    assert_eq!(people[2].0.get(&event).await.body["mine"], "going");
    assert_eq!(people[3].0.get(&event).await.body["my_place"], 1);
    assert_eq!(
        people[0].0.send(Method::DELETE, &path, None).await.status,
        404
    );
    // A waiting person leaving frees no seat.
    people[3].0.send(Method::DELETE, &path, None).await;
    let now = staff.get(&event).await.body;
    assert_eq!(
        (now["going"].clone(), now["waiting"].clone()),
        (json!(2), json!(0))
    );
}
on_both_backends!(the_waitlist_moves_up_when_a_seat_frees);

async fn concurrent_withdrawals_and_sign_ups_never_overfill(backend: Backend) {
    let server = TestServer::start(backend).await;
    let second = server.another_instance().await;
    let mut staff = staff(&server).await;
    let created = staff.post("/api/v1/events", workshop(2, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{id}/rsvp");
    let mut people = Vec::new();
    for name in ["a", "b", "c", "d", "e", "f", "g"] {
        people.push(member(&server, &format!("crowd-{name}")).await);
    }
    for (client, _) in people.iter_mut().take(5) {
        client.post(&path, json!({})).await;
    }
    // a and b withdraw while f and g sign up, through two instances.
    let on_second = |c: &Client| {
        let mut c = c.clone();
        c.base = second.base.clone();
        c
    };
    let (mut a, mut b) = (people[0].0.clone(), on_second(&people[1].0));
    let (mut f, mut g) = (people[5].0.clone(), on_second(&people[6].0));
    let (ra, rb, rf, rg) = tokio::join!(
        a.send(Method::DELETE, &path, None),
        b.send(Method::DELETE, &path, None),
        f.post(&path, json!({})),
        g.post(&path, json!({}))
    );
    for reply in [&ra, &rb, &rf, &rg] {
        assert_eq!(reply.status, 200, "{:?}", reply.body);
    }
    let going: Vec<i64> = server
        .sql(&format!(
            "SELECT user_id FROM rsvps WHERE event_id = {id} AND status = 'going' ORDER BY user_id"
        ))
        .await
        .into_iter()
        .map(|r| r[0].as_deref().unwrap().parse().unwrap())
        .collect();
    assert_eq!(
        going,
        [people[2].1, people[3].1],
        "the first two waiting moved up"
    );
    let seats = server
        .sql(&format!("SELECT going FROM events WHERE id = {id}"))
        .await;
    assert_eq!(seats[0][0].as_deref(), Some("2"));
    let waiting = staff.get(&format!("/api/v1/events/{id}")).await.body["waiting"].clone();
    assert_eq!(waiting, 3);
}
on_both_backends!(concurrent_withdrawals_and_sign_ups_never_overfill);

async fn cancelling_tells_everyone_signed_up(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = staff(&server).await;
    let created = staff.post("/api/v1/events", workshop(1, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let (mut ana, _) = member(&server, "cancel-ana").await;
    let (mut ben, _) = member(&server, "cancel-ben").await;
    let rsvp = format!("/api/v1/events/{id}/rsvp");
    ana.post(&rsvp, json!({})).await;
    ben.post(&rsvp, json!({})).await;
    let cancel = format!("/api/v1/events/{id}/cancel");
    assert_eq!(ana.post(&cancel, json!({})).await.status, 403);
    let done = staff
        .post(&cancel, json!({"reason": "The room flooded."}))
        .await;
    assert_eq!(done.status, 204);
    for client in [&mut ana, &mut ben] {
        let inbox = client.get("/api/v1/notifications").await.body;
        let note = inbox["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == "event_cancelled")
            .expect("told")
            .clone();
        assert_eq!(note["detail"]["name"], "Resume clinic");
        assert!(
            note["detail"]["text"]
                .as_str()
                .unwrap()
                .contains("The room flooded.")
        );
    }
    let (mut cy, _) = member(&server, "cancel-cy").await;
    assert_eq!(cy.post(&rsvp, json!({})).await.status, 409);
    assert_eq!(staff.post(&cancel, json!({})).await.status, 409);
    assert_eq!(
        cy.get(&format!("/api/v1/events/{id}")).await.body["cancelled"],
        true
    );
    // Ben was waiting; Ana leaving a cancelled event moves nobody up.
    ana.send(Method::DELETE, &rsvp, None).await;
    assert!(!kinds(&mut ben).await.contains(&"event_promoted".into()));
}
on_both_backends!(cancelling_tells_everyone_signed_up);

async fn organisers_take_attendance_and_it_shows_for_the_person(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = staff(&server).await;
    let created = staff.post("/api/v1/events", workshop(5, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let (mut ana, ana_id) = member(&server, "came-ana").await;
    let (mut ben, ben_id) = member(&server, "came-ben").await;
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
    let mut staff = staff(&server).await;
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
    let (mut ana, _) = member(&server, "feed-ana").await;
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

async fn a_series_can_be_cancelled_from_one_date_on(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = staff(&server).await;
    let created = staff.post("/api/v1/events", workshop(5, 3)).await;
    let ids: Vec<i64> = created
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    let (mut ana, _) = member(&server, "series-ana").await;
    for id in &ids {
        ana.post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
            .await;
    }
    // From the second date on: the first stays.
    let done = staff
        .post(
            &format!("/api/v1/events/{}/cancel", ids[1]),
            json!({"reason": "The series ends early.", "later_dates": true}),
        )
        .await;
    assert_eq!(done.status, 204);
    let cancelled: Vec<bool> = {
        let mut all = Vec::new();
        for id in &ids {
            all.push(
                staff.get(&format!("/api/v1/events/{id}")).await.body["cancelled"]
                    .as_bool()
                    .unwrap(),
            );
        }
        all
    };
    assert_eq!(cancelled, [false, true, true]);
    let told = kinds(&mut ana)
        .await
        .into_iter()
        .filter(|k| k == "event_cancelled")
        .count();
    assert_eq!(told, 2, "once per cancelled date");
}
on_both_backends!(a_series_can_be_cancelled_from_one_date_on);
