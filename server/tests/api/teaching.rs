//! The teaching resources exchange on both backends: file checks, public
//! downloads, ratings, comments, ShareAlike adaptations and taking a
//! resource down.

use crate::support::{Backend, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

fn base64(bytes: &[u8]) -> String {
    libranet_core::teaching::encode_base64(bytes)
}

async fn teaching_resources_are_checked_shared_rated_and_adapted(backend: Backend) {
    let server = TestServer::start(backend).await;
    let skills = server.skill_ids(2).await;
    let (mut ana, _) = server.patron("worker-ana").await;
    let (mut ben, _) = server.patron("worker-ben").await;
    let fields = |title: &str, licence: &str| {
        json!({"title": title, "kind": "worksheet", "licence": licence, "skills": [skills[0]],
               "audience": "adults", "language": "English"})
    };
    let pdf = b"%PDF-1.7\nA worksheet".to_vec();
    let upload = |name: &str, bytes: &[u8]| json!({"name": name, "base64": base64(bytes)});

    // Wrong kinds and oversize files are refused with what to fix.
    let html = ana
        .post("/api/v1/teaching", json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("plan.pdf", b"<html><script>x</script>")}))
        .await;
    assert_eq!(html.problems(), [("file".into(), "file_type".into())]);
    let exe = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("setup.exe", b"MZ..")}),
        )
        .await;
    assert_eq!(exe.problems(), [("file".into(), "file_type".into())]);
    let mut big = pdf.clone();
    big.resize(libranet_core::teaching::MAX_FILE_BYTES + 1, b' ');
    let large = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa"), "file": upload("big.pdf", &big)}),
        )
        .await;
    assert_eq!(large.problems(), [("file".into(), "file_too_large".into())]);
    let nothing = ana
        .post(
            "/api/v1/teaching",
            json!({"fields": fields("Plan", "cc_by_sa")}),
        )
        .await;
    assert_eq!(nothing.problems(), [("link".into(), "required".into())]);
    let scripted = ana
        .post("/api/v1/teaching", json!({"fields": {"title": "x", "skills": ["nope"], "language": "English", "link": "javascript:alert(1)"}}))
        .await;
    assert_eq!(
        scripted.problems(),
        [
            ("skills[0]".into(), "unknown_skill".into()),
            ("link".into(), "link_invalid".into())
        ]
    );
    assert_eq!(
        server
            .client()
            .post(
                "/api/v1/teaching",
                json!({"fields": fields("Plan", "cc_by")})
            )
            .await
            .status,
        401
    );

    let shared = ana
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet", "cc_by_sa"), "file": upload("Resume worksheet.pdf", &pdf)}))
        .await;
    assert_eq!(shared.status, 201, "{:?}", shared.body);
    let id = shared.body["id"].as_i64().unwrap();
    assert_eq!(shared.body["file"]["size"], pdf.len());

    // The list is public (gap analyses read it), the file downloads as sent.
    let mut anyone = server.client();
    let list = anyone.get("/api/v1/teaching").await.body;
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["skills"][0], skills[0]);
    let file = anyone.get(&format!("/api/v1/teaching/{id}/file")).await;
    assert_eq!(file.header("content-type"), Some("application/pdf"));
    assert!(
        file.header("content-disposition")
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(
        file.body,
        Value::String(String::from_utf8(pdf.clone()).unwrap())
    );

    // Ratings: 1 to 5, not one's own, one per person.
    let rating = format!("/api/v1/teaching/{id}/rating");
    assert_eq!(
        ben.put(&rating, json!({"stars": 6})).await.problems(),
        [("stars".into(), "not_allowed".into())]
    );
    assert_eq!(ana.put(&rating, json!({"stars": 5})).await.status, 403);
    ben.put(&rating, json!({"stars": 3})).await;
    let rated = ben.put(&rating, json!({"stars": 4})).await;
    assert_eq!(
        (
            rated.body["rating_tenths"].clone(),
            rated.body["ratings"].clone()
        ),
        (json!(40), json!(1))
    );
    assert_eq!(rated.body["my_rating"], 4);
    let commented = ben
        .post(
            &format!("/api/v1/teaching/{id}/comments"),
            json!({"body": "Used it today, thanks!"}),
        )
        .await;
    assert_eq!(commented.status, 201);
    assert!(
        ana.notification_kinds()
            .await
            .contains(&"resource_comment".into())
    );

    // Adaptations keep a ShareAlike licence and link both ways.
    let wrong = ben
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet (Spanish)", "cc_by"), "file": upload("hoja.pdf", &pdf), "original_id": id}))
        .await;
    assert_eq!(wrong.problems(), [("licence".into(), "not_allowed".into())]);
    let adapted = ben
        .post("/api/v1/teaching", json!({"fields": fields("Resume worksheet (Spanish)", "cc_by_sa"), "file": upload("hoja.pdf", &pdf), "original_id": id}))
        .await;
    assert_eq!(adapted.status, 201, "{:?}", adapted.body);
    assert_eq!(adapted.body["original"]["id"], id);
    let original = anyone.get(&format!("/api/v1/teaching/{id}")).await.body;
    assert_eq!(original["adaptations"][0]["id"], adapted.body["id"]);
    assert_eq!(original["comments"][0]["body"], "Used it today, thanks!");
    assert!(
        ana.notification_kinds()
            .await
            .contains(&"resource_adapted".into())
    );
    let nd = ana
        .post("/api/v1/teaching", json!({"fields": {"title": "Slides", "licence": "cc_by_nd", "skills": [skills[1]], "language": "English", "link": "https://example.org/slides"}}))
        .await;
    let nd_id = nd.body["id"].as_i64().unwrap();
    let refused = ben
        .post("/api/v1/teaching", json!({"fields": fields("My slides", "cc_by_nd"), "file": upload("s.pdf", &pdf), "original_id": nd_id}))
        .await;
    assert_eq!(
        refused.problems(),
        [("original_id".into(), "not_allowed".into())]
    );

    // Only the owner (or staff) takes a resource down.
    let path = format!("/api/v1/teaching/{nd_id}");
    assert_eq!(ben.send(Method::DELETE, &path, None).await.status, 403);
    assert_eq!(ana.send(Method::DELETE, &path, None).await.status, 204);
    assert_eq!(anyone.get(&path).await.status, 404);
}
on_both_backends!(teaching_resources_are_checked_shared_rated_and_adapted);
