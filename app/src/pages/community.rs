//! `/community`: the needs board. Library workers see open needs ranked by
//! how their skills (held and wanted) fit, with the reasons; partners
//! describe their organisation, post needs, and see ranked workers for each.

pub mod connections;
pub mod directory;
pub mod group;
pub mod groups;
pub mod person;
pub mod resource;
pub mod resources;
pub mod skills;
pub mod thread;

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::community::ConnectButton;
use crate::components::community::fit_reasons;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextField};
use crate::components::listing_forms::PickedSkills;
use crate::components::loaded::Load;
use crate::components::markup::PlainText;
use crate::components::shell::page_title;
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_skills;
use crate::time::day_of;
use crate::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::expertise::views::{Need, NeedStatus, OrgView, PartnerOrg, WorkerCard};
use libranet_core::expertise::{NeedFields, need_fit, rank_by_fit};

#[component]
fn NeedsBoard() -> impl IntoView {
    let session = use_session();
    let partner = session.can_post_jobs();
    view! {
        {partner.then(|| view! { <PartnerPanel /> })}
        <RankedNeeds />
    }
}

fn status_key(status: NeedStatus) -> Key {
    match status {
        NeedStatus::Open => Key::NeedOpen,
        NeedStatus::AwaitingVerification => Key::NeedAwaiting,
        NeedStatus::Paused => Key::NeedPausedStatus,
        NeedStatus::Closed => Key::NeedClosed,
    }
}

/// Open needs, best fit for one's skills record first.
#[component]
fn RankedNeeds() -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let me = use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    // One's record (empty if it does not load), then the open needs (none
    // if they do not).
    let loaded = Load::new(|| async {
        let mine = api::expertise::expertise().await.unwrap_or_default();
        let needs = api::needs::needs().await.unwrap_or_default();
        Ok::<_, Failure>((mine, needs))
    });
    let mine = move || loaded.with(|l| l.map(|(mine, _)| mine.clone()).unwrap_or_default());
    let ranked = Memo::new(move |_| {
        let me_record = mine();
        let all: Vec<Need> = loaded.with(|l| l.map(|(_, needs)| needs.clone()).unwrap_or_default());
        rank_by_fit(
            all.into_iter().filter(|n| n.owner_id != me).collect(),
            |n| need_fit(&me_record, &n.fields),
        )
    });
    view! {
        <section aria-labelledby="needs-title">
            <h2 id="needs-title">{tr!(i18n, NeedsForYou)}</h2>
            {move || loaded.with(|l| l.is_none_or(|(m, _)| m.skills.is_empty() && m.wants.is_empty())).then(|| view! {
                <p class="hint">{tr!(i18n, NeedsNeedSkills)} " " <A href=Page::Skills.href()>{tr!(i18n, MySkillsRecord)}</A></p>
            })}
            <p role="status" data-testid="need-count">{move || i18n.fill(Key::NeedsFound, &[&ranked.with(Vec::len).to_string()])}</p>
            <ul class="mentor-list">
                {move || ranked.get().into_iter().map(|(need, fit)| {
                    let why = skills.with(|s| fit_reasons(i18n, &fit, s.as_deref()));
                    let heading = format!("need-{}", need.id);
                    view! {
                        <li class="card" data-testid="need-card">
                            <h3 id=heading>{need.fields.title.clone()}</h3>
                            <p class="hint">{need.org_name.clone()} " · " {move || i18n.fill(Key::HoursInAll, &[&need.fields.hours.to_string()])}
                                " · " {if need.fields.remote { i18n.t(Key::ModeRemote).to_owned() } else { need.fields.place.clone() }}</p>
                            <p class="match-score">{i18n.fill(Key::FitScore, &[&fit.score.to_string()])}</p>
                            {(!need.fields.description.is_empty()).then(|| view! { <PlainText text=need.fields.description.clone() /> })}
                            <ul class="why" data-testid="why">{why.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                            <ConnectButton to_user_id=need.owner_id need_id=Some(need.id) />
                            <crate::components::report::ReportButton target=libranet_core::moderation::TargetKind::Need target_id=need.id />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// What the partner panel loads: one's organisation and one's needs.
type Partner = (Option<Option<OrgView>>, Option<Vec<Need>>);

/// A partner's organisation, new need, and own needs with ranked workers.
#[component]
fn PartnerPanel() -> impl IntoView {
    let i18n = use_i18n();
    // One's organisation (if any) and one's needs, each `None` if it did
    // not load.
    let load = Load::new(|| async {
        let org = api::partners::my_org().await.ok();
        let mine = api::needs::my_needs().await.ok();
        Ok::<_, Failure>((org, mine))
    });
    let reload = move || load.refetch();
    let org = move || load.with(|l: Option<&Partner>| l.and_then(|(org, _)| org.clone()));
    let mine = move || {
        load.with(|l: Option<&Partner>| l.and_then(|(_, mine)| mine.clone()).unwrap_or_default())
    };
    view! {
        <section class="card" aria-labelledby="partner-title">
            <h2 id="partner-title">{tr!(i18n, PartnerTitle)}</h2>
            {move || org().map(|o| view! { <OrgForm start=o.clone() on_saved=Callback::new(move |()| reload()) /> })}
            {move || org().flatten().map(|_| view! { <NeedForm on_saved=Callback::new(move |()| reload()) /> })}
            <h3>{tr!(i18n, YourNeeds)}</h3>
            {move || mine().is_empty().then(|| view! { <p class="hint">{tr!(i18n, NoNeedsYet)}</p> })}
            <ul class="mentor-list">
                {move || mine().into_iter().map(|n| view! { <OwnNeed need=n on_change=Callback::new(move |()| reload()) /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn OrgForm(start: Option<OrgView>, on_saved: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let verified = start.as_ref().is_some_and(|o| o.verified);
    let had = start.is_some();
    let o = start.map(|o| o.org).unwrap_or_default();
    let (name, about, website, region) = (
        RwSignal::new(o.name),
        RwSignal::new(o.about),
        RwSignal::new(o.website),
        RwSignal::new(o.region),
    );
    let form = FormState::new();
    let request = move || PartnerOrg {
        name: name.get_untracked(),
        about: about.get_untracked(),
        website: website.get_untracked(),
        region: region.get_untracked(),
    };
    let on_submit = form.on_submit(
        request,
        |b: PartnerOrg| async move { api::partners::save_org(&b).await },
        move |_| on_saved.run(()),
    );
    view! {
        <p class="notice" role="note" hidden=verified data-testid="org-status">
            {move || i18n.t(if had { Key::OrgAwaiting } else { Key::OrgMissing })}
        </p>
        <details open=!had>
            <summary>{tr!(i18n, OrgTitle)}</summary>
            <form on:submit=on_submit novalidate>
                <TextField id="org-name" label=Key::OrgName value=name problem=form.problem("name") />
                <TextField id="org-website" label=Key::OrgWebsite value=website problem=form.problem("website") />
                <TextField id="org-region" label=Key::Region value=region problem=form.problem("region") />
                <div class="field">
                    <label for="org-about">{tr!(i18n, OrgAbout)}</label>
                    <textarea id="org-about" rows="3" bind:value=about></textarea>
                </div>
                <FormAlert form=form />
                <SubmitButton form=form label=Key::Save />
            </form>
        </details>
    }
}

#[component]
fn NeedForm(on_saved: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let skills = RwSignal::new(Vec::<String>::new());
    let hours = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let remote = RwSignal::new(false);
    let starts = RwSignal::new(String::new());
    let ends = RwSignal::new(String::new());
    let form = FormState::new();
    let posted = RwSignal::new(false);
    let request = move || {
        posted.set(false);
        let day = |s: RwSignal<String>| Some(s.get_untracked()).filter(|d| !d.trim().is_empty());
        NeedFields {
            title: title.get_untracked(),
            description: description.get_untracked(),
            skills: skills.get_untracked(),
            hours: hours.get_untracked().trim().parse().unwrap_or(0),
            place: place.get_untracked(),
            remote: remote.get_untracked(),
            starts_on: day(starts),
            ends_on: day(ends),
        }
    };
    let on_submit = form.on_submit(
        request,
        |b: NeedFields| async move { api::needs::post_need(&b).await },
        move |_| {
            posted.set(true);
            title.set(String::new());
            description.set(String::new());
            skills.set(Vec::new());
            on_saved.run(());
        },
    );
    view! {
        <details>
            <summary>{tr!(i18n, PostNeed)}</summary>
            <form on:submit=on_submit novalidate data-testid="need-form">
                <TextField id="need-title" label=Key::NeedTitle value=title problem=form.problem("title") />
                <div class="field">
                    <label for="need-description">{tr!(i18n, NeedDescription)}</label>
                    <textarea id="need-description" rows="3" bind:value=description></textarea>
                </div>
                <PickedSkills id="need-skill" label=Key::NeedSkills picked=skills problem=form.problem("skills") />
                <TextField id="need-hours" label=Key::NeedHours value=hours problem=form.problem("hours") input_type="number" />
                <TextField id="need-place" label=Key::NeedPlace value=place problem=form.problem("place") />
                <label class="check" for="need-remote"><input type="checkbox" id="need-remote" bind:checked=remote />{tr!(i18n, NeedRemote)}</label>
                <TextField id="need-starts" label=Key::NeedStarts value=starts problem=form.problem("starts_on") input_type="date" />
                <TextField id="need-ends" label=Key::NeedEnds value=ends problem=form.problem("ends_on") input_type="date" />
                <FormAlert form=form />
                <SubmitButton form=form label=Key::PostNeed />
                <p role="status" class="saved">{move || posted.get().then(|| i18n.t(Key::NeedPosted))}</p>
            </form>
        </details>
    }
}

/// One of the partner's needs, with the library workers who fit it best.
#[component]
fn OwnNeed(need: Need, on_change: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let workers = RwSignal::new(None::<Vec<WorkerCard>>);
    let problem = RwSignal::new(None::<Failure>);
    let id = need.id;
    let show = move |_| {
        spawn_local(async move {
            if let Ok(w) = api::expertise::directory().await {
                workers.try_set(Some(w));
            }
        });
    };
    let close = move |_| {
        spawn_local(async move {
            match api::needs::close_need(id).await {
                Ok(_) => on_change.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let fields = need.fields.clone();
    let ranked = move || {
        workers.get().map(|all| {
            rank_by_fit(all, |w| need_fit(&w.expertise, &fields))
                .into_iter()
                .take(10)
                .collect::<Vec<_>>()
        })
    };
    let open = need.status == NeedStatus::Open;
    view! {
        <li class="card" data-testid="own-need">
            <h4>{need.fields.title.clone()}</h4>
            <p><strong>{move || i18n.t(status_key(need.status))}</strong> " · " {move || i18n.fill(Key::OpenUntil, &[&day_of(need.expires_at)])}</p>
            <div class="actions">
                {open.then(|| view! { <button type="button" class="button" on:click=show>{tr!(i18n, ShowMatchingWorkers)}</button> })}
                {(need.status != NeedStatus::Closed).then(|| view! { <button type="button" class="button" on:click=close>{tr!(i18n, CloseNeed)}</button> })}
            </div>
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
            {move || ranked().map(|list| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoWorkersFit)}</p> }.into_any();
                }
                view! {
                    <ul class="mentor-list">
                        {list.into_iter().map(|(w, fit)| {
                            let why = skills.with(|s| fit_reasons(i18n, &fit, s.as_deref()));
                            view! {
                                <li class="card" data-testid="worker-match">
                                    <strong>{w.name.clone()}</strong> " · " {i18n.fill(Key::FitScore, &[&fit.score.to_string()])}
                                    <ul class="why">{why.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                    <ConnectButton to_user_id=w.user_id need_id=Some(id) />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </li>
    }
}

/// `/community`: the needs board.
#[component]
pub fn CommunityPage() -> impl IntoView {
    page_title(Key::CommunityTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, CommunityTitle)}</h1>
        <p class="lead">{tr!(i18n, CommunityIntro)}</p>
        <crate::components::shell::SignedInOnly>
            <CommunityNav />
            <NeedsBoard />
        </crate::components::shell::SignedInOnly>
    }
}
