//! A member's page: their skills record as its owner lets others see it,
//! endorsements of those skills, recommendations the person approved
//! (written and answered in `routes/recommendations.rs`), and blocking
//! (which hides two people from each other everywhere).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::Problem;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::Expertise;
use libranet_core::mentoring::views::NotificationKind;
use libranet_core::network::{
    AttendedEvent, BlockedPerson, PersonView, Recommendation, RecommendationStatus,
    SkillEndorsements,
};
use libranet_core::profile::Visibility;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::services::people::{reachable, shown_name};
use crate::session::CurrentUser;
use crate::state::AppState;
use crate::store::network::RecommendationRow;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(person))
        .routes(routes!(endorse))
        .routes(routes!(block, unblock))
        .routes(routes!(blocks))
}

/// Whether `viewer` may see a record kept at `visibility` by `owner`.
pub(crate) fn may_see(viewer: &CurrentUser, owner: i64, visibility: Visibility) -> bool {
    owner == viewer.user.id
        || match visibility {
            Visibility::OnlyMe => false,
            Visibility::Staff => viewer.is_staff(),
            Visibility::Members | Visibility::Public => true,
        }
}

pub(crate) fn recommendation_view(row: RecommendationRow) -> Recommendation {
    Recommendation {
        id: row.id,
        author_id: row.author_id,
        author_name: row.author_name,
        subject_id: row.subject_id,
        subject_name: row.subject_name,
        body: row.body,
        status: row.status,
        created_at: row.created_at,
    }
}

/// A member's page. Someone the viewer blocked shows as blocked and
/// nothing more; someone who blocked the viewer is not found.
#[utoipa::path(get, path = "/people/{id}", tag = "network", params(("id" = i64, Path)),
    responses((status = 200, body = PersonView), (status = 404, body = ErrorBody)))]
pub async fn person(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PersonView>, ApiError> {
    let store = state.store.as_ref();
    let me = current.user.id;
    let user = store.find_user(id).await?.ok_or(ApiError::NotFound)?;
    if id != me && store.profile_hidden(id).await? && !current.is_staff() {
        return Err(ApiError::NotFound);
    }
    if id != me && store.blocked_by(me).await?.contains(&id) {
        return Ok(Json(PersonView {
            id,
            name: shown_name(&user),
            expertise: None,
            endorsements: Vec::new(),
            recommendations: Vec::new(),
            is_me: false,
            blocked: true,
            attended: Vec::new(),
        }));
    }
    let blocked = store.blocks_involving(me).await?;
    if blocked.contains(&id) {
        return Err(ApiError::NotFound);
    }
    let expertise: Option<Expertise> = match store.expertise(id).await? {
        Some(body) => Some(serde_json::from_str(&body).map_err(ApiError::unreadable)?)
            .filter(|e: &Expertise| may_see(&current, id, e.visibility)),
        None => None,
    };
    let mut counts: BTreeMap<String, (u32, bool)> = BTreeMap::new();
    for (skill, endorser) in store.endorsements(id).await? {
        if blocked.contains(&endorser) {
            continue;
        }
        let entry = counts.entry(skill).or_default();
        entry.0 += 1;
        entry.1 |= endorser == me;
    }
    let endorsements = expertise
        .iter()
        .flat_map(|e| e.skills.iter())
        .map(|s| {
            let (count, mine) = counts.get(&s.skill_id).copied().unwrap_or_default();
            SkillEndorsements {
                skill_id: s.skill_id.clone(),
                count,
                mine,
            }
        })
        .collect();
    let recommendations = store
        .recommendations_of(id)
        .await?
        .into_iter()
        .filter(|r| {
            r.subject_id == id
                && r.status == RecommendationStatus::Approved
                && !r.hidden
                && !blocked.contains(&r.author_id)
        })
        .map(recommendation_view)
        .collect();
    Ok(Json(PersonView {
        id,
        name: shown_name(&user),
        expertise,
        endorsements,
        recommendations,
        is_me: id == me,
        blocked: false,
        attended: attended_evidence(&state, &current, id).await?,
    }))
}

/// The events the person was marked as attending, if they show them on
/// their page and the viewer may see their profile.
async fn attended_evidence(
    state: &AppState,
    viewer: &CurrentUser,
    id: i64,
) -> Result<Vec<AttendedEvent>, ApiError> {
    let details = crate::services::profile::load_details(state, id).await?;
    if !details.show_attended || !may_see(viewer, id, details.visibility) {
        return Ok(Vec::new());
    }
    let mut shown = Vec::new();
    for row in state.store.attended_events(id).await? {
        let fields = row.body;
        shown.push(AttendedEvent {
            id: row.id,
            title: fields.title,
            day: row.day,
            skills: fields.skills,
        });
    }
    Ok(shown)
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Endorse {
    pub skill_id: String,
    /// `false` takes one's endorsement back.
    pub endorse: bool,
}

/// Endorses (or stops endorsing) one skill on someone's record: one
/// endorsement per skill per person.
#[utoipa::path(put, path = "/people/{id}/endorsements", tag = "network", params(("id" = i64, Path)),
    request_body = Endorse,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn endorse(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(body): ApiJson<Endorse>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    if id == me {
        return Err(ApiError::Forbidden);
    }
    reachable(&state, &current, id).await?;
    let store = state.store.as_ref();
    if !state
        .taxonomy
        .current(store)
        .await?
        .has_skill(&body.skill_id)
    {
        return Err(ApiError::field("skill_id", Problem::UnknownSkill));
    }
    if !body.endorse {
        store.unendorse(id, &body.skill_id, me).await?;
        return Ok(StatusCode::NO_CONTENT);
    }
    // Only a skill the person shows the endorser.
    let shown = match store.expertise(id).await? {
        Some(text) => {
            let record: Expertise = serde_json::from_str(&text).map_err(ApiError::unreadable)?;
            may_see(&current, id, record.visibility) && record.has(&body.skill_id)
        }
        None => false,
    };
    if !shown {
        return Err(ApiError::field("skill_id", Problem::NotAllowed));
    }
    if store
        .endorse(id, &body.skill_id, me, state.unix_now())
        .await?
    {
        notify(
            store,
            state.unix_now(),
            id,
            NotificationKind::EndorsementReceived,
            Some(id),
            &shown_name(&current.user),
            "",
        )
        .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Blocks someone: neither sees the other's page, posts, resources, needs,
/// directory record or mentor profile, and neither can reach the other.
#[utoipa::path(post, path = "/people/{id}/block", tag = "network", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn block(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let me = current.user.id;
    if id == me {
        return Err(ApiError::Forbidden);
    }
    state.store.find_user(id).await?.ok_or(ApiError::NotFound)?;
    state.store.block(me, id, state.unix_now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Lifts one's block.
#[utoipa::path(delete, path = "/people/{id}/block", tag = "network", params(("id" = i64, Path)),
    responses((status = 204)))]
pub async fn unblock(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    state.store.unblock(current.user.id, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The people one blocked, to lift a block.
#[utoipa::path(get, path = "/blocks", tag = "network",
    responses((status = 200, body = Vec<BlockedPerson>), (status = 401, body = ErrorBody)))]
pub async fn blocks(
    State(state): State<AppState>,
    current: CurrentUser,
) -> Result<Json<Vec<BlockedPerson>>, ApiError> {
    let store = state.store.as_ref();
    let mut people = Vec::new();
    for id in store.blocked_by(current.user.id).await? {
        if let Some(user) = store.find_user(id).await? {
            people.push(BlockedPerson {
                id,
                name: shown_name(&user),
            });
        }
    }
    Ok(Json(people))
}
