//! Library time on both backends, each test run in two libraries: Chicago
//! at 19:30 local (already the next day in UTC) and Auckland (ahead of UTC).
//! The server's clock is set by the test and moved as it goes.

mod common;

use common::{Backend, Client, PATRON, STAFF, TestServer};
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

async fn signed_in(server: &TestServer, who: (&str, &str)) -> Client {
    let mut client = server.client();
    let reply = client.sign_in(who.0, who.1).await;
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    client
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
        let mut staff = signed_in(&server, STAFF).await;
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
        let mut patron = signed_in(&server, PATRON).await;
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
        let mut late_patron = server.client();
        late_patron
            .sign_up("late-comer", "maple river lantern")
            .await;
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
        let mut staff = signed_in(&server, STAFF).await;
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
        let mut patron = signed_in(&server, PATRON).await;
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
        let mut staff = signed_in(&server, STAFF).await;
        let branch = main_branch(&mut staff).await;
        // (The demo's own slots are three days ahead.)
        let day = day_after(today, 5);
        let made = staff.post("/api/v1/appointments", slot(&day, branch)).await;
        assert_eq!(made.status, 201, "{zone_name}: {:?}", made.body);
        let id = made.body[0]["id"].as_i64().unwrap();
        let mut patron = signed_in(&server, PATRON).await;
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
        let mut staff = signed_in(&server, STAFF).await;
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

async fn mentor_and_mentee_share_one_instant_across_zones(backend: Backend) {
    let (server, _clock) = library_at(backend, "America/Los_Angeles", "2026-12-03", "12:00").await;
    let mut mentor = server.client();
    let mentor_id = mentor
        .sign_up("anchorage-mentor", "maple river lantern")
        .await
        .body["user"]["id"]
        .as_i64()
        .unwrap();
    let mut mentee = server.client();
    mentee.sign_up("la-mentee", "maple river lantern").await;
    let profile = json!({"areas": ["public_libraries"], "years": 9, "languages": ["English"],
        "region": "Anchorage, Alaska", "time_zone": "America/Anchorage", "mode": "remote",
        "capacity": 2, "hours_per_month": 4});
    let saved = mentor
        .send(
            reqwest::Method::PUT,
            "/api/v1/mentoring/mentor",
            Some(profile),
        )
        .await;
    assert!(saved.status < 300, "{:?}", saved.body);
    mentee
        .send(
            reqwest::Method::PUT,
            "/api/v1/mentoring/mentee",
            Some(
                json!({"goals": ["Become a librarian"], "areas": ["public_libraries"],
                "region": "Los Angeles", "time_zone": "America/Los_Angeles", "mode": "remote"}),
            ),
        )
        .await;
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
    let path = format!("/api/v1/mentorships/{id}");
    let bad = mentor
        .post(
            &format!("{path}/check-ins"),
            json!({"day": "2026-12-10", "time": "18:00", "time_zone": "Alaska"}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [("time_zone".into(), "time_zone_unknown".into())]
    );
    let made = mentor
        .post(
            &format!("{path}/check-ins"),
            json!({"day": "2026-12-10", "time": "18:00", "time_zone": "America/Anchorage"}),
        )
        .await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    // 18:00 in Anchorage is 19:00 in Los Angeles: one instant for both.
    let expected = local("America/Anchorage", "2026-12-10", "18:00");
    assert_eq!(
        expected,
        local("America/Los_Angeles", "2026-12-10", "19:00")
    );
    for side in [&mut mentor, &mut mentee] {
        let seen = side.get(&path).await.body;
        assert_eq!(
            seen["checkins"][0]["starts_at"].as_i64(),
            Some(expected.unix_seconds())
        );
        assert_eq!(seen["checkins"][0]["time_zone"], "America/Anchorage");
    }
    let told = mentee.get("/api/v1/notifications").await.body["notifications"][0].clone();
    assert_eq!(told["kind"], "check_in_scheduled");
    assert_eq!(told["detail"]["at"].as_i64(), Some(expected.unix_seconds()));
    // The mentee finds the mentor's region and zone on their card.
    let mentors = mentee.get("/api/v1/mentoring/mentors").await;
    assert_eq!(mentors.status, 200);
    let card = mentors
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user_id"].as_i64() == Some(mentor_id) || m["id"].as_i64() == Some(mentor_id))
        .unwrap_or_else(|| panic!("{}", mentors.body))
        .to_string();
    assert!(
        card.contains("America/Anchorage") && card.contains("Anchorage, Alaska"),
        "{card}"
    );
}
on_both_backends!(mentor_and_mentee_share_one_instant_across_zones);

/// Every `DTSTART`/`DTEND` of a calendar file, as a real parser reads it.
fn parsed_times(ics: &str) -> Vec<(String, String, String, String)> {
    let reader = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let mut found = Vec::new();
    for calendar in reader {
        let calendar = calendar.expect("the feed parses as iCalendar");
        for event in calendar.events {
            let get = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_default()
            };
            assert!(!get("UID").is_empty() && get("DTSTAMP").ends_with('Z'));
            found.push((get("UID"), get("DTSTART"), get("DTEND"), get("SUMMARY")));
        }
    }
    found
}

async fn calendar_feeds_put_events_at_the_right_moment(backend: Backend) {
    for (zone_name, today) in LIBRARIES {
        let (server, _clock) = library_at(backend, zone_name, today, "18:30").await;
        let mut staff = signed_in(&server, STAFF).await;
        let branch = main_branch(&mut staff).await;
        let made = staff
            .post("/api/v1/events", event(today, "19:30", "21:00", branch))
            .await;
        let id = made.body[0]["id"].as_i64().unwrap();
        let mut patron = signed_in(&server, PATRON).await;
        patron
            .post(&format!("/api/v1/events/{id}/rsvp"), json!({}))
            .await;
        let feed = patron.post("/api/v1/events/feed", json!({})).await;
        let path = feed.body["path"].as_str().unwrap().to_owned();
        let ics = server
            .client()
            .raw()
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let times = parsed_times(&ics);
        let ours = times
            .iter()
            .find(|(uid, ..)| uid == &format!("event-{id}@libranet"))
            .unwrap_or_else(|| panic!("{ics}"));
        assert_eq!(ours.1, local(zone_name, today, "19:30").ical_utc());
        assert_eq!(ours.2, local(zone_name, today, "21:00").ical_utc());
        assert!(ours.1.ends_with('Z'));
    }
}
on_both_backends!(calendar_feeds_put_events_at_the_right_moment);

async fn a_branch_has_its_own_zone_and_bad_zones_are_named(backend: Backend) {
    let (server, _clock) = library_at(backend, "America/Chicago", "2026-12-03", "12:00").await;
    let mut staff = signed_in(&server, STAFF).await;
    let bad = staff
        .post(
            "/api/v1/branches",
            json!({"name": "Lakeside", "time_zone": "Chicago time"}),
        )
        .await;
    assert_eq!(
        bad.problems(),
        [("time_zone".into(), "time_zone_unknown".into())]
    );
    let branches = staff
        .post(
            "/api/v1/branches",
            json!({"name": "Anchorage outpost", "time_zone": "America/Anchorage"}),
        )
        .await;
    assert_eq!(branches.status, 201, "{:?}", branches.body);
    let outpost = branches
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "Anchorage outpost")
        .unwrap()
        .clone();
    assert_eq!(outpost["time_zone"], "America/Anchorage");
    assert_eq!(outpost["own_time_zone"], true);
    let main = branches
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "Riverside Main Library")
        .unwrap();
    assert_eq!(main["time_zone"], "America/Chicago");
    assert_eq!(main["own_time_zone"], false);
    // The organiser's pick does not override the branch's zone.
    let mut at_outpost = event(
        "2026-12-10",
        "18:00",
        "19:00",
        outpost["id"].as_i64().unwrap(),
    );
    at_outpost["time_zone"] = json!("Europe/Madrid");
    let made = staff.post("/api/v1/events", at_outpost).await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    assert_eq!(made.body[0]["fields"]["time_zone"], "America/Anchorage");
    assert_eq!(
        made.body[0]["starts_at"].as_i64(),
        Some(local("America/Anchorage", "2026-12-10", "18:00").unix_seconds())
    );
    // Online, the organiser's zone counts.
    let online = json!({"title": "Online info session", "date": "2026-12-10", "start": "18:00",
        "end": "19:00", "online_link": "https://meet.example.org/x", "capacity": 50,
        "language": "English", "time_zone": "Europe/Madrid"});
    let made = staff.post("/api/v1/events", online).await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    assert_eq!(made.body[0]["fields"]["time_zone"], "Europe/Madrid");
}
on_both_backends!(a_branch_has_its_own_zone_and_bad_zones_are_named);

async fn stored_times_move_over_in_the_migration_zone(backend: Backend) {
    let (server, _clock) = library_at(backend, "America/Chicago", "2026-12-03", "12:00").await;
    // Rows as they were before zones: wall-clock text, starts_at read as UTC.
    let slots = server
        .sql("SELECT id, day, start FROM appointment_slots ORDER BY id")
        .await;
    assert!(!slots.is_empty());
    server
        .sql("UPDATE appointment_slots SET time_zone = NULL, starts_at = 0")
        .await;
    server
        .sql("UPDATE events SET time_zone = NULL, starts_at = NULL, ends_at = NULL")
        .await;
    // A restart (here a second instance) reads them in the migration zone.
    let again = server
        .another_instance_with(|config| {
            config.time_zone = zone("America/Chicago");
            config.migration_time_zone = Some(zone("America/Denver"));
        })
        .await;
    let after = again
        .sql("SELECT id, day, start, time_zone, starts_at FROM appointment_slots ORDER BY id")
        .await;
    assert_eq!(after.len(), slots.len());
    for row in &after {
        let (day, start) = (row[1].clone().unwrap(), row[2].clone().unwrap());
        assert_eq!(row[3].as_deref(), Some("America/Denver"));
        assert_eq!(
            row[4].as_deref().unwrap().parse::<i64>().unwrap(),
            local("America/Denver", &day, &start).unix_seconds()
        );
    }
    let events = again
        .sql("SELECT time_zone, starts_at, ends_at, body FROM events")
        .await;
    for row in &events {
        assert_eq!(row[0].as_deref(), Some("America/Denver"));
        assert!(row[1].as_deref().unwrap().parse::<i64>().unwrap() > 0);
        assert!(
            row[3]
                .as_deref()
                .unwrap()
                .contains("\"time_zone\":\"America/Denver\"")
        );
    }
}
on_both_backends!(stored_times_move_over_in_the_migration_zone);
