//! Who is asking: the client's address (through trusted proxies only) and
//! its budget of sign-in, sign-up and code attempts.
//!
//! The budget is counted in the database, so several server instances on
//! one PostgreSQL share it. Each instance also remembers, in memory, which
//! clients are over budget until when, so a flood from one address is
//! refused by [`crate::admission::shed`] before anything else reads the request, and which
//! clients signed in successfully lately, who get the hasher's reserved
//! places (see [`crate::password`]).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use axum::http::HeaderMap;

use crate::clock::Clock;
use crate::digest::token_hash;
use crate::error::ApiError;
use crate::password::{Hasher, Place};
use crate::store::{Budget, Store};

/// An address or a CIDR range, as `LIBRANET_TRUSTED_PROXIES` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    base: IpAddr,
    prefix: u8,
}

impl Network {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.base, canonical(ip)) {
            (IpAddr::V4(base), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(base) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(base), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(base) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// Parses `10.0.0.1`, `10.0.0.0/8` or `fd00::/8`.
pub fn parse_network(text: &str) -> Result<Network, String> {
    let text = text.trim();
    let (addr, prefix) = match text.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (text, None),
    };
    let base: IpAddr = addr
        .parse()
        .map_err(|_| format!("`{text}` is not an IP address or CIDR range (like 10.0.0.0/8)"))?;
    let base = canonical(base);
    let max = if base.is_ipv4() { 32 } else { 128 };
    let prefix = match prefix {
        None => max,
        Some(p) => p
            .parse::<u8>()
            .ok()
            .filter(|p| *p <= max)
            .ok_or_else(|| format!("`{text}`: the prefix length must be 0 to {max}"))?,
    };
    Ok(Network { base, prefix })
}

/// IPv4 addresses written as IPv6 (`::ffff:1.2.3.4`) count as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 @ IpAddr::V4(_) => v4,
    }
}

/// The client's address: the socket's peer, unless that peer is a trusted
/// proxy, in which case the nearest untrusted address in
/// `X-Forwarded-For`, read from the right (the part proxies append to).
pub fn client_ip(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[Network]) -> Option<IpAddr> {
    let peer = canonical(peer?);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    // From the right: the proxies' own entries, then the client the nearest
    // proxy saw. What lies further left is the client's own claim.
    for entry in entries.iter().rev() {
        match parse_forwarded(entry) {
            Some(ip) if is_trusted(ip) => {}
            Some(ip) => return Some(ip),
            // Unreadable: keep the last trusted hop's view rather than
            // trusting anything the client wrote.
            None => break,
        }
    }
    Some(peer)
}

/// One `X-Forwarded-For` entry: an address, perhaps with a port
/// (`1.2.3.4:80`, `[2001:db8::1]:443`).
fn parse_forwarded(entry: &str) -> Option<IpAddr> {
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    entry
        .parse::<SocketAddr>()
        .ok()
        .map(|addr| canonical(addr.ip()))
}

/// The client as a number for the in-memory maps: an IPv4 address, or an
/// IPv6 address's /64 (one household or phone holds a whole /64).
pub fn client_id(ip: Option<IpAddr>) -> u128 {
    match ip.map(canonical) {
        Some(IpAddr::V4(v4)) => u128::from(v4.to_ipv6_mapped()),
        Some(IpAddr::V6(v6)) => u128::from(v6) & !u128::from(u64::MAX),
        None => 0,
    }
}

/// What the budget is keyed by in the database: a hash of the address, and
/// for IPv6 of its /64.
pub fn client_key(ip: Option<IpAddr>) -> String {
    let text = match ip {
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(v4) => v4.to_string(),
        None => "unknown".to_owned(),
    };
    token_hash(&format!("client:{text}"))
}

/// The requesting client, for handlers that spend its budget.
pub struct Client {
    /// For the in-memory maps.
    pub id: u128,
    /// For the database.
    pub key: String,
}

/// Remembered clients are dropped past this many, so a flood from very
/// many addresses cannot grow the maps without bound.
const REMEMBERED_CLIENTS: usize = 10_000;

/// A client that signed in successfully counts as known this long.
const KNOWN_FOR_SECS: i64 = 24 * 60 * 60;

/// The budget of attempts per client.
pub struct Gate {
    clock: Clock,
    budget: i64,
    window_secs: i64,
    /// Clients known to be over budget, and until when.
    refused: Mutex<HashMap<u128, i64>>,
    /// Clients that signed in successfully, and until when that counts.
    known: Mutex<HashMap<u128, i64>>,
}

/// Inserts into a bounded map of clients, dropping what has lapsed first
/// and everything if that is not enough.
fn remember(map: &Mutex<HashMap<u128, i64>>, id: u128, until: i64, now: i64) {
    let mut map = map
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if map.len() >= REMEMBERED_CLIENTS && !map.contains_key(&id) {
        map.retain(|_, until| *until > now);
        if map.len() >= REMEMBERED_CLIENTS {
            map.clear();
        }
    }
    map.insert(id, until);
}

impl Gate {
    pub fn new(budget: u32, window_secs: u32, clock: Clock) -> Gate {
        Gate {
            clock,
            budget: i64::from(budget.max(1)),
            window_secs: i64::from(window_secs.max(1)),
            refused: Mutex::new(HashMap::new()),
            known: Mutex::new(HashMap::new()),
        }
    }

    /// Refuses at once, from memory, a client this instance already found
    /// over budget.
    pub fn check_remembered(&self, client: &Client) -> Result<(), ApiError> {
        self.check_id(client.id)
    }

    pub(crate) fn check_id(&self, id: u128) -> Result<(), ApiError> {
        let now = self.clock.unix_now();
        let refused = self
            .refused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match refused.get(&id) {
            Some(&until) if until > now => Err(too_many(until, now)),
            _ => Ok(()),
        }
    }

    /// Whether the client signed in successfully here lately.
    pub fn is_known(&self, client: &Client) -> bool {
        let known = self
            .known
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        known
            .get(&client.id)
            .is_some_and(|until| *until > self.clock.unix_now())
    }

    /// Lets a sign-in, sign-up or code attempt in, or refuses it before any
    /// hashing: a client remembered over budget, then a full hasher queue
    /// (nothing counted), then the shared budget.
    pub async fn admit(
        &self,
        store: &dyn Store,
        hasher: &Hasher,
        client: &Client,
    ) -> Result<Place, ApiError> {
        self.check_remembered(client)?;
        let place = hasher.place_for(&client.key, self.is_known(client))?;
        self.spend(store, client).await?;
        Ok(place)
    }

    /// Counts one attempt against the client's budget, or refuses it.
    async fn spend(&self, store: &dyn Store, client: &Client) -> Result<(), ApiError> {
        let now = self.clock.unix_now();
        match store
            .reserve_client_attempt(&client.key, now, self.window_secs, self.budget)
            .await?
        {
            Budget::Granted => Ok(()),
            Budget::Exhausted { until } => {
                remember(&self.refused, client.id, until, now);
                Err(too_many(until, now))
            }
        }
    }

    /// Gives back a sign-in or code that succeeded, and knows the client
    /// from now on.
    pub async fn refund(&self, store: &dyn Store, client: &Client) -> Result<(), ApiError> {
        let now = self.clock.unix_now();
        remember(&self.known, client.id, now + KNOWN_FOR_SECS, now);
        self.give_back(store, client).await
    }

    /// Gives back an attempt without knowing the client any better.
    pub async fn give_back(&self, store: &dyn Store, client: &Client) -> Result<(), ApiError> {
        store.refund_client_attempt(&client.key).await?;
        Ok(())
    }
}

fn too_many(until: i64, now: i64) -> ApiError {
    ApiError::TooManyAttempts {
        retry_after_secs: u32::try_from((until - now).max(1)).unwrap_or(u32::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn forwarded(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn networks_match_addresses_inside_their_range_only() {
        let private = parse_network("10.0.0.0/8").unwrap();
        assert!(private.contains(ip("10.200.3.4")));
        assert!(!private.contains(ip("11.0.0.1")));
        assert!(private.contains(ip("::ffff:10.1.2.3")));
        let one = parse_network("192.168.1.5").unwrap();
        assert!(one.contains(ip("192.168.1.5")) && !one.contains(ip("192.168.1.6")));
        let v6 = parse_network("fd00::/8").unwrap();
        assert!(v6.contains(ip("fd12::1")) && !v6.contains(ip("2001:db8::1")));
        assert!(parse_network("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
    }

    #[test]
    fn bad_proxy_settings_say_what_is_wrong() {
        assert!(parse_network("proxy.local").unwrap_err().contains("CIDR"));
        assert!(
            parse_network("10.0.0.0/33")
                .unwrap_err()
                .contains("0 to 32")
        );
    }

    #[test]
    fn the_forwarded_header_counts_only_from_a_trusted_proxy() {
        let trusted = [parse_network("10.0.0.0/8").unwrap()];
        let headers = forwarded("203.0.113.7");
        // Straight from the internet: the header is the client's own claim.
        assert_eq!(
            client_ip(Some(ip("198.51.100.9")), &headers, &trusted),
            Some(ip("198.51.100.9"))
        );
        // Through the proxy: the address the proxy saw.
        assert_eq!(
            client_ip(Some(ip("10.0.0.2")), &headers, &trusted),
            Some(ip("203.0.113.7"))
        );
        // A client cannot pick its address by prepending to the header.
        assert_eq!(
            client_ip(
                Some(ip("10.0.0.2")),
                &forwarded("1.1.1.1, 203.0.113.7, 10.0.0.3"),
                &trusted
            ),
            Some(ip("203.0.113.7"))
        );
        // Ports are allowed, and garbage to the left changes nothing.
        assert_eq!(
            client_ip(
                Some(ip("10.0.0.2")),
                &forwarded("unknown, 203.0.113.7:5123"),
                &trusted
            ),
            Some(ip("203.0.113.7"))
        );
        // An unreadable entry from the proxy side: the proxy is the client.
        assert_eq!(
            client_ip(
                Some(ip("10.0.0.2")),
                &forwarded("203.0.113.7, junk"),
                &trusted
            ),
            Some(ip("10.0.0.2"))
        );
        // No proxies trusted: the header never counts.
        assert_eq!(
            client_ip(Some(ip("10.0.0.2")), &headers, &[]),
            Some(ip("10.0.0.2"))
        );
    }

    #[test]
    fn in_memory_ids_tell_clients_apart_as_the_keys_do() {
        assert_eq!(
            client_id(Some(ip("2001:db8:1:2::10"))),
            client_id(Some(ip("2001:db8:1:2:ffff::1")))
        );
        assert_ne!(
            client_id(Some(ip("2001:db8:1:2::10"))),
            client_id(Some(ip("2001:db8:1:3::10")))
        );
        assert_eq!(
            client_id(Some(ip("192.0.2.1"))),
            client_id(Some(ip("::ffff:192.0.2.1")))
        );
        assert_ne!(
            client_id(Some(ip("192.0.2.1"))),
            client_id(Some(ip("192.0.2.2")))
        );
        assert_ne!(client_id(Some(ip("192.0.2.1"))), client_id(None));
    }

    #[test]
    fn an_ipv6_client_is_known_by_its_slash_64() {
        let a = client_key(Some(ip("2001:db8:1:2::10")));
        let b = client_key(Some(ip("2001:db8:1:2:ffff::1")));
        let c = client_key(Some(ip("2001:db8:1:3::10")));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(
            client_key(Some(ip("192.0.2.1"))),
            client_key(Some(ip("192.0.2.2")))
        );
        assert!(!a.contains("2001"), "the key is a hash, not the address");
    }
}
