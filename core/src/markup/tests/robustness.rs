//! Round trips, hostile input, and properties of every parse.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;

#[test]
fn serde_round_trip() {
    let blocks = parse("**b** [l](https://x.org) @ana\n- i\n> q");
    let json = serde_json::to_string(&blocks).unwrap();
    let back: Vec<Block> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, blocks);
}

#[test]
fn long_adversarial_input_is_handled() {
    let inputs = [
        "**a ".repeat(2000),
        "_a ".repeat(2000),
        "[a](https://x ".repeat(500),
        "[[[[".repeat(1000) + "](https://x.org)",
        "@".repeat(4000),
        "`".repeat(4001),
    ];
    for input in inputs {
        let blocks = parse(&input);
        assert_eq!(blocks.len(), 1);
    }
}

/// Every character shown, counting each input character at most once;
/// mentions are compared case-insensitively.
fn shown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        for span in block_spans(block) {
            match span {
                Span::Text(s) | Span::Bold(s) | Span::Italic(s) | Span::Code(s) => out.push_str(s),
                Span::Link { text, url } => {
                    out.push_str(text);
                    out.push_str(url);
                }
                Span::Mention(name) => out.push_str(name),
            }
        }
    }
    out
}

fn char_counts(s: &str) -> BTreeMap<char, usize> {
    let mut counts = BTreeMap::new();
    for c in s.chars() {
        *counts.entry(c.to_ascii_lowercase()).or_insert(0) += 1;
    }
    counts
}

proptest! {
    #[test]
    fn parse_never_invents_characters(
        input in prop_oneof![
            "\\PC{0,300}",
            "[a-zA-Z0-9 _*`\\[\\]()@<>&.:/>\n-]{0,300}",
            "((\\*\\*|_|`|\\[|\\]\\(|https://|javascript:|\\)|@Ana|<script>|\n|\n\n|- |> | |x){0,60})",
        ]
    ) {
        let blocks = parse(&input);
        let available = char_counts(&input);
        for (c, used) in char_counts(&shown(&blocks)) {
            prop_assert!(
                available.get(&c).copied().unwrap_or(0) >= used,
                "{c:?} used {used} times in {blocks:?}"
            );
        }
        for block in &blocks {
            for span in block_spans(block) {
                if let Span::Link { url, .. } = span {
                    prop_assert!(allowed_url(&url.chars().collect::<Vec<_>>()));
                }
            }
        }
    }

    #[test]
    fn mentions_are_valid_usernames(input in "[a-zA-Z0-9 _.(@`*-]{0,200}") {
        let found = mentions(&input);
        for name in &found {
            let parsed = Username::parse(name).ok().map(|u| u.as_str().to_owned());
            prop_assert_eq!(parsed, Some(name.clone()));
        }
        let unique: BTreeSet<_> = found.iter().collect();
        prop_assert_eq!(unique.len(), found.len());
    }

    #[test]
    fn plain_fits_the_limit(input in "\\PC{0,200}", max in 0usize..60) {
        let out = plain(&input, max);
        prop_assert!(out.chars().count() <= max);
        prop_assert!(!out.contains("  "));
        prop_assert_eq!(out.trim(), out.as_str());
    }
}
