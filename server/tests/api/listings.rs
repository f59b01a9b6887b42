//! Jobs and learning resources: posting, editing, closing, bulk import and
//! the sync cursor, on both backends.

use crate::support::{Backend, PARTNER, PATRON, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};
use std::fmt::Write as _;

fn job(skill: &str) -> Value {
    json!({
        "title": "Stock clerk", "employer": "Test Foods", "place": "Riverside",
        "work_mode": "on_site", "schedule": "part_time",
        "pay": {"min": 16, "max": 19, "currency": "USD", "period": "hour"},
        "essential": [skill], "posted_on": "2026-11-01", "how_to_apply": "Ask in store",
    })
}

async fn changes(server: &TestServer, since: i64) -> Value {
    let reply = server
        .client()
        .get(&format!("/api/v1/listings/changes?since={since}"))
        .await;
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    reply.body
}

async fn the_demo_listings_arrive_in_pages_and_only_open_ones_at_first(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut cursor = 0;
    let (mut jobs, mut resources) = (0, 0);
    loop {
        let page = changes(&server, cursor).await;
        assert!(page["cursor"].as_i64().unwrap() > cursor);
        cursor = page["cursor"].as_i64().unwrap();
        for j in page["jobs"].as_array().unwrap() {
            assert_eq!(j["open"], true, "a first sync brings only open jobs");
            jobs += 1;
        }
        resources += page["resources"].as_array().unwrap().len();
        if page["more"] == false {
            break;
        }
    }
    assert!(jobs >= 280, "{jobs} open demo jobs");
    assert_eq!(resources, 80);
    // Nothing new: an empty answer with the same cursor.
    let again = changes(&server, cursor).await;
    assert_eq!(again["cursor"], cursor);
    assert_eq!(again["jobs"], json!([]));
    // A cursor from another database starts over.
    assert_eq!(changes(&server, cursor + 1000).await["reset"], true);
}
on_both_backends!(the_demo_listings_arrive_in_pages_and_only_open_ones_at_first);

async fn partners_post_edit_and_close_jobs_and_sync_sees_each_change(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(2).await;
    let before = changes(&server, 0).await;
    let mut cursor = before["cursor"].as_i64().unwrap();
    while changes(&server, cursor).await["more"] == true {
        cursor = changes(&server, cursor).await["cursor"].as_i64().unwrap();
    }

    let mut partner = server.signed_in(PARTNER).await;
    let created = partner.post("/api/v1/jobs", job(&skills[0])).await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let id = created.body["id"].as_i64().unwrap();
    let synced = changes(&server, cursor).await;
    assert_eq!(synced["jobs"].as_array().unwrap().len(), 1);
    assert_eq!(synced["jobs"][0]["title"], "Stock clerk");
    let cursor = synced["cursor"].as_i64().unwrap();

    let mut edited = job(&skills[1]);
    edited["title"] = json!("Senior stock clerk");
    let reply = partner
        .send(Method::PUT, &format!("/api/v1/jobs/{id}"), Some(edited))
        .await;
    assert_eq!(reply.status, 200);
    let closed = partner
        .send(
            Method::PUT,
            &format!("/api/v1/jobs/{id}/open"),
            Some(json!({"open": false})),
        )
        .await;
    assert_eq!(closed.body["open"], false);
    let synced = changes(&server, cursor).await;
    let jobs = synced["jobs"].as_array().unwrap();
    assert_eq!(jobs.len(), 1, "one row per listing, at its newest state");
    assert_eq!(jobs[0]["title"], "Senior stock clerk");
    assert_eq!(jobs[0]["open"], false);
    let page = server.client().get(&format!("/api/v1/jobs/{id}")).await;
    assert_eq!(page.body["open"], false);
}
on_both_backends!(partners_post_edit_and_close_jobs_and_sync_sees_each_change);

async fn only_posters_and_staff_change_jobs_and_patrons_post_none(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let mut patron = server.signed_in(PATRON).await;
    assert_eq!(
        patron.post("/api/v1/jobs", job(&skills[0])).await.status,
        403
    );
    assert_eq!(
        server
            .client()
            .post("/api/v1/jobs", job(&skills[0]))
            .await
            .status,
        401
    );
    let mut partner = server.signed_in(PARTNER).await;
    let id = partner.post("/api/v1/jobs", job(&skills[0])).await.body["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/jobs/{id}");
    assert_eq!(
        patron
            .send(Method::PUT, &path, Some(job(&skills[0])))
            .await
            .status,
        403
    );
    let mut staff = server.signed_in(STAFF).await;
    assert_eq!(
        staff
            .send(Method::PUT, &path, Some(job(&skills[0])))
            .await
            .status,
        200
    );
    assert_eq!(server.client().get("/api/v1/jobs/999999").await.status, 404);
    assert_eq!(
        server
            .client()
            .get("/api/v1/jobs/not-a-number")
            .await
            .status,
        404
    );
    // Resources are for staff only.
    let resource = json!({"title": "Forklift basics", "provider": "College", "teaches": [skills[0]],
        "format": "online", "link": "https://example.org/forklift"});
    assert_eq!(
        partner
            .post("/api/v1/resources", resource.clone())
            .await
            .status,
        403
    );
    let made = staff.post("/api/v1/resources", resource).await;
    assert_eq!(made.status, 201, "{:?}", made.body);
    assert_eq!(made.body["kind"], "workshop");
}
on_both_backends!(only_posters_and_staff_change_jobs_and_patrons_post_none);

async fn bad_listings_are_refused_field_by_field(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(1).await;
    let mut partner = server.signed_in(PARTNER).await;
    let mut bad = job("http://example.org/not-a-skill");
    bad["title"] = json!(" ");
    bad["posted_on"] = json!("2026-02-30");
    bad["pay"]["max"] = json!(3);
    let reply = partner.post("/api/v1/jobs", bad).await;
    assert_eq!(reply.status, 422);
    let problems = reply.problems();
    for expected in [
        ("title", "required"),
        ("posted_on", "date_invalid"),
        ("pay.max", "range_order"),
        ("essential[0]", "unknown_skill"),
    ] {
        assert!(
            problems.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?} in {problems:?}"
        );
    }
    let mut wrong = job(&skills[0]);
    wrong["schedule"] = json!("sometimes");
    assert_eq!(partner.post("/api/v1/jobs", wrong).await.status, 422);
    let mut staff = server.signed_in(STAFF).await;
    let link = json!({"title": "x", "provider": "y", "teaches": [skills[0]], "format": "online", "link": "javascript:alert(1)"});
    let reply = staff.post("/api/v1/resources", link).await;
    assert_eq!(
        reply.problems(),
        [("link".to_owned(), "link_invalid".to_owned())]
    );
}
on_both_backends!(bad_listings_are_refused_field_by_field);

async fn bulk_import_keeps_good_rows_and_reports_bad_ones(backend: Backend) {
    let server = TestServer::start(backend).await;
    let taxonomy = server.client().get("/api/v1/taxonomy").await.body;
    let skill = &taxonomy["skills"][0];
    let label = skill["labels"]["en"]["preferred"].as_str().unwrap();
    let uri = skill["id"].as_str().unwrap();
    let mut partner = server.signed_in(PARTNER).await;
    let csv = format!(
        "title,employer,place,essential_skills,posted_on,how_to_apply\n\
         Packer,Test Foods,Riverside,\"{label}\",2026-11-01,Ask in store\n\
         ,Test Foods,Riverside,{uri},2026-11-01,Ask in store\n\
         Driver,Test Foods,Riverside,juggling upside down,2026-11-01,Ask in store\n"
    );
    let reply = partner
        .post("/api/v1/jobs/import", json!({"format": "csv", "text": csv}))
        .await;
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    assert_eq!(reply.body["imported"].as_array().unwrap().len(), 1);
    let errors: Vec<(i64, String, String)> = reply.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["row"].as_i64().unwrap(),
                e["field"].as_str().unwrap().into(),
                e["problem"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (2, "title".into(), "required".into()),
            (3, "essential[0]".into(), "unknown_skill".into())
        ]
    );
    let id = reply.body["imported"][0].as_i64().unwrap();
    let imported = server.client().get(&format!("/api/v1/jobs/{id}")).await;
    assert_eq!(imported.body["essential"], json!([uri]));

    let ld = json!({"@context": "https://schema.org/", "@type": "JobPosting", "title": "Night cleaner",
        "hiringOrganization": {"@type": "Organization", "name": "Test Foods"},
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Eastgate"}},
        "datePosted": "2026-11-02", "skills": [label], "url": "https://example.org/apply"});
    let reply = partner
        .post(
            "/api/v1/jobs/import",
            json!({"format": "job_posting", "text": ld.to_string()}),
        )
        .await;
    assert_eq!(
        reply.body["imported"].as_array().unwrap().len(),
        1,
        "{:?}",
        reply.body
    );
    let unreadable = partner
        .post(
            "/api/v1/jobs/import",
            json!({"format": "job_posting", "text": "{oops"}),
        )
        .await;
    assert_eq!(unreadable.status, 422);
    assert_eq!(
        unreadable.problems(),
        [("text".to_owned(), "wrong_type".to_owned())]
    );
}
on_both_backends!(bulk_import_keeps_good_rows_and_reports_bad_ones);

async fn a_large_import_is_taken_whole(backend: Backend) {
    let server = TestServer::start(backend).await;
    let taxonomy = server.client().get("/api/v1/taxonomy").await.body;
    let uri = taxonomy["skills"][0]["id"].as_str().unwrap().to_owned();
    let mut partner = server.signed_in(PARTNER).await;
    // About 300 KB: far over the ordinary body limit, under the import's.
    let mut csv =
        String::from("title,employer,place,essential_skills,posted_on,how_to_apply,description\n");
    let filler = "x".repeat(1_000);
    for i in 0..300 {
        let _ = writeln!(
            csv,
            "Job {i},Test Foods,Riverside,{uri},2026-11-01,Ask,{filler}"
        );
    }
    let reply = partner
        .post("/api/v1/jobs/import", json!({"format": "csv", "text": csv}))
        .await;
    assert_eq!(reply.status, 200, "{:?}", reply.body);
    assert_eq!(reply.body["imported"].as_array().unwrap().len(), 300);
    // Other routes keep the small limit.
    let big = json!({"skills": [], "pad": "x".repeat(100_000)});
    let refused = partner
        .send(Method::PUT, "/api/v1/profile/skills", Some(big))
        .await;
    assert_eq!(refused.status, 413);
}
on_both_backends!(a_large_import_is_taken_whole);
