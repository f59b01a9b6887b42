//! Mentions, and the plain-text form of a post.

use super::*;

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
    let input =
        "Hi  **all**,\n\n- read _this_\n- run `ls`\n> see [docs](https://x.org)\n@Ana  thanks\t<3";
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
