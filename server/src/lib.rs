//! Libranet's server: a thin axum layer over a store (SQLite or PostgreSQL)
//! that keeps accounts and sessions, serves the JSON API under `/api/v1`
//! and the built app from one origin.
//!
//! `main.rs` parses [`Config`] and calls [`Application::build`] then
//! [`Application::run_until`]; tests do the same on port 0.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{StatusCode, header};
use axum::middleware;
use axum::routing::get;
use tokio::net::TcpListener;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub mod admission;
mod apart;
pub mod client;
pub mod clock;
pub mod codes;
pub mod config;
pub mod demo;
pub mod digest;
pub mod error;
pub mod esco_import;
pub mod library_time;
pub mod password;
pub mod routes;
pub mod security;
pub mod services;
pub mod session;
pub mod state;
pub mod static_files;
pub mod store;
pub mod taxonomy;

pub use config::Config;
pub use state::AppState;

/// Request bodies larger than this are refused; API bodies are small JSON.
const BODY_LIMIT_BYTES: usize = 64 * 1024;

/// The whole HTTP surface: health, API, OpenAPI document and the app.
pub fn router(state: AppState, request_timeout: Duration) -> Router {
    let (api, openapi) = routes::api().split_for_parts();
    let openapi: Arc<str> = openapi
        .to_json()
        .expect("the OpenAPI document serialises")
        .into();
    Router::new()
        .route("/healthz", get(routes::health::healthz))
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let doc = Arc::clone(&openapi);
                async move {
                    (
                        [(header::CONTENT_TYPE, "application/json")],
                        doc.to_string(),
                    )
                }
            }),
        )
        .merge(api)
        .merge(static_files::router(&state.settings.app_dir))
        .method_not_allowed_fallback(|| async { error::ApiError::MethodNotAllowed })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::same_site_only,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    // The route template, never the concrete path or query: those
                    // could one day carry something personal.
                    let route = request
                        .extensions()
                        .get::<MatchedPath>()
                        .map_or("(app)", MatchedPath::as_str);
                    tracing::info_span!("request", method = %request.method(), route)
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        // Outermost: a client already over its sign-in budget costs as
        // little as possible (and is not logged once per request).
        .layer(middleware::from_fn_with_state(
            state.clone(),
            admission::shed,
        ))
        .with_state(state)
}

/// Serves `router` on `listener` until `shutdown` resolves, then finishes
/// the requests under way.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The peer address feeds the per-client sign-in budget.
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// A configured server, bound and ready to run.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    request_timeout: Duration,
    seeded_demo: bool,
}

impl Application {
    /// Opens (and migrates) the database, loads demo data if asked and the
    /// database is empty, and binds the listener.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        tokio::fs::create_dir_all(&config.data_dir)
            .await
            .with_context(|| format!("creating data directory {}", config.data_dir.display()))?;
        let clock = config.clock().map_err(anyhow::Error::msg)?;
        let store = store::connect(&config.database_url())
            .await
            .context("opening the database")?;
        library_time::backfill(store.as_ref(), config.migration_zone())
            .await
            .context("giving stored dates and times their time zone")?;
        let hasher = password::Hasher::new(config.hashing_concurrency, config.hashing_queue)?;
        let taxonomy = taxonomy::TaxonomyCache::load(store.as_ref(), clock.unix_now())
            .await
            .context("loading the skills taxonomy")?;
        let seeded_demo = if config.demo {
            let current = taxonomy.current(store.as_ref()).await?;
            let parsed = current
                .taxonomy()
                .context("the stored skills taxonomy does not parse")?;
            demo::seed_if_empty(
                store.as_ref(),
                &hasher,
                &parsed,
                clock.now(),
                &config.time_zone,
            )
            .await?
        } else {
            false
        };
        let index = tokio::fs::read_to_string(config.app_dir.join("index.html"))
            .await
            .ok();
        if index.is_none() {
            tracing::warn!(app_dir = %config.app_dir.display(), "no built app found; serving the API only");
        }
        let csp = security::content_security_policy(index.as_deref());
        let state = AppState {
            store,
            hasher,
            taxonomy: Arc::new(taxonomy),
            settings: Arc::new(state::Settings::from_config(&config, csp)),
            gate: Arc::new(client::Gate::new(
                config.auth_budget,
                config.auth_budget_window_secs,
                clock.clone(),
            )),
            clock,
        };
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("binding {}", config.bind))?;
        Ok(Application {
            listener,
            state,
            request_timeout: Duration::from_secs(config.request_timeout_secs),
            seeded_demo,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.listener.local_addr()
    }

    /// Whether this start loaded the demo data.
    pub fn seeded_demo(&self) -> bool {
        self.seeded_demo
    }

    /// Runs until `shutdown` resolves. Expired sessions and codes are purged,
    /// unanswered mentoring requests expired and check-in reminders sent in
    /// the background meanwhile.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let store = Arc::clone(&self.state.store);
        let clock = self.state.clock.clone();
        let purger = tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_mins(10));
            loop {
                tick.tick().await;
                if let Err(err) = store.purge_expired(clock.unix_now()).await {
                    tracing::warn!(error = %err, "purging expired sessions failed");
                }
                if let Err(err) =
                    services::notifications::sweep(store.as_ref(), clock.unix_now()).await
                {
                    tracing::warn!(error = %err, "expiring requests and sending reminders failed");
                }
            }
        });
        let router = router(self.state, self.request_timeout);
        let result = serve(self.listener, router, shutdown).await;
        purger.abort();
        result
    }
}
