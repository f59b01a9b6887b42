//! The insight report's charts and tables: the gap chart, the trend over
//! quarters, and event attendance.

use super::people;
use crate::i18n::use_i18n;
use crate::page::Page;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;
use libranet_core::insight::InsightReport;

/// Horizontal bars: the share of listings seeking each gap skill against
/// the share of residents holding it.
#[component]
pub fn GapChart(bars: Vec<(String, f64, f64)>) -> impl IntoView {
    let i18n = use_i18n();
    let row_height = 44.0;
    let height = row_height * bars.len() as f64 + 30.0;
    let scale = bars
        .iter()
        .map(|(_, a, b)| a.max(*b))
        .fold(10.0_f64, f64::max);
    let bar_x = 230.0;
    let width = 360.0;
    view! {
        <figure class="chart">
            <figcaption id="gap-chart-caption">{tr!(i18n, GapChartCaption)}</figcaption>
            <svg role="img" aria-labelledby="gap-chart-caption" viewBox=format!("0 0 600 {height}") width="100%" data-testid="gap-chart">
                {bars.into_iter().enumerate().map(|(i, (name, sought, held))| {
                    let y = 10.0 + row_height * i as f64;
                    let short: String = if name.chars().count() > 26 { name.chars().take(25).chain(['…']).collect() } else { name };
                    view! {
                        <text x="0" y=y + 16.0 class="chart-label">{short}</text>
                        <rect x=bar_x y=y width=width * sought / scale height="15" class="bar-demand" />
                        <text x=bar_x + width * sought / scale + 4.0 y=y + 12.0 class="chart-value">{format!("{sought:.0}%")}</text>
                        <rect x=bar_x y=y + 18.0 width=width * held / scale height="15" class="bar-supply" />
                        <text x=bar_x + width * held / scale + 4.0 y=y + 30.0 class="chart-value">{format!("{held:.0}%")}</text>
                    }
                }).collect_view()}
            </svg>
            <p class="legend"><span class="key-demand"></span>{tr!(i18n, ShareOfListings)} " " <span class="key-supply"></span>{tr!(i18n, ShareOfResidents)}</p>
        </figure>
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "a component's props are owned: Leptos passes them by value"
)]
#[component]
pub fn Trend(r: InsightReport) -> impl IntoView {
    let i18n = use_i18n();
    let threshold = r.threshold;
    let rows = r.trend.clone();
    let top = rows
        .iter()
        .map(|t| t.listings.max(t.residents_joined.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let step = 600.0 / rows.len().max(1) as f64;
    view! {
        <section class="card" aria-labelledby="trend-heading">
            <h2 id="trend-heading">{tr!(i18n, TrendTitle)}</h2>
            {(!rows.is_empty()).then(|| view! {
                <figure class="chart">
                    <figcaption id="trend-caption">{tr!(i18n, TrendCaption)}</figcaption>
                    <svg role="img" aria-labelledby="trend-caption" viewBox="0 0 600 200" width="100%" data-testid="trend-chart">
                        {rows.iter().enumerate().map(|(i, t)| {
                            let x = step * i as f64 + 4.0;
                            let w = (step / 2.0 - 6.0).max(2.0);
                            let h1 = 150.0 * f64::from(t.listings) / f64::from(top);
                            let h2 = 150.0 * f64::from(t.residents_joined.unwrap_or(0)) / f64::from(top);
                            view! {
                                <rect x=x y=170.0 - h1 width=w height=h1 class="bar-demand" />
                                <rect x=x + w + 2.0 y=170.0 - h2 width=w height=h2 class="bar-supply" />
                                <text x=x y="190" class="chart-value">{t.quarter.label()}</text>
                            }
                        }).collect_view()}
                    </svg>
                    <p class="legend"><span class="key-demand"></span>{tr!(i18n, ListingsPosted)} " " <span class="key-supply"></span>{tr!(i18n, ResidentsJoined)}</p>
                </figure>
            })}
            <div class="table-wrap">
                <table class="table" data-testid="trend-table">
                    <caption>{tr!(i18n, TrendTableCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{tr!(i18n, QuarterColumn)}</th>
                        <th scope="col">{tr!(i18n, ListingsPosted)}</th>
                        <th scope="col">{tr!(i18n, ResidentsJoined)}</th>
                        <th scope="col">{tr!(i18n, SkillsAdded)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|t| view! {
                            <tr>
                                <th scope="row">{t.quarter.label()}</th>
                                <td>{t.listings}</td>
                                <td>{people(i18n, t.residents_joined, threshold)}</td>
                                <td>{people(i18n, t.skills_added, threshold)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
pub fn Attendance(r: InsightReport) -> impl IntoView {
    let i18n = use_i18n();
    let threshold = r.threshold;
    let events = r.events;
    let top = events
        .iter()
        .map(|e| e.going.unwrap_or(0).max(e.attended.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let shown: Vec<_> = events
        .iter()
        .filter(|e| e.going.is_some() || e.attended.is_some())
        .cloned()
        .collect();
    view! {
        <section class="card" aria-labelledby="attendance-insight-heading">
            <h2 id="attendance-insight-heading">{tr!(i18n, EventAttendance)}</h2>
            {(!shown.is_empty()).then(|| {
                let height = 40.0 * shown.len() as f64 + 10.0;
                view! {
                    <figure class="chart">
                        <figcaption id="attendance-caption">{tr!(i18n, AttendanceCaption)}</figcaption>
                        <svg role="img" aria-labelledby="attendance-caption" viewBox=format!("0 0 600 {height}") width="100%">
                            {shown.into_iter().enumerate().map(|(i, e)| {
                                let y = 10.0 + 40.0 * i as f64;
                                let went = 330.0 * f64::from(e.attended.unwrap_or(0)) / f64::from(top);
                                let signed = 330.0 * f64::from(e.going.unwrap_or(0)) / f64::from(top);
                                let name: String = if e.title.chars().count() > 26 { e.title.chars().take(25).chain(['…']).collect() } else { e.title.clone() };
                                view! {
                                    <text x="0" y=y + 14.0 class="chart-label">{name}</text>
                                    <rect x="230" y=y width=signed height="12" class="bar-demand" />
                                    <rect x="230" y=y + 14.0 width=went height="12" class="bar-supply" />
                                }
                            }).collect_view()}
                        </svg>
                        <p class="legend"><span class="key-demand"></span>{tr!(i18n, SignedUpColumn)} " " <span class="key-supply"></span>{tr!(i18n, AttendedColumn)}</p>
                    </figure>
                }
            })}
            {if events.is_empty() {
                view! { <p class="hint">{tr!(i18n, NoEventsInPeriod)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table" data-testid="attendance-table">
                            <caption>{tr!(i18n, AttendanceTableCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{tr!(i18n, EventColumn)}</th>
                                <th scope="col">{tr!(i18n, Date)}</th>
                                <th scope="col">{tr!(i18n, SignedUpColumn)}</th>
                                <th scope="col">{tr!(i18n, AttendedColumn)}</th>
                            </tr></thead>
                            <tbody>
                                {events.into_iter().map(|e| view! {
                                    <tr>
                                        <th scope="row"><A href=Page::Event { id: e.event_id }.href()>{e.title.clone()}</A></th>
                                        <td>{
                                            let day = e.day.clone();
                                            move || crate::components::when::civil_day(&day, i18n.lang.get())
                                        }</td>
                                        <td>{people(i18n, e.going, threshold)}</td>
                                        <td>{people(i18n, e.attended, threshold)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
