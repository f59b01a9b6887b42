//! Public listings: jobs and learning resources. Anyone may read them (the
//! app caches them and syncs changes by cursor); partners and staff post
//! jobs, staff manage learning resources.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::api::{ErrorBody, ListingChanges, SetOpen};
use libranet_core::import::{ImportJobs, ImportReport, RowError, read_rows};
use libranet_core::jobs::{Job, JobFields};
use libranet_core::learning::{Resource, ResourceFields};
use libranet_core::problem::FieldError;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery};
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;
use crate::store::{ListingKind, ListingRecord};

/// Most changes of each kind in one sync answer.
const SYNC_PAGE: i64 = 500;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(listing_changes))
        .routes(routes!(create_job))
        .routes(routes!(get_job, update_job))
        .routes(routes!(set_job_open))
        .merge(
            // A file of listings may be far larger than other API bodies.
            OpenApiRouter::new().routes(routes!(import_jobs)).layer(
                axum::extract::DefaultBodyLimit::max(
                    libranet_core::import::MAX_IMPORT_BYTES + 64 * 1024,
                ),
            ),
        )
        .routes(routes!(create_resource))
        .routes(routes!(get_resource, update_resource))
        .routes(routes!(set_resource_open))
}

/// What jobs and learning resources share: stored as a JSON body in their
/// own table, tidied and validated against the taxonomy, shown whole.
trait Listing: serde::Serialize + serde::de::DeserializeOwned + Sized {
    const KIND: ListingKind;
    type View;
    fn tidied(self) -> Self;
    fn check(&self, taxonomy: &crate::taxonomy::TaxonomyDoc) -> Result<(), Vec<FieldError>>;
    fn view(id: i64, version: i64, open: bool, fields: Self) -> Self::View;
}

impl Listing for JobFields {
    const KIND: ListingKind = ListingKind::Job;
    type View = Job;
    fn tidied(self) -> Self {
        self.tidy()
    }
    fn check(&self, taxonomy: &crate::taxonomy::TaxonomyDoc) -> Result<(), Vec<FieldError>> {
        self.validate(taxonomy)
    }
    fn view(id: i64, version: i64, open: bool, fields: Self) -> Job {
        Job {
            id,
            version,
            open,
            fields,
        }
    }
}

impl Listing for ResourceFields {
    const KIND: ListingKind = ListingKind::Resource;
    type View = Resource;
    fn tidied(self) -> Self {
        self.tidy()
    }
    fn check(&self, taxonomy: &crate::taxonomy::TaxonomyDoc) -> Result<(), Vec<FieldError>> {
        self.validate(taxonomy)
    }
    fn view(id: i64, version: i64, open: bool, fields: Self) -> Resource {
        Resource {
            id,
            version,
            open,
            fields,
        }
    }
}

/// A stored listing as shown.
fn view_of<L: Listing>(record: &ListingRecord) -> Result<L::View, ApiError> {
    let fields: L = serde_json::from_str(&record.body)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored listing {}: {e}", record.id)))?;
    Ok(L::view(record.id, record.version, record.open, fields))
}

fn to_body<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Internal(e.into()))
}

async fn checked<L: Listing>(state: &AppState, fields: L) -> Result<L, ApiError> {
    let fields = fields.tidied();
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    fields.check(&taxonomy).map_err(ApiError::Invalid)?;
    Ok(fields)
}

async fn create_one<L: Listing>(
    state: &AppState,
    owner_id: i64,
    fields: L,
) -> Result<(StatusCode, Json<L::View>), ApiError> {
    let fields = checked(state, fields).await?;
    let mut created = state
        .store
        .create_listings(L::KIND, owner_id, &[to_body(&fields)?], state.unix_now())
        .await?;
    let record = created.pop().ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(view_of::<L>(&record)?)))
}

async fn get_one<L: Listing>(state: &AppState, id: i64) -> Result<Json<L::View>, ApiError> {
    let record = state
        .store
        .find_listing(L::KIND, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(view_of::<L>(&record)?))
}

/// Stores new fields (`Some`) or a new open flag for a listing the person
/// may change: its poster, or staff.
async fn change_one<L: Listing>(
    state: &AppState,
    current: &CurrentUser,
    id: i64,
    fields: Option<L>,
    open: Option<bool>,
) -> Result<Json<L::View>, ApiError> {
    let record = state
        .store
        .find_listing(L::KIND, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if !may_edit(current, &record) {
        return Err(ApiError::Forbidden);
    }
    let body = match fields {
        Some(fields) => to_body(&checked(state, fields).await?)?,
        None => record.body,
    };
    let updated = state
        .store
        .update_listing(
            L::KIND,
            id,
            &body,
            open.unwrap_or(record.open),
            state.unix_now(),
        )
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(view_of::<L>(&updated)?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct SinceQuery {
    /// The cursor of the last sync; 0 (or absent) for everything open.
    #[serde(default)]
    since: i64,
}

/// Listings changed since a cursor. With `since=0`, every open listing.
#[utoipa::path(get, path = "/listings/changes", tag = "listings", params(SinceQuery),
    responses((status = 200, body = ListingChanges)))]
pub async fn listing_changes(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<SinceQuery>,
) -> Result<Json<ListingChanges>, ApiError> {
    let store = state.store.as_ref();
    let newest = store.change_cursor().await?;
    let reset = query.since > newest || query.since < 0;
    let since = if reset { 0 } else { query.since };
    let jobs = store
        .listings_changed_since(ListingKind::Job, since, SYNC_PAGE + 1)
        .await?;
    let resources = store
        .listings_changed_since(ListingKind::Resource, since, SYNC_PAGE + 1)
        .await?;
    // Take the oldest changes of both kinds up to one page, so the cursor
    // never skips a change of either kind.
    let mut versions: Vec<i64> = jobs.iter().chain(&resources).map(|r| r.version).collect();
    versions.sort_unstable();
    let more = versions.len() > usize::try_from(SYNC_PAGE).unwrap_or(usize::MAX);
    let cursor = if more {
        versions[usize::try_from(SYNC_PAGE - 1).unwrap_or(0)]
    } else {
        newest.max(versions.last().copied().unwrap_or(since))
    };
    let fresh = since == 0;
    let keep = |r: &ListingRecord| r.version <= cursor && (r.open || !fresh);
    let taxonomy = state.taxonomy.current(store).await?;
    Ok(Json(ListingChanges {
        cursor,
        more,
        reset,
        taxonomy_version: taxonomy.version,
        jobs: jobs
            .into_iter()
            .filter(keep)
            .map(|r| view_of::<JobFields>(&r))
            .collect::<Result<_, _>>()?,
        resources: resources
            .into_iter()
            .filter(keep)
            .map(|r| view_of::<ResourceFields>(&r))
            .collect::<Result<_, _>>()?,
    }))
}

/// Whether this person may post and edit job listings.
fn may_post_jobs(current: &CurrentUser) -> bool {
    use libranet_core::account::Role;
    current
        .user
        .roles
        .iter()
        .any(|r| r.is_staff() || *r == Role::Partner)
}

/// Whether this person may change this listing: its poster, or staff.
fn may_edit(current: &CurrentUser, record: &ListingRecord) -> bool {
    record.owner_id == current.user.id || current.user.roles.iter().any(|r| r.is_staff())
}

/// Posts a job (partners and staff).
#[utoipa::path(post, path = "/jobs", tag = "listings", request_body = JobFields,
    responses((status = 201, body = Job), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_job(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(fields): ApiJson<JobFields>,
) -> Result<(StatusCode, Json<Job>), ApiError> {
    if !may_post_jobs(&current) {
        return Err(ApiError::Forbidden);
    }
    create_one(&state, current.user.id, fields).await
}

/// One job, open or closed.
#[utoipa::path(get, path = "/jobs/{id}", tag = "listings",
    responses((status = 200, body = Job), (status = 404, body = ErrorBody)))]
pub async fn get_job(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Job>, ApiError> {
    get_one::<JobFields>(&state, id).await
}

/// Replaces a job's fields (its poster, or staff).
#[utoipa::path(put, path = "/jobs/{id}", tag = "listings", request_body = JobFields,
    responses((status = 200, body = Job), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_job(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<JobFields>,
) -> Result<Json<Job>, ApiError> {
    change_one(&state, &current, id, Some(fields), None).await
}

/// Closes a job (it leaves search at once) or opens it again.
#[utoipa::path(put, path = "/jobs/{id}/open", tag = "listings", request_body = SetOpen,
    responses((status = 200, body = Job), (status = 403, body = ErrorBody)))]
pub async fn set_job_open(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<SetOpen>,
) -> Result<Json<Job>, ApiError> {
    change_one::<JobFields>(&state, &current, id, None, Some(body.open)).await
}

/// Imports many jobs from CSV or schema.org `JobPosting` JSON(-LD). Good
/// rows are posted together; bad rows come back with their problems.
#[utoipa::path(post, path = "/jobs/import", tag = "listings", request_body = ImportJobs,
    responses((status = 200, body = ImportReport), (status = 422, body = ErrorBody)))]
pub async fn import_jobs(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(input): ApiJson<ImportJobs>,
) -> Result<Json<ImportReport>, ApiError> {
    if !may_post_jobs(&current) {
        return Err(ApiError::Forbidden);
    }
    let taxonomy = state.taxonomy.current(state.store.as_ref()).await?;
    let resolve = |name: &str| taxonomy.resolve_skill(name);
    let rows = read_rows(&input, &resolve).map_err(|p| ApiError::field("text", p))?;
    let mut report = ImportReport::default();
    let mut bodies = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        let checked = row.and_then(|fields| {
            fields.validate(taxonomy.as_ref())?;
            Ok(fields)
        });
        match checked {
            Ok(fields) => bodies.push(to_body(&fields)?),
            Err(errors) => report.errors.extend(
                errors
                    .into_iter()
                    .map(|error: FieldError| RowError { row: i + 1, error }),
            ),
        }
    }
    let created = state
        .store
        .create_listings(ListingKind::Job, current.user.id, &bodies, state.unix_now())
        .await?;
    report.imported = created.iter().map(|r| r.id).collect();
    Ok(Json(report))
}

/// Adds a learning resource (staff).
#[utoipa::path(post, path = "/resources", tag = "listings", request_body = ResourceFields,
    responses((status = 201, body = Resource), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_resource(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(fields): ApiJson<ResourceFields>,
) -> Result<(StatusCode, Json<Resource>), ApiError> {
    create_one(&state, staff.0.user.id, fields).await
}

/// One learning resource.
#[utoipa::path(get, path = "/resources/{id}", tag = "listings",
    responses((status = 200, body = Resource), (status = 404, body = ErrorBody)))]
pub async fn get_resource(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Resource>, ApiError> {
    get_one::<ResourceFields>(&state, id).await
}

/// Replaces a learning resource's fields (staff).
#[utoipa::path(put, path = "/resources/{id}", tag = "listings", request_body = ResourceFields,
    responses((status = 200, body = Resource), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_resource(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(fields): ApiJson<ResourceFields>,
) -> Result<Json<Resource>, ApiError> {
    change_one(&state, &staff.0, id, Some(fields), None).await
}

/// Withdraws a learning resource or offers it again (staff).
#[utoipa::path(put, path = "/resources/{id}/open", tag = "listings", request_body = SetOpen,
    responses((status = 200, body = Resource), (status = 403, body = ErrorBody)))]
pub async fn set_resource_open(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<SetOpen>,
) -> Result<Json<Resource>, ApiError> {
    change_one::<ResourceFields>(&state, &staff.0, id, None, Some(body.open)).await
}
