//! `/community/threads/:id`: a thread's posts with safe formatting,
//! replies, following and reporting.

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::Formatted;
use crate::components::report::ReportButton;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::time::day_of;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::moderation::TargetKind;
use libranet_core::network::{NewPost, ThreadView};

#[component]
pub fn ThreadPage() -> impl IntoView {
    page_title(Key::ThreadsTitle);
    let id = crate::page::route_id();
    view! {
        <SignedInOnly>
            <CommunityNav />
            {move || {
                let id = id();
                view! { <Thread id=id /> }
            }}
        </SignedInOnly>
    }
}

#[component]
fn Thread(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let thread =
        Load::new(move || async move { api::threads::thread(id).await.map_err(Failure::from) });
    let load = move || thread.refetch();
    let me = crate::session::use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    let form = FormState::new();
    let draft = RwSignal::new(String::new());
    let submit = form.on_submit(
        move || NewPost {
            body: draft.get_untracked(),
        },
        move |b| async move { api::threads::reply(id, &b).await },
        move |_| {
            draft.set(String::new());
            load();
        },
    );
    let follow = move |on: bool| {
        spawn_local(async move {
            if api::threads::follow_thread(id, on).await.is_ok() {
                load();
            }
        });
    };
    let shown = move || thread.with(|t| t.is_some());
    let body = loaded(
        thread,
        Frame::heading(Key::ThreadsTitle),
        move |t: ThreadView| {
            let following = t.following;
            let group_href = Page::Group { id: t.group_id }.href();
            view! {
                <h1>{t.title.clone()}</h1>
                <p class="hint"><A href=group_href>{t.group_name.clone()}</A></p>
                <button type="button" class="button small" aria-pressed=following.to_string() on:click=move |_| follow(!following)>
                    {move || i18n.t(if following { Key::Following } else { Key::FollowThread })}
                </button>
                <p class="hint">{tr!(i18n, FollowHint)}</p>
                <ol class="posts">
                    {t.posts.into_iter().map(|p| {
                        let href = Page::Person { id: p.author_id }.href();
                        let mine = p.author_id == me;
                        view! {
                            <li class="card post" data-testid="post">
                                <p class="hint"><A href=href>{p.author_name.clone()}</A> " · " {day_of(p.created_at)}</p>
                                <Formatted text=p.body.clone() />
                                {(!mine).then(|| view! { <ReportButton target=TargetKind::Post target_id=p.id /> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
        },
    );
    view! {
        {body}
        <form on:submit=submit novalidate hidden=move || !shown()>
            <TextArea id="reply-body" label=Key::WriteReply value=draft problem=form.problem("body") hint=Some(Key::FormattingHint) />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::PostReply />
        </form>
    }
}
