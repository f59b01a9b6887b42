//! Server-side sessions: the cookie, the token and the extractors that tell
//! a handler who is signed in.
//!
//! The cookie holds a random token; the database holds only its SHA-256, so
//! any server instance sharing the database can check it and a copy of the
//! database signs nobody in. Every authenticated request counts as activity.
//!
//! A kiosk session also needs its tab key (a second random token the app
//! keeps in the tab's `sessionStorage` and sends in a header), and ends when
//! no open page has sent a heartbeat for `KIOSK_ALIVE_SECS`: closing the
//! last tab ends it even though the browser keeps its cookies.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use base64ct::{Base64UrlUnpadded, Encoding};
use libranet_core::api::SessionView;
use libranet_core::session_policy::{
    DeviceKind, SessionStatus, TAB_KEY_HEADER, alive_until, session_status,
};
use rand_core::{OsRng, RngCore};

pub use crate::digest::token_hash;
use crate::error::ApiError;
use crate::state::{AppState, Settings};
use crate::store::{NewSession, SessionRecord, UserRecord};

/// Over https the `__Host-` prefix pins the cookie to this exact origin.
const SECURE_COOKIE: &str = "__Host-libranet_session";
const PLAIN_COOKIE: &str = "libranet_session";

/// Activity is written back at most this often per session.
const TOUCH_EVERY_SECS: i64 = 15;

fn cookie_name(settings: &Settings) -> &'static str {
    if settings.secure_cookies {
        SECURE_COOKIE
    } else {
        PLAIN_COOKIE
    }
}

/// A new random token with 256 bits of entropy.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    Base64UrlUnpadded::encode_string(&bytes)
}

/// The session token sent by the browser, if any.
pub fn token_from(headers: &HeaderMap, settings: &Settings) -> Option<String> {
    let name = cookie_name(settings);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| !v.is_empty())
}

fn cookie_attributes(settings: &Settings) -> &'static str {
    if settings.secure_cookies {
        "; Path=/; HttpOnly; SameSite=Strict; Secure"
    } else {
        "; Path=/; HttpOnly; SameSite=Strict"
    }
}

/// The `Set-Cookie` value for a new session. On a kiosk the cookie has no
/// lifetime of its own, so it also ends when the browser closes.
fn session_cookie(settings: &Settings, token: &str, device: DeviceKind) -> HeaderValue {
    let name = cookie_name(settings);
    let attrs = cookie_attributes(settings);
    let value = match device {
        DeviceKind::Kiosk => format!("{name}={token}{attrs}"),
        DeviceKind::Personal => format!(
            "{name}={token}{attrs}; Max-Age={}",
            settings.personal_policy.absolute_secs
        ),
    };
    HeaderValue::from_str(&value).expect("token is URL-safe base64")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clearing_cookie(settings: &Settings) -> HeaderValue {
    let value = format!(
        "{}={}; Max-Age=0",
        cookie_name(settings),
        cookie_attributes(settings)
    );
    HeaderValue::from_str(&value).expect("static cookie text")
}

/// Starts a session for `user`, ending the one the browser came with, and
/// returns the cookie to set and the view to send.
pub async fn start(
    state: &AppState,
    user: &UserRecord,
    device: DeviceKind,
    kiosk: Option<i64>,
    previous: Option<String>,
) -> Result<(HeaderValue, SessionView), ApiError> {
    if let Some(old) = previous {
        state.store.delete_session(&token_hash(&old)).await?;
    }
    let now = state.unix_now();
    if let Some(until) = state.store.suspended_until(user.id).await?
        && until > now
    {
        return Err(ApiError::Suspended {
            retry_after_secs: u32::try_from(until - now).unwrap_or(u32::MAX),
        });
    }
    let token = new_token();
    let tab_key = (device == DeviceKind::Kiosk).then(new_token);
    let tab_key_hash = tab_key.as_deref().map(token_hash);
    let alive_until = alive_until(device, now);
    let mut policy = state.settings.policy_for(device);
    // A registered kiosk's own idle time, as library staff set it.
    if device == DeviceKind::Kiosk
        && let Some(id) = kiosk
        && let Some(found) = state.store.kiosks().await?.into_iter().find(|k| k.id == id)
    {
        policy.idle_secs = u32::try_from(found.idle_minutes * 60).unwrap_or(policy.idle_secs);
        policy.warning_secs = policy.warning_secs.min(policy.idle_secs);
    }
    state
        .store
        .create_session(NewSession {
            id_hash: &token_hash(&token),
            user_id: user.id,
            device,
            policy,
            now,
            alive_until,
            tab_key_hash: tab_key_hash.as_deref(),
        })
        .await?;
    let record = SessionRecord {
        user_id: user.id,
        device,
        created_at: now,
        last_seen_at: now,
        policy,
        alive_until,
        tab_key_hash,
    };
    let mut view = view(user, &record);
    view.tab_key = tab_key;
    Ok((session_cookie(&state.settings, &token, device), view))
}

pub fn view(user: &UserRecord, session: &SessionRecord) -> SessionView {
    SessionView {
        user: user.view(),
        device: session.device,
        policy: session.policy,
        expires_at: session.created_at + i64::from(session.policy.absolute_secs),
        tab_key: None,
    }
}

/// The session a request belongs to, if it still holds: the cookie's
/// session, not expired, idle or abandoned, and for a kiosk session sent
/// with its tab key. A session found over is deleted; a kiosk request
/// without the right tab key (a new tab) is refused but ends nothing.
pub async fn live_session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(String, SessionRecord), ApiError> {
    let token = token_from(headers, &state.settings).ok_or(ApiError::Unauthenticated)?;
    let id_hash = token_hash(&token);
    let session = state
        .store
        .find_session(&id_hash)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    match session_status(
        state.unix_now(),
        session.created_at,
        session.last_seen_at,
        session.alive_until,
        session.policy,
    ) {
        SessionStatus::Active => {}
        SessionStatus::IdleExpired | SessionStatus::Expired | SessionStatus::Abandoned => {
            state.store.delete_session(&id_hash).await?;
            return Err(ApiError::Unauthenticated);
        }
    }
    if let Some(expected) = &session.tab_key_hash {
        let sent = headers
            .get(TAB_KEY_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(token_hash);
        if sent.as_ref() != Some(expected) {
            return Err(ApiError::Unauthenticated);
        }
    }
    Ok((id_hash, session))
}

/// A kiosk page says it is still open; the session lives on for
/// `secs` (`KIOSK_ALIVE_SECS`, or longer while the page prints). This is
/// not activity: the idle limit still runs.
pub async fn heartbeat(state: &AppState, headers: &HeaderMap, secs: i64) -> Result<(), ApiError> {
    let (id_hash, _) = live_session(state, headers).await?;
    if state
        .store
        .keep_session_alive(&id_hash, state.unix_now() + secs)
        .await?
    {
        Ok(())
    } else {
        // A personal session, or one ended meanwhile: nothing to keep.
        Err(ApiError::Unauthenticated)
    }
}

/// The signed-in person. Rejects with 401 when there is no live session.
pub struct CurrentUser {
    pub user: UserRecord,
    pub session: SessionRecord,
    pub id_hash: String,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let (id_hash, session) = live_session(state, &parts.headers).await?;
        let now = state.unix_now();
        if now - session.last_seen_at >= TOUCH_EVERY_SECS {
            state.store.touch_session(&id_hash, now).await?;
        }
        let user = state
            .store
            .find_user(session.user_id)
            .await?
            .ok_or(ApiError::Unauthenticated)?;
        Ok(CurrentUser {
            user,
            session,
            id_hash,
        })
    }
}

/// The signed-in person if there is one: public pages that show a little
/// more (or a little less, around blocks) to members.
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match CurrentUser::from_request_parts(parts, state).await {
            Ok(current) => Ok(MaybeUser(Some(current))),
            Err(ApiError::Unauthenticated) => Ok(MaybeUser(None)),
            Err(e) => Err(e),
        }
    }
}

impl CurrentUser {
    pub fn is_staff(&self) -> bool {
        self.user.roles.iter().any(|r| r.is_staff())
    }
}

/// A signed-in member of library staff (or an admin).
pub struct StaffUser(pub CurrentUser);

impl FromRequestParts<AppState> for StaffUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let current = CurrentUser::from_request_parts(parts, state).await?;
        if current.user.roles.iter().any(|r| r.is_staff()) {
            Ok(StaffUser(current))
        } else {
            Err(ApiError::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_stored_only_as_hashes() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
    }
}
