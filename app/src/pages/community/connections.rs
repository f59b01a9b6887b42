//! `/community/connections`: requests to connect, sent and received, and
//! the messages of accepted ones.

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::expertise::views::{ConnectionStatus, ConnectionView};
use libranet_core::mentoring::views::{Message, Text};
use libranet_core::text::neutralise;

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::PlainText;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::session::use_session;
use crate::time::day_of;
use crate::tr;

#[component]
pub fn ConnectionsPage() -> impl IntoView {
    page_title(Key::ConnectionsTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, ConnectionsTitle)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <Connections />
        </SignedInOnly>
    }
}

#[component]
fn Connections() -> impl IntoView {
    let i18n = use_i18n();
    let list = Load::new(|| async { api::connections::connections().await.map_err(Failure::from) });
    let load = move || list.refetch();
    let me = use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    view! {
        {loaded(list, Frame::quiet(), move |all: Vec<ConnectionView>| {
            if all.is_empty() {
                return view! { <p class="hint">{tr!(i18n, NoConnections)}</p> }.into_any();
            }
            view! {
                <ul class="mentor-list">
                    {all.into_iter().map(|c| view! { <ConnectionCard c=c me=me reload=Callback::new(move |()| load()) /> }).collect_view()}
                </ul>
            }.into_any()
        })}
    }
}

#[component]
fn ConnectionCard(c: ConnectionView, me: i64, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = c.id;
    let incoming = c.to_id == me;
    let other = if incoming {
        c.from_name.clone()
    } else {
        c.to_name.clone()
    };
    let problem = RwSignal::new(None::<Failure>);
    let answer = move |accept: bool| {
        spawn_local(async move {
            match api::connections::answer_connection(id, accept).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let status = match c.status {
        ConnectionStatus::Pending => Key::ConnectionPending,
        ConnectionStatus::Accepted => Key::ConnectionAccepted,
        ConnectionStatus::Declined => Key::ConnectionDeclined,
    };
    view! {
        <li class="card" data-testid="connection">
            <h2>{other}</h2>
            <p><strong>{move || i18n.t(status)}</strong> " · " {day_of(c.created_at)}
                {c.need_title.clone().map(|t| view! { " · " {move || i18n.fill(Key::AboutNeed, &[&t])} })}</p>
            {(!c.message.is_empty()).then(|| view! { <PlainText text=c.message.clone() /> })}
            {(incoming && c.status == ConnectionStatus::Pending).then(|| view! {
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| answer(true)>{tr!(i18n, Accept)}</button>
                    <button type="button" class="button" on:click=move |_| answer(false)>{tr!(i18n, Decline)}</button>
                </div>
            })}
            {(c.status == ConnectionStatus::Accepted).then(|| view! { <Thread id=id me=me /> })}
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
        </li>
    }
}

/// The messages of an accepted connection.
#[component]
fn Thread(id: i64, me: i64) -> impl IntoView {
    let i18n = use_i18n();
    let messages = RwSignal::new(Vec::<Message>::new());
    let draft = RwSignal::new(String::new());
    let load = move || {
        spawn_local(async move {
            if let Ok(m) = api::connections::connection_messages(id).await {
                messages.try_set(m);
            }
        });
    };
    load();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Text {
            body: draft.get_untracked(),
        };
        if body.body.trim().is_empty() {
            return;
        }
        spawn_local(async move {
            if api::connections::send_connection_message(id, &body)
                .await
                .is_ok()
            {
                draft.try_set(String::new());
                load();
            }
        });
    };
    let field = format!("connection-{id}-message");
    view! {
        <ol class="messages">
            {move || messages.get().into_iter().map(|m| {
                let mine = m.sender_id == me;
                view! { <li class="message prewrap" class:mine=mine dir="auto" data-testid="connection-message">{neutralise(&m.body).into_owned()}</li> }
            }).collect_view()}
        </ol>
        <form on:submit=send>
            <div class="field">
                <label for=field.clone()>{tr!(i18n, WriteMessage)}</label>
                <textarea id=field rows="2" bind:value=draft></textarea>
            </div>
            <button type="submit" class="button">{tr!(i18n, Send)}</button>
        </form>
    }
}
