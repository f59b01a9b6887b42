//! Library time on both backends, each test run in two libraries: Chicago
//! at 19:30 local (already the next day in UTC) and Auckland (ahead of UTC).
//! The server's clock is set by the test and moved as it goes. Times across
//! zones (mentors, branches, feeds, the migration) are in [`zones`].

use crate::support::{Backend, Client, PATRON, STAFF, TestServer};
use libranet_core::time::{UtcInstant, WallClock, Zone};
use libranet_server::clock::Clock;
use serde_json::{Value, json};

/// The two libraries every test runs in, with "today" for each.
const LIBRARIES: [(&str, &str); 2] = [
    ("America/Chicago", "2026-12-03"),
    ("Pacific/Auckland", "2026-12-03"),
];

fn zone(name: &str) -> Zone {
    Zone::named(name).unwrap()
}

fn local(zone_name: &str, day: &str, time: &str) -> UtcInstant {
    WallClock::parse(day, time)
        .unwrap()
        .resolve(&zone(zone_name))
}

fn day_after(day: &str, days: i64) -> String {
    libranet_core::date::format_day(libranet_core::date::parse_day(day).unwrap() + days)
}

/// A demo library in `zone_name` whose clock stands at `time` on `day`.
async fn library_at(
    backend: Backend,
    zone_name: &str,
    day: &str,
    time: &str,
) -> (TestServer, Clock) {
    let clock = Clock::fixed(local(zone_name, day, time));
    let shared = clock.clone();
    let server = TestServer::start_with(backend, move |config| {
        config.time_zone = zone(zone_name);
        config.clock = shared;
    })
    .await;
    (server, clock)
}

async fn main_branch(staff: &mut Client) -> i64 {
    staff.get("/api/v1/branches").await.body[0]["id"]
        .as_i64()
        .unwrap()
}

fn event(day: &str, start: &str, end: &str, branch: i64) -> Value {
    json!({"title": "Resume clinic tonight", "date": day, "start": start, "end": end,
           "place": "Main branch, room 2", "branch_id": branch, "capacity": 10,
           "language": "English"})
}

fn listed(events: &Value, id: i64) -> bool {
    events
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["id"].as_i64() == Some(id))
}

async fn tonights_event_is_listed_open_and_publishable(backend: Backend) {
    for (zone_name, today) in LIBRARIES {
        let (server, clock) = library_at(backend, zone_name, today, "18:30").await;
        let mut staff = server.signed_in(STAFF).await;
        let branch = main_branch(&mut staff).await;
        // Earlier this evening has passed: the time is named, not the day.
        let late = staff
            .post("/api/v1/events", event(today, "18:00", "19:00", branch))
            .await;
        assert_eq!(
            late.problems(),
            [("start".into(), "time_past".into())],
            "{zone_name}"
        );
        let made = staff
            .post("/api/v1/events", event(today, "19:30", "21:00", branch))
            .await;
        assert_eq!(made.status, 201, "{zone_name}: {:?}", made.body);
        let id = made.body[0]["id"].as_i64().unwrap();
        assert_eq!(made.body[0]["fields"]["time_zone"], zone_name);
        assert_eq!(made.body[0]["day"], today);
        assert_eq!(
            made.body[0]["starts_at"].as_i64().unwrap(),
            local(zone_name, today, "19:30").unix_seconds(),
            "{zone_name}"
        );

        // 19:15 local: listed and open for sign-up.
        clock.set(local(zone_name, today, "19:15"));
        let mut patron = server.signed_in(PATRON).await;
        assert!(
            listed(&patron.get("/api/v1/events").await.body, id),
            "{zone_name}"
        );
        let going = patron
            .post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
            .await;
        assert_eq!(going.status, 200, "{zone_name}: {:?}", going.body);
        assert_eq!(going.body["mine"], "going");

        // Once it has started, sign-up closes but it stays listed until it ends.
        clock.set(local(zone_name, today, "19:31"));
        let (mut late_patron, _) = server.patron("late-comer").await;
        let closed = late_patron
            .post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
            .await;
        assert_eq!(closed.status, 409, "{zone_name}");
        assert!(listed(&patron.get("/api/v1/events").await.body, id));
        clock.set(local(zone_name, today, "21:01"));
        assert!(!listed(&patron.get("/api/v1/events").await.body, id));
    }
}
on_both_backends!(tonights_event_is_listed_open_and_publishable);

fn slot(day: &str, branch: i64) -> Value {
    json!({"kind": "interview_practice", "day": day, "start": "10:00", "minutes": 30,
           "count": 1, "place": "Main branch, study room", "branch_id": branch})
}

async fn a_ten_oclock_slot_is_bookable_until_ten(backend: Backend) {
    for (zone_name, today) in LIBRARIES {
        let (server, clock) = library_at(backend, zone_name, today, "19:30").await;
        let mut staff = server.signed_in(STAFF).await;
        let branch = main_branch(&mut staff).await;
        let tomorrow = day_after(today, 1);
        let later = day_after(today, 2);
        let mut ids = Vec::new();
        for day in [&tomorrow, &later] {
            let made = staff.post("/api/v1/appointments", slot(day, branch)).await;
            assert_eq!(made.status, 201, "{zone_name}: {:?}", made.body);
            assert_eq!(made.body[0]["time_zone"], zone_name);
            ids.push(made.body[0]["id"].as_i64().unwrap());
        }
        let mut patron = server.signed_in(PATRON).await;
        clock.set(local(zone_name, &tomorrow, "09:30"));
        let booked = patron
            .post(&format!("/api/v1/appointments/{}/book", ids[0]), json!({}))
            .await;
        assert_eq!(booked.status, 200, "{zone_name}: {:?}", booked.body);

        clock.set(local(zone_name, &later, "10:01"));
        let open = patron.get("/api/v1/appointments").await.body;
        assert!(
            !listed(&open, ids[1]),
            "{zone_name}: past slots are not offered"
        );
        let refused = patron
            .post(&format!("/api/v1/appointments/{}/book", ids[1]), json!({}))
            .await;
        assert_eq!(refused.status, 404, "{zone_name}");
    }
}
on_both_backends!(a_ten_oclock_slot_is_bookable_until_ten);

async fn reminder_kinds(client: &mut Client) -> Vec<Value> {
    client.get("/api/v1/notifications").await.body["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "appointment_reminder")
        .cloned()
        .collect()
}

async fn a_reminder_comes_a_day_ahead_to_the_sweep(backend: Backend) {
    for (zone_name, today) in LIBRARIES {
        let (server, clock) = library_at(backend, zone_name, today, "19:30").await;
        let mut staff = server.signed_in(STAFF).await;
        let branch = main_branch(&mut staff).await;
        // (The demo's own slots are three days ahead.)
        let day = day_after(today, 5);
        let made = staff.post("/api/v1/appointments", slot(&day, branch)).await;
        assert_eq!(made.status, 201, "{zone_name}: {:?}", made.body);
        let id = made.body[0]["id"].as_i64().unwrap();
        let mut patron = server.signed_in(PATRON).await;
        patron
            .post(&format!("/api/v1/appointments/{id}/book"), json!({}))
            .await;
        let starts = local(zone_name, &day, "10:00");
        // A minute before the day-ahead moment: nothing yet.
        clock.set(starts.plus_seconds(-24 * 3600 - 60));
        assert!(reminder_kinds(&mut patron).await.is_empty(), "{zone_name}");
        // The first sweep after it: one reminder, naming the moment and zone.
        clock.set(starts.plus_seconds(-24 * 3600 + 30));
        let reminders = reminder_kinds(&mut patron).await;
        assert_eq!(reminders.len(), 1, "{zone_name}");
        assert_eq!(
            reminders[0]["detail"]["at"].as_i64(),
            Some(starts.unix_seconds())
        );
        assert_eq!(reminders[0]["detail"]["time_zone"], zone_name);
        clock.advance(600);
        assert_eq!(reminder_kinds(&mut patron).await.len(), 1, "only once");
    }
}
on_both_backends!(a_reminder_comes_a_day_ahead_to_the_sweep);

/// Each library's next daylight-saving change: a series created a few
/// weeks before it runs across it.
const CHANGES: [(&str, &str, &str); 2] = [
    // Chicago falls back on 2026-11-01.
    ("America/Chicago", "2026-10-15", "2026-10-20"),
    // Auckland falls back on 2027-04-04.
    ("Pacific/Auckland", "2027-03-20", "2027-03-23"),
];

async fn a_weekly_series_keeps_its_wall_clock_across_the_change(backend: Backend) {
    for (zone_name, created, first) in CHANGES {
        let (server, _clock) = library_at(backend, zone_name, created, "12:00").await;
        let mut staff = server.signed_in(STAFF).await;
        let branch = main_branch(&mut staff).await;
        let mut series = event(first, "18:00", "19:30", branch);
        series["weeks"] = json!(4);
        let made = staff.post("/api/v1/events", series).await;
        assert_eq!(made.status, 201, "{zone_name}: {:?}", made.body);
        let zone = zone(zone_name);
        let mut steps = Vec::new();
        let mut last: Option<i64> = None;
        for (week, date) in made.body.as_array().unwrap().iter().enumerate() {
            let starts = date["starts_at"].as_i64().unwrap();
            let wall = zone.wall_clock(UtcInstant::from_unix_seconds(starts));
            assert_eq!(wall.time_text(), "18:00", "{zone_name} week {week}");
            assert_eq!(date["day"], wall.day_text());
            if let Some(before) = last {
                steps.push(starts - before);
            }
            last = Some(starts);
        }
        // Seven civil days apart: one step is an hour longer.
        let week = 7 * 24 * 3600;
        assert_eq!(
            steps.iter().filter(|s| **s == week + 3600).count(),
            1,
            "{steps:?}"
        );
        assert_eq!(steps.iter().filter(|s| **s == week).count(), 2, "{steps:?}");
    }
}
on_both_backends!(a_weekly_series_keeps_its_wall_clock_across_the_change);

mod zones;
