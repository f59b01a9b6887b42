//! `/mentoring/cohorts/:id` (staff): members and invitations, the best
//! overall assignment computed in the browser (exact, capacity-aware), why
//! each pair was chosen, pins and exclusions, and publishing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use libranet_core::mentoring::assign::{CohortError, Constraints, solve_cohort};
use libranet_core::mentoring::fit::{Fit, fit};
use libranet_core::mentoring::views::{
    CohortMember, CohortRole, CohortView, Invite, MemberStatus, Pair, Publish,
};

use crate::api;
use crate::components::loaded::Load;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::{Failure, Notice, NoticeText};
use crate::i18n::{Key, use_i18n};
use crate::labels::area_key;
use crate::labels::role_key;
use crate::page::Page;
use crate::tr;

#[component]
pub fn CohortPage() -> impl IntoView {
    page_title(Key::CohortTitle);
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()));
    view! {
        <p><A href=Page::Mentoring.href()>{tr!(i18n, BackToMentoring)}</A></p>
        <SignedInOnly>
            {move || id().map(|id| view! { <Cohort id=id /> })}
        </SignedInOnly>
    }
}

/// A computed pair with its fit.
#[derive(Clone, PartialEq)]
struct Proposed {
    mentee: CohortMember,
    mentor: CohortMember,
    fit: Fit,
}

/// The outcome of one run: pairs, and mentees left without a mentor.
#[derive(Clone, PartialEq)]
struct Outcome {
    pairs: Vec<Proposed>,
    unmatched: Vec<CohortMember>,
    total: u32,
}

fn joined(view: &CohortView, role: CohortRole) -> Vec<CohortMember> {
    view.members
        .iter()
        .filter(|m| m.role == role && m.status == MemberStatus::Joined)
        .cloned()
        .collect()
}

/// Solves the cohort with the coordinator's pins and exclusions.
fn compute(
    view: &CohortView,
    pinned: &[(i64, i64)],
    forbidden: &[(i64, i64)],
) -> Result<Outcome, CohortError> {
    let mentees: Vec<CohortMember> = joined(view, CohortRole::Mentee)
        .into_iter()
        .filter(|m| m.mentee.is_some())
        .collect();
    let mentors: Vec<CohortMember> = joined(view, CohortRole::Mentor)
        .into_iter()
        .filter(|m| m.mentor.is_some() && m.free > 0)
        .collect();
    let fits: Vec<Option<Fit>> = mentees
        .iter()
        .flat_map(|e| {
            mentors.iter().map(move |m| {
                fit(
                    e.mentee.as_ref().expect("filtered"),
                    m.mentor.as_ref().expect("filtered"),
                )
            })
        })
        .collect();
    let scores: Vec<Option<u8>> = fits.iter().map(|f| f.as_ref().map(|f| f.score)).collect();
    let index = |pairs: &[(i64, i64)]| -> Vec<(usize, usize)> {
        pairs
            .iter()
            .filter_map(|(e, m)| {
                Some((
                    mentees.iter().position(|x| x.user_id == *e)?,
                    mentors.iter().position(|x| x.user_id == *m)?,
                ))
            })
            .collect()
    };
    let constraints = Constraints {
        pinned: index(pinned),
        forbidden: index(forbidden),
    };
    let capacities: Vec<u32> = mentors.iter().map(|m| u32::from(m.free)).collect();
    let solved = solve_cohort(&scores, mentees.len(), &capacities, &constraints)?;
    let mut outcome = Outcome {
        pairs: Vec::new(),
        unmatched: Vec::new(),
        total: 0,
    };
    for (i, chosen) in solved.mentor_of.iter().enumerate() {
        match chosen {
            Some(j) => {
                // A pinned pair may break a hard constraint; it still shows, at 0.
                let f = fits[i * mentors.len() + j].clone().unwrap_or(Fit {
                    score: 0,
                    shared_skills: vec![],
                    shared_areas: vec![],
                    goal_skills: vec![],
                    language: None,
                    meeting: libranet_core::mentoring::fit::Meeting::Either,
                    same_region: false,
                    years: 0,
                });
                outcome.total += u32::from(f.score);
                outcome.pairs.push(Proposed {
                    mentee: mentees[i].clone(),
                    mentor: mentors[*j].clone(),
                    fit: f,
                });
            }
            None => outcome.unmatched.push(mentees[i].clone()),
        }
    }
    Ok(outcome)
}

#[component]
fn Cohort(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let cohort = RwSignal::new(None::<CohortView>);
    let status = RwSignal::new(None::<Notice>);
    let pinned = RwSignal::new(Vec::<(i64, i64)>::new());
    let forbidden = RwSignal::new(Vec::<(i64, i64)>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    // The cohort as loaded, then as each action leaves it; a failed load
    // says so in the status line.
    let load =
        Load::new(move || async move { api::cohorts::cohort(id).await.map_err(Failure::from) });
    Effect::new(move || {
        if let Some(v) = load.with(|v: Option<&CohortView>| v.cloned()) {
            cohort.set(Some(v));
        }
        if let Some(failure) = load.failure() {
            status.set(Some(Notice::Failed(failure)));
        }
    });
    let run = move || {
        let Some(view) = cohort.get_untracked() else {
            return;
        };
        match compute(&view, &pinned.get_untracked(), &forbidden.get_untracked()) {
            Ok(found) => {
                status.set(Some(Notice::Filled(
                    Key::AssignmentDone,
                    vec![
                        found.pairs.len().to_string(),
                        found.unmatched.len().to_string(),
                    ],
                )));
                outcome.set(Some(found));
            }
            Err(_) => status.set(Some(Notice::Said(Key::PinsConflict))),
        }
    };
    let username = RwSignal::new(String::new());
    let role = RwSignal::new(CohortRole::Mentee);
    let invite = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = Invite {
            username: username.get_untracked(),
            role: role.get_untracked(),
        };
        spawn_local(async move {
            match api::cohorts::invite_to_cohort(id, &body).await {
                Ok(v) => {
                    cohort.try_set(Some(v));
                    username.try_set(String::new());
                    status.try_set(Some(Notice::Said(Key::Invited)));
                }
                Err(e) => {
                    status.try_set(Some(Notice::from(e)));
                }
            }
        });
    };
    let accept = move |user_id: i64| {
        spawn_local(async move {
            match api::cohorts::accept_cohort_member(id, user_id).await {
                Ok(v) => {
                    cohort.try_set(Some(v));
                }
                Err(e) => {
                    status.try_set(Some(Notice::from(e)));
                }
            }
        });
    };
    let publish = move |_| {
        let Some(found) = outcome.get_untracked() else {
            return;
        };
        let body = Publish {
            pairs: found
                .pairs
                .iter()
                .map(|p| Pair {
                    mentee_id: p.mentee.user_id,
                    mentor_id: p.mentor.user_id,
                })
                .collect(),
        };
        spawn_local(async move {
            match api::cohorts::publish_cohort(id, &body).await {
                Ok(v) => {
                    cohort.try_set(Some(v));
                    outcome.try_set(None);
                    status.try_set(Some(Notice::Said(Key::CohortPublishedNow)));
                }
                Err(e) => {
                    status.try_set(Some(Notice::from(e)));
                }
            }
        });
    };
    view! {
        {move || cohort.get().map(|view| {
            let published = view.published_at.is_some();
            let name_of = {
                let members = view.members.clone();
                move |id: i64| members.iter().find(|m| m.user_id == id).map(|m| m.name.clone()).unwrap_or_default()
            };
            view! {
                <h1>{view.name.clone()}</h1>
                <p role="status" class="saved" data-testid="cohort-status">{move || status.get().map(|n| view! { <NoticeText notice=n /> })}</p>
                <section aria-labelledby="members-title">
                    <h2 id="members-title">{tr!(i18n, CohortMembers)}</h2>
                    <div class="table-wrap"><table class="table">
                        <thead><tr><th scope="col">{tr!(i18n, Name)}</th><th scope="col">{tr!(i18n, CohortRoleLabel)}</th><th scope="col">{tr!(i18n, CohortStatus)}</th><th scope="col">{tr!(i18n, FreePlaces)}</th></tr></thead>
                        <tbody>
                            {view.members.iter().cloned().map(|m| {
                                let user_id = m.user_id;
                                let ready = match m.role { CohortRole::Mentor => m.mentor.is_some(), CohortRole::Mentee => m.mentee.is_some() };
                                view! {
                                    <tr data-testid="cohort-member">
                                        <td>{m.name.clone()}</td>
                                        <td>{move || i18n.t(role_key(m.role))}</td>
                                        <td>
                                            {move || i18n.t(match m.status { MemberStatus::Invited => Key::MemberInvited, MemberStatus::Applied => Key::MemberApplied, MemberStatus::Joined => Key::MemberJoined })}
                                            {(!ready).then(|| view! { " · " {tr!(i18n, NoMentoringProfile)} })}
                                            {(m.status == MemberStatus::Applied && !published).then(|| view! {
                                                " " <button type="button" class="button small" on:click=move |_| accept(user_id)>{tr!(i18n, Accept)}</button>
                                            })}
                                        </td>
                                        <td>{(m.role == CohortRole::Mentor).then(|| m.free.to_string())}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table></div>
                    {(!published).then(|| view! {
                        <form class="inline-form" on:submit=invite>
                            <div class="field">
                                <label for="invite-username">{tr!(i18n, Username)}</label>
                                <input id="invite-username" type="text" autocomplete="off" bind:value=username />
                            </div>
                            <div class="field">
                                <label for="invite-role">{tr!(i18n, CohortRoleLabel)}</label>
                                <select id="invite-role" on:change=move |ev| role.set(if event_target_value(&ev) == "mentor" { CohortRole::Mentor } else { CohortRole::Mentee })>
                                    <option value="mentee">{tr!(i18n, CohortRoleMentee)}</option>
                                    <option value="mentor">{tr!(i18n, CohortRoleMentor)}</option>
                                </select>
                            </div>
                            <button type="submit" class="button">{tr!(i18n, InviteButton)}</button>
                        </form>
                    })}
                </section>
                {if published {
                    view! {
                        <section aria-labelledby="published-title">
                            <h2 id="published-title">{tr!(i18n, PublishedPairs)}</h2>
                            <ul>{view.pairs.iter().map(|p| view! { <li data-testid="published-pair">{name_of(p.mentee_id)} " → " {name_of(p.mentor_id)}</li> }).collect_view()}</ul>
                        </section>
                    }.into_any()
                } else {
                    view! {
                        <section aria-labelledby="assign-title">
                            <h2 id="assign-title">{tr!(i18n, AssignmentTitle)}</h2>
                            <p class="hint">{tr!(i18n, AssignmentHint)}</p>
                            <button type="button" class="button primary" data-testid="compute" on:click=move |_| run()>{tr!(i18n, ComputeAssignment)}</button>
                            <Constraints pinned=pinned forbidden=forbidden name_of=StoredValue::new(view.members.clone()) />
                            {move || outcome.get().map(|found| view! {
                                <p class="lead" data-testid="total-fit">{i18n.fill(Key::TotalFit, &[&found.total.to_string(), &found.pairs.len().to_string()])}</p>
                                <div class="table-wrap"><table class="table">
                                    <thead><tr><th scope="col">{tr!(i18n, CohortRoleMentee)}</th><th scope="col">{tr!(i18n, CohortRoleMentor)}</th><th scope="col">{tr!(i18n, Fit)}</th><th scope="col">{tr!(i18n, WhyThisMatch)}</th><th scope="col">{tr!(i18n, Actions)}</th></tr></thead>
                                    <tbody>
                                        {found.pairs.iter().map(|p| {
                                            let key = (p.mentee.user_id, p.mentor.user_id);
                                            let why = p.fit.shared_areas.iter().map(|a| i18n.t(area_key(*a)).to_owned())
                                                .chain(p.fit.language.clone().map(|l| i18n.fill(Key::WhyLanguage, &[&l])))
                                                .chain(p.fit.same_region.then(|| i18n.t(Key::SameRegion).to_owned()))
                                                .collect::<Vec<_>>().join("; ");
                                            let is_pinned = pinned.with_untracked(|v| v.contains(&key));
                                            view! {
                                                <tr data-testid="proposed-pair">
                                                    <td>{p.mentee.name.clone()}</td>
                                                    <td>{p.mentor.name.clone()}</td>
                                                    <td>{format!("{}%", p.fit.score)}</td>
                                                    <td>{why}</td>
                                                    <td>
                                                        <button type="button" class="button small" aria-pressed=is_pinned.to_string() on:click=move |_| {
                                                            pinned.update(|v| if v.contains(&key) { v.retain(|x| *x != key) } else { v.retain(|x| x.0 != key.0); v.push(key) });
                                                            run();
                                                        }>{tr!(i18n, Pin)}</button>
                                                        " "
                                                        <button type="button" class="button small" on:click=move |_| {
                                                            pinned.update(|v| v.retain(|x| *x != key));
                                                            forbidden.update(|v| v.push(key));
                                                            run();
                                                        }>{tr!(i18n, Forbid)}</button>
                                                    </td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table></div>
                                {(!found.unmatched.is_empty()).then(|| view! {
                                    <p>{tr!(i18n, Unmatched)} " " {found.unmatched.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(", ")}</p>
                                })}
                                <button type="button" class="button primary" data-testid="publish" on:click=publish>{tr!(i18n, PublishCohort)}</button>
                            })}
                        </section>
                    }.into_any()
                }}
            }
        })}
    }
}

/// The pins and exclusions in force, each removable.
#[component]
fn Constraints(
    pinned: RwSignal<Vec<(i64, i64)>>,
    forbidden: RwSignal<Vec<(i64, i64)>>,
    name_of: StoredValue<Vec<CohortMember>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = move |id: i64| {
        name_of.with_value(|m| {
            m.iter()
                .find(|m| m.user_id == id)
                .map(|m| m.name.clone())
                .unwrap_or_default()
        })
    };
    let row = move |list: RwSignal<Vec<(i64, i64)>>, key: Key| {
        move || {
            list.get()
                .into_iter()
                .map(|pair| {
                    let text = i18n.fill(key, &[&name(pair.0), &name(pair.1)]);
                    view! {
                        <li>{text}
                            " " <button type="button" class="button small" on:click=move |_| list.update(|v| v.retain(|x| *x != pair))>{tr!(i18n, Remove)}</button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <ul class="constraints" data-testid="constraints">
            {row(pinned, Key::PinnedPair)}
            {row(forbidden, Key::ForbiddenPair)}
        </ul>
    }
}
