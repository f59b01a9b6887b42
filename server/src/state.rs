//! What every handler can reach: the store, the hasher and the settings.

use std::path::PathBuf;
use std::sync::Arc;

use libranet_core::session_policy::{DeviceKind, SessionPolicy};
use libranet_core::time::{UtcInstant, Zone};

use crate::client::{Gate, Network};
use crate::clock::Clock;
use crate::config::Config;
use crate::password::Hasher;
use crate::store::Store;
use crate::taxonomy::TaxonomyCache;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub hasher: Hasher,
    pub taxonomy: Arc<TaxonomyCache>,
    pub settings: Arc<Settings>,
    /// Each client's budget of sign-in, sign-up and code attempts.
    pub gate: Arc<Gate>,
    /// The only source of the time.
    pub clock: Clock,
}

impl AppState {
    pub fn now(&self) -> UtcInstant {
        self.clock.now()
    }

    /// Unix seconds of now, for the columns that store them.
    pub fn unix_now(&self) -> i64 {
        self.clock.unix_now()
    }

    /// The library's zone.
    pub fn zone(&self) -> &Zone {
        &self.settings.time_zone
    }

    /// A stored zone name read back; the library's if it no longer reads.
    pub fn zone_named(&self, name: &str) -> Zone {
        Zone::named(name).unwrap_or_else(|_| self.zone().clone())
    }
}

/// Settings derived once from [`Config`] at start.
#[derive(Debug, Clone)]
pub struct Settings {
    pub public_origin: String,
    /// With no public URL configured, an `Origin` matching the `Host` the
    /// browser used is accepted too (e.g. localhost vs 127.0.0.1).
    pub origin_from_host: bool,
    pub secure_cookies: bool,
    pub kiosk_policy: SessionPolicy,
    pub personal_policy: SessionPolicy,
    pub library_name: String,
    pub demo: bool,
    pub code_ttl_secs: u32,
    pub insight_threshold: u32,
    pub app_dir: PathBuf,
    /// Proxies whose `X-Forwarded-For` names the real client.
    pub trusted_proxies: Vec<Network>,
    /// The Content-Security-Policy, with hashes of the app's inline scripts.
    pub content_security_policy: String,
    /// The library's zone (`LIBRANET_TIME_ZONE`).
    pub time_zone: Zone,
}

impl Settings {
    pub fn from_config(config: &Config, content_security_policy: String) -> Settings {
        Settings {
            public_origin: config.public_origin(),
            origin_from_host: config.public_url.is_none(),
            secure_cookies: config.secure_cookies(),
            kiosk_policy: config.kiosk_policy(),
            personal_policy: config.personal_policy(),
            library_name: config.library_name.clone(),
            demo: config.demo,
            code_ttl_secs: config.code_ttl_secs,
            insight_threshold: config.insight_threshold,
            app_dir: config.app_dir.clone(),
            trusted_proxies: config.trusted_proxies.clone(),
            content_security_policy,
            time_zone: config.time_zone.clone(),
        }
    }

    pub fn policy_for(&self, device: DeviceKind) -> SessionPolicy {
        match device {
            DeviceKind::Personal => self.personal_policy,
            DeviceKind::Kiosk => self.kiosk_policy,
        }
    }
}
