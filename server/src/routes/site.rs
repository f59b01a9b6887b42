//! Public facts about this library the app needs before anyone signs in.

use axum::Json;
use axum::extract::State;
use libranet_core::api::SiteInfo;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_site))
}

/// The library's name, whether it runs on demo data, and session timeouts.
#[utoipa::path(get, path = "/site", tag = "site", responses((status = 200, body = SiteInfo)))]
pub async fn get_site(State(state): State<AppState>) -> Json<SiteInfo> {
    let s = &state.settings;
    Json(SiteInfo {
        library_name: s.library_name.clone(),
        demo: s.demo,
        kiosk_policy: s.kiosk_policy,
        personal_policy: s.personal_policy,
    })
}
