//! `GET /healthz`: is the server up and can it reach its database.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::Health;

use crate::state::AppState;

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: "ok".into(),
                database: state.store.backend().into(),
            }),
        ),
        Err(err) => {
            tracing::error!(error = %err, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "unavailable".into(),
                    database: state.store.backend().into(),
                }),
            )
        }
    }
}
