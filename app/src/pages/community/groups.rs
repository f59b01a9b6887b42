//! `/community/groups`: find a peer group, join one, or start one.

use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::network::{GroupFields, GroupKind, GroupView};

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea, TextField};
use crate::components::join_group::JoinButton;
use crate::components::listing_forms::Choice;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::Failure;
use crate::i18n::{Key, use_i18n};
use crate::labels::group_kind_key;
use crate::labels::member_status_key;
use crate::page::Page;
use crate::tr;

#[component]
pub fn GroupsPage() -> impl IntoView {
    page_title(Key::GroupsTitle);
    let i18n = use_i18n();
    let list = Load::new(|| async { api::groups::groups().await.map_err(Failure::from) });
    let load = move || list.refetch();
    view! {
        <h1>{tr!(i18n, GroupsTitle)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <p class="lead">{tr!(i18n, GroupsIntro)}</p>
            {loaded(list, Frame::quiet(), move |all: Vec<GroupView>| {
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoGroups)}</p> }.into_any();
                }
                view! {
                    <ul class="mentor-list">
                        {all.into_iter().map(|g| view! { <GroupCard g=g reload=Callback::new(move |()| load()) /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <NewGroupForm reload=Callback::new(move |()| load()) />
        </SignedInOnly>
    }
}

#[component]
fn GroupCard(g: GroupView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = g.id;
    let kind = g.fields.kind;
    let status = member_status_key(g.mine);
    let open = g.fields.open;
    let members = g.members.to_string();
    let name = g.fields.name;
    let region = g.fields.region;
    let about = g.fields.about;
    let href = Page::Group { id }.href();
    let title = name.clone();
    view! {
        <li class="card" data-testid="group">
            <h2><A href=href>{title}</A></h2>
            <p class="hint">
                {move || i18n.t(group_kind_key(kind))}
                {(!region.is_empty()).then(|| format!(" · {region}"))}
                " · " {move || i18n.fill(Key::GroupMembersCount, &[&members])}
                " · " {move || i18n.t(if open { Key::GroupOpen } else { Key::GroupApproval })}
            </p>
            {(!about.is_empty()).then(|| view! { <crate::components::markup::PlainText text=about.clone() /> })}
            {match status {
                Some(k) => view! { <p><strong>{move || i18n.t(k)}</strong></p> }.into_any(),
                None => view! { <JoinButton id=id name=name.clone() open=open reload=reload /> }.into_any(),
            }}
        </li>
    }
}

#[component]
fn NewGroupForm(reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let name = RwSignal::new(String::new());
    let about = RwSignal::new(String::new());
    let kind = RwSignal::new(GroupKind::JobClub);
    let region = RwSignal::new(String::new());
    let open = RwSignal::new(true);
    let done = RwSignal::new(false);
    let submit = form.on_submit(
        move || GroupFields {
            name: name.get_untracked(),
            about: about.get_untracked(),
            kind: kind.get_untracked(),
            region: region.get_untracked(),
            open: open.get_untracked(),
        },
        |body| async move { api::groups::create_group(&body).await },
        move |_| {
            done.set(true);
            name.set(String::new());
            about.set(String::new());
            reload.run(());
        },
    );
    view! {
        <section class="card" aria-labelledby="new-group">
            <h2 id="new-group">{tr!(i18n, StartGroup)}</h2>
            <form on:submit=submit novalidate>
                <TextField id="group-name" label=Key::GroupName value=name problem=form.problem("name") />
                <TextArea id="group-about" label=Key::GroupAbout value=about problem=form.problem("about") rows=3 />
                <Choice id="group-kind" label=Key::GroupKindLabel value=kind options=GroupKind::ALL.to_vec() text=group_kind_key />
                <TextField id="group-region" label=Key::Region value=region problem=form.problem("region") hint=Some(Key::GroupRegionHint) />
                <div class="check">
                    <input type="checkbox" id="group-open" bind:checked=open />
                    <label for="group-open">{tr!(i18n, GroupOpenChoice)}</label>
                </div>
                <FormAlert form=form />
                <SubmitButton form=form label=Key::StartGroup />
                <p role="status" class="saved">{move || done.get().then(|| i18n.t(Key::GroupStarted))}</p>
            </form>
        </section>
    }
}
