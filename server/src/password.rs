//! Password and one-time-code hashing with Argon2id.
//!
//! Parameters follow the OWASP Password Storage Cheat Sheet (Argon2id,
//! m = 19 MiB, t = 2, p = 1). Hashing is slow on purpose, so it runs on the
//! blocking pool, a bounded number at a time, never on the async runtime.
//!
//! The queue in front of the hasher is bounded too: when every running and
//! waiting place is taken, a request is refused at once ([`Busy`]) instead
//! of waiting behind a flood, so the server answers and recovers. No client
//! holds more than [`PLACES_PER_CLIENT`] places, and a few places are kept
//! for clients that signed in successfully lately, so a flood from a few
//! addresses, or from many new ones, leaves room for the people it is not.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand_core::OsRng;
use tokio::sync::Semaphore;
use unicode_normalization::UnicodeNormalization;

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The same text typed on two keyboards can arrive as different code points
/// (a precomposed "ñ" or "n" plus a combining tilde, full-width letters);
/// NFKC makes them equal. New passwords are checked against the rules in
/// this form too, so "ｐａｓｓｗｏｒｄ" counts as common.
pub fn normalise(secret: &str) -> String {
    secret.nfkc().collect()
}

fn hash_now(secret: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(normalise(secret).as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

fn verify_now(secret: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        argon2()
            .verify_password(normalise(secret).as_bytes(), &parsed)
            .is_ok()
    })
}

/// Every place in the hasher's queue is taken; try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the password hasher is busy")]
pub struct Busy;

/// Why hashing did not give an answer.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error(transparent)]
    Busy(#[from] Busy),
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

/// Places (running or waiting) one client may hold at once.
pub const PLACES_PER_CLIENT: usize = 3;

/// Places kept for clients that signed in successfully lately, out of the
/// queue (never more than the queue itself).
pub const PLACES_FOR_KNOWN_CLIENTS: usize = 4;

/// Places held per client, for [`PLACES_PER_CLIENT`].
type Holders = Arc<Mutex<HashMap<String, usize>>>;

/// A place in the hasher's queue, held from before the request's other
/// checks until its hash is done; dropping it frees the place.
#[must_use = "a place is only useful while it is held"]
pub struct Place {
    taken: Arc<AtomicUsize>,
    holder: Option<(Holders, String)>,
}

impl Drop for Place {
    fn drop(&mut self) {
        self.taken.fetch_sub(1, Ordering::AcqRel);
        if let Some((holders, client)) = self.holder.take() {
            let mut holders = holders
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(held) = holders.get_mut(&client) {
                *held -= 1;
                if *held == 0 {
                    holders.remove(&client);
                }
            }
        }
    }
}

/// Hashes and verifies secrets off the async runtime, a few at a time,
/// with a bounded queue in front.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Places taken: hashes running plus requests waiting for one.
    taken: Arc<AtomicUsize>,
    /// Running plus waiting places in all.
    places: usize,
    /// Of those, kept for clients known to sign in successfully.
    reserved: usize,
    holders: Holders,
    /// Verified against when there is no real hash, so a sign-in for an
    /// unknown username takes as long as one for a known username.
    decoy: Arc<str>,
}

impl Hasher {
    /// `concurrency` hashes run at once and up to `queue` more wait.
    pub fn new(concurrency: usize, queue: usize) -> anyhow::Result<Hasher> {
        let concurrency = concurrency.max(1);
        Ok(Hasher {
            permits: Arc::new(Semaphore::new(concurrency)),
            taken: Arc::new(AtomicUsize::new(0)),
            places: concurrency + queue,
            reserved: PLACES_FOR_KNOWN_CLIENTS.min(queue),
            holders: Arc::default(),
            decoy: hash_now("decoy password that matches nothing")?.into(),
        })
    }

    /// Takes a place in the queue for a signed-in person's own request
    /// (a new password, a staff member's code), or says at once that there
    /// is none.
    pub fn place(&self) -> Result<Place, Busy> {
        self.take(self.places)?;
        Ok(Place {
            taken: Arc::clone(&self.taken),
            holder: None,
        })
    }

    /// Takes a place for a sign-in, sign-up or code from `client`: at most
    /// [`PLACES_PER_CLIENT`] at once, and the reserved places only for a
    /// client `known` to have signed in successfully lately.
    pub fn place_for(&self, client: &str, known: bool) -> Result<Place, Busy> {
        let mut holders = self
            .holders
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let held = holders.get(client).copied().unwrap_or(0);
        if held >= PLACES_PER_CLIENT {
            return Err(Busy);
        }
        let limit = if known {
            self.places
        } else {
            self.places - self.reserved
        };
        self.take(limit)?;
        holders.insert(client.to_owned(), held + 1);
        Ok(Place {
            taken: Arc::clone(&self.taken),
            holder: Some((Arc::clone(&self.holders), client.to_owned())),
        })
    }

    fn take(&self, limit: usize) -> Result<(), Busy> {
        self.taken
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |taken| {
                (taken < limit).then_some(taken + 1)
            })
            .map(|_| ())
            .map_err(|_| Busy)
    }

    /// Hashes a new secret, taking a place in the queue first.
    pub async fn hash(&self, secret: &str) -> Result<String, HashError> {
        let place = self.place()?;
        Ok(self.hash_in(place, secret).await?)
    }

    /// Hashes a new secret in a place taken earlier.
    pub async fn hash_in(&self, place: Place, secret: &str) -> anyhow::Result<String> {
        // The permit and the place move into the blocking task: if the
        // request is dropped (timeout, disconnect), both stay taken until
        // the work ends.
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .context("hasher closed")?;
        let secret = secret.to_owned();
        tokio::task::spawn_blocking(move || {
            let _held = (permit, place);
            hash_now(&secret)
        })
        .await
        .context("hashing task failed")?
    }

    /// True when `secret` matches `stored`, checked in a place taken
    /// earlier. With no stored hash it still does the full work, then
    /// answers false.
    pub async fn verify_in(
        &self,
        place: Place,
        secret: &str,
        stored: Option<&str>,
    ) -> anyhow::Result<bool> {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .context("hasher closed")?;
        let secret = secret.to_owned();
        let (hash, real) = match stored {
            Some(h) => (h.to_owned(), true),
            None => (self.decoy.to_string(), false),
        };
        let matched = tokio::task::spawn_blocking(move || {
            let _held = (permit, place);
            verify_now(&secret, &hash)
        })
        .await
        .context("verification task failed")?;
        Ok(real && matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let hasher = Hasher::new(2, 4).unwrap();
        let hash = hasher.hash("maple river lantern").await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        let check = |secret: &'static str| {
            let (hasher, hash) = (hasher.clone(), hash.clone());
            async move {
                let place = hasher.place().unwrap();
                hasher.verify_in(place, secret, Some(&hash)).await.unwrap()
            }
        };
        assert!(check("maple river lantern").await);
        assert!(!check("maple river lantern!").await);
    }

    #[tokio::test]
    async fn differently_composed_accents_are_the_same_password() {
        let hasher = Hasher::new(1, 0).unwrap();
        let hash = hasher.hash("contrase\u{f1}a segura").await.unwrap();
        let place = hasher.place().unwrap();
        assert!(
            hasher
                .verify_in(place, "contrasen\u{303}a segura", Some(&hash))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn without_a_stored_hash_nothing_matches() {
        let hasher = Hasher::new(1, 0).unwrap();
        let place = hasher.place().unwrap();
        assert!(
            !hasher
                .verify_in(place, "decoy password that matches nothing", None)
                .await
                .unwrap()
        );
    }

    #[test]
    fn one_client_cannot_take_every_place() {
        let hasher = Hasher::new(2, 16).unwrap();
        let flood: Vec<Place> = (0..PLACES_PER_CLIENT)
            .map(|_| hasher.place_for("flood", false).unwrap())
            .collect();
        assert!(hasher.place_for("flood", false).is_err());
        assert!(hasher.place_for("someone else", false).is_ok());
        drop(flood);
        assert!(hasher.place_for("flood", false).is_ok());
    }

    #[test]
    fn the_last_places_are_kept_for_clients_known_to_sign_in() {
        let hasher = Hasher::new(1, 4).unwrap();
        // Many new addresses fill every place open to strangers.
        let strangers: Vec<Place> = (0..)
            .map_while(|i| hasher.place_for(&format!("new-{i}"), false).ok())
            .collect();
        assert_eq!(strangers.len(), 1);
        assert!(hasher.place_for("another new one", false).is_err());
        // Someone who signed in here before still gets a place.
        let known: Vec<Place> = (0..4)
            .map(|i| hasher.place_for(&format!("known-{i}"), true).unwrap())
            .collect();
        assert!(hasher.place_for("known-5", true).is_err());
        drop((strangers, known));
    }

    #[test]
    fn a_full_queue_refuses_at_once_and_a_freed_place_is_reused() {
        let hasher = Hasher::new(1, 2).unwrap();
        let held: Vec<Place> = (0..3).map(|_| hasher.place().unwrap()).collect();
        assert!(hasher.place().is_err());
        drop(held);
        assert!(hasher.place().is_ok());
    }
}
