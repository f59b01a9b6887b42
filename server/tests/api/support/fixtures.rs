//! Builders for the set-ups many tests share: a signed-in demo account or
//! new patron, a verified partner with a need on the board, and a mentor
//! and mentee in an ongoing mentorship. Each checks that its own steps
//! worked, so a test fails at the step that broke, not later.

use serde_json::{Value, json};

use super::{Client, PARTNER, STAFF, TestServer};

/// The password of every patron [`TestServer::patron`] signs up.
pub const PASSWORD: &str = "maple river lantern";

impl TestServer {
    /// A demo account (`STAFF`, `PATRON`, `PARTNER` or `ADMIN`), signed in.
    pub async fn signed_in(&self, (username, password): (&str, &str)) -> Client {
        let mut client = self.client();
        let reply = client.sign_in(username, password).await;
        assert_eq!(reply.status, 200, "{username} signs in: {:?}", reply.body);
        client
    }

    /// A new patron who has just signed up (and so is signed in) with
    /// [`PASSWORD`]; their client and user id.
    pub async fn patron(&self, username: &str) -> (Client, i64) {
        let mut client = self.client();
        let reply = client.sign_up(username, PASSWORD).await;
        assert_eq!(reply.status, 201, "{username} signs up: {:?}", reply.body);
        let id = reply.body["user"]["id"].as_i64().unwrap();
        (client, id)
    }

    /// The demo partner with an organisation ("Harbor Foods") that staff
    /// have verified, and `need` posted on the board.
    pub async fn partner_with_need(&self, need: Value) -> PartnerWithNeed {
        let mut partner = self.signed_in(PARTNER).await;
        let org = partner
            .put("/api/v1/partner/org", json!({"name": "Harbor Foods"}))
            .await;
        assert_eq!(org.status, 200, "{:?}", org.body);
        let partner_id = org.body["user_id"].as_i64().unwrap();
        let mut staff = self.signed_in(STAFF).await;
        let verified = staff
            .post(
                &format!("/api/v1/desk/partners/{partner_id}/verify"),
                json!({}),
            )
            .await;
        assert_eq!(verified.status, 204, "{:?}", verified.body);
        let posted = partner.post("/api/v1/needs", need).await;
        assert_eq!(posted.status, 201, "{:?}", posted.body);
        let need_id = posted.body["id"].as_i64().unwrap();
        PartnerWithNeed {
            partner,
            partner_id,
            staff,
            need_id,
        }
    }

    /// A new patron with a saved mentor profile; their client and user id.
    pub async fn mentor(&self, username: &str, profile: Value) -> (Client, i64) {
        let (mut mentor, id) = self.patron(username).await;
        let saved = mentor.put("/api/v1/mentoring/mentor", profile).await;
        assert_eq!(saved.status, 200, "{:?}", saved.body);
        (mentor, id)
    }

    /// A new patron with a saved mentee profile; their client and user id.
    pub async fn mentee(&self, username: &str, profile: Value) -> (Client, i64) {
        let (mut mentee, id) = self.patron(username).await;
        let saved = mentee.put("/api/v1/mentoring/mentee", profile).await;
        assert_eq!(saved.status, 200, "{:?}", saved.body);
        (mentee, id)
    }

    /// A mentor and a mentee, each with the given profile, whose request
    /// the mentor has accepted: an ongoing mentorship.
    pub async fn mentor_pair(
        &self,
        (mentor_name, mentor_profile): (&str, Value),
        (mentee_name, mentee_profile): (&str, Value),
    ) -> MentorPair {
        let (mut mentor, mentor_id) = self.mentor(mentor_name, mentor_profile).await;
        let (mut mentee, _) = self.mentee(mentee_name, mentee_profile).await;
        let sent = mentee
            .post(
                "/api/v1/mentoring/requests",
                json!({"mentor_id": mentor_id}),
            )
            .await;
        assert_eq!(sent.status, 201, "{:?}", sent.body);
        let accepted = mentor
            .post(
                &format!("/api/v1/mentoring/requests/{}", sent.body["id"]),
                json!({"action": "accept"}),
            )
            .await;
        assert_eq!(accepted.status, 200, "{:?}", accepted.body);
        let id = mentee.get("/api/v1/mentorships").await.body[0]["id"]
            .as_i64()
            .unwrap();
        MentorPair {
            mentor,
            mentor_id,
            mentee,
            path: format!("/api/v1/mentorships/{id}"),
        }
    }
}

/// What [`TestServer::partner_with_need`] built.
pub struct PartnerWithNeed {
    pub partner: Client,
    pub partner_id: i64,
    /// The staff member who verified the partner, still signed in.
    pub staff: Client,
    pub need_id: i64,
}

/// What [`TestServer::mentor_pair`] built.
pub struct MentorPair {
    pub mentor: Client,
    pub mentor_id: i64,
    pub mentee: Client,
    /// The mentorship's address, `/api/v1/mentorships/{id}`.
    pub path: String,
}

/// A mentor profile with room for `capacity` mentees.
pub fn mentor_profile(capacity: u8) -> Value {
    json!({"areas": ["public_libraries", "youth_services"], "years": 12, "languages": ["English", "Spanish"],
           "region": "Riverside", "mode": "both", "capacity": capacity, "hours_per_month": 4})
}

/// A mentee profile looking for youth services.
pub fn mentee_profile() -> Value {
    json!({"goals": ["Become a youth services librarian"], "areas": ["youth_services"],
           "languages": ["Spanish"], "region": "Hillcrest", "mode": "remote", "about": "I run story time"})
}
