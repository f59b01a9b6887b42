//! `/inbox`: in-app notifications (requests, answers, messages, check-in
//! reminders, cohort results), and the unread count the header shows.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use libranet_core::mentoring::views::{Inbox, NotificationKind, NotificationView};

use crate::api;
use crate::components::loaded::{Frame, Load, loaded};
use crate::components::shell::{SignedInOnly, page_title};
use crate::components::when::{self, YourTime};
use crate::failure::Failure;
use crate::i18n::{I18n, Key, use_i18n};
use crate::labels::role_key;
use crate::labels::target_key;
use crate::page::Page;
use crate::time::day_of;
use crate::tr;
use crate::unread::use_unread;

fn kind_key(kind: NotificationKind) -> Key {
    use NotificationKind as K;
    match kind {
        K::RequestReceived => Key::NoteRequestReceived,
        K::RequestAccepted => Key::NoteRequestAccepted,
        K::RequestDeclined => Key::NoteRequestDeclined,
        K::RequestMoreInfo => Key::NoteRequestMoreInfo,
        K::RequestAnswered => Key::NoteRequestAnswered,
        K::RequestWithdrawn => Key::NoteRequestWithdrawn,
        K::RequestExpired => Key::NoteRequestExpired,
        K::MentorPaused => Key::NoteMentorPaused,
        K::Message => Key::NoteMessage,
        K::CheckInScheduled => Key::NoteCheckInScheduled,
        K::CheckInSoon => Key::NoteCheckInSoon,
        K::MentorshipEnded => Key::NoteMentorshipEnded,
        K::CohortInvite => Key::NoteCohortInvite,
        K::CohortApplied => Key::NoteCohortApplied,
        K::CohortPublished => Key::NoteCohortPublished,
        K::CohortUnmatched => Key::NoteCohortUnmatched,
        K::ConnectionRequest => Key::NoteConnectionRequest,
        K::ConnectionAccepted => Key::NoteConnectionAccepted,
        K::ConnectionDeclined => Key::NoteConnectionDeclined,
        K::ConnectionMessage => Key::NoteConnectionMessage,
        K::ConnectionReminder => Key::NoteConnectionReminder,
        K::NeedPaused => Key::NoteNeedPaused,
        K::NeedExpired => Key::NoteNeedExpired,
        K::PartnerVerified => Key::NotePartnerVerified,
        K::EndorsementReceived => Key::NoteEndorsement,
        K::RecommendationReceived => Key::NoteRecommendationReceived,
        K::RecommendationApproved => Key::NoteRecommendationApproved,
        K::ThreadReply => Key::NoteThreadReply,
        K::Mentioned => Key::NoteMentioned,
        K::GroupJoinRequest => Key::NoteGroupJoinRequest,
        K::GroupJoinAccepted => Key::NoteGroupJoinAccepted,
        K::ResourceAdapted => Key::NoteResourceAdapted,
        K::ResourceComment => Key::NoteResourceComment,
        K::ContentHidden => Key::NoteContentHidden,
        K::ContentRestored => Key::NoteContentRestored,
        K::Warned => Key::NoteWarned,
        K::ReportHandled => Key::NoteReportHandled,
        K::EventPromoted => Key::NoteEventPromoted,
        K::EventCancelled => Key::NoteEventCancelled,
        K::AppointmentBooked => Key::NoteAppointmentBooked,
        K::AppointmentReminder => Key::NoteAppointmentReminder,
        K::AppointmentCancelled => Key::NoteAppointmentCancelled,
        K::DeskHelp => Key::NoteDeskHelp,
    }
}

/// The notification as a sentence in the person's language.
fn sentence(i18n: I18n, n: &NotificationView) -> String {
    use NotificationKind as K;
    let mut text = n.detail.text.clone();
    let mut name = n.detail.name.clone();
    let mut key = kind_key(n.kind);
    let lang = i18n.lang.get();
    // The moment it is about, on the place's clock (older notifications
    // carried it as text).
    let when = n.detail.at.map_or_else(
        || text.clone(),
        |at| when::full(at, &n.detail.time_zone, lang),
    );
    match n.kind {
        K::CohortInvite => {
            let role = libranet_core::mentoring::views::CohortRole::parse(&text);
            text = role.map(|r| i18n.t(role_key(r)).to_owned()).unwrap_or(text);
        }
        // Moderation names what was acted on by its kind.
        K::ContentHidden | K::ContentRestored => {
            if let Some(kind) = libranet_core::moderation::TargetKind::parse(&name) {
                i18n.t(target_key(kind)).clone_into(&mut name);
            }
        }
        // A suspension carries its end; a warning does not.
        K::Warned if n.detail.at.is_some() || !name.is_empty() => {
            key = Key::NoteSuspended;
            if let Some(at) = n.detail.at {
                name = when::day(at, &n.detail.time_zone, lang);
            }
        }
        _ => {}
    }
    let line = i18n.fill(key, &[&name, &text, &when]);
    // A reason, question or staff note given with it is quoted after it.
    let quoted = matches!(
        n.kind,
        K::RequestDeclined
            | K::RequestMoreInfo
            | K::RequestAnswered
            | K::ContentHidden
            | K::ContentRestored
            | K::Warned
    );
    if quoted && !n.detail.text.is_empty() {
        format!("{line} “{}”", n.detail.text)
    } else {
        line
    }
}

#[component]
pub fn InboxPage() -> impl IntoView {
    page_title(Key::InboxTitle);
    let i18n = use_i18n();
    view! {
        <h1>{tr!(i18n, InboxTitle)}</h1>
        <SignedInOnly>
            <InboxList />
        </SignedInOnly>
    }
}

#[component]
fn InboxList() -> impl IntoView {
    let i18n = use_i18n();
    let unread = use_unread();
    // Each load also brings the unread count in the navigation up to date.
    let inbox = Load::new(move || async move {
        let found = api::notifications::notifications()
            .await
            .map_err(Failure::from)?;
        unread.0.try_set(found.unread);
        Ok(found)
    });
    let load = move || inbox.refetch();
    let mark_all = move |_| {
        let newest =
            inbox.with_untracked(|i| i.and_then(|i| i.notifications.first().map(|n| n.id)));
        if let Some(newest) = newest {
            spawn_local(async move {
                if api::notifications::mark_notifications_read(newest)
                    .await
                    .is_ok()
                {
                    load();
                }
            });
        }
    };
    view! {
        {loaded(inbox, Frame::quiet(), move |found: Inbox| {
            if found.notifications.is_empty() {
                return view! { <p class="hint">{tr!(i18n, InboxEmpty)}</p> }.into_any();
            }
            view! {
                <p role="status">{i18n.fill(Key::UnreadCount, &[&found.unread.to_string()])}</p>
                {(found.unread > 0).then(|| view! {
                    <button type="button" class="button" data-testid="mark-read" on:click=mark_all>{tr!(i18n, MarkAllRead)}</button>
                })}
                <ul class="inbox">
                    {found.notifications.into_iter().map(|n| {
                        let text = {
                            let n = n.clone();
                            move || sentence(i18n, &n)
                        };
                        let link = Page::for_notification(n.kind, n.subject_id).href();
                        let elsewhere = n.detail.at.filter(|_| n.kind != NotificationKind::Warned).map(|at| {
                            view! { " " <YourTime at=at zone=n.detail.time_zone.clone() /> }
                        });
                        view! {
                            <li class="card inbox-item" class:unread=!n.read data-testid="notification">
                                {(!n.read).then(|| view! { <span class="badge">{tr!(i18n, New)}</span> " " })}
                                <A href=link>{text}</A>
                                {elsewhere}
                                <span class="hint">" · " {day_of(n.created_at)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        })}
    }
}
