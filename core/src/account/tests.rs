use super::*;
use proptest::prelude::*;

#[test]
fn usernames_are_trimmed_and_lower_cased() {
    assert_eq!(
        Username::parse("  Maria.Lopez ").unwrap().as_str(),
        "maria.lopez"
    );
}

#[test]
fn rejects_usernames_with_the_reason() {
    let cases = [
        ("", Problem::Required),
        ("ab", Problem::UsernameTooShort),
        (&"a".repeat(33), Problem::UsernameTooLong),
        ("maría", Problem::UsernameCharacters),
        ("has space", Problem::UsernameCharacters),
        ("_leading", Problem::UsernameCharacters),
    ];
    for (raw, problem) in cases {
        assert_eq!(Username::parse(raw), Err(problem), "{raw:?}");
    }
}

#[test]
fn rejects_a_password_shorter_than_eight_characters() {
    assert_eq!(
        NewPassword::parse("7chars!", None),
        Err(Problem::PasswordTooShort)
    );
}

#[test]
fn counts_password_length_in_characters_not_bytes() {
    // Eight characters but sixteen bytes: accepted.
    assert!(NewPassword::parse("ñññññññß", None).is_ok());
    // Seven characters but fourteen bytes: rejected.
    assert_eq!(
        NewPassword::parse("ñññññññ", None),
        Err(Problem::PasswordTooShort)
    );
}

#[test]
fn accepts_long_passphrases_up_to_128_characters() {
    let phrase = "correct horse battery staple ".repeat(4);
    assert!(phrase.chars().count() > 64);
    assert!(NewPassword::parse(&phrase, None).is_ok());
    assert_eq!(
        NewPassword::parse(&"x".repeat(129), None),
        Err(Problem::PasswordTooLong)
    );
}

#[test]
fn rejects_common_passwords_whatever_their_case() {
    for raw in [
        "password",
        "Password1",
        "12345678",
        "QWERTYUIOP",
        "iloveyou",
        "contraseña",
    ] {
        assert_eq!(
            NewPassword::parse(raw, None),
            Err(Problem::PasswordCommon),
            "{raw}"
        );
    }
}

#[test]
fn rejects_a_password_equal_to_the_username() {
    let user = Username::parse("quietreader").unwrap();
    assert_eq!(
        NewPassword::parse("QuietReader", Some(&user)),
        Err(Problem::PasswordIsUsername)
    );
}

#[test]
fn password_debug_hides_the_secret() {
    let p = NewPassword::parse("a fine long secret", None).unwrap();
    assert!(!format!("{p:?}").contains("secret"));
}

#[test]
fn email_is_optional_but_checked_when_given() {
    assert_eq!(Email::parse_optional(None), Ok(None));
    assert_eq!(Email::parse_optional(Some("   ")), Ok(None));
    assert!(
        Email::parse_optional(Some("ana@example.org"))
            .unwrap()
            .is_some()
    );
    for bad in [
        "ana",
        "ana@",
        "@x.org",
        "ana@localhost",
        "a b@x.org",
        "a@x.org.",
    ] {
        assert_eq!(
            Email::parse_optional(Some(bad)),
            Err(Problem::EmailInvalid),
            "{bad}"
        );
    }
}

#[test]
fn display_names_are_one_line_and_short() {
    assert_eq!(DisplayName::parse_optional(Some("")), Ok(None));
    assert!(
        DisplayName::parse_optional(Some("Ana María"))
            .unwrap()
            .is_some()
    );
    assert_eq!(
        DisplayName::parse_optional(Some("a\nb")),
        Err(Problem::DisplayNameInvalid)
    );
}

#[test]
fn names_with_direction_or_zero_width_characters_are_rejected_as_such() {
    for c in crate::text::HIDDEN {
        let code = u32::from(c);
        assert_eq!(
            Username::parse(&format!("maria{c}lopez")),
            Err(Problem::HiddenCharacters),
            "username with U+{code:04X}"
        );
        assert_eq!(
            Username::parse(&c.to_string()),
            Err(Problem::HiddenCharacters),
            "username of only U+{code:04X}"
        );
        assert_eq!(
            DisplayName::parse_optional(Some(&format!("Mar{c}ía"))),
            Err(Problem::HiddenCharacters),
            "display name with U+{code:04X}"
        );
    }
}

#[test]
fn right_to_left_display_names_are_welcome() {
    for name in ["مريم", "שרה", "Ana مريم"] {
        let parsed = DisplayName::parse_optional(Some(name)).unwrap().unwrap();
        assert_eq!(parsed.as_str(), name);
    }
}

#[test]
fn roles_round_trip_through_their_names() {
    for role in Role::ALL {
        assert_eq!(Role::parse(role.as_str()), Some(role));
    }
    assert_eq!(Role::parse("superuser"), None);
}

proptest! {
    #[test]
    fn any_valid_username_parses_to_itself(name in "[a-z0-9][a-z0-9._-]{2,31}") {
        let parsed = Username::parse(&name).unwrap();
        prop_assert_eq!(parsed.as_str(), name.as_str());
    }

    #[test]
    fn password_acceptance_depends_on_character_count(s in "\\PC{0,140}") {
        let n = s.chars().count();
        let result = NewPassword::parse(&s, None);
        if !(PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&n) {
            prop_assert!(result.is_err());
        } else if result.is_err() {
            prop_assert_eq!(result, Err(Problem::PasswordCommon));
        }
    }
}
