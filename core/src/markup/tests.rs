use super::*;

mod mentions;
mod robustness;

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
