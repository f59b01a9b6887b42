//! The HTTP API, one module per resource, merged here.

use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::state::AppState;

pub mod account;
pub mod appointments;
pub mod assist;
pub mod auth;
pub mod branches;
pub mod calendar;
pub mod check_ins;
pub mod cohorts;
pub mod connections;
pub mod desk;
pub mod events;
pub mod expertise;
pub mod groups;
pub mod health;
pub mod insight;
pub mod listings;
pub mod mentoring;
pub mod mentorships;
pub mod moderation;
pub mod needs;
pub mod notifications;
pub mod partners;
pub mod people;
pub mod plan;
pub mod profile;
pub mod recommendations;
pub mod reports;
pub mod site;
pub mod taxonomy;
pub mod teaching;
pub mod threads;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Libranet API",
        description = "Accounts, sessions and shared listings of a Libranet library. \
            State-changing requests take JSON bodies and must come from the same site."
    ),
    tags(
        (name = "auth", description = "Signing up, in and out; one-time codes"),
        (name = "account", description = "One's own account"),
        (name = "desk", description = "Library staff tools"),
        (name = "profile", description = "One's own profile"),
        (name = "listings", description = "Jobs and learning resources, public to read"),
        (name = "plan", description = "One's own goals, plan and tracked jobs"),
        (name = "site", description = "Public facts about this library"),
        (name = "mentoring", description = "LibLine: mentor and mentee profiles, requests, mentorships, reports"),
        (name = "cohorts", description = "Mentoring cohorts run by library staff"),
        (name = "notifications", description = "One's in-app inbox"),
        (name = "community", description = "Skills database, partner needs and connections"),
        (name = "network", description = "People's pages, endorsements, recommendations, blocks, groups and the teaching resources exchange"),
        (name = "events", description = "Workshops, info sessions, job fairs and meet-ups, with seats and a waitlist"),
        (name = "appointments", description = "Interview practice, resume review and career coaching: slots, bookings, cancellations"),
        (name = "branches", description = "Library branches with their rooms and kiosks"),
        (name = "insight", description = "Library insight for staff: skills supply and demand, never exposing a person"),
        (name = "moderation", description = "Reports of content and people, staff decisions, the moderation log"),
    )
)]
struct ApiDoc;

/// Every `/api/v1` route, with the OpenAPI document generated from them.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest(
        "/api/v1",
        OpenApiRouter::new()
            .merge(auth::router())
            .merge(account::router())
            .merge(desk::router())
            .merge(assist::router())
            .merge(branches::router())
            .merge(insight::router())
            .merge(listings::router())
            .merge(mentoring::router())
            .merge(mentorships::router())
            .merge(check_ins::router())
            .merge(reports::router())
            .merge(cohorts::router())
            .merge(notifications::router())
            .merge(expertise::router())
            .merge(partners::router())
            .merge(needs::router())
            .merge(connections::router())
            .merge(people::router())
            .merge(recommendations::router())
            .merge(groups::router())
            .merge(threads::router())
            .merge(teaching::router())
            .merge(moderation::router())
            .merge(events::router())
            .merge(calendar::router())
            .merge(appointments::router())
            .merge(plan::router())
            .merge(profile::router())
            .merge(site::router())
            .merge(taxonomy::router()),
    )
}
