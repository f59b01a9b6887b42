//! LibLine mentoring: the overview (`/mentoring`) with one's mentorships,
//! requests both ways and cohorts; finding a mentor; one's mentoring
//! profile; each pair's space; a coordinator's cohort.

pub mod cohort;
pub mod find;
pub mod pair;
pub mod profile;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::mentoring::views::{
    CohortRole, CohortSummary, Join, MemberStatus, MentorshipSummary, NewCohort, RequestAnswer,
    RequestList, RequestView,
};
use libranet_core::mentoring::{RequestAction, RequestStatus};
use libranet_core::text::neutralise;

use crate::api::{self};
use crate::components::loaded::Load;
use crate::components::markup::PlainText;
use crate::components::shell::{SignedInOnly, page_title};
use crate::failure::{Failure, FailureText, Notice, NoticeText};
use crate::i18n::{Key, use_i18n};
use crate::labels::{area_list, mode_key, role_key};
use crate::page::Page;
use crate::session::use_session;
use crate::time::day_of;
use crate::tr;

fn status_key(status: RequestStatus) -> Key {
    match status {
        RequestStatus::Pending => Key::RequestPending,
        RequestStatus::MoreInfo => Key::RequestMoreInfo,
        RequestStatus::Accepted => Key::RequestAccepted,
        RequestStatus::Declined => Key::RequestDeclined,
        RequestStatus::Expired => Key::RequestExpired,
        RequestStatus::Withdrawn => Key::RequestWithdrawn,
    }
}

#[component]
pub fn MentoringPage() -> impl IntoView {
    page_title(Key::MentoringTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, MentoringTitle)}</h1>
        <p class="lead">{tr!(i18n, MentoringIntro)}</p>
        <SignedInOnly>
            <p class="actions">
                <A href=Page::MentoringFind.href() attr:class="button primary">{tr!(i18n, FindMentor)}</A>
                " "
                <A href=Page::MentoringProfile.href() attr:class="button">{tr!(i18n, MyMentoringProfile)}</A>
            </p>
            <Overview />
        </SignedInOnly>
    }
}

/// One's mentorships, requests both ways, and cohorts.
type OverviewData = (Vec<MentorshipSummary>, RequestList, Vec<CohortSummary>);

#[component]
fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    // All three, or why not (said in the status line below).
    // All three are asked for even if one fails; the first failure is said.
    let load = Load::new(|| async {
        let (pairs, requests, cohorts) = (
            api::mentorships::mentorships().await,
            api::mentoring::mentoring_requests().await,
            api::cohorts::cohorts().await,
        );
        Ok::<_, Failure>((pairs?, requests?, cohorts?))
    });
    let reload = Callback::new(move |()| load.refetch());
    let pairs = move || load.with(|o: Option<&OverviewData>| o.map(|o| o.0.clone()));
    let requests = move || load.with(|o: Option<&OverviewData>| o.map(|o| o.1.clone()));
    let cohorts =
        Signal::derive(move || load.with(|o: Option<&OverviewData>| o.map(|o| o.2.clone())));
    let status = move || load.failure().map(Notice::Failed);
    let me = use_session()
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.user.id))
        .unwrap_or(0);
    view! {
        <p role="status" class="saved" data-testid="mentoring-status">{move || status().map(|n| view! { <NoticeText notice=n /> })}</p>
        <section aria-labelledby="pairs-title">
            <h2 id="pairs-title">{tr!(i18n, PairsTitle)}</h2>
            {move || pairs().map(|list| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoPairsYet)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {list.into_iter().map(|p| {
                            let mentor = p.mentor_id == me;
                            let other = if mentor { p.mentee_name.clone() } else { p.mentor_name.clone() };
                            let role = if mentor { Key::YourMentee } else { Key::YourMentor };
                            let ended = p.ended_at.is_some();
                            let unread = p.unread;
                            view! {
                                <li class="card pair-row" data-testid="pair-row">
                                    <A href=Page::Pair { id: p.id }.href()>{other}</A>
                                    <span class="hint">{move || i18n.t(role)}</span>
                                    {(unread > 0).then(|| view! {
                                        <span class="badge" data-testid="unread">{move || i18n.fill(Key::UnreadCount, &[&unread.to_string()])}</span>
                                    })}
                                    {ended.then(|| view! { <span class="hint">{tr!(i18n, PairEnded)}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
        <section aria-labelledby="received-title">
            <h2 id="received-title">{tr!(i18n, ReceivedTitle)}</h2>
            {move || requests().map(|r| {
                if r.received.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoRequestsReceived)}</p> }.into_any();
                }
                r.received.into_iter().map(|req| view! { <RequestCard request=req mentor=true reload=reload /> }).collect_view().into_any()
            })}
        </section>
        <section aria-labelledby="sent-title">
            <h2 id="sent-title">{tr!(i18n, SentTitle)}</h2>
            {move || requests().map(|r| {
                if r.sent.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoRequestsSent)}</p> }.into_any();
                }
                r.sent.into_iter().map(|req| view! { <RequestCard request=req mentor=false reload=reload /> }).collect_view().into_any()
            })}
        </section>
        <Cohorts cohorts=cohorts reload=reload />
    }
}

/// One request, with the actions open to the reader.
#[component]
fn RequestCard(request: RequestView, mentor: bool, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Failure>);
    let id = request.id;
    let act = move |action: RequestAction| {
        let body = RequestAnswer {
            action,
            text: text.get_untracked(),
        };
        spawn_local(async move {
            match api::mentoring::answer_request(id, &body).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let open = request.status.is_open();
    let waiting_on_me = if mentor {
        request.status == RequestStatus::Pending
    } else {
        request.status == RequestStatus::MoreInfo
    };
    let who = if mentor {
        request.mentee_name.clone()
    } else {
        request.mentor_name.clone()
    };
    let field_id = format!("request-{id}-text");
    let mentee = request.mentee.clone();
    let expires = day_of(request.expires_at);
    view! {
        <article class="card request" data-testid="request-card">
            <h3>{who}</h3>
            <p><strong>{move || i18n.t(status_key(request.status))}</strong>
                {open.then(|| view! { " · " {move || i18n.fill(Key::ExpiresOn, &[&expires])} })}</p>
            {(!request.message.is_empty()).then(|| view! { <PlainText text=request.message.clone() /> })}
            {mentor.then(|| view! {
                <dl class="facts">
                    <dt>{tr!(i18n, MenteeGoals)}</dt><dd>{mentee.goals.join("; ")}</dd>
                    <dt>{tr!(i18n, Topics)}</dt><dd>{area_list(i18n, &mentee.areas)}</dd>
                    <dt>{tr!(i18n, Languages)}</dt><dd>{mentee.languages.join(", ")}</dd>
                    <dt>{tr!(i18n, MeetingModeLabel)}</dt><dd>{move || i18n.t(mode_key(mentee.mode))}</dd>
                    <dt>{tr!(i18n, Region)}</dt><dd data-testid="mentee-place">{
                        let (region, zone) = (mentee.region.clone(), mentee.time_zone.clone());
                        move || crate::components::when::region_and_zone(i18n, &region, &zone)
                    }</dd>
                </dl>
                {(!mentee.about.is_empty()).then(|| view! { <PlainText text=mentee.about.clone() /> })}
            })}
            {request.question.clone().map(|q| view! { <p><strong>{tr!(i18n, MentorAsked)}</strong> " " <bdi>{neutralise(&q).into_owned()}</bdi></p> })}
            {request.answer.clone().map(|a| view! { <p><strong>{tr!(i18n, MenteeAnswered)}</strong> " " <bdi>{neutralise(&a).into_owned()}</bdi></p> })}
            {request.reason.clone().filter(|_| request.status == RequestStatus::Declined).map(|r| view! { <p><strong>{tr!(i18n, DeclineReason)}</strong> " " <bdi>{neutralise(&r).into_owned()}</bdi></p> })}
            {(open && waiting_on_me).then(|| view! {
                <div class="field">
                    <label for=field_id.clone()>{move || i18n.t(if mentor { Key::AnswerTextMentor } else { Key::AnswerTextMentee })}</label>
                    <textarea id=field_id.clone() rows="2" bind:value=text></textarea>
                </div>
            })}
            {open.then(|| if mentor {
                view! {
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| act(RequestAction::Accept)>{tr!(i18n, Accept)}</button>
                        <button type="button" class="button" on:click=move |_| act(RequestAction::Decline)>{tr!(i18n, Decline)}</button>
                        {waiting_on_me.then(|| view! {
                            <button type="button" class="button" on:click=move |_| act(RequestAction::AskMore)>{tr!(i18n, AskMore)}</button>
                        })}
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="actions">
                        {waiting_on_me.then(|| view! {
                            <button type="button" class="button primary" on:click=move |_| act(RequestAction::Answer)>{tr!(i18n, SendAnswer)}</button>
                        })}
                        <button type="button" class="button" on:click=move |_| act(RequestAction::Withdraw)>{tr!(i18n, Withdraw)}</button>
                    </div>
                }.into_any()
            })}
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
        </article>
    }
}

/// Cohorts one may join, and for staff, creating and opening them.
#[component]
fn Cohorts(cohorts: Signal<Option<Vec<CohortSummary>>>, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let staff = session.is_staff();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Failure>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = NewCohort {
            name: name.get_untracked(),
        };
        spawn_local(async move {
            match api::cohorts::create_cohort(&body).await {
                Ok(_) => {
                    name.try_set(String::new());
                    problem.try_set(None);
                    reload.run(());
                }
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    let join = move |id: i64, role: CohortRole| {
        spawn_local(async move {
            match api::cohorts::join_cohort(id, &Join { role }).await {
                Ok(_) => reload.run(()),
                Err(e) => {
                    problem.try_set(Some(Failure::from(e)));
                }
            }
        });
    };
    view! {
        <section aria-labelledby="cohorts-title">
            <h2 id="cohorts-title">{tr!(i18n, CohortsTitle)}</h2>
            {move || cohorts.get().map(|list| {
                if list.is_empty() {
                    return view! { <p class="hint">{tr!(i18n, NoCohorts)}</p> }.into_any();
                }
                view! {
                    <ul class="pair-list">
                        {list.into_iter().map(|c| {
                            let id = c.id;
                            let counts = i18n.fill(Key::CohortCounts, &[&c.mentors.to_string(), &c.mentees.to_string()]);
                            let mine = c.my_role.zip(c.my_status);
                            let published = c.published_at.is_some();
                            view! {
                                <li class="card pair-row" data-testid="cohort-row">
                                    {if staff {
                                        view! { <A href=Page::Cohort { id }.href()>{c.name.clone()}</A> }.into_any()
                                    } else {
                                        view! { <strong>{c.name.clone()}</strong> }.into_any()
                                    }}
                                    <span class="hint">{counts}</span>
                                    {published.then(|| view! { <span class="hint">{tr!(i18n, CohortPublished)}</span> })}
                                    {match mine {
                                        Some((role, MemberStatus::Invited)) => view! {
                                            <button type="button" class="button primary" on:click=move |_| join(id, role)>
                                                {move || i18n.fill(Key::JoinAs, &[i18n.t(role_key(role))])}
                                            </button>
                                        }.into_any(),
                                        Some((role, status)) => view! {
                                            <span>{move || i18n.fill(if status == MemberStatus::Joined { Key::CohortJoined } else { Key::CohortApplied }, &[i18n.t(role_key(role))])}</span>
                                        }.into_any(),
                                        None if !published => view! {
                                            <button type="button" class="button small" on:click=move |_| join(id, CohortRole::Mentee)>{tr!(i18n, AskJoinMentee)}</button>
                                            <button type="button" class="button small" on:click=move |_| join(id, CohortRole::Mentor)>{tr!(i18n, AskJoinMentor)}</button>
                                        }.into_any(),
                                        None => ().into_any(),
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
            {staff.then(|| view! {
                <form class="inline-form" on:submit=create>
                    <div class="field">
                        <label for="cohort-name">{tr!(i18n, NewCohortName)}</label>
                        <input id="cohort-name" type="text" bind:value=name />
                    </div>
                    <button type="submit" class="button">{tr!(i18n, CreateCohort)}</button>
                </form>
            })}
            <p role="alert" class="field-error">{move || problem.get().map(|f| view! { <FailureText failure=f /> })}</p>
        </section>
    }
}
