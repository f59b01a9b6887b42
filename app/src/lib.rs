//! Libranet's browser app: Leptos, client-side rendered.
//!
//! `api` is the only module that speaks HTTP, `cache` the only one that
//! touches browser storage, `i18n` holds every user-facing string.

pub mod api;
pub mod cache;
pub mod components;
pub mod failure;
pub mod i18n;
pub mod labels;
pub mod listings;
pub mod page;
pub mod pages;
pub mod plan_steps;
pub mod session;
pub mod skills;
pub mod tabs;
pub mod time;
pub mod unread;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::idle_guard::IdleGuard;
use crate::components::shell::Shell;
use crate::i18n::I18n;
use crate::page::segment::{
    ABOUT, ACCOUNT, APPOINTMENTS, COHORTS, COMMUNITY, CONNECTIONS, DESK, DIRECTORY, EDIT, EVENTS,
    FIND, GROUPS, ID, IMPORT, INBOX, INSIGHT, JOBS, KIOSK, LEARN, MENTORING, PAIRS, PATRONS,
    PEOPLE, PLAN, PROFILE, RESOURCES, SIGN_IN, SIGN_UP, SKILLS, START, THREADS, USE_CODE,
};
use crate::pages::about::AboutPage;
use crate::pages::account::AccountPage;
use crate::pages::appointments::AppointmentsPage;
use crate::pages::community::CommunityPage;
use crate::pages::community::connections::ConnectionsPage;
use crate::pages::community::directory::DirectoryPage;
use crate::pages::community::group::GroupPage;
use crate::pages::community::groups::GroupsPage;
use crate::pages::community::person::PersonPage;
use crate::pages::community::resource::ResourcePage;
use crate::pages::community::resources::ResourcesPage;
use crate::pages::community::skills::SkillsPage;
use crate::pages::community::thread::ThreadPage;
use crate::pages::desk::DeskPage;
use crate::pages::desk::patron::PatronPage;
use crate::pages::events::EventsPage;
use crate::pages::events::event::EventPage;
use crate::pages::home::HomePage;
use crate::pages::inbox::InboxPage;
use crate::pages::insight::InsightPage;
use crate::pages::jobs::JobsPage;
use crate::pages::jobs::import::JobsImportPage;
use crate::pages::jobs::job::JobPage;
use crate::pages::jobs::job::edit::JobEditPage;
use crate::pages::kiosk::KioskPage;
use crate::pages::learn::LearnPage;
use crate::pages::learn::edit::ResourceEditPage;
use crate::pages::mentoring::MentoringPage;
use crate::pages::mentoring::cohort::CohortPage;
use crate::pages::mentoring::find::MentoringFindPage;
use crate::pages::mentoring::pair::PairPage;
use crate::pages::mentoring::profile::MentoringProfilePage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::plan::PlanPage;
use crate::pages::sign_in::SignInPage;
use crate::pages::sign_up::SignUpPage;
use crate::pages::start::StartPage;
use crate::pages::use_code::UseCodePage;
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
                    <Route path=() view=HomePage />
                    <Route path=StaticSegment(SIGN_UP) view=SignUpPage />
                    <Route path=StaticSegment(SIGN_IN) view=SignInPage />
                    <Route path=StaticSegment(USE_CODE) view=UseCodePage />
                    <Route path=StaticSegment(ACCOUNT) view=AccountPage />
                    <Route path=StaticSegment(START) view=StartPage />
                    <Route path=StaticSegment(JOBS) view=JobsPage />
                    <Route path=(StaticSegment(JOBS), StaticSegment(IMPORT)) view=JobsImportPage />
                    <Route path=(StaticSegment(JOBS), ParamSegment(ID)) view=JobPage />
                    <Route path=(StaticSegment(JOBS), ParamSegment(ID), StaticSegment(EDIT)) view=JobEditPage />
                    <Route path=StaticSegment(PLAN) view=PlanPage />
                    <Route path=StaticSegment(LEARN) view=LearnPage />
                    <Route path=(StaticSegment(LEARN), ParamSegment(ID), StaticSegment(EDIT)) view=ResourceEditPage />
                    <Route path=StaticSegment(MENTORING) view=MentoringPage />
                    <Route path=(StaticSegment(MENTORING), StaticSegment(FIND)) view=MentoringFindPage />
                    <Route path=(StaticSegment(MENTORING), StaticSegment(PROFILE)) view=MentoringProfilePage />
                    <Route path=(StaticSegment(MENTORING), StaticSegment(PAIRS), ParamSegment(ID)) view=PairPage />
                    <Route path=(StaticSegment(MENTORING), StaticSegment(COHORTS), ParamSegment(ID)) view=CohortPage />
                    <Route path=StaticSegment(INBOX) view=InboxPage />
                    <Route path=StaticSegment(COMMUNITY) view=CommunityPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(DIRECTORY)) view=DirectoryPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(SKILLS)) view=SkillsPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(CONNECTIONS)) view=ConnectionsPage />
                    <Route path=StaticSegment(EVENTS) view=EventsPage />
                    <Route path=StaticSegment(APPOINTMENTS) view=AppointmentsPage />
                    <Route path=StaticSegment(INSIGHT) view=InsightPage />
                    <Route path=(StaticSegment(DESK), StaticSegment(PATRONS), ParamSegment(ID)) view=PatronPage />
                    <Route path=(StaticSegment(EVENTS), ParamSegment(ID)) view=EventPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(PEOPLE), ParamSegment(ID)) view=PersonPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(GROUPS)) view=GroupsPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(GROUPS), ParamSegment(ID)) view=GroupPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(THREADS), ParamSegment(ID)) view=ThreadPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(RESOURCES)) view=ResourcesPage />
                    <Route path=(StaticSegment(COMMUNITY), StaticSegment(RESOURCES), ParamSegment(ID)) view=ResourcePage />
                    <Route path=StaticSegment(DESK) view=DeskPage />
                    <Route path=StaticSegment(KIOSK) view=KioskPage />
                    <Route path=StaticSegment(ABOUT) view=AboutPage />
                </Routes>
            </Shell>
            <IdleGuard />
        </Router>
    }
}
