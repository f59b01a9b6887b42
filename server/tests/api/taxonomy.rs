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

async fn serves_one_language_at_a_time(backend: Backend) {
    let server = TestServer::start(backend).await;
    let http = reqwest::Client::new();
    let url = format!("{}/api/v1/taxonomy", server.base);
    let get = |query: &'static str, gzip: bool| {
        let mut request = http.get(format!("{url}{query}"));
        if gzip {
            request = request.header("accept-encoding", "gzip");
        }
        request.send()
    };
    let whole = get("", false).await.unwrap().bytes().await.unwrap().len();
    let whole_gzip = get("", true).await.unwrap().bytes().await.unwrap().len();

    let es = get("?lang=es", false).await.unwrap();
    assert_eq!(es.status(), 200);
    assert_eq!(es.headers()["cache-control"], "no-cache");
    let es_etag = es.headers()["etag"].to_str().unwrap().to_owned();
    let es = es.bytes().await.unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&es).unwrap();
    assert_eq!(doc["languages"], serde_json::json!(["es"]));
    assert!(
        doc["attribution"]
            .as_str()
            .unwrap()
            .contains("European Commission")
    );
    let occupations = doc["occupations"].as_array().unwrap();
    assert!(occupations.len() >= 300);
    let cashier = occupations
        .iter()
        .find(|o| o["labels"]["es"]["preferred"] == "cajero/cajera")
        .expect("the cashier in Spanish");
    assert_eq!(
        cashier["labels"]["es"]["forms"],
        serde_json::json!(["cajero", "cajera"])
    );
    assert!(cashier["labels"].get("en").is_none(), "only Spanish labels");
    let skills = doc["skills"].as_array().unwrap();
    let english = skills
        .iter()
        .filter(|s| s["labels"]["es"]["lang"] == "en")
        .count();
    assert!(english > 0 && english < skills.len() / 10, "{english}");
    // Much smaller than every language at once, plain and gzipped.
    assert!(es.len() * 100 < whole * 70, "{} of {whole} bytes", es.len());
    let es_gzip = get("?lang=es", true).await.unwrap();
    assert_eq!(es_gzip.headers()["content-encoding"], "gzip");
    assert!(es_gzip.bytes().await.unwrap().len() * 100 < whole_gzip * 70);

    let en = get("?lang=en", false).await.unwrap();
    let en_etag = en.headers()["etag"].to_str().unwrap().to_owned();
    assert_ne!(en_etag, es_etag, "each language is its own entity");
    let doc: serde_json::Value = en.json().await.unwrap();
    assert_eq!(doc["languages"], serde_json::json!(["en"]));
    assert!(
        doc["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["labels"].get("es").is_none())
    );

    // Each language's ETag answers for that language only.
    let again = http
        .get(format!("{url}?lang=es"))
        .header("if-none-match", &es_etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    let other = http
        .get(format!("{url}?lang=en"))
        .header("if-none-match", &es_etag)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200);

    let unknown = get("?lang=fr", false).await.unwrap();
    assert_eq!(unknown.status(), 400);
    let problem: serde_json::Value = unknown.json().await.unwrap();
    assert!(
        problem["message"].as_str().unwrap().contains("lang"),
        "{problem}"
    );
}
on_both_backends!(serves_one_language_at_a_time);

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
        let es: serde_json::Value = http
            .get(format!("{}/api/v1/taxonomy?lang=es", server.base))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let labels = &es["occupations"][0]["labels"]["es"];
        assert_eq!(
            labels["preferred"],
            "operador de carretilla elevadora/operadora de carretilla elevadora"
        );
        assert_eq!(
            labels["forms"],
            serde_json::json!([
                "operador de carretilla elevadora",
                "operadora de carretilla elevadora"
            ])
        );
        assert_eq!(es["skills"][0]["labels"]["en"], serde_json::Value::Null);
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
            "occupations_es.csv",
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n\
             Occupation,http://data.europa.eu/esco/occupation/o1,8344,operador de carretilla elevadora/operadora de carretilla elevadora,\n",
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
