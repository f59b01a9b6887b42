//! Moderation: anyone reports a post, resource, comment, profile, need or
//! recommendation; staff hide or restore it, warn or suspend its author,
//! or dismiss the report. Every decision goes to the moderation log, the
//! author and the reporter are told.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use libranet_core::account::Role;
use libranet_core::api::ErrorBody;
use libranet_core::expertise::views::NeedStatus;
use libranet_core::markup;
use libranet_core::mentoring::views::{Message, NotificationKind};
use libranet_core::moderation::{
    ContentReport, Decision, ModerationAction, ModerationEntry, ReportStatus, ReportView,
    TargetKind, parse_target_key, target_key,
};
use libranet_core::network::RecommendationStatus;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ApiJson, ApiPath};
use crate::services::notifications::notify;
use crate::services::people::shown_name;
use crate::session::{CurrentUser, StaffUser};
use crate::state::AppState;
use crate::store::Store;
use crate::store::StoreError;
use crate::store::mentoring::ReportEntry;
use crate::store::network::ModerationLog;

/// How much of a reported text staff see in the list.
const EXCERPT_CHARS: usize = 280;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(report_content))
        .routes(routes!(reports))
        .routes(routes!(decide))
        .routes(routes!(log))
}

/// What a report is about: its author, words to show staff, and whether it
/// is hidden. `None` when it no longer exists.
struct Target {
    author: i64,
    excerpt: String,
    hidden: bool,
}

async fn target(store: &dyn Store, kind: TargetKind, id: i64) -> Result<Option<Target>, ApiError> {
    let cut = |text: &str| markup::plain(text, EXCERPT_CHARS);
    // A resource or a need is quoted by its title, then its description.
    let titled = |title: &str, description: &str| cut(&format!("{title}. {description}"));
    Ok(match kind {
        TargetKind::Post => store.post(id).await?.map(|p| Target {
            author: p.author_id,
            excerpt: cut(&p.body),
            hidden: p.hidden,
        }),
        TargetKind::Resource => store.teaching(id).await?.map(|r| Target {
            author: r.owner_id,
            excerpt: titled(&r.body.title, &r.body.description),
            hidden: r.hidden,
        }),
        TargetKind::Comment => store.comment(id).await?.map(|c| Target {
            author: c.author_id,
            excerpt: cut(&c.body),
            hidden: c.hidden,
        }),
        TargetKind::Profile => match store.find_user(id).await? {
            Some(user) => Some(Target {
                author: id,
                excerpt: shown_name(&user),
                hidden: store.profile_hidden(id).await?,
            }),
            None => None,
        },
        TargetKind::Need => store.need(id).await?.map(|n| Target {
            author: n.owner_id,
            excerpt: titled(&n.body.title, &n.body.description),
            hidden: n.hidden,
        }),
        TargetKind::Recommendation => store.recommendation(id).await?.map(|r| Target {
            author: r.author_id,
            excerpt: cut(&r.body),
            hidden: r.hidden,
        }),
        TargetKind::Mentorship => None,
    })
}

/// Whether the reporter can see what they report: the same rules as the
/// pages that show it (group members for posts, not hidden, nobody
/// blocked, a recommendation shown or written for the reporter, a live
/// need).
async fn can_see(
    state: &AppState,
    viewer: Option<&CurrentUser>,
    kind: TargetKind,
    id: i64,
) -> Result<bool, ApiError> {
    let store = state.store.as_ref();
    let Some(current) = viewer else {
        return Ok(false);
    };
    let me = current.user.id;
    let blocked = store.blocks_involving(me).await?;
    Ok(match kind {
        TargetKind::Post => match store.post(id).await? {
            Some(p) if !p.hidden && !blocked.contains(&p.author_id) => {
                crate::services::groups::member_thread(state, p.thread_id, me)
                    .await
                    .is_ok()
            }
            _ => false,
        },
        TargetKind::Resource => crate::services::teaching::visible(state, id, viewer)
            .await
            .is_ok(),
        TargetKind::Comment => match store.comment(id).await? {
            Some(c) if !c.hidden && !blocked.contains(&c.author_id) => {
                crate::services::teaching::visible(state, c.teaching_id, viewer)
                    .await
                    .is_ok()
            }
            _ => false,
        },
        TargetKind::Profile => crate::services::people::reachable(state, current, id)
            .await
            .is_ok(),
        TargetKind::Need => store.need(id).await?.is_some_and(|n| {
            n.status == NeedStatus::Open
                && n.verified
                && !n.hidden
                && !blocked.contains(&n.owner_id)
        }),
        TargetKind::Recommendation => store.recommendation(id).await?.is_some_and(|r| {
            !r.hidden
                && !blocked.contains(&r.author_id)
                && !blocked.contains(&r.subject_id)
                && (r.status == RecommendationStatus::Approved || r.subject_id == me)
        }),
        TargetKind::Mentorship => false,
    })
}

/// Reports something the reporter can see (not their own) to library
/// staff, keeping its words as they read now. One open report per person
/// and item.
#[utoipa::path(post, path = "/moderation/reports", tag = "moderation", request_body = ContentReport,
    responses((status = 201), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn report_content(
    State(state): State<AppState>,
    current: CurrentUser,
    ApiJson(report): ApiJson<ContentReport>,
) -> Result<StatusCode, ApiError> {
    report.validate().map_err(ApiError::Invalid)?;
    let me = current.user.id;
    let viewer = Some(current);
    if !can_see(&state, viewer.as_ref(), report.target, report.target_id).await? {
        return Err(ApiError::NotFound);
    }
    let store = state.store.as_ref();
    let found = target(store, report.target, report.target_id)
        .await?
        .filter(|t| !t.hidden && t.author != me)
        .ok_or(ApiError::NotFound)?;
    match store
        .create_report(ReportEntry {
            reporter: me,
            subject: found.author,
            context: &target_key(report.target, report.target_id),
            reason: report.reason.trim(),
            attached: None,
            excerpt: Some(&found.excerpt),
            now: state.unix_now(),
        })
        .await
    {
        Ok(_) => {}
        Err(StoreError::Conflict) => return Err(ApiError::Conflict),
        Err(e) => return Err(e.into()),
    }
    tracing::info!(target = report.target.as_str(), "content reported");
    Ok(StatusCode::CREATED)
}

/// Reports for library staff, newest first, with what was reported.
#[utoipa::path(get, path = "/reports", tag = "moderation",
    responses((status = 200, body = Vec<ReportView>), (status = 403, body = ErrorBody)))]
pub async fn reports(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Vec<ReportView>>, ApiError> {
    let store = state.store.as_ref();
    let mut views = Vec::new();
    for row in store.reports().await? {
        let (kind, target_id) =
            parse_target_key(&row.context).ok_or_else(|| ApiError::unreadable(&row.context))?;
        let found = target(store, kind, target_id).await?;
        views.push(ReportView {
            id: row.id,
            reporter_name: row.reporter_name,
            subject_id: row.subject_id,
            subject_name: row.subject_name,
            target: kind,
            target_id,
            reason: row.reason,
            excerpt: found
                .as_ref()
                .map(|t| t.excerpt.clone())
                .unwrap_or_default(),
            attached: row
                .attached
                .map(|a| serde_json::from_str::<Vec<Message>>(&a))
                .transpose()
                .map_err(ApiError::unreadable)?,
            hidden: found.is_some_and(|t| t.hidden),
            status: row.status,
            created_at: row.created_at,
        });
    }
    Ok(Json(views))
}

/// Staff decide a report: hide or restore what was reported, warn or
/// suspend its author, or dismiss. Logged; the author and the reporter are
/// told.
#[utoipa::path(post, path = "/reports/{id}/decision", tag = "moderation", params(("id" = i64, Path)),
    request_body = Decision,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    StaffUser(staff): StaffUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(decision): ApiJson<Decision>,
) -> Result<StatusCode, ApiError> {
    decision.validate().map_err(ApiError::Invalid)?;
    let store = state.store.as_ref();
    let report = store.report(id).await?.ok_or(ApiError::NotFound)?;
    let (kind, target_id) =
        parse_target_key(&report.context).ok_or_else(|| ApiError::unreadable(&report.context))?;
    let subject = report.subject_id;
    if subject == staff.user.id || report.reporter_id == staff.user.id {
        // Nobody decides a report about themselves or one they filed.
        return Err(ApiError::Forbidden);
    }
    // Only an admin acts on another member of staff.
    let subject_is_staff = store
        .find_user(subject)
        .await?
        .is_some_and(|u| u.roles.iter().any(|r| r.is_staff()));
    if subject_is_staff && !staff.user.roles.contains(&Role::Admin) {
        return Err(ApiError::Forbidden);
    }
    let note = decision.note.trim();
    let now = state.unix_now();
    match decision.action {
        ModerationAction::Hide | ModerationAction::Restore => {
            if !kind.can_hide() {
                return Err(ApiError::field(
                    "action",
                    libranet_core::Problem::NotAllowed,
                ));
            }
            let hide = decision.action == ModerationAction::Hide;
            if !store.set_hidden(kind.as_str(), target_id, hide).await? {
                return Err(ApiError::NotFound);
            }
            let told = if hide {
                NotificationKind::ContentHidden
            } else {
                NotificationKind::ContentRestored
            };
            notify(
                store,
                state.unix_now(),
                subject,
                told,
                None,
                kind.as_str(),
                note,
            )
            .await?;
        }
        ModerationAction::Warn => {
            notify(
                store,
                state.unix_now(),
                subject,
                NotificationKind::Warned,
                None,
                "",
                note,
            )
            .await?;
        }
        ModerationAction::Suspend => {
            let until = now + i64::from(decision.days) * 24 * 60 * 60;
            store.suspend(subject, until).await?;
            // The end of the suspension, shown in the library's zone.
            crate::services::notifications::notify_at(
                store,
                state.unix_now(),
                subject,
                NotificationKind::Warned,
                None,
                "",
                note,
                crate::services::notifications::When {
                    at: until,
                    time_zone: state.zone().name(),
                },
            )
            .await?;
        }
        ModerationAction::Reinstate => store.lift_suspension(subject).await?,
        ModerationAction::Dismiss => {}
    }
    store
        .log_moderation(ModerationLog {
            staff_id: staff.user.id,
            action: decision.action.as_str(),
            target: Some(&report.context),
            subject_id: subject,
            report_id: Some(id),
            note,
            now,
        })
        .await?;
    if report.status == ReportStatus::Open {
        store.set_report_status(id, ReportStatus::Handled).await?;
        notify(
            store,
            state.unix_now(),
            report.reporter_id,
            NotificationKind::ReportHandled,
            None,
            decision.action.as_str(),
            "",
        )
        .await?;
    }
    tracing::info!(
        report_id = id,
        action = decision.action.as_str(),
        "report decided"
    );
    Ok(StatusCode::NO_CONTENT)
}

/// The moderation log, newest first (staff only).
#[utoipa::path(get, path = "/moderation/log", tag = "moderation",
    responses((status = 200, body = Vec<ModerationEntry>), (status = 403, body = ErrorBody)))]
pub async fn log(
    State(state): State<AppState>,
    _staff: StaffUser,
) -> Result<Json<Vec<ModerationEntry>>, ApiError> {
    Ok(Json(
        state
            .store
            .moderation_log()
            .await?
            .into_iter()
            .map(|row| {
                let target = row.target.as_deref().and_then(parse_target_key);
                Ok(ModerationEntry {
                    id: row.id,
                    at: row.at,
                    staff_name: row.staff_name,
                    action: ModerationAction::parse(&row.action)
                        .ok_or_else(|| ApiError::unreadable(&row.action))?,
                    target: target.map(|t| t.0),
                    target_id: target.map(|t| t.1),
                    subject_name: row.subject_name,
                    note: row.note,
                })
            })
            .collect::<Result<_, ApiError>>()?,
    ))
}
