//! Password and one-time-code hashing with Argon2id.
//!
//! Parameters follow the OWASP Password Storage Cheat Sheet (Argon2id,
//! m = 19 MiB, t = 2, p = 1). Hashing is slow on purpose, so it runs on the
//! blocking pool, a bounded number at a time, never on the async runtime.

use std::sync::Arc;

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
    PasswordHash::new(stored)
        .map(|parsed| {
            argon2()
                .verify_password(normalise(secret).as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashes and verifies secrets off the async runtime, a few at a time.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Verified against when there is no real hash, so a sign-in for an
    /// unknown username takes as long as one for a known username.
    decoy: Arc<str>,
}

impl Hasher {
    pub fn new(concurrency: usize) -> anyhow::Result<Hasher> {
        Ok(Hasher {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            decoy: hash_now("decoy password that matches nothing")?.into(),
        })
    }

    pub async fn hash(&self, secret: &str) -> anyhow::Result<String> {
        // The permit moves into the blocking task: if the request is dropped
        // (timeout, disconnect), the slot stays taken until the work ends.
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .context("hasher closed")?;
        let secret = secret.to_owned();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            hash_now(&secret)
        })
        .await
        .context("hashing task failed")?
    }

    /// True when `secret` matches `stored`. With no stored hash it still does
    /// the full work, then answers false.
    pub async fn verify(&self, secret: &str, stored: Option<&str>) -> anyhow::Result<bool> {
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
            let _permit = permit;
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
        let hasher = Hasher::new(2).unwrap();
        let hash = hasher.hash("maple river lantern").await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            hasher
                .verify("maple river lantern", Some(&hash))
                .await
                .unwrap()
        );
        assert!(
            !hasher
                .verify("maple river lantern!", Some(&hash))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn differently_composed_accents_are_the_same_password() {
        let hasher = Hasher::new(1).unwrap();
        let hash = hasher.hash("contrase\u{f1}a segura").await.unwrap();
        assert!(
            hasher
                .verify("contrasen\u{303}a segura", Some(&hash))
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn without_a_stored_hash_nothing_matches() {
        let hasher = Hasher::new(1).unwrap();
        assert!(
            !hasher
                .verify("decoy password that matches nothing", None)
                .await
                .unwrap()
        );
    }
}
