//! Library insight, for staff only: residents' skills (from profiles whose
//! owners allow anonymous statistics) against what open job listings and
//! partner needs seek, the gaps, what covers them, and event attendance.
//! The figures are computed here, from suppressed cells
//! (`libranet_core::insight`), so no person's data reaches the browser.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use libranet_core::api::ErrorBody;
use libranet_core::events::EventKind;
use libranet_core::expertise::views::NeedStatus;
use libranet_core::insight::{
    CoverageItem, CoverageKind, DemandRecord, DemandSource, EventRecord, InsightFilter,
    InsightReport, ResidentRecord, build,
};
use libranet_core::jobs::JobFields;
use libranet_core::learning::ResourceFields;
use libranet_core::profile::ProfileDetails;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiQuery};
use crate::session::StaffUser;
use crate::state::AppState;
use crate::store::ListingKind;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(report))
}

/// Most listings of one kind read for a report.
const LISTING_LIMIT: i64 = 100_000;

/// The library's calendar day of a moment.
fn day_of(state: &AppState, seconds: i64) -> i64 {
    state
        .zone()
        .today(libranet_core::time::UtcInstant::from_unix_seconds(seconds))
}

async fn residents(state: &AppState) -> Result<Vec<ResidentRecord>, ApiError> {
    let store = state.store.as_ref();
    let mut people: HashMap<i64, ResidentRecord> = HashMap::new();
    for row in store.statistics_profiles().await? {
        let (person, joined) = (row.user_id, row.created_at);
        // The SQL only narrows; the stored choice decides.
        let Ok(details) = serde_json::from_str::<ProfileDetails>(&row.body) else {
            continue;
        };
        if details.statistics {
            people.insert(
                person,
                ResidentRecord {
                    person,
                    branch: details.branch_id,
                    joined_day: day_of(state, joined),
                    skills: Vec::new(),
                },
            );
        }
    }
    for row in store.statistics_skills().await? {
        if let Some(record) = people.get_mut(&row.user_id) {
            record
                .skills
                .push((row.skill_id, day_of(state, row.added_at)));
        }
    }
    Ok(people.into_values().collect())
}

async fn demand(state: &AppState) -> Result<Vec<DemandRecord>, ApiError> {
    let store = state.store.as_ref();
    let mut records = Vec::new();
    for job in store
        .listings_changed_since(ListingKind::Job, 0, LISTING_LIMIT)
        .await?
        .into_iter()
        .filter(|j| j.open)
    {
        let Ok(fields) = serde_json::from_str::<JobFields>(&job.body) else {
            continue;
        };
        let Ok(day) = libranet_core::date::parse_day(&fields.posted_on) else {
            continue;
        };
        let mut skills = fields.essential;
        skills.extend(fields.optional);
        records.push(DemandRecord {
            source: DemandSource::Job,
            day,
            skills,
        });
    }
    for need in store.live_needs(state.unix_now()).await? {
        if need.hidden || need.status != NeedStatus::Open {
            continue;
        }
        let fields = need.body;
        records.push(DemandRecord {
            source: DemandSource::Need,
            day: day_of(state, need.created_at),
            skills: fields.skills,
        });
    }
    Ok(records)
}

/// Events held or to come, with seats taken and attendance.
async fn events(state: &AppState) -> Result<(Vec<EventRecord>, Vec<CoverageItem>), ApiError> {
    let store = state.store.as_ref();
    let counts: HashMap<i64, (i64, i64)> = store
        .attendance_counts()
        .await?
        .into_iter()
        .map(|row| (row.event_id, (row.going, row.attended)))
        .collect();
    let now = state.unix_now();
    let mut records = Vec::new();
    let mut workshops = Vec::new();
    for row in store.all_events().await? {
        if row.cancelled {
            continue;
        }
        let fields = row.body;
        let Ok(day) = libranet_core::date::parse_day(&row.day) else {
            continue;
        };
        let (going, attended) = counts.get(&row.id).copied().unwrap_or_default();
        if fields.kind == EventKind::Workshop && row.ends_at > now && !fields.skills.is_empty() {
            workshops.push(CoverageItem {
                kind: CoverageKind::Workshop,
                title: fields.title.clone(),
                id: Some(row.id),
                skills: fields.skills.clone(),
            });
        }
        records.push(EventRecord {
            event_id: row.id,
            title: fields.title,
            day,
            branch: fields.branch_id,
            going: u32::try_from(going).unwrap_or(0),
            attended: u32::try_from(attended).unwrap_or(0),
        });
    }
    Ok((records, workshops))
}

async fn coverage(state: &AppState) -> Result<Vec<CoverageItem>, ApiError> {
    let store = state.store.as_ref();
    let mut items = Vec::new();
    for resource in store
        .listings_changed_since(ListingKind::Resource, 0, LISTING_LIMIT)
        .await?
        .into_iter()
        .filter(|r| r.open)
    {
        if let Ok(fields) = serde_json::from_str::<ResourceFields>(&resource.body) {
            items.push(CoverageItem {
                kind: CoverageKind::Course,
                title: fields.title,
                id: None,
                skills: fields.teaches,
            });
        }
    }
    for row in store.teaching_list().await? {
        if row.hidden {
            continue;
        }
        items.push(CoverageItem {
            kind: CoverageKind::Teaching,
            title: row.body.title,
            id: Some(row.id),
            skills: row.body.skills,
        });
    }
    Ok(items)
}

/// The insight report for a period (whole quarters) and a branch. Counts
/// of people under the threshold are hidden, also across filters.
#[utoipa::path(get, path = "/insight", tag = "insight", params(InsightFilter),
    responses((status = 200, body = InsightReport), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiQuery(filter): ApiQuery<InsightFilter>,
) -> Result<Json<InsightReport>, ApiError> {
    filter
        .validate()
        .map_err(|problem| ApiError::field("to", problem))?;
    let residents = residents(&state).await?;
    let demand = demand(&state).await?;
    let (events, workshops) = events(&state).await?;
    let mut covered = coverage(&state).await?;
    covered.extend(workshops);
    Ok(Json(build(
        &filter,
        state.settings.insight_threshold,
        &residents,
        &demand,
        &events,
        &covered,
    )))
}
