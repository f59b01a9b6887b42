//! Times across zones on both backends: a check-in shared by a mentor and a
//! mentee in different zones, calendar feeds, a branch's own zone, and the
//! migration of stored wall-clock times.

use super::{LIBRARIES, event, library_at, local, main_branch, zone};
use crate::support::{Backend, MentorPair, PATRON, STAFF};
use serde_json::json;

async fn mentor_and_mentee_share_one_instant_across_zones(backend: Backend) {
    let (server, _clock) = library_at(backend, "America/Los_Angeles", "2026-12-03", "12:00").await;
    let mentor_profile = json!({"areas": ["public_libraries"], "years": 9, "languages": ["English"],
        "region": "Anchorage, Alaska", "time_zone": "America/Anchorage", "mode": "remote",
        "capacity": 2, "hours_per_month": 4});
    let mentee_profile = json!({"goals": ["Become a librarian"], "areas": ["public_libraries"],
        "region": "Los Angeles", "time_zone": "America/Los_Angeles", "mode": "remote"});
    let MentorPair {
        mut mentor,
        mentor_id,
        mut mentee,
        path,
    } = server
        .mentor_pair(
            ("anchorage-mentor", mentor_profile),
            ("la-mentee", mentee_profile),
        )
        .await;
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
        let mut staff = server.signed_in(STAFF).await;
        let branch = main_branch(&mut staff).await;
        let made = staff
            .post("/api/v1/events", event(today, "19:30", "21:00", branch))
            .await;
        let id = made.body[0]["id"].as_i64().unwrap();
        let mut patron = server.signed_in(PATRON).await;
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
    let mut staff = server.signed_in(STAFF).await;
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
