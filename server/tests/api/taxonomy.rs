//! The taxonomy endpoint and the full ESCO import, on both backends.

use crate::support::{Backend, TestServer};

async fn serves_the_shipped_subset_with_an_etag_and_gzip(backend: Backend) {
    let server = TestServer::start(backend).await;
    let http = reqwest::Client::new();
    let url = format!("{}/api/v1/taxonomy", server.base);
    let plain = http.get(&url).send().await.unwrap();
    assert_eq!(plain.status(), 200);
    let etag = plain.headers()["etag"].to_str().unwrap().to_owned();
    // Public data: browsers may keep it, checking it with the ETag each time.
    assert_eq!(plain.headers()["cache-control"], "no-cache");
    let doc: serde_json::Value = plain.json().await.unwrap();
    assert!(doc["occupations"].as_array().unwrap().len() >= 300);
    assert!(
        doc["attribution"]
            .as_str()
            .unwrap()
            .contains("European Commission")
    );

    let zipped = http
        .get(&url)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert!(zipped.bytes().await.unwrap().len() < 1_000_000);

    let again = http
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["cache-control"], "no-cache");
}
on_both_backends!(serves_the_shipped_subset_with_an_etag_and_gzip);

async fn a_full_import_is_served_by_every_instance(backend: Backend) {
    let first = TestServer::start(backend).await;
    let second = first.another_instance().await;
    let http = reqwest::Client::new();
    let before = http
        .get(format!("{}/api/v1/taxonomy", second.base))
        .send()
        .await
        .unwrap();
    let old_etag = before.headers()["etag"].to_str().unwrap().to_owned();

    let dir = tempfile::tempdir().unwrap();
    write_sample(dir.path());
    let store = libranet_server::store::connect(&first.database_url)
        .await
        .unwrap();
    let (version, _) =
        libranet_server::esco_import::import(store.as_ref(), dir.path(), 1_796_000_000)
            .await
            .unwrap();
    assert_eq!(version, 2);

    for server in [&first, &second] {
        let reply = http
            .get(format!("{}/api/v1/taxonomy", server.base))
            .header("if-none-match", &old_etag)
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 200, "the old copy is stale");
        let doc: serde_json::Value = reply.json().await.unwrap();
        assert_eq!(
            doc["occupations"][0]["labels"]["en"]["preferred"],
            "forklift operator"
        );
        assert_eq!(
            doc["skills"][0]["labels"]["es"]["preferred"],
            "manejar carretilla elevadora"
        );
    }
}
on_both_backends!(a_full_import_is_served_by_every_instance);

/// A two-language ESCO-shaped CSV set.
fn write_sample(dir: &std::path::Path) {
    let files = [
        (
            "skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n\
             KSC,http://data.europa.eu/esco/skill/s1,skill/competence,x,operate forklift,\"drive forklift\"\n",
        ),
        (
            "skills_es.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n\
             KSC,http://data.europa.eu/esco/skill/s1,skill/competence,x,manejar carretilla elevadora,\n",
        ),
        (
            "occupations_en.csv",
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n\
             Occupation,http://data.europa.eu/esco/occupation/o1,8344,forklift operator,\n",
        ),
        (
            "occupationSkillRelations.csv",
            "occupationUri,relationType,skillType,skillUri\n\
             http://data.europa.eu/esco/occupation/o1,essential,skill/competence,http://data.europa.eu/esco/skill/s1\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}
