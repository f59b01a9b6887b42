//! Names and titles others see, on both backends: a pasted direction
//! control or zero-width character is refused with a problem on its field
//! in every name field (display name, username, group name, event title),
//! and right-to-left names are welcome.

use crate::support::{Backend, Client, Reply, STAFF, TestServer};
use reqwest::Method;
use serde_json::{Value, json};

/// The direction embeddings, overrides and isolates and the zero-width
/// characters of issue 14, written out here rather than taken from the code
/// under test.
fn hidden_characters() -> Vec<char> {
    ('\u{202A}'..='\u{202E}')
        .chain('\u{2066}'..='\u{2069}')
        .chain('\u{200B}'..='\u{200D}')
        .chain(['\u{2060}', '\u{FEFF}'])
        .collect()
}

fn event(title: &str) -> Value {
    json!({"title": title, "kind": "workshop", "date": "2099-03-02", "start": "18:00",
           "end": "19:30", "place": "Main branch, room 2", "capacity": 10,
           "language": "English", "weeks": 1})
}

fn sign_up_body(username: &str, display_name: &str) -> Value {
    json!({"username": username, "password": "maple river lantern",
           "display_name": display_name})
}

async fn patch_account(client: &mut Client, body: Value) -> Reply {
    client
        .send(Method::PATCH, "/api/v1/account", Some(body))
        .await
}

/// Asserts a 422 naming exactly `fields`, each for hidden characters.
fn assert_refused(reply: &Reply, fields: &[&str], what: &str, c: char) {
    let code = u32::from(c);
    assert_eq!(
        reply.status, 422,
        "{what} with U+{code:04X}: {:?}",
        reply.body
    );
    let expected: Vec<(String, String)> = fields
        .iter()
        .map(|f| ((*f).to_owned(), "hidden_characters".to_owned()))
        .collect();
    assert_eq!(reply.problems(), expected, "{what} with U+{code:04X}");
}

async fn rejects_hidden_direction_and_zero_width_characters_in_every_name_field(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut staff = server.signed_in(STAFF).await;
    let all = hidden_characters();
    assert_eq!(all.len(), 14);

    for &c in &all {
        let reply = patch_account(&mut staff, json!({"display_name": format!("Mar{c}ía")})).await;
        assert_refused(&reply, &["display_name"], "account display name", c);

        let enrolled =
            json!({"username": format!("walk{c}in"), "display_name": format!("{c}Walk In")});
        let reply = staff.post("/api/v1/desk/patrons", enrolled).await;
        assert_refused(&reply, &["username", "display_name"], "enrolment", c);

        let group = json!({"name": format!("Job club{c}"), "kind": "job_club"});
        let reply = staff.post("/api/v1/groups", group).await;
        assert_refused(&reply, &["name"], "group name", c);

        let reply = staff
            .post("/api/v1/events", event(&format!("Resume{c} clinic")))
            .await;
        assert_refused(&reply, &["title"], "event title", c);
    }

    // Sign-up checks the same way; a few characters of each family are
    // enough there (sign-up is rate limited per client).
    for c in ['\u{202E}', '\u{2067}', '\u{200B}'] {
        let body = sign_up_body(&format!("new{c}comer"), &format!("New{c}comer"));
        let reply = server.client().post("/api/v1/auth/sign-up", body).await;
        assert_refused(&reply, &["username", "display_name"], "sign-up", c);
    }

    // Right-to-left scripts themselves are names like any other.
    let renamed = patch_account(&mut staff, json!({"display_name": "مريم"})).await;
    assert_eq!(renamed.status, 200, "{:?}", renamed.body);
    assert_eq!(renamed.body["display_name"], "مريم");
    let joined = server
        .client()
        .post("/api/v1/auth/sign-up", sign_up_body("sarah", "שרה"))
        .await;
    assert_eq!(joined.status, 201, "{:?}", joined.body);
    assert_eq!(joined.body["user"]["display_name"], "שרה");
    let group = json!({"name": "نادي الوظائف", "kind": "job_club"});
    let created = staff.post("/api/v1/groups", group).await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    assert_eq!(created.body["fields"]["name"], "نادي الوظائف");
    let created = staff.post("/api/v1/events", event("סדנת קורות חיים")).await;
    assert_eq!(created.status, 201, "{:?}", created.body);
}
on_both_backends!(rejects_hidden_direction_and_zero_width_characters_in_every_name_field);
