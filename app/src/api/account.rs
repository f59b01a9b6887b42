//! One's own account.

use libranet_core::api::{ChangePasswordRequest, SessionView, UpdateAccountRequest, UserView};

use super::{ApiFailure, BASE, Request, post, send_json};

pub async fn update_account(body: &UpdateAccountRequest) -> Result<UserView, ApiFailure> {
    send_json(Request::patch(&format!("{BASE}/account")), body).await
}

pub async fn change_password(body: &ChangePasswordRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/account/password"), body).await
}
