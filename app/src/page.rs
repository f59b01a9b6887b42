//! Every URL in the app, in one typed route table.
//!
//! The router in `lib.rs` builds its path patterns from the segment names in
//! [`segment`], and every link, redirect and navigation builds its URL with
//! [`Page::href`] from the same names, so a URL is written down only here.

use libranet_core::insight::CoverageKind;
use libranet_core::mentoring::views::NotificationKind;

/// The path segments the router matches and [`Page::href`] writes.
pub mod segment {
    pub const SIGN_UP: &str = "sign-up";
    pub const SIGN_IN: &str = "sign-in";
    pub const USE_CODE: &str = "use-code";
    pub const ACCOUNT: &str = "account";
    pub const START: &str = "start";
    pub const JOBS: &str = "jobs";
    pub const IMPORT: &str = "import";
    pub const EDIT: &str = "edit";
    pub const PLAN: &str = "plan";
    pub const LEARN: &str = "learn";
    pub const MENTORING: &str = "mentoring";
    pub const FIND: &str = "find";
    pub const PROFILE: &str = "profile";
    pub const PAIRS: &str = "pairs";
    pub const COHORTS: &str = "cohorts";
    pub const INBOX: &str = "inbox";
    pub const COMMUNITY: &str = "community";
    pub const DIRECTORY: &str = "directory";
    pub const SKILLS: &str = "skills";
    pub const CONNECTIONS: &str = "connections";
    pub const PEOPLE: &str = "people";
    pub const GROUPS: &str = "groups";
    pub const THREADS: &str = "threads";
    pub const RESOURCES: &str = "resources";
    pub const EVENTS: &str = "events";
    pub const APPOINTMENTS: &str = "appointments";
    pub const INSIGHT: &str = "insight";
    pub const DESK: &str = "desk";
    pub const PATRONS: &str = "patrons";
    pub const KIOSK: &str = "kiosk";
    pub const ABOUT: &str = "about";
    /// The name of the one parameter routes take: a record's id.
    pub const ID: &str = "id";
}

/// A place in the app. `href` gives its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    SignUp,
    SignIn,
    UseCode,
    Account,
    Start,
    Jobs,
    JobsImport,
    Job { id: i64 },
    JobEdit { id: i64 },
    Plan,
    Learn,
    ResourceEdit { id: i64 },
    Mentoring,
    MentoringFind,
    MentoringProfile,
    Pair { id: i64 },
    Cohort { id: i64 },
    Inbox,
    Community,
    Directory,
    Skills,
    Connections,
    Person { id: i64 },
    Groups,
    Group { id: i64 },
    Thread { id: i64 },
    Resources,
    Resource { id: i64 },
    Events,
    Event { id: i64 },
    Appointments,
    Insight,
    Desk,
    Patron { id: i64 },
    Kiosk,
    About,
}

impl Page {
    /// The page's URL, absolute from the site root.
    pub fn href(&self) -> String {
        use segment::{
            ABOUT, ACCOUNT, APPOINTMENTS, COHORTS, COMMUNITY, CONNECTIONS, DESK, DIRECTORY, EDIT,
            EVENTS, FIND, GROUPS, IMPORT, INBOX, INSIGHT, JOBS, KIOSK, LEARN, MENTORING, PAIRS,
            PATRONS, PEOPLE, PLAN, PROFILE, RESOURCES, SIGN_IN, SIGN_UP, SKILLS, START, THREADS,
            USE_CODE,
        };
        match *self {
            Page::Home => "/".to_owned(),
            Page::SignUp => format!("/{SIGN_UP}"),
            Page::SignIn => format!("/{SIGN_IN}"),
            Page::UseCode => format!("/{USE_CODE}"),
            Page::Account => format!("/{ACCOUNT}"),
            Page::Start => format!("/{START}"),
            Page::Jobs => format!("/{JOBS}"),
            Page::JobsImport => format!("/{JOBS}/{IMPORT}"),
            Page::Job { id } => format!("/{JOBS}/{id}"),
            Page::JobEdit { id } => format!("/{JOBS}/{id}/{EDIT}"),
            Page::Plan => format!("/{PLAN}"),
            Page::Learn => format!("/{LEARN}"),
            Page::ResourceEdit { id } => format!("/{LEARN}/{id}/{EDIT}"),
            Page::Mentoring => format!("/{MENTORING}"),
            Page::MentoringFind => format!("/{MENTORING}/{FIND}"),
            Page::MentoringProfile => format!("/{MENTORING}/{PROFILE}"),
            Page::Pair { id } => format!("/{MENTORING}/{PAIRS}/{id}"),
            Page::Cohort { id } => format!("/{MENTORING}/{COHORTS}/{id}"),
            Page::Inbox => format!("/{INBOX}"),
            Page::Community => format!("/{COMMUNITY}"),
            Page::Directory => format!("/{COMMUNITY}/{DIRECTORY}"),
            Page::Skills => format!("/{COMMUNITY}/{SKILLS}"),
            Page::Connections => format!("/{COMMUNITY}/{CONNECTIONS}"),
            Page::Person { id } => format!("/{COMMUNITY}/{PEOPLE}/{id}"),
            Page::Groups => format!("/{COMMUNITY}/{GROUPS}"),
            Page::Group { id } => format!("/{COMMUNITY}/{GROUPS}/{id}"),
            Page::Thread { id } => format!("/{COMMUNITY}/{THREADS}/{id}"),
            Page::Resources => format!("/{COMMUNITY}/{RESOURCES}"),
            Page::Resource { id } => format!("/{COMMUNITY}/{RESOURCES}/{id}"),
            Page::Events => format!("/{EVENTS}"),
            Page::Event { id } => format!("/{EVENTS}/{id}"),
            Page::Appointments => format!("/{APPOINTMENTS}"),
            Page::Insight => format!("/{INSIGHT}"),
            Page::Desk => format!("/{DESK}"),
            Page::Patron { id } => format!("/{DESK}/{PATRONS}/{id}"),
            Page::Kiosk => format!("/{KIOSK}"),
            Page::About => format!("/{ABOUT}"),
        }
    }
}

impl Page {
    /// Where a notification leads: the record it is about, or the page
    /// that lists such things.
    pub fn for_notification(kind: NotificationKind, subject: Option<i64>) -> Page {
        use NotificationKind as K;
        match (kind, subject) {
            (
                K::Message
                | K::CheckInScheduled
                | K::CheckInSoon
                | K::MentorshipEnded
                | K::RequestAccepted,
                Some(id),
            ) => Page::Pair { id },
            (K::CohortApplied, Some(id)) => Page::Cohort { id },
            (
                K::ConnectionRequest
                | K::ConnectionAccepted
                | K::ConnectionDeclined
                | K::ConnectionMessage
                | K::ConnectionReminder,
                _,
            ) => Page::Connections,
            (K::NeedPaused | K::NeedExpired | K::PartnerVerified, _) => Page::Community,
            (
                K::EndorsementReceived | K::RecommendationReceived | K::RecommendationApproved,
                Some(id),
            ) => Page::Person { id },
            (K::ThreadReply | K::Mentioned, Some(id)) => Page::Thread { id },
            (K::GroupJoinRequest | K::GroupJoinAccepted, Some(id)) => Page::Group { id },
            (K::ResourceAdapted | K::ResourceComment, Some(id)) => Page::Resource { id },
            (K::ContentHidden | K::ContentRestored | K::Warned | K::ReportHandled, _) => {
                Page::Community
            }
            (K::EventPromoted | K::EventCancelled, Some(id)) => Page::Event { id },
            (K::AppointmentBooked | K::AppointmentReminder | K::AppointmentCancelled, _) => {
                Page::Appointments
            }
            (K::DeskHelp, _) => Page::Account,
            _ => Page::Mentoring,
        }
    }

    /// Where something that teaches a skill is found: the event, the shared
    /// resource, or the library's catalogue for a course.
    pub fn for_coverage(kind: CoverageKind, id: Option<i64>) -> Page {
        match (kind, id) {
            (CoverageKind::Workshop, Some(id)) => Page::Event { id },
            (CoverageKind::Teaching, Some(id)) => Page::Resource { id },
            (CoverageKind::Workshop, None) => Page::Events,
            (CoverageKind::Teaching, None) => Page::Resources,
            (CoverageKind::Course, _) => Page::Learn,
        }
    }
}

/// The `:id` of the current route as a number (0 when it does not read,
/// which no record has). Tracks the route.
pub fn route_id() -> impl Fn() -> i64 + Copy {
    use leptos::prelude::Read;
    let params = leptos_router::hooks::use_params_map();
    move || {
        params
            .read()
            .get(segment::ID)
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    /// A notification leads to the record it is about, or to the page that
    /// lists such things when it names none.
    #[test]
    fn notifications_lead_to_their_record() {
        use libranet_core::mentoring::views::NotificationKind as K;
        let cases = [
            (K::Message, Some(7), "/mentoring/pairs/7"),
            (K::Message, None, "/mentoring"),
            (K::CohortApplied, Some(7), "/mentoring/cohorts/7"),
            (K::ConnectionRequest, Some(7), "/community/connections"),
            (K::NeedPaused, None, "/community"),
            (K::EndorsementReceived, Some(7), "/community/people/7"),
            (K::ThreadReply, Some(7), "/community/threads/7"),
            (K::GroupJoinRequest, Some(7), "/community/groups/7"),
            (K::ResourceAdapted, Some(7), "/community/resources/7"),
            (K::Warned, Some(7), "/community"),
            (K::EventPromoted, Some(7), "/events/7"),
            (K::AppointmentBooked, Some(7), "/appointments"),
            (K::DeskHelp, None, "/account"),
            (K::RequestReceived, Some(7), "/mentoring"),
        ];
        for (kind, subject, url) in cases {
            assert_eq!(
                Page::for_notification(kind, subject).href(),
                url,
                "{kind:?}"
            );
        }
    }

    /// Insight's coverage links lead to the event, the resource or the
    /// catalogue.
    #[test]
    fn coverage_leads_to_what_teaches() {
        use libranet_core::insight::CoverageKind as K;
        assert_eq!(Page::for_coverage(K::Workshop, Some(7)).href(), "/events/7");
        assert_eq!(
            Page::for_coverage(K::Teaching, Some(7)).href(),
            "/community/resources/7"
        );
        assert_eq!(Page::for_coverage(K::Course, None).href(), "/learn");
    }

    /// The URLs the browser tests and bookmarks use must not move.
    #[test]
    fn every_page_keeps_its_url() {
        let cases = [
            (Page::Home, "/"),
            (Page::SignUp, "/sign-up"),
            (Page::SignIn, "/sign-in"),
            (Page::UseCode, "/use-code"),
            (Page::Account, "/account"),
            (Page::Start, "/start"),
            (Page::Jobs, "/jobs"),
            (Page::JobsImport, "/jobs/import"),
            (Page::Job { id: 7 }, "/jobs/7"),
            (Page::JobEdit { id: 7 }, "/jobs/7/edit"),
            (Page::Plan, "/plan"),
            (Page::Learn, "/learn"),
            (Page::ResourceEdit { id: 7 }, "/learn/7/edit"),
            (Page::Mentoring, "/mentoring"),
            (Page::MentoringFind, "/mentoring/find"),
            (Page::MentoringProfile, "/mentoring/profile"),
            (Page::Pair { id: 7 }, "/mentoring/pairs/7"),
            (Page::Cohort { id: 7 }, "/mentoring/cohorts/7"),
            (Page::Inbox, "/inbox"),
            (Page::Community, "/community"),
            (Page::Directory, "/community/directory"),
            (Page::Skills, "/community/skills"),
            (Page::Connections, "/community/connections"),
            (Page::Person { id: 7 }, "/community/people/7"),
            (Page::Groups, "/community/groups"),
            (Page::Group { id: 7 }, "/community/groups/7"),
            (Page::Thread { id: 7 }, "/community/threads/7"),
            (Page::Resources, "/community/resources"),
            (Page::Resource { id: 7 }, "/community/resources/7"),
            (Page::Events, "/events"),
            (Page::Event { id: 7 }, "/events/7"),
            (Page::Appointments, "/appointments"),
            (Page::Insight, "/insight"),
            (Page::Desk, "/desk"),
            (Page::Patron { id: 7 }, "/desk/patrons/7"),
            (Page::Kiosk, "/kiosk"),
            (Page::About, "/about"),
        ];
        for (page, url) in cases {
            assert_eq!(page.href(), url, "{page:?}");
        }
    }
}
