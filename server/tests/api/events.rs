//! Events on both backends: who may publish, bad input, weekly series,
//! seats and the waitlist (also under concurrent withdrawals and sign-ups
//! through two server instances), and cancelling with notice. What events
//! leave for the person (attendance, a calendar feed) is in [`personal`].

use crate::support::{Backend, Client, PARTNER, PATRON, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

fn workshop(capacity: u32, weeks: u8) -> Value {
    json!({"title": "Resume clinic", "kind": "workshop", "date": "2099-03-02", "start": "18:00",
           "end": "19:30", "place": "Main branch, room 2", "capacity": capacity,
           "language": "English", "weeks": weeks})
}

async fn publishing_takes_staff_or_a_verified_partner_and_good_input(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.signed_in(PATRON).await;
    assert_eq!(
        patron.post("/api/v1/events", workshop(10, 1)).await.status,
        403
    );
    let mut partner = server.signed_in(PARTNER).await;
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
    let mut staff = server.signed_in(STAFF).await;
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
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(2, 1)).await;
    let path = format!("/api/v1/events/{}/rsvp", created.body[0]["id"]);
    let mut people = Vec::new();
    for name in ["ana", "ben", "cy", "dee"] {
        people.push(server.patron(&format!("event-{name}")).await);
    }
    let mut answers = Vec::new();
    for (client, _) in &mut people {
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
        people[2]
            .0
            .notification_kinds()
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
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(2, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/events/{id}/rsvp");
    let mut people = Vec::new();
    for name in ["a", "b", "c", "d", "e", "f", "g"] {
        people.push(server.patron(&format!("crowd-{name}")).await);
    }
    for (client, _) in people.iter_mut().take(5) {
        client.post(&path, json!({})).await;
    }
    // a and b withdraw while f and g sign up, through two instances.
    let on_second = |c: &Client| {
        let mut c = c.clone();
        c.base.clone_from(&second.base);
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
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(1, 1)).await;
    let id = created.body[0]["id"].as_i64().unwrap();
    let (mut ana, _) = server.patron("cancel-ana").await;
    let (mut ben, _) = server.patron("cancel-ben").await;
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
    let (mut cy, _) = server.patron("cancel-cy").await;
    assert_eq!(cy.post(&rsvp, json!({})).await.status, 409);
    assert_eq!(staff.post(&cancel, json!({})).await.status, 409);
    assert_eq!(
        cy.get(&format!("/api/v1/events/{id}")).await.body["cancelled"],
        true
    );
    // Ben was waiting; Ana leaving a cancelled event moves nobody up.
    ana.send(Method::DELETE, &rsvp, None).await;
    assert!(
        !ben.notification_kinds()
            .await
            .contains(&"event_promoted".into())
    );
}
on_both_backends!(cancelling_tells_everyone_signed_up);

async fn a_series_can_be_cancelled_from_one_date_on(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let created = staff.post("/api/v1/events", workshop(5, 3)).await;
    let ids: Vec<i64> = created
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    let (mut ana, _) = server.patron("series-ana").await;
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
    let told = ana
        .notification_kinds()
        .await
        .into_iter()
        .filter(|k| k == "event_cancelled")
        .count();
    assert_eq!(told, 2, "once per cancelled date");
}
on_both_backends!(a_series_can_be_cancelled_from_one_date_on);

mod personal;
