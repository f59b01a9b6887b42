//! The only module that speaks HTTP: a typed client for `/api/v1`.

use gloo_net::http::{Request, RequestBuilder, Response};
use libranet_core::api::{
    ChangePasswordRequest, EnrollPatronRequest, ErrorBody, ErrorCode, IssueCodeRequest,
    OneTimeCodeView, RedeemCodeRequest, SessionView, SignInRequest, SignUpRequest, SiteInfo,
    UpdateAccountRequest, UserView,
};
use libranet_core::problem::FieldError;
use libranet_core::profile::ProfileSkills;
use libranet_core::taxonomy::Taxonomy;
use serde::Serialize;
use serde::de::DeserializeOwned;

const BASE: &str = "/api/v1";

/// Why a call did not work, in terms the interface can explain.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// Some fields need fixing.
    Fields(Vec<FieldError>),
    SignInFailed,
    TooManyAttempts {
        retry_after_secs: u32,
    },
    /// Not signed in, or the session ended.
    SignedOut,
    Forbidden,
    /// The server refused a request it thought came from another site.
    CrossSite,
    /// The server could not be reached.
    Network,
    /// The server failed or answered something unexpected.
    Server,
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiFailure::Server);
    }
    let body = response
        .json::<ErrorBody>()
        .await
        .map_err(|_| ApiFailure::Server)?;
    Err(match body.error {
        ErrorCode::InvalidInput => ApiFailure::Fields(body.fields),
        ErrorCode::SignInFailed => ApiFailure::SignInFailed,
        ErrorCode::TooManyAttempts => ApiFailure::TooManyAttempts {
            retry_after_secs: body.retry_after_secs.unwrap_or(30),
        },
        ErrorCode::Unauthenticated => ApiFailure::SignedOut,
        ErrorCode::Forbidden => ApiFailure::Forbidden,
        ErrorCode::CrossSiteRejected => ApiFailure::CrossSite,
        ErrorCode::MalformedBody | ErrorCode::NotFound | ErrorCode::Internal => ApiFailure::Server,
    })
}

async fn send_json<B: Serialize, T: DeserializeOwned>(
    builder: RequestBuilder,
    body: &B,
) -> Result<T, ApiFailure> {
    let request = builder.json(body).map_err(|_| ApiFailure::Server)?;
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    read(response).await
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let response = Request::get(&format!("{BASE}{path}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    read(response).await
}

fn post(path: &str) -> RequestBuilder {
    Request::post(&format!("{BASE}{path}"))
}

/// The skills taxonomy (large: fetched once per page load, when needed).
pub async fn taxonomy() -> Result<Taxonomy, ApiFailure> {
    get("/taxonomy").await
}

pub async fn profile_skills() -> Result<ProfileSkills, ApiFailure> {
    get("/profile/skills").await
}

pub async fn save_profile_skills(body: &ProfileSkills) -> Result<ProfileSkills, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/profile/skills")), body).await
}

pub async fn site() -> Result<SiteInfo, ApiFailure> {
    get("/site").await
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

pub async fn update_account(body: &UpdateAccountRequest) -> Result<UserView, ApiFailure> {
    send_json(Request::patch(&format!("{BASE}/account")), body).await
}

pub async fn change_password(body: &ChangePasswordRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/account/password"), body).await
}

pub async fn enroll_patron(body: &EnrollPatronRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/patrons"), body).await
}

pub async fn issue_reset_code(body: &IssueCodeRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/reset-codes"), body).await
}
