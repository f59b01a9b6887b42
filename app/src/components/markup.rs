//! Posts with safe formatting, drawn as DOM nodes from the parsed tree
//! (`libranet_core::markup`): text is never read as HTML, and links go only
//! to web or mail addresses.

use leptos::prelude::*;
use libranet_core::markup::{Block, Span, parse};

#[component]
pub fn Formatted(text: String) -> impl IntoView {
    view! {
        <div class="formatted">
            {parse(&text).into_iter().map(block).collect_view()}
        </div>
    }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Paragraph(spans) => {
            view! { <p>{spans.into_iter().map(span).collect_view()}</p> }.into_any()
        }
        Block::Quote(spans) => {
            view! { <blockquote>{spans.into_iter().map(span).collect_view()}</blockquote> }
                .into_any()
        }
        Block::List(items) => view! {
            <ul>
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
