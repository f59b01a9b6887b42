//! `/mentoring/find`: mentors ranked in the browser by how well they fit
//! one's mentee profile, each with a plain "why this match", filters, and a
//! request with a message.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::mentoring::fit::{Candidate, Meeting, Ranked, rank};
use libranet_core::mentoring::views::{MentorCard, NewRequest};
use libranet_core::mentoring::{CareerArea, MenteeProfile};

use crate::api;
use crate::components::loaded::Load;
use crate::components::markup::PlainText;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::{Failure, FailureText};
use crate::i18n::{I18n, Key, use_i18n};
use crate::labels::area_key;
use crate::labels::area_list;
use crate::page::Page;
use crate::skills::use_skills;
use crate::tr;

#[component]
pub fn MentoringFindPage() -> impl IntoView {
    page_title(Key::FindMentor);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, FindMentor)}</h1>
        <p><A href=Page::Mentoring.href()>{tr!(i18n, BackToMentoring)}</A></p>
        <SignedInOnly>
            <Finder />
        </SignedInOnly>
    }
}

/// Plain sentences saying why a mentor fits.
fn reasons(
    i18n: I18n,
    r: &Ranked<i64>,
    card: &MentorCard,
    label: &dyn Fn(&str) -> String,
) -> Vec<String> {
    let f = &r.fit;
    let mut out = Vec::new();
    let topics: Vec<String> = f
        .shared_areas
        .iter()
        .map(|a| i18n.t(area_key(*a)).to_owned())
        .chain(f.shared_skills.iter().map(|s| label(s)))
        .collect();
    if !topics.is_empty() {
        out.push(i18n.fill(Key::WhyTopics, &[&topics.join(", ")]));
    }
    if !f.goal_skills.is_empty() {
        let skills: Vec<String> = f.goal_skills.iter().map(|s| label(s)).collect();
        out.push(i18n.fill(Key::WhyGoal, &[&skills.join(", ")]));
    }
    if let Some(language) = &f.language {
        out.push(i18n.fill(Key::WhyLanguage, &[language]));
    }
    out.push(
        i18n.t(match f.meeting {
            Meeting::Remote => Key::WhyRemote,
            Meeting::InPerson => Key::WhyInPerson,
            Meeting::Either => Key::WhyEither,
        })
        .to_owned(),
    );
    if f.same_region {
        out.push(i18n.fill(Key::WhyRegion, &[&card.profile.region]));
    }
    if f.years > 0 {
        out.push(i18n.fill(Key::WhyYears, &[&f.years.to_string()]));
    }
    out.push(i18n.fill(
        Key::WhySeats,
        &[
            &r.seats_left.to_string(),
            &card.profile.capacity.to_string(),
        ],
    ));
    out
}

/// What the finder loads: one's mentee profile, the mentors, and whom one
/// has an open request with.
struct Found {
    mentee: Option<MenteeProfile>,
    cards: Vec<MentorCard>,
    asked: Vec<i64>,
}

#[component]
fn Finder() -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    // Each part on its own: one that fails counts as empty.
    let load = Load::new(|| async {
        let (me, list, requests) = (
            api::mentoring::my_mentoring().await,
            api::mentoring::mentors().await,
            api::mentoring::mentoring_requests().await,
        );
        let asked = requests
            .map(|r| {
                r.sent
                    .iter()
                    .filter(|q| q.status.is_open())
                    .map(|q| q.mentor_id)
                    .collect()
            })
            .unwrap_or_default();
        Ok::<_, Failure>(Found {
            mentee: me.ok().and_then(|m| m.mentee),
            cards: list.unwrap_or_default(),
            asked,
        })
    });
    // Whom one has asked: from the load, then added to by requests sent
    // here.
    let asked = RwSignal::new(Vec::<i64>::new());
    Effect::new(move || {
        load.with(|found: Option<&Found>| {
            if let Some(found) = found {
                asked.set(found.asked.clone());
            }
        });
    });
    // `None` while loading, then whether one has a mentee profile.
    let has_profile = move || load.with(|found: Option<&Found>| found.map(|f| f.mentee.is_some()));
    let area = RwSignal::new(None::<CareerArea>);
    let remote_only = RwSignal::new(false);
    let language = RwSignal::new(String::new());
    let ranked = Memo::new(move |_| {
        load.with(|found: Option<&Found>| {
            let Some(Found {
                mentee: Some(me),
                cards,
                ..
            }) = found
            else {
                return Vec::new();
            };
            let candidates: Vec<Candidate<'_, i64>> = cards
                .iter()
                .map(|c| Candidate {
                    id: c.user_id,
                    profile: &c.profile,
                    taken: c.taken,
                })
                .collect();
            let wanted_area = area.get();
            let wanted_language = libranet_core::skills::normalise(&language.get());
            rank(me, &candidates)
                .into_iter()
                .filter(|r| {
                    let card = cards
                        .iter()
                        .find(|c| c.user_id == r.mentor)
                        .expect("ranked from cards");
                    wanted_area.is_none_or(|a| card.profile.areas.contains(&a))
                        && (!remote_only.get() || r.fit.meeting != Meeting::InPerson)
                        && (wanted_language.is_empty()
                            || card.profile.languages.iter().any(|l| {
                                libranet_core::skills::normalise(l).starts_with(&wanted_language)
                            }))
                })
                .map(|r| {
                    (
                        r.clone(),
                        cards
                            .iter()
                            .find(|c| c.user_id == r.mentor)
                            .cloned()
                            .expect("ranked from cards"),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        {move || match has_profile() {
            None => view! { <p role="status">{tr!(i18n, Loading)}</p> }.into_any(),
            Some(false) => view! {
                <p>{tr!(i18n, NeedMenteeProfile)}</p>
                <p><A href=Page::MentoringProfile.href() attr:class="button primary">{tr!(i18n, MyMentoringProfile)}</A></p>
            }.into_any(),
            Some(true) => view! {
                <form class="search facets" role="search" on:submit=|ev| ev.prevent_default()>
                    <div class="field">
                        <label for="filter-area">{tr!(i18n, FilterArea)}</label>
                        <select id="filter-area" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            area.set(CareerArea::ALL.into_iter().find(|a| format!("{a:?}") == v));
                        }>
                            <option value="">{tr!(i18n, AnyArea)}</option>
                            {CareerArea::ALL.into_iter().map(|a| view! {
                                <option value=format!("{a:?}")>{move || i18n.t(area_key(a))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-language">{tr!(i18n, FilterLanguage)}</label>
                        <input id="filter-language" type="text" bind:value=language />
                    </div>
                    <label class="check" for="filter-remote">
                        <input type="checkbox" id="filter-remote" bind:checked=remote_only />
                        {tr!(i18n, FilterRemote)}
                    </label>
                </form>
                <p role="status" data-testid="mentor-count">{move || i18n.fill(Key::MentorsFound, &[&ranked.with(Vec::len).to_string()])}</p>
                <ol class="mentor-list">
                    <For each=move || ranked.get() key=|(r, _)| (r.mentor, r.rank_score) let:pair>
                        <MentorResult ranked=pair.0 card=pair.1 asked=asked skills=skills />
                    </For>
                </ol>
            }.into_any(),
        }}
    }
}

#[component]
fn MentorResult(
    ranked: Ranked<i64>,
    card: MentorCard,
    asked: RwSignal<Vec<i64>>,
    skills: RwSignal<Option<std::sync::Arc<crate::skills::Skills>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = card.user_id;
    let message = RwSignal::new(String::new());
    let writing = RwSignal::new(false);
    let problem = RwSignal::new(None::<Failure>);
    let why = {
        let (ranked, card) = (ranked.clone(), card.clone());
        move || {
            let lang = i18n.lang.get();
            skills.with(|s| {
                let label = |id: &str| {
                    s.as_ref()
                        .map_or_else(|| id.to_owned(), |s| s.label(id, lang))
                };
                reasons(i18n, &ranked, &card, &label)
            })
        }
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = NewRequest {
            mentor_id: id,
            message: message.get_untracked(),
        };
        spawn_local(async move {
            match api::mentoring::send_request(&body).await {
                Ok(_) => {
                    asked.update(|a| a.push(id));
                    writing.try_set(false);
                }
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let field = format!("ask-{id}");
    let heading = format!("mentor-{id}");
    let areas = area_list(i18n, &card.profile.areas);
    let score = ranked.fit.score;
    view! {
        <li class="card mentor" data-testid="mentor-card">
            <h2 id=heading>{card.name.clone()}</h2>
            <p class="match-score">{move || i18n.fill(Key::FitScore, &[&score.to_string()])}</p>
            <p class="hint">{areas}</p>
            {(!card.profile.region.trim().is_empty() || !card.profile.time_zone.is_empty()).then(|| {
                let (region, zone) = (card.profile.region.clone(), card.profile.time_zone.clone());
                view! { <p class="hint" data-testid="mentor-place">{move || crate::components::when::region_and_zone(i18n, &region, &zone)}</p> }
            })}
            {(!card.profile.about.is_empty()).then(|| view! { <PlainText text=card.profile.about.clone() /> })}
            <h3 class="gap-title">{tr!(i18n, WhyThisMatch)}</h3>
            <ul class="why" data-testid="why">{move || why().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            {move || if asked.with(|a| a.contains(&id)) {
                view! { <p class="saved" role="status">{tr!(i18n, RequestSent)}</p> }.into_any()
            } else if writing.get() {
                view! {
                    <form on:submit=send>
                        <div class="field">
                            <label for=field.clone()>{tr!(i18n, RequestMessage)}</label>
                            <p class="hint">{tr!(i18n, RequestMessageHint)}</p>
                            <textarea id=field.clone() rows="3" bind:value=message></textarea>
                        </div>
                        <button type="submit" class="button primary">{tr!(i18n, SendRequest)}</button>
                        <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
                    </form>
                }.into_any()
            } else {
                view! { <button type="button" class="button primary" on:click=move |_| writing.set(true)>{tr!(i18n, AskThisMentor)}</button> }.into_any()
            }}
        </li>
    }
}
