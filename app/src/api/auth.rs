//! Signing up, in and out, one-time codes, and a kiosk page's heartbeat.

use libranet_core::api::{RedeemCodeRequest, SessionView, SignInRequest, SignUpRequest};
use libranet_core::session_policy::TAB_KEY_HEADER;

use super::{ApiFailure, BASE, get, post, send_json};

/// A kiosk page is still open (not activity: the idle limit still runs).
/// `Ok(false)` when the session is over.
pub async fn heartbeat() -> Result<bool, ApiFailure> {
    let response = post("/auth/heartbeat")
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    match response.status() {
        204 => Ok(true),
        401 => Ok(false),
        _ => Err(ApiFailure::Server),
    }
}

/// A kiosk page is going away. Sent with `keepalive`, so it goes out even
/// as the tab closes; nothing waits for the answer.
pub fn closing() {
    send_keepalive("/auth/closing");
}

/// A kiosk page is about to print (the dialog stops its heartbeat).
pub fn printing() {
    send_keepalive("/auth/printing");
}

fn send_keepalive(path: &str) {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    // `keepalive` is not in web-sys's RequestInit yet; set it by name.
    let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
    if let Some(key) = crate::cache::tab_key() {
        let headers = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&headers, &TAB_KEY_HEADER.into(), &key.into());
        init.set_headers(&headers);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.fetch_with_str_and_init(&format!("{BASE}{path}"), &init);
    }
}

/// The current session, or `None` when signed out. Counts as activity.
pub async fn session() -> Result<Option<SessionView>, ApiFailure> {
    match get::<SessionView>("/auth/session").await {
        Ok(view) => Ok(Some(view)),
        Err(ApiFailure::SignedOut) => Ok(None),
        Err(other) => Err(other),
    }
}

pub async fn sign_up(body: &SignUpRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/sign-up"), body).await
}

pub async fn sign_in(body: &SignInRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/sign-in"), body).await
}

pub async fn redeem_code(body: &RedeemCodeRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/redeem-code"), body).await
}

pub async fn sign_out() -> Result<(), ApiFailure> {
    let response = post("/auth/sign-out")
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        Err(ApiFailure::Server)
    }
}
