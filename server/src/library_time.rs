//! Which zone a scheduled thing is in, and the start-up step that gives
//! rows stored before zones existed their zone and instants.
//!
//! - At a branch: the branch's zone, or the library's when it has none.
//! - Online, or an appointment without a branch, or a mentoring check-in:
//!   the zone its creator picked (the app offers their device's), else
//!   the library's.

use libranet_core::Problem;
use libranet_core::events::EventFields;
use libranet_core::network::MeetupFields;
use libranet_core::time::{Scheduled, WallClock, Zone, parse_time};

use crate::error::ApiError;
use crate::state::AppState;
use crate::store::Store;
use crate::store::events::NewEvent;

/// The zone of a branch (checked to exist) or, without one, of the name
/// the person picked; `field` is where a bad name is reported.
pub async fn zone_for(
    state: &AppState,
    branch_id: Option<i64>,
    picked: &str,
    field: &str,
) -> Result<Zone, ApiError> {
    if let Some(branch) = branch_id {
        let row = state
            .store
            .branches()
            .await?
            .into_iter()
            .find(|b| b.id == branch)
            .ok_or_else(|| ApiError::field("branch_id", Problem::NotAllowed))?;
        return Ok(row
            .time_zone
            .map_or_else(|| state.zone().clone(), |name| state.zone_named(&name)));
    }
    picked_zone(state, picked, field)
}

/// The zone the person picked, or the library's when they picked none.
pub fn picked_zone(state: &AppState, picked: &str, field: &str) -> Result<Zone, ApiError> {
    let picked = picked.trim();
    if picked.is_empty() {
        return Ok(state.zone().clone());
    }
    Zone::named(picked).map_err(|problem| ApiError::field(field, problem))
}

/// Gives every row without a zone the migration zone, reading its stored
/// wall-clock text there. Returns how many rows it changed. Safe to run
/// on every start and from several instances at once.
pub async fn backfill(store: &dyn Store, zone: &Zone) -> anyhow::Result<usize> {
    let rows = store.unzoned().await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut changed = 0;
    for row in &rows.events {
        let mut fields: EventFields = serde_json::from_str(&row.body)?;
        fields.time_zone = zone.name().to_owned();
        let local = WallClock::parse(&row.day, &fields.start)
            .unwrap_or_else(|_| WallClock::from_parts(0, 0));
        let when = Scheduled::new(local, fields.minutes(), zone);
        let body = serde_json::to_string(&fields)?;
        store
            .zone_event(
                row.id,
                zone.name(),
                &body,
                when.starts_at.unix_seconds(),
                when.ends_at.unix_seconds(),
            )
            .await?;
        changed += 1;
    }
    for row in &rows.slots {
        let at = WallClock::parse(&row.day, &row.time)
            .map_or(0, |local| local.resolve(zone).unix_seconds());
        store.zone_slot(row.id, zone.name(), at).await?;
        changed += 1;
    }
    for row in &rows.check_ins {
        let at = WallClock::parse(&row.day, &row.time)
            .map_or(0, |local| local.resolve(zone).unix_seconds());
        store.zone_check_in(row.id, zone.name(), at).await?;
        changed += 1;
    }
    for row in &rows.meetups {
        let mut fields: MeetupFields = serde_json::from_str(&row.body)?;
        fields.time_zone = zone.name().to_owned();
        store
            .zone_meetup(row.id, &serde_json::to_string(&fields)?)
            .await?;
        changed += 1;
    }
    tracing::info!(
        rows = changed,
        zone = zone.name(),
        "gave stored dates and times their time zone"
    );
    Ok(changed)
}

/// The rows of a new event or weekly series, each date resolved in `zone`
/// (whose name `fields.time_zone` must already hold).
pub fn new_events<'a>(fields: &'a EventFields, body: &'a str, zone: &Zone) -> Vec<NewEvent<'a>> {
    fields
        .occurrences(zone)
        .into_iter()
        .map(|date| NewEvent {
            day: date.local.day_text(),
            body,
            time_zone: &fields.time_zone,
            starts_at: date.starts_at.unix_seconds(),
            ends_at: date.ends_at.unix_seconds(),
        })
        .collect()
}

/// When a meet-up starts, read in its zone.
pub fn meetup_starts(state: &AppState, fields: &MeetupFields) -> libranet_core::time::UtcInstant {
    let zone = state.zone_named(&fields.time_zone);
    let day = libranet_core::date::parse_day(&fields.date).unwrap_or(0);
    let minute = parse_time(&fields.time).unwrap_or(0);
    WallClock::from_parts(day, minute).resolve(&zone)
}
