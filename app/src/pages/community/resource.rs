//! `/community/resources/:id`: one teaching resource: download or follow
//! the link, licence, rate, comment, publish an adapted version, report.

use crate::api::{self};
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::Formatted;
use crate::components::report::ReportButton;
use crate::components::share_form::ShareForm;
use crate::components::shell::page_title;
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::labels::rating_text;
use crate::labels::{audience_key, material_key};
use crate::page::Page;
use crate::skills::use_skills;
use crate::time::day_of;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::moderation::TargetKind;
use libranet_core::network::NewPost;
use libranet_core::teaching::TeachingView;

#[component]
pub fn ResourcePage() -> impl IntoView {
    page_title(Key::TeachingTitle);
    let id = crate::page::route_id();
    // Public like the list: gap analyses link here for everyone.
    view! {
        <CommunityNav />
        {move || {
            let id = id();
            view! { <Resource id=id /> }
        }}
    }
}

#[component]
fn Resource(id: i64) -> impl IntoView {
    let found =
        Load::new(move || async move { api::teaching::teaching(id).await.map_err(Failure::from) });
    let reload = Callback::new(move |()| found.refetch());
    loaded(
        found,
        Frame::heading(Key::TeachingTitle),
        move |r| view! { <ResourceBody r=r reload=reload /> },
    )
}

#[component]
fn ResourceBody(r: TeachingView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let me = crate::session::use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    let mine = r.owner_id == me;
    let id = r.id;
    let fields = r.fields.clone();
    let kind = fields.kind;
    let audience = fields.audience;
    let licence = fields.licence;
    let skill_ids = fields.skills.clone();
    let names = move || {
        let lang = i18n.lang.get();
        skills.with(|k| {
            skill_ids
                .iter()
                .map(|s| k.as_ref().map_or_else(|| s.clone(), |k| k.label(s, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let adapting = RwSignal::new(false);
    let adapt_source = r.clone();
    view! {
        <h1>{fields.title.clone()}</h1>
        <p class="hint">
            {move || i18n.t(material_key(kind))} " · " {move || i18n.t(audience_key(audience))} " · "
            {fields.language.clone()} " · " {r.owner_name.clone()} " · " {day_of(r.created_at)}
        </p>
        <p>{move || i18n.fill(Key::TeachesSkills, &[&names()])}</p>
        {(!fields.description.is_empty()).then(|| view! { <Formatted text=fields.description.clone() /> })}
        <p>
            {tr!(i18n, LicenceLabel)} ": "
            <a href=licence.url() rel="noopener noreferrer" target="_blank" data-testid="licence">{licence.short_name()}</a>
        </p>
        <p class="actions">
            {r.file.clone().map(|f| {
                let size = format!("{} KB", (f.size + 1023) / 1024);
                let name = f.name.clone();
                view! {
                    <a class="button primary" href=api::teaching::teaching_file_url(id) download=f.name data-testid="download">
                        {move || i18n.fill(Key::DownloadFile, &[&name, &size])}
                    </a>
                }
            })}
            {(!fields.link.is_empty()).then(|| view! {
                <a class="button" href=fields.link.clone() rel="noopener noreferrer nofollow" target="_blank">{tr!(i18n, OpenLink)}</a>
            })}
        </p>
        {r.original.clone().map(|o| view! {
            <p data-testid="adapted-from">{move || i18n.t(Key::AdaptedFromLabel)} " "
                <A href=Page::Resource { id: o.id }.href()>{o.title.clone()}</A> " · " {o.owner_name.clone()}</p>
        })}
        {(!r.adaptations.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="adaptations-title">
                <h2 id="adaptations-title">{tr!(i18n, AdaptationsTitle)}</h2>
                <ul>
                    {r.adaptations.clone().into_iter().map(|a| view! {
                        <li data-testid="adaptation"><A href=Page::Resource { id: a.id }.href()>{a.title.clone()}</A> " · " {a.owner_name.clone()}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="card" aria-labelledby="rating-title">
            <h2 id="rating-title">{tr!(i18n, RatingTitle)}</h2>
            <p data-testid="rating-summary">{move || rating_text(i18n, r.rating_tenths, r.ratings)}</p>
            {(!mine).then(|| view! { <Stars id=id mine=r.my_rating reload=reload /> })}
        </section>
        <Comments id=id comments=r.comments.clone() reload=reload />
        {if licence.allows_adaptations() {
            view! {
                <section class="card" aria-labelledby="adapt-heading">
                    <h2 id="adapt-heading">{tr!(i18n, AdaptTitle)}</h2>
                    {move || if adapting.get() {
                        view! { <ShareForm original=Some(adapt_source.clone()) /> }.into_any()
                    } else {
                        view! { <button type="button" class="button" on:click=move |_| adapting.set(true)>{tr!(i18n, PublishAdaptation)}</button> }.into_any()
                    }}
                </section>
            }.into_any()
        } else {
            view! { <p class="hint">{tr!(i18n, NoAdaptationsAllowed)}</p> }.into_any()
        }}
        {if mine {
            view! { <RemoveButton id=id /> }.into_any()
        } else {
            view! { <ReportButton target=TargetKind::Resource target_id=id /> }.into_any()
        }}
    }
}

#[component]
fn RemoveButton(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let remove = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            if api::teaching::remove_teaching(id).await.is_ok() {
                navigate(
                    &Page::Resources.href(),
                    leptos_router::NavigateOptions::default(),
                );
            }
        });
    };
    view! { <button type="button" class="button" on:click=remove>{tr!(i18n, RemoveResource)}</button> }
}

#[component]
fn Stars(id: i64, mine: Option<u8>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<Failure>);
    let rate = move |stars: u8| {
        spawn_local(async move {
            match api::teaching::rate_teaching(id, stars).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    view! {
        <fieldset class="stars">
            <legend>{tr!(i18n, YourRating)}</legend>
            {(1..=5u8).map(|n| {
                let field = format!("stars-{n}");
                view! {
                    <span class="check">
                        <input type="radio" name="stars" id=field.clone() value=n.to_string()
                            checked=mine == Some(n) on:change=move |_| rate(n) />
                        <label for=field>{move || i18n.fill(Key::RatingOf, &[&n.to_string()])}</label>
                    </span>
                }
            }).collect_view()}
        </fieldset>
        <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
    }
}

#[component]
fn Comments(
    id: i64,
    comments: Vec<libranet_core::teaching::TeachingComment>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
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
        move |b| async move { api::teaching::comment_teaching(id, &b).await },
        move |_| {
            draft.set(String::new());
            reload.run(());
        },
    );
    view! {
        <section class="card" aria-labelledby="comments-title">
            <h2 id="comments-title">{tr!(i18n, CommentsTitle)}</h2>
            <ol class="posts">
                {comments.into_iter().map(|c| view! {
                    <li class="post" data-testid="comment">
                        <p class="hint"><A href=Page::Person { id: c.author_id }.href()>{c.author_name.clone()}</A> " · " {day_of(c.created_at)}</p>
                        <Formatted text=c.body.clone() />
                        {(c.author_id != me).then(|| view! { <ReportButton target=TargetKind::Comment target_id=c.id /> })}
                    </li>
                }).collect_view()}
            </ol>
            <form on:submit=submit novalidate>
                <TextArea id="comment-body" label=Key::WriteComment value=draft problem=form.problem("body") rows=2 />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::PostComment />
            </form>
        </section>
    }
}
