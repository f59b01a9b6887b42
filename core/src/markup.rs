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
                        all.push_str(s);
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
        if let Some((span, end)) = found {
            push_text(&mut spans, &mut text);
            spans.push(span);
            i = end;
        } else {
            text.push(c);
            i += 1;
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
mod tests;
