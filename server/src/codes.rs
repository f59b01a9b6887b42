//! One-time codes that staff hand to a patron at the desk: to set a first
//! password after enrollment, or a new one after forgetting it.
//!
//! Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L),
//! shown as `ABCD-EFGH`: about 39 bits, short-lived, a few tries only, and
//! stored as an Argon2id hash like a password.

use rand_core::{OsRng, RngCore};

const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH: usize = 8;

/// Wrong tries before a code is thrown away.
pub const MAX_TRIES: i64 = 5;

/// A fresh code, formatted for reading aloud: `ABCD-EFGH`.
pub fn generate() -> String {
    let mut code = String::with_capacity(LENGTH + 1);
    while code.len() < LENGTH + 1 {
        let mut byte = [0u8; 1];
        OsRng.fill_bytes(&mut byte);
        // Rejection sampling keeps every character equally likely.
        let limit = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
        if byte[0] < limit {
            if code.len() == LENGTH / 2 {
                code.push('-');
            }
            code.push(char::from(ALPHABET[usize::from(byte[0]) % ALPHABET.len()]));
        }
    }
    code
}

/// What a person typed, reduced to the code's characters: case, spaces and
/// dashes do not matter.
pub fn normalise(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_unambiguous_characters_in_two_groups() {
        for _ in 0..200 {
            let code = generate();
            assert_eq!(code.len(), 9);
            assert_eq!(&code[4..5], "-");
            assert!(normalise(&code).bytes().all(|b| ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn typed_codes_ignore_case_spaces_and_dashes() {
        assert_eq!(normalise(" abcd efgh "), "ABCDEFGH");
        assert_eq!(normalise("ABCD-EFGH"), "ABCDEFGH");
    }
}
