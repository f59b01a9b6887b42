//! Appointments on both backends: who may publish, bad input, booking with
//! notice to the host, no double booking (also when many book one slot at
//! once through two server instances, and when one person books two
//! overlapping slots at once), cancelling from either side, and reminders.

use crate::support::{ADMIN, Backend, PATRON, STAFF, TestServer};
use serde_json::{Value, json};

fn slots(day: &str, start: &str, count: u8) -> Value {
    json!({"kind": "resume_review", "day": day, "start": start, "minutes": 30, "count": count,
           "place": "Main branch, study room", "language": "English"})
}

async fn hosts_publish_slots_and_bad_input_says_what_to_fix(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut patron = server.signed_in(PATRON).await;
    assert_eq!(
        patron
            .post("/api/v1/appointments", slots("2099-05-04", "10:00", 2))
            .await
            .status,
        403
    );
    let mut staff = server.signed_in(STAFF).await;
    let bad = staff
        .post(
            "/api/v1/appointments",
            json!({"day": "2020-01-01", "start": "ten", "minutes": 5, "count": 0}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(
        bad.problems(),
        [
            ("day".into(), "date_past".into()),
            ("start".into(), "time_invalid".into()),
            ("minutes".into(), "not_allowed".into()),
            ("count".into(), "not_allowed".into()),
            ("place".into(), "required".into()),
        ]
    );
    let made = staff
        .post("/api/v1/appointments", slots("2099-05-04", "10:00", 3))
        .await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    let starts: Vec<&str> = made
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["10:00", "10:30", "11:00"]);
    // The host's own slots never overlap.
    let clash = staff
        .post("/api/v1/appointments", slots("2099-05-04", "10:45", 1))
        .await;
    assert_eq!(clash.problems(), [("start".into(), "time_clash".into())]);
    let open = server.client().get("/api/v1/appointments").await.body;
    assert!(open.as_array().unwrap().len() >= 3);
    assert!(
        open.as_array()
            .unwrap()
            .iter()
            .all(|s| s["patron_name"].is_null())
    );
}
on_both_backends!(hosts_publish_slots_and_bad_input_says_what_to_fix);

async fn one_slot_goes_to_exactly_one_of_many_booking_at_once(backend: Backend) {
    let server = TestServer::start(backend).await;
    let second = server.another_instance().await;
    let mut staff = server.signed_in(STAFF).await;
    let made = staff
        .post("/api/v1/appointments", slots("2099-06-01", "09:00", 1))
        .await;
    let id = made.body[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/appointments/{id}/book");
    let mut people = Vec::new();
    for i in 0..6 {
        let (mut client, _) = server.patron(&format!("rush-{i}")).await;
        if i % 2 == 1 {
            client.base.clone_from(&second.base);
        }
        people.push(client);
    }
    let replies = futures_join(people.iter().cloned().map(|mut c| {
        let path = path.clone();
        async move { c.post(&path, json!({"note": "my first resume"})).await }
    }))
    .await;
    let won: Vec<_> = replies.iter().filter(|r| r.status == 200).collect();
    let full = replies.iter().filter(|r| r.status == 409).count();
    assert_eq!(
        won.len(),
        1,
        "{:?}",
        replies.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert_eq!(full, 5);
    assert_eq!(won[0].body["mine"], true);
    let holders = server
        .sql(&format!(
            "SELECT patron_id FROM appointment_slots WHERE id = {id}"
        ))
        .await;
    assert!(holders[0][0].is_some());
    // The host is told, and sees who booked and why.
    assert!(
        staff
            .notification_kinds()
            .await
            .contains(&"appointment_booked".into())
    );
    let hosting = staff.get("/api/v1/appointments/mine").await.body["hosting"].clone();
    let slot = hosting
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(slot["patron_note"], "my first resume");
    assert!(slot["patron_name"].as_str().unwrap().starts_with("rush-"));
    // It has left the open list.
    let open = server.client().get("/api/v1/appointments").await.body;
    assert!(!open.as_array().unwrap().iter().any(|s| s["id"] == id));
}
on_both_backends!(one_slot_goes_to_exactly_one_of_many_booking_at_once);

/// Runs the futures at once and collects their outputs in order.
async fn futures_join<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}

async fn one_person_never_holds_two_slots_at_the_same_time(backend: Backend) {
    let server = TestServer::start(backend).await;
    let second = server.another_instance().await;
    let mut staff = server.signed_in(STAFF).await;
    let mut admin = server.signed_in(ADMIN).await;
    // Two hosts offer the same hour.
    let a = staff
        .post("/api/v1/appointments", slots("2099-07-01", "13:00", 1))
        .await
        .body[0]["id"]
        .as_i64()
        .unwrap();
    let b = admin
        .post("/api/v1/appointments", slots("2099-07-01", "13:15", 1))
        .await
        .body[0]["id"]
        .as_i64()
        .unwrap();
    let (ana, _) = server.patron("double-ana").await;
    let mut ana_there = ana.clone();
    ana_there.base = second.base.clone();
    let mut ana_here = ana.clone();
    let (path_a, path_b) = (
        format!("/api/v1/appointments/{a}/book"),
        format!("/api/v1/appointments/{b}/book"),
    );
    let (ra, rb) = tokio::join!(
        ana_here.post(&path_a, json!({})),
        ana_there.post(&path_b, json!({}))
    );
    let mut statuses = [ra.status, rb.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 422], "{:?} {:?}", ra.body, rb.body);
    let clash = if ra.status == 422 { &ra } else { &rb };
    assert_eq!(clash.problems(), [("slot".into(), "time_clash".into())]);
    let held = server
        .sql("SELECT COUNT(*) FROM appointment_slots WHERE patron_id IS NOT NULL AND day = '2099-07-01'")
        .await;
    assert_eq!(held[0][0].as_deref(), Some("1"));
}
on_both_backends!(one_person_never_holds_two_slots_at_the_same_time);

async fn either_side_cancels_and_the_other_is_told(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let made = staff
        .post("/api/v1/appointments", slots("2099-08-03", "15:00", 2))
        .await;
    let first = made.body[0]["id"].as_i64().unwrap();
    let later = made.body[1]["id"].as_i64().unwrap();
    let (mut ana, _) = server.patron("cancel-ana").await;
    let (mut ben, _) = server.patron("cancel-ben").await;
    ana.post(&format!("/api/v1/appointments/{first}/book"), json!({}))
        .await;
    // Someone else cannot cancel Ana's appointment.
    assert_eq!(
        ben.post(&format!("/api/v1/appointments/{first}/cancel"), json!({}))
            .await
            .status,
        403
    );
    // Ana gives it back: the host is told, the slot opens again for Ben.
    let gave = ana
        .post(
            &format!("/api/v1/appointments/{first}/cancel"),
            json!({"reason": "I got the job!"}),
        )
        .await;
    assert_eq!(gave.status, 204);
    assert!(
        staff
            .notification_kinds()
            .await
            .contains(&"appointment_cancelled".into())
    );
    assert_eq!(
        ben.post(&format!("/api/v1/appointments/{first}/book"), json!({}))
            .await
            .status,
        200
    );
    // The host cancels: Ben is told, with the reason; nobody books it again.
    let cancelled = staff
        .post(
            &format!("/api/v1/appointments/{first}/cancel"),
            json!({"reason": "The library closes early."}),
        )
        .await;
    assert_eq!(cancelled.status, 204);
    let inbox = ben.get("/api/v1/notifications").await.body;
    let note = inbox["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "appointment_cancelled")
        .expect("told")
        .clone();
    assert!(
        note["detail"]["text"]
            .as_str()
            .unwrap()
            .contains("The library closes early.")
    );
    assert_eq!(
        ana.post(&format!("/api/v1/appointments/{first}/book"), json!({}))
            .await
            .status,
        404
    );
    let mine = ben.get("/api/v1/appointments/mine").await.body;
    assert_eq!(mine["booked"][0]["cancelled"], true);
    assert_eq!(
        staff
            .post(&format!("/api/v1/appointments/{first}/cancel"), json!({}))
            .await
            .status,
        409
    );
    // Bad input: a reason far too long; nothing changes.
    let long = "x".repeat(5_000);
    ana.post(&format!("/api/v1/appointments/{later}/book"), json!({}))
        .await;
    assert_eq!(
        ana.post(
            &format!("/api/v1/appointments/{later}/cancel"),
            json!({"reason": long})
        )
        .await
        .status,
        422
    );
    assert_eq!(
        ana.get("/api/v1/appointments/mine").await.body["booked"][0]["id"],
        later
    );
    assert_eq!(
        ana.get("/api/v1/appointments/mine").await.body["may_host"],
        false
    );
}
on_both_backends!(either_side_cancels_and_the_other_is_told);

async fn both_sides_are_reminded_a_day_ahead_once(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let made = staff
        .post("/api/v1/appointments", slots("2099-09-01", "10:00", 1))
        .await;
    let id = made.body[0]["id"].as_i64().unwrap();
    let (mut ana, _) = server.patron("remind-ana").await;
    ana.post(&format!("/api/v1/appointments/{id}/book"), json!({}))
        .await;
    let count = |kinds: &[String]| {
        kinds
            .iter()
            .filter(|k| *k == "appointment_reminder")
            .count()
    };
    assert_eq!(
        count(&ana.notification_kinds().await),
        0,
        "not yet: it is far away"
    );
    // Move it to twelve hours from now.
    let soon = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 12 * 3600;
    server
        .sql(&format!(
            "UPDATE appointment_slots SET starts_at = {soon} WHERE id = {id}"
        ))
        .await;
    assert_eq!(count(&ana.notification_kinds().await), 1);
    assert_eq!(count(&staff.notification_kinds().await), 1);
    assert_eq!(count(&ana.notification_kinds().await), 1, "only once");
}
on_both_backends!(both_sides_are_reminded_a_day_ahead_once);
