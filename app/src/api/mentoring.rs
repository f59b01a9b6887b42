//! Mentoring profiles, mentors, and requests for mentoring.

use libranet_core::mentoring::views::{
    MentorCard, MyMentoring, NewRequest, RequestAnswer, RequestList, RequestView,
};
use libranet_core::mentoring::{MenteeProfile, MentorProfile};

use super::{ApiFailure, BASE, Request, get, post, send_json};

pub async fn my_mentoring() -> Result<MyMentoring, ApiFailure> {
    get("/mentoring/me").await
}

pub async fn save_mentor(body: &MentorProfile) -> Result<MyMentoring, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/mentoring/mentor")), body).await
}

pub async fn save_mentee(body: &MenteeProfile) -> Result<MyMentoring, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/mentoring/mentee")), body).await
}

pub async fn mentors() -> Result<Vec<MentorCard>, ApiFailure> {
    get("/mentoring/mentors").await
}

pub async fn mentoring_requests() -> Result<RequestList, ApiFailure> {
    get("/mentoring/requests").await
}

pub async fn send_request(body: &NewRequest) -> Result<RequestView, ApiFailure> {
    send_json(post("/mentoring/requests"), body).await
}

pub async fn answer_request(id: i64, body: &RequestAnswer) -> Result<RequestView, ApiFailure> {
    send_json(post(&format!("/mentoring/requests/{id}")), body).await
}
