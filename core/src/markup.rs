//! Discussion-post markup: the small, safe formatting language people type in
//! group posts, parsed into a tree the browser renders as DOM nodes.
//!
//! The language: `**bold**`, `_italic_` (underscore only, so snake_case words
//! and `*` lists are safe), `` `code` ``, `[text](https://…)`, `@username`,
//! lines starting with `- ` or `* ` (lists) and `> ` (quotes); blank lines
//! separate blocks. Nothing here produces HTML: the tree holds plain strings,
//! so `<`, `>` and `&` stay literal text and no script can get through.
//! Anything that does not form valid markup (an unclosed marker, a link to a
//! `javascript:` url) stays text exactly as typed, save for the invisible
//! direction controls and zero-width spaces [`crate::text::neutralise`]
//! drops, so a post cannot reorder or hide what it shows.
//!
//! The scanner is hand-written and linear in the length of the input.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::account::Username;

/// A run of inline content. Content strings are plain text (no nesting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    /// Literal text. A line break inside a paragraph or quote is always its
    /// own `Text("\n")` (shown as a line break); other adjacent text is merged.
    Text(String),
    /// `**bold**`
    Bold(String),
    /// `_italic_`
    Italic(String),
    /// `` `code` ``
    Code(String),
    /// `[text](url)`, only for `http://`, `https://` and `mailto:` urls.
    Link {
        /// The words shown, as plain text.
        text: String,
        /// Where the link leads.
        url: String,
    },
    /// `@username`, lower-cased.
    Mention(String),
}

/// A block of a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// Consecutive non-empty lines, joined with `Text("\n")` line breaks.
    Paragraph(Vec<Span>),
    /// Consecutive lines starting with `- ` or `* `, one item each.
    List(Vec<Vec<Span>>),
    /// Consecutive lines starting with `> ` (or a lone `>`), joined like a
    /// paragraph.
    Quote(Vec<Span>),
}

/// What kind of block a line belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    List,
    Quote,
}

/// The block being collected: its kind and one span list per line or item.
struct Open {
    kind: Kind,
    lines: Vec<Vec<Span>>,
}

/// Parses a post into blocks, after [`crate::text::neutralise`].
pub fn parse(text: &str) -> Vec<Block> {
    let text = crate::text::neutralise(text);
    let mut blocks = Vec::new();
    let mut open: Option<Open> = None;
    for line in text.lines() {
        let line = line.trim();
        let (kind, content) = if line.is_empty() {
            if let Some(done) = open.take() {
                close(done, &mut blocks);
            }
            continue;
        } else if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            (Kind::List, rest.trim_start())
        } else if line == ">" {
            (Kind::Quote, "")
        } else if let Some(rest) = line.strip_prefix("> ") {
            (Kind::Quote, rest.trim_start())
        } else {
            (Kind::Paragraph, line)
        };
        let spans = inline(content);
        match &mut open {
            Some(block) if block.kind == kind => block.lines.push(spans),
            _ => {
                if let Some(done) = open.take() {
                    close(done, &mut blocks);
                }
                open = Some(Open {
                    kind,
                    lines: vec![spans],
                });
            }
        }
    }
    if let Some(done) = open {
        close(done, &mut blocks);
    }
    blocks
}

/// Usernames mentioned, lower-cased, unique, in order of first appearance
/// (not inside `code`; mentions inside bold, italic and link text count).
pub fn mentions(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    let mut add = |name: String| {
        if seen.insert(name.clone()) {
            found.push(name);
        }
    };
    for block in parse(text) {
        for span in block_spans(&block) {
            match span {
                Span::Mention(name) => add(name.clone()),
                Span::Bold(s) | Span::Italic(s) | Span::Link { text: s, .. } => {
                    let chars: Vec<char> = s.chars().collect();
                    for i in 0..chars.len() {
                        if let Some((name, _)) = mention_at(&chars, i) {
                            add(name);
                        }
                    }
                }
                Span::Text(_) | Span::Code(_) => {}
            }
        }
    }
    found
}

/// Plain text of the whole post with markup removed (for notifications and
/// previews), whitespace collapsed to single spaces. Longer text is cut at a
/// character boundary and ends in "…"; the result, "…" included, never has
/// more than `max` characters.
pub fn plain(text: &str, max: usize) -> String {
    let mut all = String::new();
    for block in parse(text) {
        let items: Vec<&[Span]> = match &block {
            Block::Paragraph(spans) | Block::Quote(spans) => vec![spans],
            Block::List(items) => items.iter().map(Vec::as_slice).collect(),
        };
        for item in items {
            all.push(' ');
            for span in item {
                match span {
                    Span::Text(s) | Span::Bold(s) | Span::Italic(s) | Span::Code(s) => {
                        all.push_str(s)
                    }
                    Span::Link { text, .. } => all.push_str(text),
                    Span::Mention(name) => {
                        all.push('@');
                        all.push_str(name);
                    }
                }
            }
        }
    }
    let collapsed = all.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    if max == 0 {
        return String::new();
    }
    let mut cut: String = collapsed.chars().take(max - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Every span of a block, list items one after another.
fn block_spans(block: &Block) -> Box<dyn Iterator<Item = &Span> + '_> {
    match block {
        Block::Paragraph(spans) | Block::Quote(spans) => Box::new(spans.iter()),
        Block::List(items) => Box::new(items.iter().flatten()),
    }
}

/// Finishes a block: list items stay apart; paragraph and quote lines are
/// joined with line breaks (empty quote lines at either end dropped).
fn close(open: Open, blocks: &mut Vec<Block>) {
    if open.kind == Kind::List {
        blocks.push(Block::List(open.lines));
        return;
    }
    let lines = &open.lines;
    let Some(first) = lines.iter().position(|l| !l.is_empty()) else {
        return;
    };
    let last = lines.iter().rposition(|l| !l.is_empty()).unwrap_or(first);
    let mut spans = Vec::new();
    for (n, line) in lines[first..=last].iter().enumerate() {
        if n > 0 {
            spans.push(Span::Text("\n".into()));
        }
        spans.extend(line.iter().cloned());
    }
    blocks.push(match open.kind {
        Kind::Quote => Block::Quote(spans),
        _ => Block::Paragraph(spans),
    });
}

/// For each index `i` (and `len`), the first index `>= i` where `hit` holds,
/// or `len` if none: lets every marker find its closer in constant time.
fn next_where(len: usize, hit: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut next = vec![len; len + 1];
    for i in (0..len).rev() {
        next[i] = if hit(i) { i } else { next[i + 1] };
    }
    next
}

/// Whether a character may sit next to an italic `_` (not inside a word).
fn word_edge(c: char) -> bool {
    !c.is_alphanumeric() && c != '_'
}

/// Whether a character may appear in a username (any case; lowered later).
fn username_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

/// The mention starting with the `@` at `i`, if any: the lower-cased
/// username and the index just past it. Trailing dots end the sentence, not
/// the name; the name must be a valid username as accounts define it.
fn mention_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    if chars[i] != '@' || (i > 0 && !chars[i - 1].is_whitespace() && chars[i - 1] != '(') {
        return None;
    }
    let start = i + 1;
    let mut end = start;
    while end < chars.len() && username_char(chars[end]) {
        end += 1;
    }
    // "@marío" is not "@mar": a name running on in letters no username
    // has is no mention at all.
    if chars.get(end).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    while end > start && chars[end - 1] == '.' {
        end -= 1;
    }
    let raw: String = chars[start..end].iter().collect();
    let name = Username::parse(&raw).ok()?;
    Some((name.as_str().to_owned(), end))
}

/// Whether a link target uses an allowed scheme and has something after it.
fn allowed_url(url: &[char]) -> bool {
    ["http://", "https://", "mailto:"].iter().any(|scheme| {
        url.len() > scheme.len()
            && url
                .iter()
                .zip(scheme.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
    })
}

/// Adds literal text, merging it into a preceding text span.
fn push_text(spans: &mut Vec<Span>, text: &mut String) {
    if text.is_empty() {
        return;
    }
    if let Some(Span::Text(last)) = spans.last_mut() {
        last.push_str(text);
        text.clear();
    } else {
        spans.push(Span::Text(std::mem::take(text)));
    }
}

/// Parses the inline markup of one line.
fn inline(line: &str) -> Vec<Span> {
    let chars: Vec<char> = line.chars().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).copied();
    let next_tick = next_where(n, |j| chars[j] == '`');
    // `**` closes bold when it follows a non-space.
    let next_bold = next_where(n, |j| {
        j > 0 && chars[j] == '*' && at(j + 1) == Some('*') && !chars[j - 1].is_whitespace()
    });
    // `_` closes italic after a non-space, non-`_`, at the end of a word.
    let next_italic = next_where(n, |j| {
        j > 0
            && chars[j] == '_'
            && !chars[j - 1].is_whitespace()
            && chars[j - 1] != '_'
            && at(j + 1).is_none_or(word_edge)
    });
    let next_open_bracket = next_where(n, |j| chars[j] == '[');
    let next_close_bracket = next_where(n, |j| chars[j] == ']');
    let next_url_stop = next_where(n, |j| chars[j] == ')' || chars[j].is_whitespace());

    let mut spans = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let found = match c {
            '`' => {
                let close = next_tick[i + 1];
                (close < n && close > i + 1).then(|| {
                    let code = chars[i + 1..close].iter().collect();
                    (Span::Code(code), close + 1)
                })
            }
            '*' if at(i + 1) == Some('*') && at(i + 2).is_some_and(|c| !c.is_whitespace()) => {
                let close = next_bold[i + 3];
                (close < n).then(|| {
                    let bold = chars[i + 2..close].iter().collect();
                    (Span::Bold(bold), close + 2)
                })
            }
            '_' if (i == 0 || word_edge(chars[i - 1]))
                && at(i + 1).is_some_and(|c| !c.is_whitespace() && c != '_') =>
            {
                let close = next_italic[i + 2];
                (close < n).then(|| {
                    let italic = chars[i + 1..close].iter().collect();
                    (Span::Italic(italic), close + 1)
                })
            }
            '[' => link_at(
                &chars,
                i,
                &next_open_bracket,
                &next_close_bracket,
                &next_url_stop,
            ),
            '@' => mention_at(&chars, i).map(|(name, end)| (Span::Mention(name), end)),
            _ => None,
        };
        match found {
            Some((span, end)) => {
                push_text(&mut spans, &mut text);
                spans.push(span);
                i = end;
            }
            None => {
                text.push(c);
                i += 1;
            }
        }
    }
    push_text(&mut spans, &mut text);
    spans
}

/// The link starting with the `[` at `i`, if any, and the index past it.
fn link_at(
    chars: &[char],
    i: usize,
    next_open_bracket: &[usize],
    next_close_bracket: &[usize],
    next_url_stop: &[usize],
) -> Option<(Span, usize)> {
    let n = chars.len();
    let close = next_close_bracket[i + 1];
    // Text is non-blank and has no brackets; `(` follows at once.
    if close >= n || next_open_bracket[i + 1] < close || chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let text: String = chars[i + 1..close].iter().collect();
    let url_start = close + 2;
    let url_end = next_url_stop[url_start];
    if text.trim().is_empty() || url_end >= n || chars[url_end] != ')' {
        return None;
    }
    let url = &chars[url_start..url_end];
    if !allowed_url(url) {
        return None;
    }
    let url = url.iter().collect();
    Some((Span::Link { text, url }, url_end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn text(s: &str) -> Span {
        Span::Text(s.into())
    }

    fn br() -> Span {
        text("\n")
    }

    /// The spans of a post that is a single paragraph.
    fn para(input: &str) -> Vec<Span> {
        match parse(input).as_slice() {
            [Block::Paragraph(spans)] => spans.clone(),
            other => panic!("not one paragraph: {other:?}"),
        }
    }

    #[test]
    fn empty_and_blank_posts_have_no_blocks() {
        assert_eq!(parse(""), vec![]);
        assert_eq!(parse("  \n\n \t \n"), vec![]);
        assert_eq!(plain("", 10), "");
        assert_eq!(mentions(""), Vec::<String>::new());
    }

    #[test]
    fn script_tags_stay_literal_text() {
        let input = "<script>alert('x')</script>";
        assert_eq!(para(input), vec![text(input)]);
    }

    #[test]
    fn direction_controls_and_zero_width_spaces_are_dropped_but_joiners_stay() {
        assert_eq!(
            para("see \u{202E}gro.yrarbil"),
            vec![text("see gro.yrarbil")]
        );
        assert_eq!(para("**bo\u{200B}ld**"), vec![Span::Bold("bold".into())]);
        assert_eq!(mentions("hi @an\u{2060}a\u{2069}"), ["ana"]);
        assert_eq!(para("👩\u{200D}💻 here"), vec![text("👩\u{200D}💻 here")]);
        assert_eq!(plain("\u{FEFF}\u{2067}שלום\u{2069}", 20), "שלום");
    }

    #[test]
    fn raw_html_and_entities_stay_literal_text() {
        let input = r#"<img src=x onerror="alert(1)"> &amp; <b>hi</b> &lt;"#;
        assert_eq!(para(input), vec![text(input)]);
    }

    #[test]
    fn html_inside_markup_stays_plain_content() {
        assert_eq!(
            para("**<b>x</b>** `<script>` _<i>_"),
            vec![
                Span::Bold("<b>x</b>".into()),
                text(" "),
                Span::Code("<script>".into()),
                text(" "),
                Span::Italic("<i>".into()),
            ]
        );
    }

    #[test]
    fn bold() {
        assert_eq!(
            para("a **big** deal"),
            vec![text("a "), Span::Bold("big".into()), text(" deal")]
        );
        assert_eq!(para("**two words**"), vec![Span::Bold("two words".into())]);
    }

    #[test]
    fn bold_content_is_plain() {
        assert_eq!(
            para("**_x_ `y` [a](https://b.org)**"),
            vec![Span::Bold("_x_ `y` [a](https://b.org)".into())]
        );
    }

    #[test]
    fn unclosed_or_spaced_bold_stays_literal() {
        for input in [
            "2 ** 3",
            "2 ** 3 ** 4",
            "**open",
            "** not bold**",
            "**not bold **",
            "****",
        ] {
            assert_eq!(para(input), vec![text(input)], "{input:?}");
        }
    }

    #[test]
    fn italic() {
        assert_eq!(
            para("an _important_ point"),
            vec![
                text("an "),
                Span::Italic("important".into()),
                text(" point")
            ]
        );
        assert_eq!(
            para("(_aside_), _end_."),
            vec![
                text("("),
                Span::Italic("aside".into()),
                text("), "),
                Span::Italic("end".into()),
                text("."),
            ]
        );
    }

    #[test]
    fn snake_case_is_not_italic() {
        for input in [
            "snake_case_name",
            "a_b_c",
            "call my_func_ now",
            "__init__",
            "_ spaced _",
            "x _a_b",
            "__",
        ] {
            assert_eq!(para(input), vec![text(input)], "{input:?}");
        }
        assert_eq!(
            para("_keep snake_case here_"),
            vec![Span::Italic("keep snake_case here".into())]
        );
    }

    #[test]
    fn asterisk_is_not_italic() {
        assert_eq!(para("a *b* c"), vec![text("a *b* c")]);
    }

    #[test]
    fn code() {
        assert_eq!(
            para("run `cargo test -- **x**` now"),
            vec![
                text("run "),
                Span::Code("cargo test -- **x**".into()),
                text(" now")
            ]
        );
        assert_eq!(para("`a` `b`")[2], Span::Code("b".into()));
        for input in ["a ` b", "``", "tick` alone"] {
            assert_eq!(para(input), vec![text(input)], "{input:?}");
        }
    }

    #[test]
    fn links() {
        assert_eq!(
            para("see [the catalog](https://example.org/a?b=1&c=2#d) today"),
            vec![
                text("see "),
                Span::Link {
                    text: "the catalog".into(),
                    url: "https://example.org/a?b=1&c=2#d".into()
                },
                text(" today"),
            ]
        );
        assert_eq!(
            para("[http](http://x.org)[mail](mailto:ana@lib.org)[Caps](HTTPS://X.ORG)"),
            vec![
                Span::Link {
                    text: "http".into(),
                    url: "http://x.org".into()
                },
                Span::Link {
                    text: "mail".into(),
                    url: "mailto:ana@lib.org".into()
                },
                Span::Link {
                    text: "Caps".into(),
                    url: "HTTPS://X.ORG".into()
                },
            ]
        );
    }

    #[test]
    fn link_text_is_plain() {
        assert_eq!(
            para("[**b** @ana](https://x.org)"),
            vec![Span::Link {
                text: "**b** @ana".into(),
                url: "https://x.org".into()
            }]
        );
    }

    #[test]
    fn javascript_and_other_schemes_stay_literal() {
        for input in [
            "[click](javascript:alert(1))",
            "[click](JavaScript:alert)",
            "[x](data:text/html,<script>alert(1)</script>)",
            "[x](vbscript:msgbox)",
            "[relative](/admin)",
            "[relative](page.html)",
            "[proto](//evil.org)",
        ] {
            let spans = para(input);
            assert!(
                !spans.iter().any(|s| matches!(s, Span::Link { .. })),
                "{input:?}: {spans:?}"
            );
            assert_eq!(spans, vec![text(input)], "{input:?}");
        }
    }

    #[test]
    fn malformed_links_stay_literal() {
        for input in [
            "[no url]",
            "[gap] (https://x.org)",
            "[text](https://x.org",
            "[text](https://x.org/a b)",
            "[](https://x.org)",
            "[ ](https://x.org)",
            "[text](https://)",
            "[text](mailto:)",
        ] {
            let spans = para(input);
            assert!(
                !spans.iter().any(|s| matches!(s, Span::Link { .. })),
                "{input:?}: {spans:?}"
            );
        }
    }

    #[test]
    fn link_text_has_no_brackets() {
        assert_eq!(
            para("[a[b](https://x.org)"),
            vec![
                text("[a"),
                Span::Link {
                    text: "b".into(),
                    url: "https://x.org".into()
                },
            ]
        );
    }

    #[test]
    fn url_stops_at_the_first_closing_paren() {
        assert_eq!(
            para("[w](https://w.org/Foo_(bar))"),
            vec![
                Span::Link {
                    text: "w".into(),
                    url: "https://w.org/Foo_(bar".into()
                },
                text(")"),
            ]
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            parse("- one\n* **two**\n  - three"),
            vec![Block::List(vec![
                vec![text("one")],
                vec![Span::Bold("two".into())],
                vec![text("three")],
            ])]
        );
        assert_eq!(
            parse("-not a list"),
            vec![Block::Paragraph(vec![text("-not a list")])]
        );
        assert_eq!(
            parse("*not a list*"),
            vec![Block::Paragraph(vec![text("*not a list*")])]
        );
    }

    #[test]
    fn blocks_of_different_kinds_split_without_blank_lines() {
        assert_eq!(
            parse("Intro:\n- a\n- b\nAfter\n> q"),
            vec![
                Block::Paragraph(vec![text("Intro:")]),
                Block::List(vec![vec![text("a")], vec![text("b")]]),
                Block::Paragraph(vec![text("After")]),
                Block::Quote(vec![text("q")]),
            ]
        );
    }

    #[test]
    fn quotes_join_like_paragraphs() {
        assert_eq!(
            parse("> first _line_\n> second\n>\n> third"),
            vec![Block::Quote(vec![
                text("first "),
                Span::Italic("line".into()),
                br(),
                text("second"),
                br(),
                br(),
                text("third"),
            ])]
        );
        assert_eq!(
            parse(">\n> only\n>"),
            vec![Block::Quote(vec![text("only")])]
        );
        assert_eq!(parse(">"), vec![]);
        assert_eq!(
            parse(">no space"),
            vec![Block::Paragraph(vec![text(">no space")])]
        );
    }

    #[test]
    fn paragraphs_and_line_breaks() {
        assert_eq!(
            parse("Hello all,\nsee **this**.\n\n\nSecond  para\r\nends"),
            vec![
                Block::Paragraph(vec![
                    text("Hello all,"),
                    br(),
                    text("see "),
                    Span::Bold("this".into()),
                    text("."),
                ]),
                Block::Paragraph(vec![text("Second  para"), br(), text("ends")]),
            ]
        );
    }

    #[test]
    fn adjacent_text_is_merged() {
        // Failed markers and mentions still give one text span per line.
        assert_eq!(para("a ** b @x `c [d]"), vec![text("a ** b @x `c [d]")]);
    }

    #[test]
    fn markers_do_not_span_lines() {
        assert_eq!(
            para("**a\nb** `c\nd`"),
            vec![text("**a"), br(), text("b** `c"), br(), text("d`")]
        );
    }

    #[test]
    fn mention_spans() {
        assert_eq!(
            para("Thanks @Maria.Lopez. And (@ana_b), @bo-x!"),
            vec![
                text("Thanks "),
                Span::Mention("maria.lopez".into()),
                text(". And ("),
                Span::Mention("ana_b".into()),
                text("), "),
                Span::Mention("bo-x".into()),
                text("!"),
            ]
        );
    }

    #[test]
    fn invalid_usernames_are_not_mentions() {
        let long = format!("hi @{}", "a".repeat(33));
        for input in [
            "@ab",
            "@_ana",
            "@.ana",
            "@ maria",
            "@",
            "@@maria",
            "x@maria",
            long.as_str(),
        ] {
            assert_eq!(para(input), vec![text(input)], "{input:?}");
        }
        let longest = "a".repeat(32);
        assert_eq!(para(&format!("@{longest}")), vec![Span::Mention(longest)]);
    }

    #[test]
    fn mention_stops_at_a_character_not_allowed() {
        // Letters no username has: no mention, rather than someone else's.
        assert_eq!(para("@marío"), vec![text("@marío")]);
        assert_eq!(
            para("@maria's post"),
            vec![Span::Mention("maria".into()), text("'s post")]
        );
    }

    #[test]
    fn email_is_not_a_mention() {
        assert_eq!(para("write to a@bcd.org"), vec![text("write to a@bcd.org")]);
        assert_eq!(
            mentions("ana@libranet.org and bo@x.org"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn mentions_are_lowered_unique_and_in_order() {
        assert_eq!(
            mentions("@Bob and @alice.\n\n- @BOB again\n> @carol, @alice"),
            vec!["bob", "alice", "carol"]
        );
    }

    #[test]
    fn mentions_in_code_are_ignored() {
        assert_eq!(mentions("`@admin` and ``@x`` hi @ana"), vec!["ana"]);
        assert_eq!(mentions("`ping @root`"), Vec::<String>::new());
    }

    #[test]
    fn mentions_in_bold_italic_and_link_text_count() {
        assert_eq!(
            mentions("**@ana** _cc @bob_ [@carol](https://x.org) [x](https://y.org/@dave)"),
            vec!["ana", "bob", "carol"]
        );
    }

    #[test]
    fn plain_removes_markup_and_collapses_whitespace() {
        let input = "Hi  **all**,\n\n- read _this_\n- run `ls`\n> see [docs](https://x.org)\n@Ana  thanks\t<3";
        assert_eq!(
            plain(input, 200),
            "Hi all, read this run ls see docs @ana thanks <3"
        );
    }

    #[test]
    fn plain_cuts_at_a_char_boundary_with_an_ellipsis() {
        assert_eq!(plain("hello world", 11), "hello world");
        assert_eq!(plain("hello world", 10), "hello wor…");
        assert_eq!(plain("hello world", 7), "hello…", "no space before …");
        assert_eq!(plain("ñandú ñandú", 4), "ñan…");
        assert_eq!(plain("🎉🎉🎉", 2), "🎉…");
        assert_eq!(plain("abc", 1), "…");
        assert_eq!(plain("abc", 0), "");
        assert_eq!(plain("**a**", 0), "");
    }

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
                    Span::Text(s) | Span::Bold(s) | Span::Italic(s) | Span::Code(s) => {
                        out.push_str(s)
                    }
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
}
