//! Invisible characters that let text pretend: caught in the names and
//! titles people show one another, neutralised in free text when it is shown.
//!
//! Direction embeddings, overrides and isolates (U+202A–U+202E,
//! U+2066–U+2069) make text read differently from what it is: an override
//! before "gro.yrarbil" shows it as "library.org". Zero-width characters
//! (U+200B–U+200D, U+2060, U+FEFF) make two names that look the same differ,
//! or split a word so a search or a moderator's filter misses it.
//! Right-to-left scripts need none of them: the browser orders Arabic or
//! Hebrew letters by their own direction, so those scripts stay welcome.
//! The implicit marks U+200E and U+200F are left alone: they cannot reorder
//! letters, only settle where a neutral character such as "." goes.

use std::borrow::Cow;

use crate::Problem;
use crate::problem::FieldErrors;

/// Every character a name or title may not hold, in code point order.
pub const HIDDEN: [char; 14] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
    '\u{2060}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{FEFF}',
];

/// Whether `c` changes the direction of the text after it: the embeddings
/// and overrides U+202A–U+202E and the isolates U+2066–U+2069.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is a zero-width character: space (U+200B), non-joiner
/// (U+200C), joiner (U+200D), word joiner (U+2060) or the byte-order mark
/// U+FEFF, which inside text is a zero-width no-break space.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether `c` is one of [`HIDDEN`].
pub fn is_hidden(c: char) -> bool {
    is_direction_control(c) || is_zero_width(c)
}

/// Checks a name, username or title that others see: it may hold no
/// direction control and no zero-width character at all.
///
/// Names are short and identify someone, so even the joiners go: a Persian
/// name written with a non-joiner reads the same without it, and a name that
/// looks like another's is the harm this prevents.
pub fn check_visible(text: &str) -> Result<(), Problem> {
    if text.chars().any(is_hidden) {
        Err(Problem::HiddenCharacters)
    } else {
        Ok(())
    }
}

/// [`check_text`] for a name or title others see: hidden characters are
/// reported first, since they are what the person has to retype.
pub(crate) fn check_name(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    required: bool,
    max: usize,
) {
    match check_visible(value) {
        Err(problem) => errors.push(field, problem),
        Ok(()) => check_text(errors, field, value, required, max),
    }
}

/// Whether [`neutralise`] drops `c`.
fn dropped_on_display(c: char) -> bool {
    is_direction_control(c) || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Free text (posts, messages, descriptions) made safe to show: drops the
/// direction controls, the zero-width space, the word joiner and U+FEFF.
///
/// The zero-width non-joiner (U+200C) and joiner (U+200D) stay. They cannot
/// reorder text, and people need them: the joiner builds emoji such as 👩‍💻
/// and 🏳️‍🌈, and both shape Persian, Arabic and Indic words correctly.
/// The text is stored as written; only what is shown changes.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.chars().any(dropped_on_display) {
        Cow::Owned(text.chars().filter(|&c| !dropped_on_display(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Checks a free-text field: present when required, at most `max`
/// characters, and free of control characters other than line breaks and
/// tabs.
pub(crate) fn check_text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    required: bool,
    max: usize,
) {
    if required && value.trim().is_empty() {
        errors.push(field, Problem::Required);
    } else if value.chars().count() > max {
        errors.push(field, Problem::TooLong);
    } else if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        // NUL and friends: PostgreSQL cannot store NUL in text, and none
        // of them belong in what people write.
        errors.push(field, Problem::ControlCharacters);
    }
}

/// Trims a string where it stands, without a new allocation.
pub(crate) fn trim_in_place(text: &mut String) {
    text.truncate(text.trim_end().len());
    let start = text.len() - text.trim_start().len();
    text.drain(..start);
}

/// Trims each of a record's text fields where it stands.
pub(crate) fn trim_each<'a>(texts: impl IntoIterator<Item = &'a mut String>) {
    for text in texts {
        trim_in_place(text);
    }
}

/// Keeps the first of each repeated entry (a skill listed twice), in order.
pub(crate) fn drop_repeats(list: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    list.retain(|s| seen.insert(s.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trimming_in_place_drops_outer_whitespace_only() {
        let mut text = String::from(" \t a b \n");
        trim_in_place(&mut text);
        assert_eq!(text, "a b");
        let mut blank = String::from("   ");
        trim_in_place(&mut blank);
        assert_eq!(blank, "");
    }

    #[test]
    fn the_hidden_list_is_exactly_the_two_families() {
        let all: Vec<char> = (0..=0x0010_FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_hidden(c))
            .collect();
        assert_eq!(all, HIDDEN);
    }

    #[test]
    fn names_with_any_hidden_character_are_rejected() {
        for c in HIDDEN {
            for name in [format!("{c}Ana"), format!("A{c}na"), format!("Ana{c}")] {
                assert_eq!(
                    check_visible(&name),
                    Err(Problem::HiddenCharacters),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn right_to_left_and_accented_names_are_visible() {
        for name in [
            "مريم",
            "שרה",
            "María José",
            "Nguyễn Thị Hoa",
            "李小龙",
            "Ana-María",
        ] {
            assert_eq!(check_visible(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn a_name_field_reports_hidden_characters_before_anything_else() {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "name", "Job club", true, 20);
        check_name(&mut errors, "title", "\u{2067}Job club", true, 20);
        check_name(
            &mut errors,
            "long",
            &format!("\u{200B}{}", "x".repeat(30)),
            true,
            20,
        );
        check_name(&mut errors, "empty", "", true, 20);
        let found: Vec<_> = errors
            .finish()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect();
        assert_eq!(
            found,
            [
                ("title".to_owned(), Problem::HiddenCharacters),
                ("long".to_owned(), Problem::HiddenCharacters),
                ("empty".to_owned(), Problem::Required),
            ]
        );
    }

    #[test]
    fn neutralising_drops_controls_and_keeps_joiners() {
        let cases = [
            ("plain text", "plain text"),
            ("\u{202E}gro.yrarbil", "gro.yrarbil"),
            ("a\u{2066}b\u{2069}c", "abc"),
            ("pass\u{200B}word", "password"),
            ("\u{FEFF}hello\u{2060}", "hello"),
            ("مرحبا بالعالم", "مرحبا بالعالم"),
            ("שלום עולם", "שלום עולם"),
            // Emoji and Persian need the joiner and non-joiner.
            ("👩\u{200D}💻 coding", "👩\u{200D}💻 coding"),
            ("می\u{200C}خواهم", "می\u{200C}خواهم"),
            (
                "left \u{200E}mark\u{200F} stays",
                "left \u{200E}mark\u{200F} stays",
            ),
        ];
        for (raw, shown) in cases {
            assert_eq!(neutralise(raw), shown, "{raw:?}");
        }
    }

    #[test]
    fn text_without_controls_is_not_copied() {
        assert!(matches!(neutralise("nothing to do"), Cow::Borrowed(_)));
    }

    /// Text mixing any characters with plenty of the hidden ones.
    fn mixed_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![any::<char>(), prop::sample::select(HIDDEN.to_vec())],
            0..80,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn neutralised_text_keeps_everything_else_in_order(text in mixed_text()) {
            let shown = neutralise(&text);
            prop_assert!(!shown.chars().any(is_direction_control));
            let spaces_left = shown.contains(['\u{200B}', '\u{2060}', '\u{FEFF}']);
            prop_assert!(!spaces_left);
            let kept: String = text.chars().filter(|&c| !dropped_on_display(c)).collect();
            prop_assert_eq!(shown.as_ref(), kept.as_str());
            prop_assert_eq!(neutralise(&shown), shown.clone());
        }

        #[test]
        fn one_hidden_character_anywhere_spoils_a_name(
            name in "\\PC{0,40}",
            at in 0usize..=40,
            c in prop::sample::select(HIDDEN.to_vec()),
        ) {
            let mut chars: Vec<char> = name.chars().collect();
            chars.insert(at.min(chars.len()), c);
            let spoiled: String = chars.into_iter().collect();
            prop_assert_eq!(check_visible(&spoiled), Err(Problem::HiddenCharacters));
        }
    }
}
