//! The only module that speaks HTTP: a typed client for `/api/v1`.

use gloo_net::http::{RequestBuilder, Response};
use libranet_core::api::{
    ChangePasswordRequest, EnrollPatronRequest, ErrorBody, ErrorCode, IssueCodeRequest,
    OneTimeCodeView, RedeemCodeRequest, SessionView, SignInRequest, SignUpRequest, SiteInfo,
    UpdateAccountRequest, UserView,
};
use libranet_core::api::{ListingChanges, SetOpen, TrackedJobs};
use libranet_core::appointments::{
    BookSlot, CancelAppointment, MyAppointments, SlotFields, SlotView,
};
use libranet_core::desk::{
    BranchFields, BranchView, ConsentView, EndedSessions, GrantConsent, KioskFields, PatronSearch,
    PatronView, RoomFields,
};
use libranet_core::events::{
    Attendance, Attendee, CalendarFeed, CancelEvent, EventFields, EventView,
};
use libranet_core::expertise::views::{
    ConnectionAnswer, ConnectionView, Need, NewConnection, OrgView, PartnerOrg, WorkerCard,
};
use libranet_core::expertise::{Expertise, NeedFields};
use libranet_core::import::{ImportJobs, ImportReport};
use libranet_core::insight::{InsightFilter, InsightReport};
use libranet_core::jobs::{Job, JobFields};
use libranet_core::learning::{Resource, ResourceFields};
use libranet_core::mentoring::views::{
    CheckIn, CohortSummary, CohortView, EndMentorship, Inbox, Invite, Join, MentorCard,
    MentorshipSummary, MentorshipView, Message, MyMentoring, NewCohort, NewReport, NewRequest,
    Publish, RequestAnswer, RequestList, RequestView, SharedGoals, Text,
};
use libranet_core::mentoring::{CheckInFields, Feedback, MenteeProfile, MentorProfile};
use libranet_core::moderation::{ContentReport, Decision, ModerationEntry, ReportView};
use libranet_core::network::{
    BlockedPerson, Follow, GroupFields, GroupPage, GroupView, MeetupFields, MeetupView, NewPost,
    NewRecommendation, NewThread, PersonView, PostView, Recommendation, RecommendationAnswer,
    ThreadView,
};
use libranet_core::plan::{ApplicationStatus, Plan, TrackJob, TrackedJob};
use libranet_core::problem::FieldError;
use libranet_core::profile::{ProfileDetails, ProfileSkills};
use libranet_core::session_policy::TAB_KEY_HEADER;
use libranet_core::taxonomy::Taxonomy;
use libranet_core::teaching::{
    NewTeaching, Rating, TeachingComment, TeachingSummary, TeachingView,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

const BASE: &str = "/api/v1";

/// Request builders that carry this tab's kiosk key (when it holds one):
/// a kiosk session answers only to the tabs that share its key.
struct Request;

impl Request {
    fn get(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::get(url))
    }
    fn post(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::post(url))
    }
    fn put(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::put(url))
    }
    fn patch(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::patch(url))
    }
    fn delete(url: &str) -> RequestBuilder {
        with_tab(gloo_net::http::Request::delete(url))
    }
}

fn with_tab(builder: RequestBuilder) -> RequestBuilder {
    match crate::cache::tab_key() {
        Some(key) => builder.header(TAB_KEY_HEADER, &key),
        None => builder,
    }
}

/// A kiosk page is still open (not activity: the idle limit still runs).
/// `Ok(false)` when the session is over.
pub async fn heartbeat() -> Result<bool, ApiFailure> {
    let response = post("/auth/heartbeat")
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    match response.status() {
        204 => Ok(true),
        401 => Ok(false),
        _ => Err(ApiFailure::Server),
    }
}

/// A kiosk page is going away. Sent with `keepalive`, so it goes out even
/// as the tab closes; nothing waits for the answer.
pub fn closing() {
    send_keepalive("/auth/closing");
}

/// A kiosk page is about to print (the dialog stops its heartbeat).
pub fn printing() {
    send_keepalive("/auth/printing");
}

fn send_keepalive(path: &str) {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    // `keepalive` is not in web-sys's RequestInit yet; set it by name.
    let _ = js_sys::Reflect::set(&init, &"keepalive".into(), &true.into());
    if let Some(key) = crate::cache::tab_key() {
        let headers = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&headers, &TAB_KEY_HEADER.into(), &key.into());
        init.set_headers(&headers);
    }
    if let Some(window) = web_sys::window() {
        let _ = window.fetch_with_str_and_init(&format!("{BASE}{path}"), &init);
    }
}

/// Why a call did not work, in terms the interface can explain.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// Some fields need fixing.
    Fields(Vec<FieldError>),
    SignInFailed,
    TooManyAttempts {
        retry_after_secs: u32,
    },
    /// Not signed in, or the session ended.
    SignedOut,
    Forbidden,
    /// The server refused a request it thought came from another site.
    CrossSite,
    /// What was sent was based on an older copy.
    Conflict,
    /// No places are left (a mentor's capacity).
    Full,
    /// Library staff suspended the account for this long.
    Suspended {
        retry_after_secs: u32,
    },
    /// Too many sign-ins are being checked at once; try again soon.
    Busy {
        retry_after_secs: u32,
    },
    NotFound,
    /// The server could not be reached.
    Network,
    /// The server failed or answered something unexpected.
    Server,
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiFailure::Server);
    }
    let body = response
        .json::<ErrorBody>()
        .await
        .map_err(|_| ApiFailure::Server)?;
    Err(match body.error {
        ErrorCode::InvalidInput => ApiFailure::Fields(body.fields),
        ErrorCode::SignInFailed => ApiFailure::SignInFailed,
        ErrorCode::TooManyAttempts => ApiFailure::TooManyAttempts {
            retry_after_secs: body.retry_after_secs.unwrap_or(30),
        },
        ErrorCode::Unauthenticated => ApiFailure::SignedOut,
        ErrorCode::Forbidden => ApiFailure::Forbidden,
        ErrorCode::CrossSiteRejected => ApiFailure::CrossSite,
        ErrorCode::Conflict => ApiFailure::Conflict,
        ErrorCode::Full => ApiFailure::Full,
        ErrorCode::Suspended => ApiFailure::Suspended {
            retry_after_secs: body.retry_after_secs.unwrap_or(0),
        },
        ErrorCode::NotFound => ApiFailure::NotFound,
        ErrorCode::Busy => ApiFailure::Busy {
            retry_after_secs: body.retry_after_secs.unwrap_or(2),
        },
        ErrorCode::MalformedBody | ErrorCode::Internal => ApiFailure::Server,
    })
}

async fn send_json<B: Serialize, T: DeserializeOwned>(
    builder: RequestBuilder,
    body: &B,
) -> Result<T, ApiFailure> {
    let request = builder.json(body).map_err(|_| ApiFailure::Server)?;
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    read(response).await
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let response = Request::get(&format!("{BASE}{path}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    read(response).await
}

fn post(path: &str) -> RequestBuilder {
    Request::post(&format!("{BASE}{path}"))
}

/// The skills taxonomy (large: fetched once per page load, when needed).
pub async fn taxonomy() -> Result<Taxonomy, ApiFailure> {
    get("/taxonomy").await
}

pub async fn profile_skills() -> Result<ProfileSkills, ApiFailure> {
    profile_skills_of(None).await
}

/// Where a profile lives: one's own, or a patron's that staff help with
/// (only while the patron consents).
fn profile_path(patron: Option<i64>, part: &str) -> String {
    match patron {
        Some(id) => format!("/desk/patrons/{id}/profile/{part}"),
        None => format!("/profile/{part}"),
    }
}

pub async fn profile_skills_of(patron: Option<i64>) -> Result<ProfileSkills, ApiFailure> {
    get(&profile_path(patron, "skills")).await
}

pub async fn save_profile_skills(body: &ProfileSkills) -> Result<ProfileSkills, ApiFailure> {
    save_profile_skills_of(None, body).await
}

pub async fn save_profile_skills_of(
    patron: Option<i64>,
    body: &ProfileSkills,
) -> Result<ProfileSkills, ApiFailure> {
    let path = profile_path(patron, "skills");
    send_json(Request::put(&format!("{BASE}{path}")), body).await
}

pub async fn profile_details_of(patron: Option<i64>) -> Result<ProfileDetails, ApiFailure> {
    get(&profile_path(patron, "details")).await
}

pub async fn save_profile_details_of(
    patron: Option<i64>,
    body: &ProfileDetails,
) -> Result<ProfileDetails, ApiFailure> {
    let path = profile_path(patron, "details");
    send_json(Request::put(&format!("{BASE}{path}")), body).await
}

/// Public listings changed since `since` (0: all open ones).
pub async fn listing_changes(since: i64) -> Result<ListingChanges, ApiFailure> {
    get(&format!("/listings/changes?since={since}")).await
}

pub async fn job(id: i64) -> Result<Job, ApiFailure> {
    get(&format!("/jobs/{id}")).await
}

pub async fn import_jobs(body: &ImportJobs) -> Result<ImportReport, ApiFailure> {
    send_json(post("/jobs/import"), body).await
}

pub async fn create_job(body: &JobFields) -> Result<Job, ApiFailure> {
    send_json(post("/jobs"), body).await
}

pub async fn update_job(id: i64, body: &JobFields) -> Result<Job, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/jobs/{id}")), body).await
}

pub async fn set_job_open(id: i64, open: bool) -> Result<Job, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/jobs/{id}/open")),
        &SetOpen { open },
    )
    .await
}

pub async fn resource(id: i64) -> Result<Resource, ApiFailure> {
    get(&format!("/resources/{id}")).await
}

pub async fn update_resource(id: i64, body: &ResourceFields) -> Result<Resource, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/resources/{id}")), body).await
}

pub async fn set_resource_open(id: i64, open: bool) -> Result<Resource, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/resources/{id}/open")),
        &SetOpen { open },
    )
    .await
}

pub async fn create_resource(body: &ResourceFields) -> Result<Resource, ApiFailure> {
    send_json(post("/resources"), body).await
}

pub async fn plan() -> Result<Plan, ApiFailure> {
    get("/plan").await
}

/// Saves the plan; `Conflict` when it changed elsewhere since it was loaded.
pub async fn save_plan(body: &Plan) -> Result<Plan, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/plan")), body).await
}

pub async fn tracked_jobs() -> Result<TrackedJobs, ApiFailure> {
    get("/tracker").await
}

pub async fn track_job(job_id: i64, status: ApplicationStatus) -> Result<TrackedJob, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/tracker/{job_id}")),
        &TrackJob { status },
    )
    .await
}

pub async fn untrack_job(job_id: i64) -> Result<(), ApiFailure> {
    let response = Request::delete(&format!("{BASE}/tracker/{job_id}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        Err(ApiFailure::Server)
    }
}

pub async fn site() -> Result<SiteInfo, ApiFailure> {
    get("/site").await
}

/// The current session, or `None` when signed out. Counts as activity.
pub async fn session() -> Result<Option<SessionView>, ApiFailure> {
    match get::<SessionView>("/auth/session").await {
        Ok(view) => Ok(Some(view)),
        Err(ApiFailure::SignedOut) => Ok(None),
        Err(other) => Err(other),
    }
}

pub async fn sign_up(body: &SignUpRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/sign-up"), body).await
}

pub async fn sign_in(body: &SignInRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/sign-in"), body).await
}

pub async fn redeem_code(body: &RedeemCodeRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/auth/redeem-code"), body).await
}

pub async fn sign_out() -> Result<(), ApiFailure> {
    let response = post("/auth/sign-out")
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        Err(ApiFailure::Server)
    }
}

pub async fn update_account(body: &UpdateAccountRequest) -> Result<UserView, ApiFailure> {
    send_json(Request::patch(&format!("{BASE}/account")), body).await
}

pub async fn change_password(body: &ChangePasswordRequest) -> Result<SessionView, ApiFailure> {
    send_json(post("/account/password"), body).await
}

pub async fn enroll_patron(body: &EnrollPatronRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/patrons"), body).await
}

pub async fn issue_reset_code(body: &IssueCodeRequest) -> Result<OneTimeCodeView, ApiFailure> {
    send_json(post("/desk/reset-codes"), body).await
}

/// Sends a body and expects no content back.
async fn send_empty<B: Serialize>(builder: RequestBuilder, body: &B) -> Result<(), ApiFailure> {
    let request = builder.json(body).map_err(|_| ApiFailure::Server)?;
    let response = request.send().await.map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        return Ok(());
    }
    read::<()>(response).await
}

pub async fn my_mentoring() -> Result<MyMentoring, ApiFailure> {
    get("/mentoring/me").await
}

pub async fn save_mentor(body: &MentorProfile) -> Result<MyMentoring, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/mentoring/mentor")), body).await
}

pub async fn save_mentee(body: &MenteeProfile) -> Result<MyMentoring, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/mentoring/mentee")), body).await
}

pub async fn mentors() -> Result<Vec<MentorCard>, ApiFailure> {
    get("/mentoring/mentors").await
}

pub async fn mentoring_requests() -> Result<RequestList, ApiFailure> {
    get("/mentoring/requests").await
}

pub async fn send_request(body: &NewRequest) -> Result<RequestView, ApiFailure> {
    send_json(post("/mentoring/requests"), body).await
}

pub async fn answer_request(id: i64, body: &RequestAnswer) -> Result<RequestView, ApiFailure> {
    send_json(post(&format!("/mentoring/requests/{id}")), body).await
}

pub async fn mentorships() -> Result<Vec<MentorshipSummary>, ApiFailure> {
    get("/mentorships").await
}

pub async fn mentorship(id: i64) -> Result<MentorshipView, ApiFailure> {
    get(&format!("/mentorships/{id}")).await
}

pub async fn set_pair_goals(id: i64, body: &SharedGoals) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/mentorships/{id}/goals")),
        body,
    )
    .await
}

pub async fn add_check_in(id: i64, body: &CheckInFields) -> Result<CheckIn, ApiFailure> {
    send_json(post(&format!("/mentorships/{id}/check-ins")), body).await
}

pub async fn remove_check_in(id: i64, check_in: i64) -> Result<(), ApiFailure> {
    let response = Request::delete(&format!("{BASE}/mentorships/{id}/check-ins/{check_in}"))
        .send()
        .await
        .map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        Ok(())
    } else {
        read::<()>(response).await
    }
}

pub async fn save_pair_note(id: i64, body: &Text) -> Result<(), ApiFailure> {
    send_empty(Request::put(&format!("{BASE}/mentorships/{id}/note")), body).await
}

pub async fn send_message(id: i64, body: &Text) -> Result<Message, ApiFailure> {
    send_json(post(&format!("/mentorships/{id}/messages")), body).await
}

pub async fn end_mentorship(id: i64, body: &EndMentorship) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/mentorships/{id}/end")), body).await
}

pub async fn give_feedback(id: i64, body: &Feedback) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/mentorships/{id}/feedback")),
        body,
    )
    .await
}

pub async fn set_blocked(id: i64, blocked: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/mentorships/{id}/block");
    let builder = if blocked {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}

pub async fn report(body: &NewReport) -> Result<(), ApiFailure> {
    send_empty(post("/reports"), body).await
}

pub async fn reports() -> Result<Vec<ReportView>, ApiFailure> {
    get("/reports").await
}

pub async fn notifications() -> Result<Inbox, ApiFailure> {
    get("/notifications").await
}

pub async fn mark_notifications_read(up_to: i64) -> Result<(), ApiFailure> {
    send_empty(
        post("/notifications/read"),
        &serde_json::json!({ "up_to": up_to }),
    )
    .await
}

pub async fn cohorts() -> Result<Vec<CohortSummary>, ApiFailure> {
    get("/cohorts").await
}

pub async fn create_cohort(body: &NewCohort) -> Result<CohortSummary, ApiFailure> {
    send_json(post("/cohorts"), body).await
}

pub async fn cohort(id: i64) -> Result<CohortView, ApiFailure> {
    get(&format!("/cohorts/{id}")).await
}

pub async fn invite_to_cohort(id: i64, body: &Invite) -> Result<CohortView, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/invite")), body).await
}

pub async fn join_cohort(id: i64, body: &Join) -> Result<CohortSummary, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/join")), body).await
}

pub async fn accept_cohort_member(id: i64, user_id: i64) -> Result<CohortView, ApiFailure> {
    send_json(
        post(&format!("/cohorts/{id}/members/{user_id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn publish_cohort(id: i64, body: &Publish) -> Result<CohortView, ApiFailure> {
    send_json(post(&format!("/cohorts/{id}/publish")), body).await
}

pub async fn expertise() -> Result<Expertise, ApiFailure> {
    get("/expertise").await
}

pub async fn save_expertise(body: &Expertise) -> Result<Expertise, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/expertise")), body).await
}

pub async fn directory() -> Result<Vec<WorkerCard>, ApiFailure> {
    get("/expertise/directory").await
}

pub async fn my_org() -> Result<Option<OrgView>, ApiFailure> {
    get("/partner/org").await
}

pub async fn save_org(body: &PartnerOrg) -> Result<OrgView, ApiFailure> {
    send_json(Request::put(&format!("{BASE}/partner/org")), body).await
}

pub async fn unverified_partners() -> Result<Vec<OrgView>, ApiFailure> {
    get("/desk/partners").await
}

pub async fn verify_partner(user_id: i64) -> Result<(), ApiFailure> {
    send_empty(
        post(&format!("/desk/partners/{user_id}/verify")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn needs() -> Result<Vec<Need>, ApiFailure> {
    get("/needs").await
}

pub async fn my_needs() -> Result<Vec<Need>, ApiFailure> {
    get("/needs/mine").await
}

pub async fn post_need(body: &NeedFields) -> Result<Need, ApiFailure> {
    send_json(post("/needs"), body).await
}

pub async fn close_need(id: i64) -> Result<Need, ApiFailure> {
    send_json(post(&format!("/needs/{id}/close")), &serde_json::json!({})).await
}

pub async fn connections() -> Result<Vec<ConnectionView>, ApiFailure> {
    get("/connections").await
}

pub async fn connect(body: &NewConnection) -> Result<ConnectionView, ApiFailure> {
    send_json(post("/connections"), body).await
}

pub async fn answer_connection(id: i64, accept: bool) -> Result<ConnectionView, ApiFailure> {
    send_json(
        post(&format!("/connections/{id}")),
        &ConnectionAnswer { accept },
    )
    .await
}

pub async fn connection_messages(id: i64) -> Result<Vec<Message>, ApiFailure> {
    get(&format!("/connections/{id}/messages")).await
}

pub async fn send_connection_message(id: i64, body: &Text) -> Result<Message, ApiFailure> {
    send_json(post(&format!("/connections/{id}/messages")), body).await
}

pub async fn person(id: i64) -> Result<PersonView, ApiFailure> {
    get(&format!("/people/{id}")).await
}

pub async fn endorse(person: i64, skill_id: &str, endorse: bool) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/people/{person}/endorsements")),
        &serde_json::json!({ "skill_id": skill_id, "endorse": endorse }),
    )
    .await
}

pub async fn recommend(
    person: i64,
    body: &NewRecommendation,
) -> Result<Recommendation, ApiFailure> {
    send_json(post(&format!("/people/{person}/recommendations")), body).await
}

pub async fn my_recommendations() -> Result<Vec<Recommendation>, ApiFailure> {
    get("/recommendations").await
}

pub async fn answer_recommendation(id: i64, approve: bool) -> Result<Recommendation, ApiFailure> {
    send_json(
        post(&format!("/recommendations/{id}")),
        &RecommendationAnswer { approve },
    )
    .await
}

pub async fn remove_recommendation(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/recommendations/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn set_person_blocked(id: i64, blocked: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/people/{id}/block");
    let builder = if blocked {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}

pub async fn blocks() -> Result<Vec<BlockedPerson>, ApiFailure> {
    get("/blocks").await
}

pub async fn groups() -> Result<Vec<GroupView>, ApiFailure> {
    get("/groups").await
}

pub async fn create_group(body: &GroupFields) -> Result<GroupView, ApiFailure> {
    send_json(post("/groups"), body).await
}

pub async fn group(id: i64) -> Result<GroupPage, ApiFailure> {
    get(&format!("/groups/{id}")).await
}

pub async fn join_group(id: i64) -> Result<GroupView, ApiFailure> {
    send_json(post(&format!("/groups/{id}/join")), &serde_json::json!({})).await
}

pub async fn leave_group(id: i64) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/groups/{id}/leave")), &serde_json::json!({})).await
}

pub async fn admit_member(group: i64, user: i64, admit: bool) -> Result<(), ApiFailure> {
    let path = format!("{BASE}/groups/{group}/members/{user}");
    let builder = if admit {
        Request::post(&path)
    } else {
        Request::delete(&path)
    };
    send_empty(builder, &serde_json::json!({})).await
}

pub async fn create_thread(group: i64, body: &NewThread) -> Result<ThreadView, ApiFailure> {
    send_json(post(&format!("/groups/{group}/threads")), body).await
}

pub async fn thread(id: i64) -> Result<ThreadView, ApiFailure> {
    get(&format!("/threads/{id}")).await
}

pub async fn reply(thread: i64, body: &NewPost) -> Result<PostView, ApiFailure> {
    send_json(post(&format!("/threads/{thread}/posts")), body).await
}

pub async fn follow_thread(thread: i64, follow: bool) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/threads/{thread}/follow")),
        &Follow { follow },
    )
    .await
}

pub async fn create_meetup(group: i64, body: &MeetupFields) -> Result<MeetupView, ApiFailure> {
    send_json(post(&format!("/groups/{group}/meetups")), body).await
}

pub async fn teaching_list() -> Result<Vec<TeachingSummary>, ApiFailure> {
    get("/teaching").await
}

pub async fn teaching(id: i64) -> Result<TeachingView, ApiFailure> {
    get(&format!("/teaching/{id}")).await
}

pub async fn share_teaching(body: &NewTeaching) -> Result<TeachingView, ApiFailure> {
    send_json(post("/teaching"), body).await
}

pub async fn remove_teaching(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/teaching/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn rate_teaching(id: i64, stars: u8) -> Result<TeachingView, ApiFailure> {
    send_json(
        Request::put(&format!("{BASE}/teaching/{id}/rating")),
        &Rating { stars },
    )
    .await
}

pub async fn comment_teaching(id: i64, body: &NewPost) -> Result<TeachingComment, ApiFailure> {
    send_json(post(&format!("/teaching/{id}/comments")), body).await
}

pub async fn report_content(body: &ContentReport) -> Result<(), ApiFailure> {
    send_empty(post("/moderation/reports"), body).await
}

pub async fn decide_report(id: i64, body: &Decision) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/reports/{id}/decision")), body).await
}

pub async fn moderation_log() -> Result<Vec<ModerationEntry>, ApiFailure> {
    get("/moderation/log").await
}

pub async fn events() -> Result<Vec<EventView>, ApiFailure> {
    get("/events").await
}

pub async fn event(id: i64) -> Result<EventView, ApiFailure> {
    get(&format!("/events/{id}")).await
}

pub async fn create_events(body: &EventFields) -> Result<Vec<EventView>, ApiFailure> {
    send_json(post("/events"), body).await
}

pub async fn rsvp(id: i64) -> Result<EventView, ApiFailure> {
    send_json(post(&format!("/events/{id}/rsvp")), &serde_json::json!({})).await
}

pub async fn withdraw(id: i64) -> Result<EventView, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/events/{id}/rsvp")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn cancel_event(id: i64, body: &CancelEvent) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/events/{id}/cancel")), body).await
}

pub async fn attendees(id: i64) -> Result<Vec<Attendee>, ApiFailure> {
    get(&format!("/events/{id}/attendees")).await
}

pub async fn mark_attendance(id: i64, body: &Attendance) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/events/{id}/attendance")),
        body,
    )
    .await
}

pub async fn attended_events() -> Result<Vec<EventView>, ApiFailure> {
    get("/events/attended").await
}

pub async fn open_slots() -> Result<Vec<SlotView>, ApiFailure> {
    get("/appointments").await
}

pub async fn my_appointments() -> Result<MyAppointments, ApiFailure> {
    get("/appointments/mine").await
}

pub async fn publish_slots(body: &SlotFields) -> Result<Vec<SlotView>, ApiFailure> {
    send_json(post("/appointments"), body).await
}

pub async fn book_slot(id: i64, body: &BookSlot) -> Result<SlotView, ApiFailure> {
    send_json(post(&format!("/appointments/{id}/book")), body).await
}

pub async fn cancel_slot(id: i64, body: &CancelAppointment) -> Result<(), ApiFailure> {
    send_empty(post(&format!("/appointments/{id}/cancel")), body).await
}

pub async fn branches() -> Result<Vec<BranchView>, ApiFailure> {
    get("/branches").await
}

pub async fn create_branch(body: &BranchFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/branches"), body).await
}

pub async fn delete_branch(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/branches/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn create_room(body: &RoomFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/rooms"), body).await
}

pub async fn delete_room(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/rooms/{id}")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn create_kiosk(body: &KioskFields) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(post("/kiosks"), body).await
}

pub async fn delete_kiosk(id: i64) -> Result<Vec<BranchView>, ApiFailure> {
    send_json(
        Request::delete(&format!("{BASE}/kiosks/{id}")),
        &serde_json::json!({}),
    )
    .await
}

/// Patrons by username or name; the words go in the body, not the URL.
pub async fn find_patrons(body: &PatronSearch) -> Result<Vec<PatronView>, ApiFailure> {
    send_json(post("/desk/patrons/search"), body).await
}

pub async fn patron(id: i64) -> Result<PatronView, ApiFailure> {
    get(&format!("/desk/patrons/{id}")).await
}

pub async fn end_patron_sessions(id: i64) -> Result<EndedSessions, ApiFailure> {
    send_json(
        post(&format!("/desk/patrons/{id}/end-sessions")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn grant_consent(id: i64, body: &GrantConsent) -> Result<ConsentView, ApiFailure> {
    send_json(post(&format!("/desk/patrons/{id}/consent")), body).await
}

pub async fn end_consent(id: i64) -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/desk/patrons/{id}/consent")),
        &serde_json::json!({}),
    )
    .await
}

pub async fn my_desk_help() -> Result<Vec<ConsentView>, ApiFailure> {
    get("/account/desk-help").await
}

pub async fn end_my_desk_help() -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/account/desk-help")),
        &serde_json::json!({}),
    )
    .await
}

/// The insight report; the filter names quarters and a branch, never a person.
pub async fn insight(filter: &InsightFilter) -> Result<InsightReport, ApiFailure> {
    let mut query = Vec::new();
    if let Some(from) = filter.from {
        query.push(format!("from={}", from.label()));
    }
    if let Some(to) = filter.to {
        query.push(format!("to={}", to.label()));
    }
    if let Some(branch) = filter.branch {
        query.push(format!("branch={branch}"));
    }
    get(&format!("/insight?{}", query.join("&"))).await
}

pub async fn calendar_feed() -> Result<CalendarFeed, ApiFailure> {
    get("/events/feed").await
}

pub async fn new_calendar_feed() -> Result<CalendarFeed, ApiFailure> {
    send_json(post("/events/feed"), &serde_json::json!({})).await
}

pub async fn stop_calendar_feed() -> Result<(), ApiFailure> {
    send_empty(
        Request::delete(&format!("{BASE}/events/feed")),
        &serde_json::json!({}),
    )
    .await
}
