//! Libranet's browser app: Leptos, client-side rendered.
//!
//! `api` is the only module that speaks HTTP, `cache` the only one that
//! touches browser storage, `i18n` holds every user-facing string.

pub mod api;
pub mod cache;
pub mod components;
pub mod i18n;
pub mod listings;
pub mod pages;
pub mod plan_steps;
pub mod session;
pub mod skills;
pub mod tabs;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::idle_guard::IdleGuard;
use crate::components::shell::Shell;
use crate::i18n::I18n;
use crate::pages::about::AboutPage;
use crate::pages::account::AccountPage;
use crate::pages::appointments::AppointmentsPage;
use crate::pages::community::CommunityPage;
use crate::pages::community::connections::ConnectionsPage;
use crate::pages::community::directory::DirectoryPage;
use crate::pages::community::expertise::ExpertisePage;
use crate::pages::desk::DeskPage;
use crate::pages::desk_tools::AssistPage;
use crate::pages::events::{EventPage, EventsPage};
use crate::pages::inbox::InboxPage;
use crate::pages::insight::InsightPage;
use crate::pages::job::JobPage;
use crate::pages::job_edit::JobEditPage;
use crate::pages::jobs::JobsPage;
use crate::pages::kiosk::KioskPage;
use crate::pages::learn::{LearnPage, ResourceEditPage};
use crate::pages::mentoring::MentoringPage;
use crate::pages::mentoring::cohort::CohortPage;
use crate::pages::mentoring::find::FindMentorPage;
use crate::pages::mentoring::pair::PairPage;
use crate::pages::mentoring::profile::MentoringProfilePage;
use crate::pages::network::groups::{GroupDetailPage, GroupsPage, ThreadPage};
use crate::pages::network::people::PersonPage;
use crate::pages::network::teaching::{ResourceDetailPage, ResourcesPage};
use crate::pages::not_found::NotFoundPage;
use crate::pages::plan::PlanPage;
use crate::pages::post_jobs::ImportJobsPage;
use crate::pages::redeem_code::RedeemCodePage;
use crate::pages::sign_in::SignInPage;
use crate::pages::sign_up::SignUpPage;
use crate::pages::start::StartPage;
use crate::pages::welcome::WelcomePage;
use crate::session::Session;

#[component]
pub fn App() -> impl IntoView {
    I18n::provide();
    Session::provide();
    skills::provide();
    listings::provide();
    view! {
        <Router>
            <Shell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=WelcomePage />
                    <Route path=path!("/sign-up") view=SignUpPage />
                    <Route path=path!("/sign-in") view=SignInPage />
                    <Route path=path!("/use-code") view=RedeemCodePage />
                    <Route path=path!("/account") view=AccountPage />
                    <Route path=path!("/start") view=StartPage />
                    <Route path=path!("/jobs") view=JobsPage />
                    <Route path=path!("/jobs/import") view=ImportJobsPage />
                    <Route path=path!("/jobs/:id") view=JobPage />
                    <Route path=path!("/jobs/:id/edit") view=JobEditPage />
                    <Route path=path!("/plan") view=PlanPage />
                    <Route path=path!("/learn") view=LearnPage />
                    <Route path=path!("/learn/:id/edit") view=ResourceEditPage />
                    <Route path=path!("/mentoring") view=MentoringPage />
                    <Route path=path!("/mentoring/find") view=FindMentorPage />
                    <Route path=path!("/mentoring/profile") view=MentoringProfilePage />
                    <Route path=path!("/mentoring/pairs/:id") view=PairPage />
                    <Route path=path!("/mentoring/cohorts/:id") view=CohortPage />
                    <Route path=path!("/inbox") view=InboxPage />
                    <Route path=path!("/community") view=CommunityPage />
                    <Route path=path!("/community/directory") view=DirectoryPage />
                    <Route path=path!("/community/skills") view=ExpertisePage />
                    <Route path=path!("/community/connections") view=ConnectionsPage />
                    <Route path=path!("/events") view=EventsPage />
                    <Route path=path!("/appointments") view=AppointmentsPage />
                    <Route path=path!("/insight") view=InsightPage />
                    <Route path=path!("/desk/patrons/:id") view=AssistPage />
                    <Route path=path!("/events/:id") view=EventPage />
                    <Route path=path!("/community/people/:id") view=PersonPage />
                    <Route path=path!("/community/groups") view=GroupsPage />
                    <Route path=path!("/community/groups/:id") view=GroupDetailPage />
                    <Route path=path!("/community/threads/:id") view=ThreadPage />
                    <Route path=path!("/community/resources") view=ResourcesPage />
                    <Route path=path!("/community/resources/:id") view=ResourceDetailPage />
                    <Route path=path!("/desk") view=DeskPage />
                    <Route path=path!("/kiosk") view=KioskPage />
                    <Route path=path!("/about") view=AboutPage />
                </Routes>
            </Shell>
            <IdleGuard />
        </Router>
    }
}
