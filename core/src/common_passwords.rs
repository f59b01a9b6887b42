//! The passwords people pick most often, which an attacker tries first.
//!
//! The words below are the most frequent entries (eight characters or more,
//! since shorter ones are refused anyway) of published breach-frequency
//! studies: the UK NCSC "100,000 most common passwords" list (2019), NordPass
//! "Top 200 most common passwords" (2019-2024) and the Spanish-language
//! entries of the same studies. On top of the list, three patterns catch the
//! endless variants: a common word with digits or `!` added, one character
//! repeated, and a straight run along the digits, the alphabet or a keyboard
//! row.

/// Whole passwords, lower-cased.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password12",
    "password123",
    "password1234",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "12345678",
    "123456789",
    "1234567890",
    "0987654321",
    "87654321",
    "987654321",
    "11111111",
    "00000000",
    "12341234",
    "11223344",
    "123123123",
    "147258369",
    "123454321",
    "1q2w3e4r",
    "1q2w3e4r5t",
    "1qaz2wsx",
    "1qazxsw2",
    "zaq12wsx",
    "qwertyui",
    "qwertyuiop",
    "qwerty123",
    "qwerty12345",
    "asdfghjkl",
    "asdfasdf",
    "zxcvbnm1",
    "iloveyou",
    "iloveyou1",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "basketball",
    "superman",
    "batman123",
    "starwars",
    "whatever",
    "trustno1",
    "welcome1",
    "welcome123",
    "letmein1",
    "letmein123",
    "changeme",
    "changeme1",
    "computer",
    "internet",
    "michelle",
    "jennifer",
    "jordan23",
    "liverpool",
    "chelsea1",
    "arsenal1",
    "charlie1",
    "babygirl",
    "butterfly",
    "chocolate",
    "cookie123",
    "dragon123",
    "football1",
    "jessica1",
    "lovely123",
    "monkey123",
    "mustang1",
    "passport",
    "pokemon1",
    "samantha",
    "shadow123",
    "sunshine1",
    "superstar",
    "tinkerbell",
    "veronica",
    "blink182",
    "fuckyou1",
    "hello123",
    "helloworld",
    "administrator",
    "admin123",
    "admin1234",
    "adminadmin",
    "root1234",
    "master123",
    "secret123",
    "test1234",
    "testtest",
    "guest123",
    "access14",
    "starwars1",
    "qazwsxedc",
    "aa123456",
    "abc12345",
    "abcd1234",
    "abcdefgh",
    "a1b2c3d4",
    "a123456789",
    "q1w2e3r4",
    "qwer1234",
    "asdf1234",
    "zxcv1234",
    "passwort",
    "motdepasse",
    "library1",
    "library123",
    "libranet",
    "libranet1",
    "libranet123",
    "contraseña",
    "contrasena",
    "contraseña1",
    "contrasena1",
    "contraseña123",
    "contrasena123",
    "teamo123",
    "tequiero",
    "tequiero1",
    "mariposa",
    "princesa",
    "princesa1",
    "estrella",
    "corazon1",
    "barcelona",
    "realmadrid",
    "america1",
    "chivas123",
    "mexico123",
    "colombia",
    "argentina",
    "futbol123",
    "hola1234",
    "holahola",
    "bonita123",
    "angelito",
    "familia1",
    "jesucristo",
    "diosesamor",
];

/// Words that stay easy to guess with digits or `!` added at the end.
const COMMON_STEMS: &[&str] = &[
    "password",
    "passw0rd",
    "qwerty",
    "iloveyou",
    "welcome",
    "letmein",
    "admin",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "master",
    "shadow",
    "superman",
    "michael",
    "charlie",
    "library",
    "libranet",
    "contraseña",
    "contrasena",
    "teamo",
    "tequiero",
    "princesa",
    "hola",
    "abc",
    "qwer",
    "asdf",
];

const RUNS: &[&str] = &[
    "0123456789012345678901234567890",
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

/// True when the password is on the list or follows one of the patterns.
pub fn is_common(password: &str) -> bool {
    let lower = password.trim().to_lowercase();
    if COMMON.contains(&lower.as_str()) {
        return true;
    }
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit() || "!.?*#@$".contains(c));
    if COMMON_STEMS.contains(&stem) {
        return true;
    }
    let mut chars = lower.chars();
    let first = chars.next();
    if first.is_some() && chars.all(|c| Some(c) == first) {
        return true;
    }
    is_straight_run(&lower)
}

fn is_straight_run(lower: &str) -> bool {
    let reversed: String = lower.chars().rev().collect();
    RUNS.iter()
        .any(|run| run.contains(lower) || run.contains(reversed.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catches_list_entries_stems_repeats_and_runs() {
        for p in [
            "password",
            "Password2024!",
            "aaaaaaaaaa",
            "abcdefghij",
            "hgfedcba",
            "3456789012",
            "asdfghjklz",
            "Contraseña2025",
            "letmein!!",
        ] {
            assert!(is_common(p), "{p} should count as common");
        }
    }

    #[test]
    fn lets_uncommon_passphrases_through() {
        for p in [
            "maple river lantern",
            "tortilla-bicycle-42",
            "Quiet morning at the branch",
        ] {
            assert!(!is_common(p), "{p} should be allowed");
        }
    }

    #[test]
    fn every_listed_password_is_lower_case() {
        for p in COMMON.iter().chain(COMMON_STEMS) {
            assert_eq!(*p, p.to_lowercase());
        }
    }
}
