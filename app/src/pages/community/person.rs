//! `/community/people/:id`: a member's page: their skills record (as they
//! let others see it) with endorsements, approved recommendations, and
//! writing one; blocking and reporting. On one's own page: recommendations
//! waiting for approval, and the people one blocked.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::moderation::TargetKind;
use libranet_core::network::{NewRecommendation, PersonView, Recommendation, RecommendationStatus};

use crate::api;
use crate::components::community::CommunityNav;
use crate::components::form::{FormAlert, FormState, SubmitButton, TextArea};
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::markup::Formatted;
use crate::components::report::ReportButton;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, level_key, use_i18n};
use crate::page::Page;
use crate::skills::use_skills;
use crate::time::day_of;
use crate::tr;

#[component]
pub fn PersonPage() -> impl IntoView {
    page_title(Key::PersonTitle);
    let id = crate::page::route_id();
    view! {
        <SignedInOnly>
            <CommunityNav />
            {move || {
                let id = id();
                view! { <Person id=id /> }
            }}
        </SignedInOnly>
    }
}

#[component]
fn Person(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let person =
        Load::new(move || async move { api::people::person(id).await.map_err(Failure::from) });
    let reload = Callback::new(move |()| person.refetch());
    loaded(
        person,
        Frame::heading(Key::PersonTitle),
        move |p: PersonView| {
            if p.blocked {
                return view! {
                <h1>{p.name.clone()}</h1>
                <p>{tr!(i18n, YouBlockedThem)}</p>
                <BlockButton id=p.id name=p.name.clone() blocked=true reload=reload />
                }
                .into_any();
            }
            view! { <PersonBody p=p reload=reload /> }.into_any()
        },
    )
}

#[component]
fn PersonBody(p: PersonView, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let id = p.id;
    let is_me = p.is_me;
    let record = p.expertise.clone();
    let endorsements = p.endorsements.clone();
    view! {
        <h1>{p.name.clone()}</h1>
        <section class="card" aria-labelledby="person-skills">
            <h2 id="person-skills">{tr!(i18n, SkillsAndEndorsements)}</h2>
            {match record {
                None => view! { <p class="hint">{tr!(i18n, RecordNotShared)}</p> }.into_any(),
                Some(record) => view! {
                    <ul class="endorsements">
                        {record.skills.into_iter().map(|s| {
                            let e = endorsements.iter().find(|e| e.skill_id == s.skill_id).cloned();
                            let (count, mine) = e.map_or((0, false), |e| (e.count, e.mine));
                            let skill_id = s.skill_id.clone();
                            let name = move || {
                                let lang = i18n.lang.get();
                                skills.with(|k| k.as_ref().map_or_else(|| skill_id.clone(), |k| k.label(&skill_id, lang)))
                            };
                            let level = s.level;
                            view! {
                                <li class="endorsement" data-testid="endorsement">
                                    <span class="skill-name">{name.clone()}</span>
                                    <span class="hint">" · " {move || i18n.t(level_key(level))}</span>
                                    <span class="hint" data-testid="endorsement-count">" · " {move || i18n.fill(Key::EndorsedBy, &[&count.to_string()])}</span>
                                    {(!is_me).then(|| view! {
                                        <EndorseButton person=id skill_id=s.skill_id.clone() mine=mine name=Signal::derive(name) reload=reload />
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
        {(!p.attended.is_empty()).then(|| {
            let attended = p.attended.clone();
            view! {
                <section class="card" aria-labelledby="person-attended">
                    <h2 id="person-attended">{tr!(i18n, WorkshopsAttended)}</h2>
                    <ul data-testid="person-attended">
                        {attended.into_iter().map(|e| {
                            let ids = e.skills.clone();
                            let taught = move || {
                                let lang = i18n.lang.get();
                                skills.with(|k| ids.iter().map(|s| k.as_ref().map_or_else(|| s.clone(), |k| k.label(s, lang))).collect::<Vec<_>>().join(", "))
                            };
                            let has_skills = !e.skills.is_empty();
                            view! {
                                <li>
                                    <A href=Page::Event { id: e.id }.href()>{e.title.clone()}</A> " · " {
                                        let day = e.day.clone();
                                        move || crate::components::when::civil_day(&day, i18n.lang.get())
                                    }
                                    {has_skills.then(|| view! { <br /><span class="hint">{move || i18n.fill(Key::TeachesSkills, &[&taught()])}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })}
        <section class="card" aria-labelledby="person-recs">
            <h2 id="person-recs">{tr!(i18n, RecommendationsTitle)}</h2>
            {if p.recommendations.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoRecommendations)}</p> }.into_any()
            } else {
                view! {
                    <ul class="pair-list">
                        {p.recommendations.into_iter().map(|r| view! { <RecommendationCard r=r is_me=is_me reload=reload /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!is_me).then(|| view! { <RecommendForm person=id /> })}
        </section>
        {if is_me {
            view! { <Waiting reload=reload /> <MyBlocks /> }.into_any()
        } else {
            view! {
                <section class="card" aria-labelledby="person-safety">
                    <h2 id="person-safety">{tr!(i18n, SafetyTitle)}</h2>
                    <BlockButton id=id name=p.name.clone() blocked=false reload=reload />
                    <ReportButton target=TargetKind::Profile target_id=id />
                </section>
            }.into_any()
        }}
    }
}

#[component]
fn EndorseButton(
    person: i64,
    skill_id: String,
    mine: bool,
    name: Signal<String>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<Failure>);
    let toggle = move |_| {
        let skill_id = skill_id.clone();
        spawn_local(async move {
            match api::people::endorse(person, &skill_id, !mine).await {
                Ok(()) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    view! {
        <button
            type="button"
            class="button small"
            aria-pressed=mine.to_string()
            aria-label=move || i18n.fill(if mine { Key::RemoveEndorsementOf } else { Key::EndorseSkillOf }, &[&name.get()])
            on:click=toggle
        >
            {move || i18n.t(if mine { Key::Endorsed } else { Key::Endorse })}
        </button>
        <span role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</span>
    }
}

#[component]
fn RecommendationCard(r: Recommendation, is_me: bool, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = r.id;
    let remove = move |_| {
        spawn_local(async move {
            if api::recommendations::remove_recommendation(id)
                .await
                .is_ok()
            {
                reload.run(());
            }
        });
    };
    view! {
        <li class="card" data-testid="recommendation">
            <p><strong>{i18n.fill(Key::RecommendedBy, &[&r.author_name, &day_of(r.created_at)])}</strong></p>
            <Formatted text=r.body.clone() />
            {if is_me {
                view! { <button type="button" class="button small" on:click=remove>{tr!(i18n, TakeOffMyPage)}</button> }.into_any()
            } else {
                view! { <ReportButton target=TargetKind::Recommendation target_id=id /> }.into_any()
            }}
        </li>
    }
}

#[component]
fn RecommendForm(person: i64) -> impl IntoView {
    let i18n = use_i18n();
    let form = FormState::new();
    let body = RwSignal::new(String::new());
    let sent = RwSignal::new(false);
    let submit = form.on_submit(
        move || NewRecommendation {
            body: body.get_untracked(),
        },
        move |b| async move { api::recommendations::recommend(person, &b).await },
        move |_| {
            sent.set(true);
        },
    );
    view! {
        <p class="saved" role="status">{move || sent.get().then(|| i18n.t(Key::RecommendationSent))}</p>
        <form on:submit=submit novalidate hidden=move || sent.get()>
            <TextArea id="recommend-body" label=Key::WriteRecommendation value=body problem=form.problem("body") hint=Some(Key::RecommendationHint) />
            <FormAlert form=form />
            <SubmitButton form=form label=Key::SendRecommendation />
        </form>
    }
}

/// Recommendations written for me that wait for my answer.
#[component]
fn Waiting(reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Vec::<Recommendation>::new());
    let me = crate::session::use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    let load = move || {
        spawn_local(async move {
            if let Ok(all) = api::recommendations::my_recommendations().await {
                list.try_set(
                    all.into_iter()
                        .filter(|r| r.subject_id == me && r.status == RecommendationStatus::Pending)
                        .collect(),
                );
            }
        });
    };
    load();
    let answer = move |id: i64, approve: bool| {
        spawn_local(async move {
            if api::recommendations::answer_recommendation(id, approve)
                .await
                .is_ok()
            {
                load();
                reload.run(());
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="waiting-recs">
            <h2 id="waiting-recs">{tr!(i18n, WaitingRecommendations)}</h2>
            {move || {
                let all = list.get();
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoneWaiting)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {all.into_iter().map(|r| {
                            let id = r.id;
                            view! {
                                <li class="card" data-testid="waiting-recommendation">
                                    <p><strong>{i18n.fill(Key::RecommendedBy, &[&r.author_name, &day_of(r.created_at)])}</strong></p>
                                    <Formatted text=r.body.clone() />
                                    <div class="actions">
                                        <button type="button" class="button primary" on:click=move |_| answer(id, true)>{tr!(i18n, ApproveRecommendation)}</button>
                                        <button type="button" class="button" on:click=move |_| answer(id, false)>{tr!(i18n, Decline)}</button>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn MyBlocks() -> impl IntoView {
    let i18n = use_i18n();
    let list = RwSignal::new(Vec::new());
    let load = move || {
        spawn_local(async move {
            if let Ok(found) = api::people::blocks().await {
                list.try_set(found);
            }
        });
    };
    load();
    view! {
        <section class="card" aria-labelledby="my-blocks">
            <h2 id="my-blocks">{tr!(i18n, PeopleIBlocked)}</h2>
            {move || {
                let all = list.get();
                if all.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NobodyBlocked)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {all.into_iter().map(|b| view! {
                            <li class="pair-row">
                                <span>{b.name.clone()}</span>
                                <BlockButton id=b.id name=b.name blocked=true reload=Callback::new(move |()| load()) />
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn BlockButton(id: i64, name: String, blocked: bool, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let toggle = move |_| {
        spawn_local(async move {
            if api::people::set_person_blocked(id, !blocked).await.is_ok() {
                reload.run(());
            }
        });
    };
    let key = if blocked {
        Key::UnblockPerson
    } else {
        Key::BlockPerson
    };
    let label = move || i18n.fill(key, &[&name]);
    view! {
        <button type="button" class="button small" on:click=toggle>{label}</button>
        {(!blocked).then(|| view! { <p class="hint">{tr!(i18n, BlockHint)}</p> })}
    }
}
