//! `/insight` (library staff): the skills residents hold against the
//! skills open jobs and partner needs seek, the biggest gaps and what
//! already teaches them, suggested workshops for the gaps nothing covers,
//! a trend by quarter and event attendance. Every chart is drawn here in
//! SVG and followed by a table with the same figures; the skills table
//! exports as CSV. The server sends only suppressed figures: a count under
//! the threshold arrives as "fewer than N" and is shown so.

mod charts;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::desk::BranchView;
use libranet_core::insight::{CoverageKind, InsightFilter, InsightReport, Quarter, csv};

use crate::api;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::profile_card::download;
use crate::components::shell::page_title;
use crate::failure::Failure;
use crate::i18n::{I18n, Key, use_i18n};
use crate::page::Page;
use crate::session::use_session;
use crate::skills::use_skills;
use crate::tr;
use charts::{Attendance, GapChart, Trend};

/// Quarters offered in the period filters: the last three years.
const QUARTERS_OFFERED: usize = 12;

fn this_quarter() -> Quarter {
    let days = (js_sys::Date::now() / 86_400_000.0).floor() as i64;
    Quarter::of_day(days)
}

fn recent_quarters() -> Vec<Quarter> {
    let now = this_quarter();
    let mut q = Quarter::of_day(now.first_day() - 3 * 365);
    let mut all = Vec::new();
    while q <= now {
        all.push(q);
        q = q.next();
    }
    let skip = all.len().saturating_sub(QUARTERS_OFFERED);
    all.split_off(skip)
}

/// A figure of people as shown: the number, or "not shown" (a sum of
/// groups each under the threshold, which may be zero or may not).
fn people(i18n: I18n, figure: Option<u32>, threshold: u32) -> String {
    match figure {
        Some(n) => n.to_string(),
        None => i18n.fill(Key::FewerThan, &[&threshold.to_string()]),
    }
}

fn points(tenths: i32) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

fn coverage_key(kind: CoverageKind) -> Key {
    match kind {
        CoverageKind::Course => Key::CoverageCourse,
        CoverageKind::Teaching => Key::CoverageTeaching,
        CoverageKind::Workshop => Key::CoverageWorkshop,
    }
}

#[component]
pub fn InsightPage() -> impl IntoView {
    page_title(Key::InsightTitle);
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <h1>{tr!(i18n, InsightTitle)}</h1>
        {move || if session.is_staff() {
            view! { <Insight /> }.into_any()
        } else {
            view! { <p role="alert">{tr!(i18n, StaffOnly)}</p> }.into_any()
        }}
    }
}

#[component]
fn Insight() -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let from = RwSignal::new(None::<Quarter>);
    let to = RwSignal::new(None::<Quarter>);
    let branch = RwSignal::new(None::<i64>);
    let branches = RwSignal::new(Vec::<BranchView>::new());
    spawn_local(async move {
        if let Ok(found) = api::branches::branches().await {
            branches.try_set(found);
        }
    });
    // Each submit loads the report again, for the filters as they are then.
    let applied = RwSignal::new(());
    let report = Load::new(move || {
        applied.track();
        let filter = InsightFilter {
            from: from.get_untracked(),
            to: to.get_untracked(),
            branch: branch.get_untracked(),
        };
        async move {
            if filter.validate().is_err() {
                return Err(Failure::Said(Key::PeriodOrder));
            }
            api::insight::insight(&filter).await.map_err(Failure::from)
        }
    });
    let load = move || applied.set(());
    let quarters = recent_quarters();
    let quarter_select = move |id: &'static str, label: Key, value: RwSignal<Option<Quarter>>| {
        let options = quarters.clone();
        view! {
            <div class="field">
                <label for=id>{move || i18n.t(label)}</label>
                <select id=id on:change=move |ev| value.set(Quarter::parse(&event_target_value(&ev)))>
                    <option value="">{tr!(i18n, AnyQuarter)}</option>
                    {options.into_iter().map(|q| view! {
                        <option value=q.label() selected=move || value.get() == Some(q)>{q.label()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <p class="lead">{tr!(i18n, InsightIntro)}</p>
        <form class="inline-form" data-testid="insight-filters" on:submit=move |ev| { ev.prevent_default(); load(); }>
            {quarter_select("insight-from", Key::PeriodFrom, from)}
            {quarter_select("insight-to", Key::PeriodTo, to)}
            <div class="field">
                <label for="insight-branch">{tr!(i18n, BranchLabel)}</label>
                <select id="insight-branch" on:change=move |ev| branch.set(event_target_value(&ev).parse().ok())>
                    <option value="">{tr!(i18n, AllBranches)}</option>
                    {move || branches.get().into_iter().map(|b| view! {
                        <option value=b.id.to_string() selected=move || branch.get() == Some(b.id)>{b.name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button primary">{tr!(i18n, ShowInsight)}</button>
        </form>
        {loaded(report, Frame::hint(), move |r: InsightReport| move || {
            // Again once the taxonomy arrives, so skills read as names.
            skills.track();
            view! { <Report r=r.clone() /> }
        })}
    }
}

#[component]
fn Report(r: InsightReport) -> impl IntoView {
    let i18n = use_i18n();
    let skills = use_skills();
    let threshold = r.threshold;
    let label = move |id: &str| {
        let lang = i18n.lang.get_untracked();
        skills.with_untracked(|k| {
            k.as_ref()
                .map_or_else(|| id.to_owned(), |k| k.label(id, lang))
        })
    };
    let export = {
        let r = r.clone();
        move |_| {
            let mut rows = vec![vec![
                i18n.t(Key::SkillColumn).to_owned(),
                i18n.t(Key::ResidentsColumn).to_owned(),
                i18n.t(Key::JobsColumn).to_owned(),
                i18n.t(Key::NeedsColumn).to_owned(),
                i18n.t(Key::GapColumn).to_owned(),
                i18n.t(Key::CoveredByColumn).to_owned(),
            ]];
            for row in &r.skills {
                rows.push(vec![
                    label(&row.skill_id),
                    people(i18n, row.residents, threshold),
                    row.jobs.to_string(),
                    row.needs.to_string(),
                    points(row.gap_tenths),
                    row.coverage
                        .iter()
                        .filter_map(|&i| r.coverage.get(i as usize))
                        .map(|c| c.title.clone())
                        .collect::<Vec<_>>()
                        .join("; "),
                ]);
            }
            download("libranet-insight.csv", "text/csv", &csv(&rows));
        }
    };
    let gap_rows: Vec<_> = r
        .gaps
        .iter()
        .filter_map(|id| r.skills.iter().find(|s| &s.skill_id == id))
        .cloned()
        .collect();
    let listings = r.listings;
    let residents_total = r.residents.unwrap_or(0);
    let share = |part: u32, whole: u32| {
        if whole == 0 {
            0.0
        } else {
            100.0 * f64::from(part) / f64::from(whole)
        }
    };
    let bars: Vec<(String, f64, f64)> = gap_rows
        .iter()
        .map(|g| {
            (
                label(&g.skill_id),
                share(g.jobs + g.needs, listings),
                share(g.residents.unwrap_or(0), residents_total),
            )
        })
        .collect();
    let uncovered: Vec<String> = r.uncovered.iter().map(|id| label(id)).collect();
    let coverage = r.coverage.clone();
    view! {
        <section class="card" aria-labelledby="insight-summary">
            <h2 id="insight-summary">{tr!(i18n, InsightSummary)}</h2>
            <ul class="stats" data-testid="insight-summary">
                <li>{i18n.fill(Key::ResidentsSharing, &[&people(i18n, r.residents, threshold)])}</li>
                <li>{i18n.fill(Key::ListingsInPeriod, &[&r.listings.to_string()])}</li>
                <li>{i18n.fill(Key::AttendedInPeriod, &[&people(i18n, r.attended, threshold)])}</li>
            </ul>
            <p class="hint">{i18n.fill(Key::SuppressionNote, &[&threshold.to_string()])}</p>
            <button type="button" class="button" data-testid="export-csv" on:click=export>{tr!(i18n, ExportCsv)}</button>
        </section>

        <section class="card" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{tr!(i18n, BiggestGaps)}</h2>
            {if bars.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoGaps)}</p> }.into_any()
            } else {
                view! { <GapChart bars=bars /> }.into_any()
            }}
            <div class="table-wrap">
                <table class="table" data-testid="gaps-table">
                    <caption>{tr!(i18n, GapsTableCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{tr!(i18n, SkillColumn)}</th>
                        <th scope="col">{tr!(i18n, JobsColumn)}</th>
                        <th scope="col">{tr!(i18n, NeedsColumn)}</th>
                        <th scope="col">{tr!(i18n, ResidentsColumn)}</th>
                        <th scope="col">{tr!(i18n, GapColumn)}</th>
                        <th scope="col">{tr!(i18n, CoveredByColumn)}</th>
                    </tr></thead>
                    <tbody>
                        {gap_rows.into_iter().map(|g| {
                            let covers: Vec<_> = g.coverage.iter().filter_map(|&i| coverage.get(i as usize)).cloned().collect();
                            view! {
                                <tr>
                                    <th scope="row">{label(&g.skill_id)}</th>
                                    <td>{g.jobs}</td>
                                    <td>{g.needs}</td>
                                    <td>{people(i18n, g.residents, threshold)}</td>
                                    <td>{points(g.gap_tenths)}</td>
                                    <td>
                                        {if covers.is_empty() {
                                            view! { <span>{tr!(i18n, NothingCovers)}</span> }.into_any()
                                        } else {
                                            view! { <ul class="plain">{covers.into_iter().map(|c| {
                                                let kind = c.kind;
                                                view! { <li><A href=Page::for_coverage(kind, c.id).href()>{c.title.clone()}</A> " (" {move || i18n.t(coverage_key(kind))} ")"</li> }
                                            }).collect_view()}</ul> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>

        <section class="card" aria-labelledby="suggested-heading">
            <h2 id="suggested-heading">{tr!(i18n, SuggestedWorkshops)}</h2>
            {if uncovered.is_empty() {
                view! { <p class="hint">{tr!(i18n, EveryGapCovered)}</p> }.into_any()
            } else {
                view! {
                    <p>{tr!(i18n, SuggestedWorkshopsIntro)}</p>
                    <ul class="wrap-anywhere" data-testid="suggested-workshops">
                        {uncovered.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                    </ul>
                    <p><A href=Page::Events.href() attr:class="button">{tr!(i18n, PlanWorkshop)}</A></p>
                }.into_any()
            }}
        </section>

        <Trend r=r.clone() />
        <Attendance r=r />
    }
}
