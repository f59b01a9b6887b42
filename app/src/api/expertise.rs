//! One's expertise record and the directory of library workers.

use libranet_core::expertise::Expertise;
use libranet_core::expertise::views::WorkerCard;

use super::{ApiFailure, BASE, Request, get, send_json};

pub async fn expertise() -> Result<Expertise, ApiFailure> {
    get("/expertise").await
}

pub async fn save_expertise(body: &Expertise) -> Result<Expertise, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/expertise")), body).await
}

pub async fn directory() -> Result<Vec<WorkerCard>, ApiFailure> {
    get("/expertise/directory").await
}
