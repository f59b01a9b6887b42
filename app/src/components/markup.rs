//! Text people write, shown safely: posts with formatting drawn as DOM
//! nodes from the parsed tree (`libranet_core::markup`), so text is never
//! read as HTML and links go only to web or mail addresses; and plain text
//! (messages, descriptions). Both drop the invisible characters that could
//! reorder or hide text (`libranet_core::text::neutralise`), and every block
//! takes its direction from the first letter in it (`dir="auto"`), so
//! Arabic or Hebrew reads right to left.

use leptos::prelude::*;
use libranet_core::markup::{Block, Span, parse};
use libranet_core::text::neutralise;

/// A post or comment, with its formatting.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn Formatted(text: String) -> impl IntoView {
    view! {
        <div class="formatted">
            {parse(&text).into_iter().map(block).collect_view()}
        </div>
    }
}

/// Plain text a person wrote, as typed with its line breaks.
#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn PlainText(text: String) -> impl IntoView {
    view! { <p class="prewrap" dir="auto">{neutralise(&text).into_owned()}</p> }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Paragraph(spans) => {
            view! { <p dir="auto">{spans.into_iter().map(span).collect_view()}</p> }.into_any()
        }
        Block::Quote(spans) => {
            view! { <blockquote dir="auto">{spans.into_iter().map(span).collect_view()}</blockquote> }
                .into_any()
        }
        Block::List(items) => view! {
            <ul dir="auto">
                {items
                    .into_iter()
                    .map(|item| view! { <li>{item.into_iter().map(span).collect_view()}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}

fn span(s: Span) -> AnyView {
    match s {
        Span::Text(t) if t == "\n" => view! { <br /> }.into_any(),
        Span::Text(t) => t.into_any(),
        Span::Bold(t) => view! { <strong>{t}</strong> }.into_any(),
        Span::Italic(t) => view! { <em>{t}</em> }.into_any(),
        Span::Code(t) => view! { <code>{t}</code> }.into_any(),
        Span::Link { text, url } => {
            view! { <a href=url rel="noopener noreferrer nofollow" target="_blank">{text}</a> }
                .into_any()
        }
        Span::Mention(name) => view! { <span class="mention">"@" {name}</span> }.into_any(),
    }
}
