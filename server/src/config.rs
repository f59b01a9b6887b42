//! Typed configuration from command-line flags and environment variables.
//! Every variable is documented in `.env.example`.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{ArgAction, Parser};
use libranet_core::session_policy::SessionPolicy;
use libranet_core::time::{WallClock, Zone};

use crate::clock::Clock;

/// An IANA zone name, or an error that says what to write.
fn parse_zone(name: &str) -> Result<Zone, String> {
    Zone::named(name).map_err(|_| {
        format!(
            "`{name}` is not an IANA time zone name; use one like America/Chicago, Europe/Madrid or UTC"
        )
    })
}

#[derive(Clone, Parser)]
#[command(
    name = "libranet-server",
    version,
    about = "Libranet: a career network for public libraries"
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "LIBRANET_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Where the embedded database and other files live.
    #[arg(long, env = "LIBRANET_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// `sqlite://path` or `postgres://user:password@host/db`. Defaults to a
    /// SQLite file in the data directory.
    #[arg(long, env = "LIBRANET_DATABASE_URL")]
    pub database_url: Option<String>,

    /// The URL people use to reach this server (for example
    /// `https://careers.example-library.org`). Defaults to `http://<bind>`.
    #[arg(long, env = "LIBRANET_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Mark cookies `Secure`. Defaults to on when the public URL is https.
    #[arg(long, env = "LIBRANET_SECURE_COOKIES", action = ArgAction::Set)]
    pub secure_cookies: Option<bool>,

    /// Directory of the built app (Trunk's `dist`).
    #[arg(long, env = "LIBRANET_APP_DIR", default_value = "dist")]
    pub app_dir: PathBuf,

    /// Load the demo library and accounts when the database is empty.
    #[arg(long, env = "LIBRANET_DEMO", action = ArgAction::Set, default_value_t = false)]
    pub demo: bool,

    /// The library's name, shown in the app.
    #[arg(long, env = "LIBRANET_LIBRARY_NAME", default_value = "Libranet")]
    pub library_name: String,

    /// Seconds a request may take before the server gives up on it.
    #[arg(long, env = "LIBRANET_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Kiosk sessions: seconds without activity before sign-out.
    #[arg(long, env = "LIBRANET_KIOSK_IDLE_SECS", default_value_t = SessionPolicy::KIOSK_DEFAULT.idle_secs)]
    pub kiosk_idle_secs: u32,

    /// Kiosk sessions: seconds of countdown warning before an idle sign-out.
    #[arg(long, env = "LIBRANET_KIOSK_WARNING_SECS", default_value_t = SessionPolicy::KIOSK_DEFAULT.warning_secs)]
    pub kiosk_warning_secs: u32,

    /// Kiosk sessions: longest life in seconds, however active.
    #[arg(long, env = "LIBRANET_KIOSK_ABSOLUTE_SECS", default_value_t = SessionPolicy::KIOSK_DEFAULT.absolute_secs)]
    pub kiosk_absolute_secs: u32,

    /// Personal devices: seconds without activity before sign-out.
    #[arg(long, env = "LIBRANET_PERSONAL_IDLE_SECS", default_value_t = SessionPolicy::PERSONAL_DEFAULT.idle_secs)]
    pub personal_idle_secs: u32,

    /// Personal devices: longest life in seconds, however active.
    #[arg(long, env = "LIBRANET_PERSONAL_ABSOLUTE_SECS", default_value_t = SessionPolicy::PERSONAL_DEFAULT.absolute_secs)]
    pub personal_absolute_secs: u32,

    /// Seconds a staff-issued one-time code stays valid.
    #[arg(long, env = "LIBRANET_CODE_TTL_SECS", default_value_t = 15 * 60)]
    pub code_ttl_secs: u32,

    /// Library insight hides counts of people below this (at least 2).
    #[arg(long, env = "LIBRANET_INSIGHT_THRESHOLD", default_value_t = libranet_core::insight::DEFAULT_THRESHOLD)]
    pub insight_threshold: u32,

    /// Password hashes computed at once (each takes 19 MiB and a core).
    #[arg(long, env = "LIBRANET_HASHING_CONCURRENCY", default_value_t = 2)]
    pub hashing_concurrency: usize,

    /// Sign-ins, sign-ups and code redemptions that may wait for the
    /// password hasher; past that they are refused at once with 429.
    #[arg(long, env = "LIBRANET_HASHING_QUEUE", default_value_t = 16)]
    pub hashing_queue: usize,

    /// Failed sign-in, sign-up and code attempts one client address may
    /// make per budget window (successful ones are given back).
    #[arg(long, env = "LIBRANET_AUTH_BUDGET", default_value_t = 30)]
    pub auth_budget: u32,

    /// The length in seconds of that budget window (at most a day).
    #[arg(long, env = "LIBRANET_AUTH_BUDGET_WINDOW_SECS", default_value_t = 600,
        value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub auth_budget_window_secs: u32,

    /// Reverse proxies (addresses or CIDR ranges, comma-separated) whose
    /// `X-Forwarded-For` header names the real client. Without it, every
    /// client behind a proxy shares the proxy's sign-in budget.
    #[arg(long, env = "LIBRANET_TRUSTED_PROXIES", value_delimiter = ',', value_parser = crate::client::parse_network)]
    pub trusted_proxies: Vec<crate::client::Network>,

    /// The library's IANA time zone (for example `America/Chicago`). Its
    /// branches' events and appointments are in it unless a branch has its
    /// own; "today" and "tonight" are read in it. An unknown name stops the
    /// server.
    #[arg(long, env = "LIBRANET_TIME_ZONE", default_value = "UTC", value_parser = parse_zone)]
    pub time_zone: Zone,

    /// The zone in which to read dates and times stored before Libranet
    /// kept zones (they are converted once, at start). Defaults to
    /// `LIBRANET_TIME_ZONE`.
    #[arg(long, env = "LIBRANET_MIGRATION_TIME_ZONE", value_parser = parse_zone)]
    pub migration_time_zone: Option<Zone>,

    /// For demos and tests only: start the server's clock at this
    /// wall-clock time in the library's zone (`YYYY-MM-DDTHH:MM`); it then
    /// runs forward. Unset, the clock is the system's.
    #[arg(long, env = "LIBRANET_CLOCK_START")]
    pub clock_start: Option<String>,

    /// The clock handlers read (tests set it directly).
    #[arg(skip)]
    pub clock: Clock,

    /// What to do instead of serving.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// One-off tasks run against the configured database.
#[derive(Clone, Debug, clap::Subcommand)]
pub enum Command {
    /// Replace the shipped ESCO subset with a full ESCO CSV set: unzip ESCO's
    /// classification archive(s) and relations archive into one folder.
    ImportEsco {
        /// The folder holding skills_en.csv, occupations_en.csv,
        /// occupationSkillRelations.csv (and other languages' files).
        folder: PathBuf,
    },
}

impl Config {
    /// The database URL, defaulting to `libranet.db` in the data directory.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("libranet.db").display()))
    }

    /// Scheme, host and port the app is served from, without a trailing slash.
    pub fn public_origin(&self) -> String {
        let url = self
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind));
        origin_of(&url)
    }

    pub fn secure_cookies(&self) -> bool {
        self.secure_cookies
            .unwrap_or_else(|| self.public_origin().starts_with("https://"))
    }

    pub fn kiosk_policy(&self) -> SessionPolicy {
        SessionPolicy {
            idle_secs: self.kiosk_idle_secs,
            absolute_secs: self.kiosk_absolute_secs,
            warning_secs: self.kiosk_warning_secs.min(self.kiosk_idle_secs),
        }
    }

    /// The clock to run: the one set by a test, or the system's, started
    /// at `clock_start` when that is given.
    pub fn clock(&self) -> Result<Clock, String> {
        let Some(start) = &self.clock_start else {
            return Ok(self.clock.clone());
        };
        let (day, time) = start.trim().split_once('T').unwrap_or((start.as_str(), ""));
        let local = WallClock::parse(day, time).map_err(|_| {
            format!("LIBRANET_CLOCK_START `{start}` must read YYYY-MM-DDTHH:MM, for example 2026-12-03T19:30")
        })?;
        Ok(Clock::starting_at(local.resolve(&self.time_zone)))
    }

    /// Where stored wall-clock times without a zone are read.
    pub fn migration_zone(&self) -> &Zone {
        self.migration_time_zone.as_ref().unwrap_or(&self.time_zone)
    }

    pub fn personal_policy(&self) -> SessionPolicy {
        SessionPolicy {
            idle_secs: self.personal_idle_secs,
            absolute_secs: self.personal_absolute_secs,
            warning_secs: 0,
        }
    }

    /// A configuration for tests: everything default, listening on a free
    /// port, data in `data_dir`.
    pub fn for_tests(data_dir: PathBuf, database_url: Option<String>) -> Config {
        let mut config = Config::parse_from(["libranet-server"]);
        config.bind = SocketAddr::from(([127, 0, 0, 1], 0));
        config.app_dir = data_dir.join("dist");
        config.data_dir = data_dir;
        config.database_url = database_url;
        config.hashing_concurrency = 4;
        config
    }
}

/// Keeps `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> String {
    let trimmed = url.trim().trim_end_matches('/');
    match trimmed.find("://") {
        Some(i) => {
            let rest = &trimmed[i + 3..];
            let host_end = rest.find('/').unwrap_or(rest.len());
            format!("{}{}", &trimmed[..i + 3], &rest[..host_end]).to_lowercase()
        }
        None => trimmed.to_lowercase(),
    }
}

/// Hides the passwords in a database URL: `user:password@` and any query
/// parameter whose name ends in `password`.
pub fn redact_url(url: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let base = match base.find("://") {
        Some(scheme_end) => {
            let rest = &base[scheme_end + 3..];
            match (rest.rfind('@'), rest.find(':')) {
                (Some(at), Some(colon)) if colon < at => {
                    format!(
                        "{}{}:***{}",
                        &base[..scheme_end + 3],
                        &rest[..colon],
                        &rest[at..]
                    )
                }
                _ => base.to_owned(),
            }
        }
        None => base.to_owned(),
    };
    let Some(query) = query else { return base };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if k.to_ascii_lowercase().ends_with("password") => format!("{k}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{base}?{}", query.join("&"))
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("bind", &self.bind)
            .field("data_dir", &self.data_dir)
            .field("database_url", &redact_url(&self.database_url()))
            .field("public_origin", &self.public_origin())
            .field("secure_cookies", &self.secure_cookies())
            .field("app_dir", &self.app_dir)
            .field("demo", &self.demo)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("kiosk_policy", &self.kiosk_policy())
            .field("personal_policy", &self.personal_policy())
            .field("code_ttl_secs", &self.code_ttl_secs)
            .field("insight_threshold", &self.insight_threshold)
            .field("time_zone", &self.time_zone.name())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_time_zone_stops_the_server_with_a_clear_message() {
        let refused = Config::try_parse_from(["libranet-server", "--time-zone", "Mars/Olympus"])
            .expect_err("an unknown zone is refused")
            .to_string();
        assert!(
            refused.contains("`Mars/Olympus` is not an IANA time zone name")
                && refused.contains("America/Chicago"),
            "{refused}"
        );
        let config =
            Config::try_parse_from(["libranet-server", "--time-zone", "america/chicago"]).unwrap();
        assert_eq!(config.time_zone.name(), "America/Chicago");
        assert_eq!(config.migration_zone().name(), "America/Chicago");
        assert_eq!(
            Config::parse_from(["libranet-server"]).time_zone.name(),
            "UTC"
        );
    }

    #[test]
    fn the_clock_can_start_at_a_wall_clock_time_in_the_library() {
        let mut config = Config::parse_from([
            "libranet-server",
            "--time-zone",
            "America/Chicago",
            "--clock-start",
            "2026-12-03T19:30",
        ]);
        let expected = WallClock::parse("2026-12-03", "19:30")
            .unwrap()
            .resolve(&config.time_zone);
        let started = config.clock().unwrap().now().unix_seconds() - expected.unix_seconds();
        assert!((0..5).contains(&started), "{started}");
        config.clock_start = Some("tonight".into());
        assert!(config.clock().unwrap_err().contains("YYYY-MM-DDTHH:MM"));
    }

    #[test]
    fn debug_output_hides_the_database_password() {
        let mut config = Config::parse_from(["libranet-server"]);
        config.database_url =
            Some("postgres://libranet:hunter2-secret@db.internal/libranet".into());
        let shown = format!("{config:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("postgres://libranet:***@db.internal/libranet"));
        assert_eq!(
            redact_url("postgres://db/x?user=a&password=s3cret&sslmode=require"),
            "postgres://db/x?user=a&password=***&sslmode=require"
        );
    }

    #[test]
    fn public_origin_drops_paths_and_defaults_to_the_bind_address() {
        let mut config = Config::parse_from(["libranet-server", "--bind", "0.0.0.0:9000"]);
        assert_eq!(config.public_origin(), "http://0.0.0.0:9000");
        assert!(!config.secure_cookies());
        config.public_url = Some("https://Careers.Example.org/app/".into());
        assert_eq!(config.public_origin(), "https://careers.example.org");
        assert!(config.secure_cookies());
    }

    #[test]
    fn every_setting_is_documented_in_env_example() {
        use clap::CommandFactory;
        let documented = include_str!("../../.env.example");
        for arg in Config::command().get_arguments() {
            if let Some(env) = arg.get_env() {
                let name = env.to_string_lossy();
                assert!(
                    documented.contains(&format!("{name}=")),
                    "{name} is missing from .env.example"
                );
            }
        }
    }

    #[test]
    fn the_default_database_is_sqlite_in_the_data_dir() {
        let config = Config::parse_from(["libranet-server", "--data-dir", "/srv/lib"]);
        assert_eq!(config.database_url(), "sqlite:///srv/lib/libranet.db");
    }
}
