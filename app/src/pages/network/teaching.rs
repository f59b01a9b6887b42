//! The teaching resources exchange: `/community/resources` (find and
//! share) and `/community/resources/:id` (download or follow the link,
//! licence, rate, comment, publish an adapted version, report).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::Problem;
use libranet_core::moderation::TargetKind;
use libranet_core::network::NewPost;
use libranet_core::problem::FieldError;
use libranet_core::teaching::{
    Audience, FileUpload, Licence, MAX_FILE_BYTES, MaterialKind, NewTeaching, TeachingFields,
    TeachingSummary, TeachingView, accepted_extensions, encode_base64,
};

use crate::api::{self, ApiFailure};
use crate::components::community::CommunityNav;
use crate::components::form::{
    FormAlert, FormState, SubmitButton, TextArea, TextField, picked_file,
};
use crate::components::listing_forms::{Choice, PickedSkills};
use crate::components::markup::Formatted;
use crate::components::report::ReportButton;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::mentoring_failure;
use crate::i18n::{Key, problem_key, use_i18n};
use crate::labels::{audience_key, material_key};
use crate::page::Page;
use crate::skills::use_skills;
use crate::time::day_of;
use crate::tr;

/// Licence names are the same in every language.
fn licence_name(l: Licence) -> Key {
    match l {
        Licence::CcBy => Key::LicenceCcBy,
        Licence::CcBySa => Key::LicenceCcBySa,
        Licence::CcByNc => Key::LicenceCcByNc,
        Licence::CcByNcSa => Key::LicenceCcByNcSa,
        Licence::CcByNd => Key::LicenceCcByNd,
        Licence::CcByNcNd => Key::LicenceCcByNcNd,
        Licence::Cc0 => Key::LicenceCc0,
    }
}

/// "4.5 of 5 (2 ratings)" or "Not rated yet".
fn rating_text(i18n: crate::i18n::I18n, tenths: u32, count: u32) -> String {
    if count == 0 {
        i18n.t(Key::NotRated).to_owned()
    } else {
        i18n.fill(
            Key::RatingSummary,
            &[
                &format!("{}.{}", tenths / 10, tenths % 10),
                &count.to_string(),
            ],
        )
    }
}

#[component]
pub fn ResourcesPage() -> impl IntoView {
    page_title(Key::TeachingTitle);
    let i18n = use_i18n();
    let skills = use_skills();
    let list = RwSignal::new(None::<Vec<TeachingSummary>>);
    let query = RwSignal::new(String::new());
    spawn_local(async move {
        if let Ok(found) = api::teaching_list().await {
            list.try_set(Some(found));
        }
    });
    let shown = move || {
        let q = query.get().trim().to_lowercase();
        let lang = i18n.lang.get();
        list.get().map(|all| {
            all.into_iter()
                .filter(|r| {
                    q.is_empty()
                        || r.title.to_lowercase().contains(&q)
                        || r.language.to_lowercase().contains(&q)
                        || r.skills.iter().any(|s| {
                            skills.with(|k| {
                                k.as_ref()
                                    .is_some_and(|k| k.label(s, lang).to_lowercase().contains(&q))
                            })
                        })
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <h1>{tr!(i18n, TeachingTitle)}</h1>
        <SignedInOnly>
            <CommunityNav />
            <p class="lead">{tr!(i18n, TeachingIntro)}</p>
            <div class="field">
                <label for="teaching-search">{tr!(i18n, SearchResources)}</label>
                <input id="teaching-search" type="search" bind:value=query />
            </div>
            {move || shown().map(|all| {
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoTeaching)}</p> }.into_any();
                }
                view! {
                    <ul class="mentor-list">
                        {all.into_iter().map(|r| view! { <ResourceCard r=r /> }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <section class="card" aria-labelledby="share-heading">
                <h2 id="share-heading">{tr!(i18n, ShareResource)}</h2>
                <ShareForm original=None />
            </section>
        </SignedInOnly>
    }
}

#[component]
fn ResourceCard(r: TeachingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let href = Page::Resource { id: r.id }.href();
    let kind = r.kind;
    let audience = r.audience;
    let names = move || {
        let lang = i18n.lang.get();
        skills.with(|k| {
            r.skills
                .iter()
                .map(|s| k.as_ref().map_or_else(|| s.clone(), |k| k.label(s, lang)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <li class="card" data-testid="teaching">
            <h2><A href=href>{r.title.clone()}</A></h2>
            <p class="hint">
                {move || i18n.t(material_key(kind))} " · " {move || i18n.t(audience_key(audience))} " · "
                {r.language.clone()} " · " {r.licence.short_name()} " · " {r.owner_name.clone()}
            </p>
            <p>{move || i18n.fill(Key::TeachesSkills, &[&names()])}</p>
            <p class="hint">{move || rating_text(i18n, r.rating_tenths, r.ratings)}
                {r.original_id.is_some().then(|| view! { " · " {move || i18n.t(Key::AnAdaptation)} })}</p>
        </li>
    }
}

/// Reads the picked file as base64, refusing one over the limit at once.
async fn read_file(file: web_sys::File) -> Result<FileUpload, Problem> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(Problem::FileTooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Problem::FileType)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(FileUpload {
        name: file.name(),
        base64: encode_base64(&bytes),
    })
}

/// Sharing a resource, or an adapted version of `original`.
#[component]
pub fn ShareForm(original: Option<TeachingView>) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let start = original
        .as_ref()
        .map(|o| o.fields.clone())
        .unwrap_or_default();
    let original_id = original.as_ref().map(|o| o.id);
    let title = RwSignal::new(start.title.clone());
    let description = RwSignal::new(start.description.clone());
    let kind = RwSignal::new(start.kind);
    let licence = RwSignal::new(start.licence);
    let skills = RwSignal::new(start.skills.clone());
    let audience = RwSignal::new(start.audience);
    let language = RwSignal::new(start.language.clone());
    let link = RwSignal::new(String::new());
    let file = RwSignal::new(None::<FileUpload>);
    let file_problem = RwSignal::new(None::<Problem>);
    let reading = RwSignal::new(false);
    let navigate = leptos_router::hooks::use_navigate();
    let prefix = if original_id.is_some() {
        "adapt"
    } else {
        "share"
    };
    let on_file = move |ev: leptos::ev::Event| {
        file_problem.set(None);
        file.set(None);
        if let Some(picked) = picked_file(&ev) {
            reading.set(true);
            spawn_local(async move {
                match read_file(picked).await {
                    Ok(upload) => {
                        file.try_set(Some(upload));
                    }
                    Err(p) => {
                        file_problem.try_set(Some(p));
                    }
                }
                reading.try_set(false);
            });
        }
    };
    let submit = form.on_submit(
        move || NewTeaching {
            fields: TeachingFields {
                title: title.get_untracked(),
                description: description.get_untracked(),
                kind: kind.get_untracked(),
                licence: licence.get_untracked(),
                skills: skills.get_untracked(),
                audience: audience.get_untracked(),
                language: language.get_untracked(),
                link: link.get_untracked(),
            },
            file: file.get_untracked(),
            original_id,
        },
        move |body| async move {
            if let Some(p) = file_problem.get_untracked() {
                return Err(ApiFailure::Fields(vec![FieldError::new("file", p)]));
            }
            api::share_teaching(&body).await
        },
        move |v: TeachingView| navigate(&Page::Resource { id: v.id }.href(), Default::default()),
    );
    let server_file_problem = form.problem("file");
    let shown_file_problem =
        Signal::derive(move || file_problem.get().or(server_file_problem.get()));
    let accept: String = accepted_extensions()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(",");
    let adapt = original_id.is_some();
    // Both forms can be on one page (share and adapt): distinct ids.
    macro_rules! id {
        ($name:literal) => {
            if adapt {
                concat!("adapt-", $name)
            } else {
                concat!("share-", $name)
            }
        };
    }
    let file_id = id!("file");
    view! {
        <form on:submit=submit novalidate data-testid=format!("{prefix}-form")>
            {original.as_ref().map(|o| {
                let text = i18n.fill(Key::AdaptingFrom, &[&o.fields.title, &o.owner_name]);
                view! { <p class="hint">{text}</p> }
            })}
            <TextField id=id!("title") label=Key::ResourceTitle value=title problem=form.problem("title") />
            <TextArea id=id!("description") label=Key::Description value=description problem=form.problem("description") rows=3 />
            <Choice id=id!("kind") label=Key::MaterialKindLabel value=kind options=MaterialKind::ALL.to_vec() text=material_key />
            <Choice id=id!("licence") label=Key::LicenceLabel value=licence options=Licence::ALL.to_vec() text=licence_name />
            <p class="hint">{tr!(i18n, LicenceHint)}</p>
            <PickedSkills id=id!("skill") label=Key::TeachesWhichSkills picked=skills problem=form.problem("skills") />
            <Choice id=id!("audience") label=Key::AudienceLabel value=audience options=Audience::ALL.to_vec() text=audience_key />
            <TextField id=id!("language") label=Key::ResourceLanguage value=language problem=form.problem("language") />
            <div class="field" class:field-invalid=move || shown_file_problem.get().is_some()>
                <label for=file_id>{tr!(i18n, FileLabel)}</label>
                <p class="hint" id=format!("{file_id}-hint")>{tr!(i18n, FileHint)}</p>
                <p class="field-error" id=format!("{file_id}-error") hidden=move || shown_file_problem.get().is_none()>
                    {move || shown_file_problem.get().map(|p| i18n.t(problem_key(p)))}
                </p>
                <input id=file_id type="file" accept=accept on:change=on_file
                    aria-describedby=format!("{file_id}-hint {file_id}-error")
                    aria-invalid=move || if shown_file_problem.get().is_some() { "true" } else { "false" } />
                <p role="status" class="hint">{move || reading.get().then(|| i18n.t(Key::ReadingFile))}</p>
            </div>
            <TextField id=id!("link") label=Key::OrLink value=link problem=form.problem("link") hint=Some(Key::OrLinkHint) input_type="url" />
            <FormAlert form=form />
            <SubmitButton form=form label=if original_id.is_some() { Key::PublishAdaptation } else { Key::ShareResource } />
        </form>
    }
}

#[component]
pub fn ResourceDetailPage() -> impl IntoView {
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
    let i18n = use_i18n();
    let found = RwSignal::new(None::<Result<TeachingView, String>>);
    let load = move || {
        spawn_local(async move {
            let r = api::teaching(id)
                .await
                .map_err(|e| mentoring_failure(i18n, &e));
            found.try_set(Some(r));
        })
    };
    load();
    let reload = Callback::new(move |()| load());
    move || match found.get() {
        None => view! { <h1>{tr!(i18n, TeachingTitle)}</h1> }.into_any(),
        Some(Err(why)) => {
            view! { <h1>{tr!(i18n, TeachingTitle)}</h1><p role="alert">{why}</p> }.into_any()
        }
        Some(Ok(r)) => view! { <ResourceBody r=r reload=reload /> }.into_any(),
    }
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
                    <a class="button primary" href=format!("/api/v1/teaching/{id}/file") download=f.name data-testid="download">
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
            if api::remove_teaching(id).await.is_ok() {
                navigate(&Page::Resources.href(), Default::default());
            }
        });
    };
    view! { <button type="button" class="button" on:click=remove>{tr!(i18n, RemoveResource)}</button> }
}

#[component]
fn Stars(id: i64, mine: Option<u8>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(String::new());
    let rate = move |stars: u8| {
        spawn_local(async move {
            match api::rate_teaching(id, stars).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(mentoring_failure(i18n, &e));
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
        <p role="alert" class="field-error">{move || problem.get()}</p>
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
        move |b| async move { api::comment_teaching(id, &b).await },
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
