//! The i18n key that names each value of a `core` enum shown on screen.

use libranet_core::events::EventKind;
use libranet_core::jobs::{Job, PayPeriod, Schedule, WorkMode};
use libranet_core::mentoring::views::CohortRole;
use libranet_core::mentoring::{CareerArea, MeetingMode};
use libranet_core::network::{GroupKind, MemberStatus};
use libranet_core::plan::ApplicationStatus;
use libranet_core::teaching::{Audience, Licence, MaterialKind};

use crate::i18n::{I18n, Key};

pub fn area_key(area: CareerArea) -> Key {
    match area {
        CareerArea::PublicLibraries => Key::AreaPublic,
        CareerArea::AcademicLibraries => Key::AreaAcademic,
        CareerArea::SchoolLibraries => Key::AreaSchool,
        CareerArea::SpecialLibraries => Key::AreaSpecial,
        CareerArea::Archives => Key::AreaArchives,
        CareerArea::TechnicalServices => Key::AreaTechnical,
        CareerArea::YouthServices => Key::AreaYouth,
        CareerArea::Leadership => Key::AreaLeadership,
        CareerArea::DigitalServices => Key::AreaDigital,
        CareerArea::CareerChange => Key::AreaCareerChange,
    }
}

pub fn mode_key(mode: MeetingMode) -> Key {
    match mode {
        MeetingMode::Remote => Key::ModeRemote,
        MeetingMode::InPerson => Key::ModeInPerson,
        MeetingMode::Both => Key::ModeBoth,
    }
}

pub fn role_key(role: CohortRole) -> Key {
    match role {
        CohortRole::Mentor => Key::CohortRoleMentor,
        CohortRole::Mentee => Key::CohortRoleMentee,
    }
}

/// The areas, in the person's language, joined for reading.
pub fn area_list(i18n: I18n, areas: &[CareerArea]) -> String {
    areas
        .iter()
        .map(|a| i18n.t(area_key(*a)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn application_status_key(status: ApplicationStatus) -> Key {
    match status {
        ApplicationStatus::Saved => Key::StatusSaved,
        ApplicationStatus::Applied => Key::StatusApplied,
        ApplicationStatus::Interview => Key::StatusInterview,
        ApplicationStatus::Offer => Key::StatusOffer,
        ApplicationStatus::Closed => Key::StatusClosed,
    }
}

/// What kind of thing a report or moderation step is about, in words.
pub fn target_key(kind: libranet_core::moderation::TargetKind) -> Key {
    use libranet_core::moderation::TargetKind as T;
    match kind {
        T::Post => Key::TargetPost,
        T::Resource => Key::TargetResource,
        T::Comment => Key::TargetComment,
        T::Profile => Key::TargetProfile,
        T::Need => Key::TargetNeed,
        T::Recommendation => Key::TargetRecommendation,
        T::Mentorship => Key::TargetMentorship,
    }
}

pub fn work_mode_key_text(mode: WorkMode) -> Key {
    match mode {
        WorkMode::OnSite => Key::WorkOnSite,
        WorkMode::Hybrid => Key::WorkHybrid,
        WorkMode::Remote => Key::WorkRemote,
    }
}

pub fn schedule_text(schedule: Schedule) -> Key {
    match schedule {
        Schedule::FullTime => Key::FullTime,
        Schedule::PartTime => Key::PartTime,
        Schedule::Temporary => Key::Temporary,
        Schedule::Seasonal => Key::Seasonal,
    }
}

pub fn period_text(period: PayPeriod) -> Key {
    match period {
        PayPeriod::Hour => Key::PerHour,
        PayPeriod::Week => Key::PerWeek,
        PayPeriod::Month => Key::PerMonth,
        PayPeriod::Year => Key::PerYear,
    }
}

/// "$16–19 an hour", in the current language.
pub fn pay_text(job: &Job, i18n: crate::i18n::I18n) -> Option<String> {
    job.fields.pay.as_ref().map(|p| {
        let range = if p.min == p.max {
            format!("${}", p.min)
        } else {
            format!("${}–{}", p.min, p.max)
        };
        format!("{range} {}", i18n.t(period_text(p.period)))
    })
}

pub fn material_key(kind: MaterialKind) -> Key {
    match kind {
        MaterialKind::LessonPlan => Key::MaterialLessonPlan,
        MaterialKind::Worksheet => Key::MaterialWorksheet,
        MaterialKind::Slides => Key::MaterialSlides,
        MaterialKind::Handout => Key::MaterialHandout,
    }
}

pub fn audience_key(a: Audience) -> Key {
    match a {
        Audience::Adults => Key::AudienceAdults,
        Audience::Teens => Key::AudienceTeens,
        Audience::Children => Key::AudienceChildren,
        Audience::Seniors => Key::AudienceSeniors,
        Audience::Newcomers => Key::AudienceNewcomers,
        Audience::LibraryStaff => Key::AudienceLibraryStaff,
    }
}

pub fn group_kind_key(kind: GroupKind) -> Key {
    match kind {
        GroupKind::JobClub => Key::GroupJobClub,
        GroupKind::Interest => Key::GroupInterest,
        GroupKind::Regional => Key::GroupRegional,
    }
}

pub fn member_status_key(status: Option<MemberStatus>) -> Option<Key> {
    status.map(|s| match s {
        MemberStatus::Pending => Key::GroupPending,
        MemberStatus::Member => Key::GroupMember,
        MemberStatus::Organiser => Key::GroupOrganiser,
    })
}

/// Licence names are the same in every language.
pub fn licence_name(l: Licence) -> Key {
    match l {
        Licence::CcBy => Key::LicenceCcBy,
        Licence::CcBySa => Key::LicenceCcBySa,
        Licence::CcByNc => Key::LicenceCcByNc,
        Licence::CcByNcSa => Key::LicenceCcByNcSa,
        Licence::CcByNd => Key::LicenceCcByNd,
        Licence::CcByNcNd => Key::LicenceCcByNcNd,
        Licence::Cc0 => Key::LicenceCc0,
    }
}

/// "4.5 of 5 (2 ratings)" or "Not rated yet".
pub fn rating_text(i18n: crate::i18n::I18n, tenths: u32, count: u32) -> String {
    if count == 0 {
        i18n.t(Key::NotRated).to_owned()
    } else {
        i18n.fill(
            Key::RatingSummary,
            &[
                &format!("{}.{}", tenths / 10, tenths % 10),
                &count.to_string(),
            ],
        )
    }
}

pub fn event_kind_key(kind: EventKind) -> Key {
    match kind {
        EventKind::Workshop => Key::EventWorkshop,
        EventKind::InfoSession => Key::EventInfoSession,
        EventKind::JobFair => Key::EventJobFair,
        EventKind::Meetup => Key::EventMeetup,
    }
}
