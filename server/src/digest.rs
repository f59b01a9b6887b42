//! One-way digests of secrets (session tokens, codes, feed tokens, client
//! keys), so what the database keeps cannot be used as the secret itself.

use base64ct::{Base64UrlUnpadded, Encoding};
use sha2::{Digest, Sha256};

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    Base64UrlUnpadded::encode_string(&Sha256::digest(token.as_bytes()))
}
