//! The library's branches, each with its rooms and kiosks. Anyone may read
//! them (people pick their branch, events and appointments name a room);
//! staff manage them at the desk, each change in the audit log.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::desk::{BranchFields, BranchView, KioskFields, KioskView, RoomFields, RoomView};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::branches::branch_known;
use crate::session::StaffUser;
use crate::state::AppState;
use crate::store::StoreError;
use crate::store::desk::{BranchRow, KioskRow, RoomRow};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create_branch))
        .routes(routes!(update_branch, delete_branch))
        .routes(routes!(create_room))
        .routes(routes!(delete_room))
        .routes(routes!(create_kiosk))
        .routes(routes!(delete_kiosk))
}

fn assemble(
    branches: Vec<BranchRow>,
    rooms: &[RoomRow],
    kiosks: &[KioskRow],
    library_zone: &str,
) -> Vec<BranchView> {
    branches
        .into_iter()
        .map(|b| BranchView {
            own_time_zone: b.time_zone.is_some(),
            time_zone: b.time_zone.unwrap_or_else(|| library_zone.to_owned()),
            rooms: rooms
                .iter()
                .filter(|r| r.branch_id == b.id)
                .map(|r| RoomView {
                    id: r.id,
                    name: r.name.clone(),
                    capacity: u32::try_from(r.capacity).unwrap_or(0),
                })
                .collect(),
            kiosks: kiosks
                .iter()
                .filter(|k| k.branch_id == b.id)
                .map(|k| KioskView {
                    id: k.id,
                    label: k.label.clone(),
                    idle_minutes: u32::try_from(k.idle_minutes).unwrap_or(0),
                })
                .collect(),
            id: b.id,
            name: b.name,
            address: b.address,
        })
        .collect()
}

pub(crate) async fn all_branches(state: &AppState) -> Result<Vec<BranchView>, ApiError> {
    let store = state.store.as_ref();
    Ok(assemble(
        store.branches().await?,
        &store.rooms().await?,
        &store.kiosks().await?,
        state.zone().name(),
    ))
}

/// Writes a branch change to the audit log (no person is its subject).
async fn audit(state: &AppState, staff: &StaffUser, action: &'static str) -> Result<(), ApiError> {
    state
        .store
        .record_audit(crate::store::AuditEntry {
            actor_id: staff.0.user.id,
            action,
            subject_id: None,
            now: state.unix_now(),
        })
        .await?;
    Ok(())
}

/// Every branch with its rooms and kiosks (public).
#[utoipa::path(get, path = "/branches", tag = "branches",
    responses((status = 200, body = Vec<BranchView>)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<BranchView>>, ApiError> {
    Ok(Json(all_branches(&state).await?))
}

/// The branch's own zone, or `None` for the library's.
fn own_zone(fields: &BranchFields) -> Option<&str> {
    (!fields.time_zone.is_empty()).then_some(fields.time_zone.as_str())
}

fn taken(field: &str) -> impl FnOnce(StoreError) -> ApiError + '_ {
    move |e| match e {
        StoreError::Conflict => ApiError::field(field, Problem::NotAllowed),
        other => other.into(),
    }
}

/// Adds a branch (staff).
#[utoipa::path(post, path = "/branches", tag = "branches", request_body = BranchFields,
    responses((status = 201, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_branch(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(fields): ApiJson<BranchFields>,
) -> Result<(StatusCode, Json<Vec<BranchView>>), ApiError> {
    let fields = fields.tidy();
    fields.validate().map_err(ApiError::Invalid)?;
    state
        .store
        .create_branch(
            &fields.name,
            &fields.address,
            own_zone(&fields),
            state.unix_now(),
        )
        .await
        .map_err(taken("name"))?;
    audit(&state, &staff, "branch_created").await?;
    Ok((StatusCode::CREATED, Json(all_branches(&state).await?)))
}

/// Renames a branch or changes its address (staff).
#[utoipa::path(put, path = "/branches/{id}", tag = "branches", params(("id" = i64, Path)),
    request_body = BranchFields,
    responses((status = 200, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_branch(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<BranchFields>,
) -> Result<Json<Vec<BranchView>>, ApiError> {
    let fields = fields.tidy();
    fields.validate().map_err(ApiError::Invalid)?;
    if !state
        .store
        .update_branch(id, &fields.name, &fields.address, own_zone(&fields))
        .await
        .map_err(taken("name"))?
    {
        return Err(ApiError::NotFound);
    }
    audit(&state, &staff, "branch_updated").await?;
    Ok(Json(all_branches(&state).await?))
}

/// Removes a branch with its rooms and kiosks (staff).
#[utoipa::path(delete, path = "/branches/{id}", tag = "branches", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete_branch(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<BranchView>>, ApiError> {
    if !state.store.delete_branch(id).await? {
        return Err(ApiError::NotFound);
    }
    audit(&state, &staff, "branch_deleted").await?;
    Ok(Json(all_branches(&state).await?))
}

/// A `branch_id` field names an existing branch.
async fn check_branch(state: &AppState, id: i64) -> Result<(), ApiError> {
    if branch_known(state, id).await? {
        Ok(())
    } else {
        Err(ApiError::field("branch_id", Problem::NotAllowed))
    }
}

/// Adds a room to a branch (staff).
#[utoipa::path(post, path = "/rooms", tag = "branches", request_body = RoomFields,
    responses((status = 201, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_room(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(fields): ApiJson<RoomFields>,
) -> Result<(StatusCode, Json<Vec<BranchView>>), ApiError> {
    fields.validate().map_err(ApiError::Invalid)?;
    check_branch(&state, fields.branch_id).await?;
    state
        .store
        .create_room(
            fields.branch_id,
            fields.name.trim(),
            i64::from(fields.capacity),
        )
        .await
        .map_err(taken("name"))?;
    audit(&state, &staff, "room_created").await?;
    Ok((StatusCode::CREATED, Json(all_branches(&state).await?)))
}

#[utoipa::path(delete, path = "/rooms/{id}", tag = "branches", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete_room(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<BranchView>>, ApiError> {
    if !state.store.delete_room(id).await? {
        return Err(ApiError::NotFound);
    }
    audit(&state, &staff, "room_deleted").await?;
    Ok(Json(all_branches(&state).await?))
}

/// Registers a kiosk PC at a branch, with its idle time (staff).
#[utoipa::path(post, path = "/kiosks", tag = "branches", request_body = KioskFields,
    responses((status = 201, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_kiosk(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(fields): ApiJson<KioskFields>,
) -> Result<(StatusCode, Json<Vec<BranchView>>), ApiError> {
    fields.validate().map_err(ApiError::Invalid)?;
    check_branch(&state, fields.branch_id).await?;
    state
        .store
        .create_kiosk(
            fields.branch_id,
            fields.label.trim(),
            i64::from(fields.idle_minutes),
        )
        .await
        .map_err(taken("label"))?;
    audit(&state, &staff, "kiosk_created").await?;
    Ok((StatusCode::CREATED, Json(all_branches(&state).await?)))
}

#[utoipa::path(delete, path = "/kiosks/{id}", tag = "branches", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<BranchView>), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete_kiosk(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<BranchView>>, ApiError> {
    if !state.store.delete_kiosk(id).await? {
        return Err(ApiError::NotFound);
    }
    audit(&state, &staff, "kiosk_deleted").await?;
    Ok(Json(all_branches(&state).await?))
}
