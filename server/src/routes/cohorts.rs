//! Mentoring cohorts run by library staff: invite or accept members,
//! compute the best assignment in the browser, publish the pairs.
//!
//! The server checks what is published: every pair joins a mentor and a
//! mentee of the cohort, no mentee twice, no mentor past their free places,
//! nobody paired with someone they blocked. Everything is created in one
//! transaction, and everyone is told.

use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::mentoring::MenteeProfile;
use libranet_core::mentoring::views::{
    CohortMember, CohortRole, CohortSummary, CohortView, Invite, Join, MemberStatus, NewCohort,
    NotificationKind, Pair, Publish,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;
use crate::store::cohorts::{CohortRow, NewPair, Published};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(show))
        .routes(routes!(invite))
        .routes(routes!(join))
        .routes(routes!(accept_member, remove_member))
        .routes(routes!(publish))
}

fn summary(row: CohortRow, mine: Option<&(i64, CohortRole, MemberStatus)>) -> CohortSummary {
    CohortSummary {
        id: row.id,
        name: row.name,
        published_at: row.published_at,
        mentors: u32::try_from(row.mentors).unwrap_or(0),
        mentees: u32::try_from(row.mentees).unwrap_or(0),
        my_role: mine.map(|m| m.1),
        my_status: mine.map(|m| m.2),
    }
}

/// Cohorts not yet published (to join or apply to) and those one is in.
#[utoipa::path(get, path = "/cohorts", tag = "cohorts",
    responses((status = 200, body = Vec<CohortSummary>), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<CohortSummary>>, ApiError> {
    let store = state.store.as_ref();
    let mine = store.memberships_of(current.user.id).await?;
    let staff = current.user.roles.iter().any(|r| r.is_staff());
    let cohorts = store
        .cohorts()
        .await?
        .into_iter()
        .filter_map(|row| {
            let membership = mine.iter().find(|m| m.0 == row.id);
            (staff || row.published_at.is_none() || membership.is_some())
                .then(|| summary(row, membership))
        })
        .collect();
    Ok(Json(cohorts))
}

/// Starts a cohort (staff).
#[utoipa::path(post, path = "/cohorts", tag = "cohorts", request_body = NewCohort,
    responses((status = 201, body = CohortSummary), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    staff: StaffUser,
    ApiJson(new): ApiJson<NewCohort>,
) -> Result<(StatusCode, Json<CohortSummary>), ApiError> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(ApiError::field("name", Problem::Required));
    }
    if name.chars().count() > libranet_core::jobs::MAX_TITLE {
        return Err(ApiError::field("name", Problem::TooLong));
    }
    let id = state
        .store
        .create_cohort(name, staff.0.user.id, state.unix_now())
        .await?;
    let row = state.store.cohort(id).await?.ok_or(ApiError::NotFound)?;
    Ok((StatusCode::CREATED, Json(summary(row, None))))
}

async fn view(state: &AppState, id: i64) -> Result<CohortView, ApiError> {
    let store = state.store.as_ref();
    let row = store.cohort(id).await?.ok_or(ApiError::NotFound)?;
    let mut members = Vec::new();
    for m in store.cohort_members(id).await? {
        let (role, status) = (m.role, m.status);
        let mentor = m.mentor_body.filter(|_| role == CohortRole::Mentor);
        let mentee = m.mentee_body.filter(|_| role == CohortRole::Mentee);
        let free = (m.capacity.unwrap_or(0) - m.active.unwrap_or(0)).clamp(0, 255);
        members.push(CohortMember {
            user_id: m.user_id,
            name: m.name,
            role,
            status,
            mentor,
            mentee,
            free: u8::try_from(free).unwrap_or(0),
        });
    }
    let pairs = store
        .cohort_pairs(id)
        .await?
        .into_iter()
        .map(|(mentee_id, mentor_id)| Pair {
            mentee_id,
            mentor_id,
        })
        .collect();
    Ok(CohortView {
        id,
        name: row.name,
        published_at: row.published_at,
        members,
        pairs,
    })
}

/// A cohort with its members and what the assignment needs (staff).
#[utoipa::path(get, path = "/cohorts/{id}", tag = "cohorts", params(("id" = i64, Path)),
    responses((status = 200, body = CohortView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<CohortView>, ApiError> {
    Ok(Json(view(&state, id).await?))
}

/// Invites a person by username as mentor or mentee (staff); they say yes
/// from their inbox or the mentoring page.
#[utoipa::path(post, path = "/cohorts/{id}/invite", tag = "cohorts", params(("id" = i64, Path)), request_body = Invite,
    responses((status = 200, body = CohortView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(invite): ApiJson<Invite>,
) -> Result<Json<CohortView>, ApiError> {
    let store = state.store.as_ref();
    let cohort = store.cohort(id).await?.ok_or(ApiError::NotFound)?;
    if cohort.published_at.is_some() {
        return Err(ApiError::Conflict);
    }
    let Some(user) = store.find_user_by_username(invite.username.trim()).await? else {
        return Err(ApiError::field("username", Problem::UnknownUser));
    };
    // Inviting someone who asked to join accepts them; someone already in
    // keeps the role they agreed to.
    let (role, status) = match store.membership(id, user.id).await? {
        Some((role, MemberStatus::Joined | MemberStatus::Applied)) => (role, MemberStatus::Joined),
        _ => (invite.role, MemberStatus::Invited),
    };
    store.set_member(id, user.id, role, status).await?;
    if status == MemberStatus::Invited {
        notify(
            store,
            state.unix_now(),
            user.id,
            NotificationKind::CohortInvite,
            Some(id),
            &cohort.name,
            invite.role.as_str(),
        )
        .await?;
    }
    Ok(Json(view(&state, id).await?))
}

/// Says yes to an invitation, or asks to join a cohort not yet published.
#[utoipa::path(post, path = "/cohorts/{id}/join", tag = "cohorts", params(("id" = i64, Path)), request_body = Join,
    responses((status = 200, body = CohortSummary), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn join(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(join): ApiJson<Join>,
) -> Result<Json<CohortSummary>, ApiError> {
    let store = state.store.as_ref();
    let me = current.user.id;
    let cohort = store.cohort(id).await?.ok_or(ApiError::NotFound)?;
    if cohort.published_at.is_some() {
        return Err(ApiError::Conflict);
    }
    let existing = store.membership(id, me).await?;
    let (role, status) = match existing {
        // An invitation is for the role the coordinator chose.
        Some((role, MemberStatus::Invited)) => (role, MemberStatus::Joined),
        Some((role, status)) => (role, status),
        None => (join.role, MemberStatus::Applied),
    };
    store.set_member(id, me, role, status).await?;
    // The coordinator hears of a new request to join once.
    if existing.is_none() {
        let creator = store.cohort_creator(id).await?;
        notify(
            store,
            state.unix_now(),
            creator,
            NotificationKind::CohortApplied,
            Some(id),
            &cohort.name,
            "",
        )
        .await?;
    }
    let row = store.cohort(id).await?.ok_or(ApiError::NotFound)?;
    let mine = (id, role, status);
    Ok(Json(summary(row, Some(&mine))))
}

/// Accepts someone who asked to join (staff).
#[utoipa::path(post, path = "/cohorts/{id}/members/{user_id}", tag = "cohorts",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 200, body = CohortView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn accept_member(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiPath((id, user_id)): ApiPath<(i64, i64)>,
) -> Result<Json<CohortView>, ApiError> {
    let store = state.store.as_ref();
    // Only someone who asked; an invitation waits for the person's own yes.
    let role = match store.membership(id, user_id).await? {
        Some((role, MemberStatus::Applied)) => role,
        Some(_) => return Err(ApiError::Conflict),
        None => return Err(ApiError::NotFound),
    };
    store
        .set_member(id, user_id, role, MemberStatus::Joined)
        .await?;
    Ok(Json(view(&state, id).await?))
}

/// Takes someone out of a cohort: staff, or the person themselves.
#[utoipa::path(delete, path = "/cohorts/{id}/members/{user_id}", tag = "cohorts",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath((id, user_id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    if user_id != current.user.id && !current.user.roles.iter().any(|r| r.is_staff()) {
        return Err(ApiError::Forbidden);
    }
    if state.store.remove_member(id, user_id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

/// Publishes the pairs the coordinator settled on (staff). Everyone in the
/// cohort is told, including mentees left without a mentor this time.
#[utoipa::path(post, path = "/cohorts/{id}/publish", tag = "cohorts", params(("id" = i64, Path)), request_body = Publish,
    responses((status = 200, body = CohortView), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    _staff: StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(publish): ApiJson<Publish>,
) -> Result<Json<CohortView>, ApiError> {
    let store = state.store.as_ref();
    let cohort = view(&state, id).await?;
    if cohort.published_at.is_some() {
        return Err(ApiError::Conflict);
    }
    let joined = |role: CohortRole| -> HashMap<i64, &CohortMember> {
        cohort
            .members
            .iter()
            .filter(|m| m.role == role && m.status == MemberStatus::Joined)
            .map(|m| (m.user_id, m))
            .collect()
    };
    let (mentors, mentees) = (joined(CohortRole::Mentor), joined(CohortRole::Mentee));
    let mut seen = HashSet::new();
    let mut load: HashMap<i64, u8> = HashMap::new();
    let mut goals = Vec::with_capacity(publish.pairs.len());
    for (i, pair) in publish.pairs.iter().enumerate() {
        let (Some(mentor), Some(mentee)) =
            (mentors.get(&pair.mentor_id), mentees.get(&pair.mentee_id))
        else {
            return Err(ApiError::field(&format!("pairs[{i}]"), Problem::NotAllowed));
        };
        if mentor.mentor.is_none()
            || !seen.insert(pair.mentee_id)
            || store
                .blocked_between(pair.mentor_id, pair.mentee_id)
                .await?
        {
            return Err(ApiError::field(&format!("pairs[{i}]"), Problem::NotAllowed));
        }
        let taken = load.entry(pair.mentor_id).or_default();
        *taken += 1;
        if *taken > mentor.free {
            return Err(ApiError::Full);
        }
        let shared: Vec<String> = mentee
            .mentee
            .as_ref()
            .map(|m: &MenteeProfile| m.goals.clone())
            .unwrap_or_default();
        goals.push(serde_json::to_string(&shared).map_err(ApiError::unreadable)?);
    }
    let pairs: Vec<NewPair<'_>> = publish
        .pairs
        .iter()
        .zip(&goals)
        .map(|(p, g)| NewPair {
            mentee_id: p.mentee_id,
            mentor_id: p.mentor_id,
            goals: g,
        })
        .collect();
    let published = match store.publish_cohort(id, &pairs, state.unix_now()).await {
        // A pair that already has an ongoing mentorship.
        Err(crate::store::StoreError::Conflict) => return Err(ApiError::Conflict),
        other => other?,
    };
    let created = match published {
        Published::Done(created) => created,
        Published::Full(_) => return Err(ApiError::Full),
        Published::AlreadyPublished => return Err(ApiError::Conflict),
    };
    let name_of = |id: i64| {
        cohort
            .members
            .iter()
            .find(|m| m.user_id == id)
            .map_or("", |m| m.name.as_str())
    };
    for (pair, mentorship) in publish.pairs.iter().zip(&created) {
        notify(
            store,
            state.unix_now(),
            pair.mentor_id,
            NotificationKind::CohortPublished,
            Some(*mentorship),
            name_of(pair.mentee_id),
            &cohort.name,
        )
        .await?;
        notify(
            store,
            state.unix_now(),
            pair.mentee_id,
            NotificationKind::CohortPublished,
            Some(*mentorship),
            name_of(pair.mentor_id),
            &cohort.name,
        )
        .await?;
    }
    let matched: HashSet<i64> = publish
        .pairs
        .iter()
        .flat_map(|p| [p.mentee_id, p.mentor_id])
        .collect();
    for member in cohort
        .members
        .iter()
        .filter(|m| m.status == MemberStatus::Joined && !matched.contains(&m.user_id))
    {
        notify(
            store,
            state.unix_now(),
            member.user_id,
            NotificationKind::CohortUnmatched,
            Some(id),
            &cohort.name,
            "",
        )
        .await?;
    }
    Ok(Json(view(&state, id).await?))
}
