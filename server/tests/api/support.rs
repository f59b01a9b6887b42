//! Starts the real server on `127.0.0.1:0` with a fresh database, SQLite or
//! PostgreSQL, and talks to it over HTTP like a browser would.
//!
//! PostgreSQL tests need `LIBRANET_TEST_POSTGRES_URL` (an account allowed to
//! create databases; `make test` starts such a server). Without it they are
//! skipped with a notice, unless `LIBRANET_REQUIRE_POSTGRES=1`, which turns
//! the missing server into a failure.
//!
//! The set-ups many tests share (a signed-in patron, a partner with a need,
//! a mentor pair) are built in [`fixtures`].

mod fixtures;

pub use fixtures::{MentorPair, PartnerWithNeed, mentee_profile, mentor_profile};

use std::sync::atomic::{AtomicU64, Ordering};

use libranet_server::{Application, Config};
use reqwest::header::{HeaderMap, SET_COOKIE};
use serde_json::Value;
use tempfile::TempDir;
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs one async test body against each backend: `body::on_sqlite` and
/// `body::on_postgres`.
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_sqlite() {
                super::$name($crate::support::Backend::Sqlite).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_postgres() {
                if $crate::support::postgres_url().is_some() {
                    super::$name($crate::support::Backend::Postgres).await;
                }
            }
        }
    };
}

pub fn postgres_url() -> Option<String> {
    match std::env::var("LIBRANET_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("LIBRANET_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "LIBRANET_REQUIRE_POSTGRES=1 but LIBRANET_TEST_POSTGRES_URL is not set"
            );
            eprintln!("skipping a PostgreSQL test: LIBRANET_TEST_POSTGRES_URL is not set");
            None
        }
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh, empty database of the backend; returns its URL.
async fn fresh_database(backend: Backend, dir: &TempDir) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("test.db").display()),
        Backend::Postgres => {
            let admin = postgres_url().expect("checked by the caller");
            let name = format!(
                "libranet_test_{}_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::SeqCst),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .subsec_nanos()
            );
            let pool = sqlx::PgPool::connect(&admin)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&pool)
                .await
                .expect("create test database");
            pool.close().await;
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
            format!("{base}/{name}")
        }
    }
}

/// A running server and a handle on its database.
pub struct TestServer {
    pub base: String,
    pub database_url: String,
    pub backend: Backend,
    shutdown: Option<oneshot::Sender<()>>,
    dir: TempDir,
}

impl TestServer {
    /// A server with demo data (so `demo-staff` and friends exist).
    pub async fn start(backend: Backend) -> TestServer {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: Backend, tweak: impl FnOnce(&mut Config)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let url = fresh_database(backend, &dir).await;
        Self::start_on(backend, dir, url, tweak).await
    }

    /// A second server instance on the same database, like a second node
    /// behind a load balancer.
    pub async fn another_instance(&self) -> TestServer {
        self.another_instance_with(|_| {}).await
    }

    /// [`TestServer::another_instance`] with its own settings.
    pub async fn another_instance_with(&self, tweak: impl FnOnce(&mut Config)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        Self::start_on(self.backend, dir, self.database_url.clone(), tweak).await
    }

    async fn start_on(
        backend: Backend,
        dir: TempDir,
        url: String,
        tweak: impl FnOnce(&mut Config),
    ) -> TestServer {
        let mut config = Config::for_tests(dir.path().to_path_buf(), Some(url.clone()));
        config.demo = true;
        tweak(&mut config);
        let app = Application::build(config).await.expect("server builds");
        let addr = app.local_addr().unwrap();
        let (tx, rx) = oneshot::channel();
        tokio::spawn(app.run_until(async {
            let _ = rx.await;
        }));
        TestServer {
            base: format!("http://{addr}"),
            database_url: url,
            backend,
            shutdown: Some(tx),
            dir,
        }
    }

    /// Where this server looks for the built app.
    pub fn app_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("dist")
    }

    /// A browser-like client with its own cookie.
    pub fn client(&self) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: self.base.clone(),
            cookie: None,
            tab_key: None,
            forwarded_for: None,
        }
    }

    /// The ids of the first `n` skills of the taxonomy.
    pub async fn skill_ids(&self, n: usize) -> Vec<String> {
        let doc = self.client().get("/api/v1/taxonomy").await;
        doc.body["skills"].as_array().unwrap()[..n]
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    }

    /// Runs a statement directly on the database (to move time, or look at
    /// what is stored).
    pub async fn sql(&self, statement: &str) -> Vec<Vec<Option<String>>> {
        use sqlx::Row;
        let statement = sqlx::AssertSqlSafe(statement.to_owned());
        macro_rules! run {
            ($pool:expr) => {{
                let rows = sqlx::query(statement)
                    .fetch_all(&$pool)
                    .await
                    .expect("test SQL runs");
                rows.iter()
                    .map(|row| {
                        (0..row.columns().len())
                            .map(|i| {
                                row.try_get::<Option<String>, _>(i)
                                    .ok()
                                    .flatten()
                                    .or_else(|| {
                                        row.try_get::<Option<i64>, _>(i)
                                            .ok()
                                            .flatten()
                                            .map(|n| n.to_string())
                                    })
                            })
                            .collect()
                    })
                    .collect()
            }};
        }
        match self.backend {
            Backend::Sqlite => run!(sqlx::SqlitePool::connect(&self.database_url).await.unwrap()),
            Backend::Postgres => run!(sqlx::PgPool::connect(&self.database_url).await.unwrap()),
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// One response, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The problem codes by field, for `invalid_input` answers.
    pub fn problems(&self) -> Vec<(String, String)> {
        self.body["fields"]
            .as_array()
            .map(|fields| {
                fields
                    .iter()
                    .map(|f| {
                        (
                            f["field"].as_str().unwrap().to_owned(),
                            f["problem"].as_str().unwrap().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A client that keeps one session cookie, as a browser would.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    pub base: String,
    pub cookie: Option<String>,
    /// A kiosk session's tab key, as the app keeps it in sessionStorage.
    pub tab_key: Option<String>,
    /// Sent as `X-Forwarded-For`, as a proxy in front of the server would.
    pub forwarded_for: Option<String>,
}

impl Client {
    pub async fn send(
        &mut self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Reply {
        let mut request = self.http.request(method, format!("{}{}", self.base, path));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(key) = &self.tab_key {
            request = request.header("x-libranet-tab", key);
        }
        if let Some(address) = &self.forwarded_for {
            request = request.header("x-forwarded-for", address);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request sent");
        self.read(response).await
    }

    pub async fn read(&mut self, response: reqwest::Response) -> Reply {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        if let Some(set) = headers.get(SET_COOKIE).and_then(|v| v.to_str().ok()) {
            let pair = set.split(';').next().unwrap_or("");
            self.cookie = pair
                .split_once('=')
                .filter(|(_, v)| !v.is_empty())
                .map(|_| pair.to_owned());
        }
        let text = response.text().await.unwrap_or_default();
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        // A new kiosk session hands its tab key over once, as the app keeps it.
        if let Some(key) = body.get("tab_key").and_then(Value::as_str) {
            self.tab_key = Some(key.to_owned());
        }
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.send(reqwest::Method::GET, path, None).await
    }

    pub async fn post(&mut self, path: &str, body: Value) -> Reply {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }

    pub async fn put(&mut self, path: &str, body: Value) -> Reply {
        self.send(reqwest::Method::PUT, path, Some(body)).await
    }

    /// The kinds of the notifications in this person's inbox, newest first.
    pub async fn notification_kinds(&mut self) -> Vec<String> {
        self.get("/api/v1/notifications").await.body["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["kind"].as_str().unwrap().to_owned())
            .collect()
    }

    pub fn raw(&self) -> &reqwest::Client {
        &self.http
    }

    pub async fn sign_in(&mut self, username: &str, password: &str) -> Reply {
        self.post(
            "/api/v1/auth/sign-in",
            serde_json::json!({"username": username, "password": password}),
        )
        .await
    }

    pub async fn sign_up(&mut self, username: &str, password: &str) -> Reply {
        self.post(
            "/api/v1/auth/sign-up",
            serde_json::json!({"username": username, "password": password}),
        )
        .await
    }
}

pub const STAFF: (&str, &str) = ("demo-staff", "demo staff at the desk");
pub const ADMIN: (&str, &str) = ("demo-admin", "demo admin of the network");
pub const PARTNER: (&str, &str) = ("demo-partner", "demo partner hiring locally");
pub const PATRON: (&str, &str) = ("demo-patron", "demo patron looking for work");

/// How many of the notification `kinds` are `kind`.
pub fn count(kinds: &[String], kind: &str) -> usize {
    kinds.iter().filter(|k| *k == kind).count()
}
