//! The in-app inbox every feature writes to, and the sweep that expires
//! unanswered mentoring requests, closes lapsed needs and sends reminders.
//!
//! The sweep claims its rows with conditional updates, so several server
//! instances can run it at once and each event is announced exactly once.

use libranet_core::mentoring::EXPIRIES_BEFORE_PAUSE;
use libranet_core::mentoring::views::{NotificationDetail, NotificationKind, PauseReason};
use libranet_core::time::UtcInstant;

use crate::error::ApiError;
use crate::store::Store;

/// A connection request waiting this long brings a reminder…
const ANSWER_REMINDER_SECS: i64 = 7 * 24 * 60 * 60;

/// …and a partner who leaves one this long has the need paused.
const ANSWER_PAUSE_SECS: i64 = 14 * 24 * 60 * 60;

/// Check-ins starting within this many seconds get a reminder.
const REMINDER_AHEAD_SECS: i64 = 24 * 60 * 60;

/// Puts a notification in someone's inbox.
pub(crate) async fn notify(
    store: &dyn Store,
    now: i64,
    user_id: i64,
    kind: NotificationKind,
    subject_id: Option<i64>,
    name: &str,
    text: &str,
) -> Result<(), ApiError> {
    let detail = NotificationDetail {
        name: name.to_owned(),
        text: text.to_owned(),
        ..NotificationDetail::default()
    };
    deliver(store, now, user_id, kind, subject_id, &detail).await
}

/// A moment a notification is about, in the zone it is shown in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct When<'a> {
    pub at: i64,
    pub time_zone: &'a str,
}

/// [`notify`] about something at a moment (an appointment, a check-in, an
/// event date), which the app shows in the place's zone and the reader's.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn notify_at(
    store: &dyn Store,
    now: i64,
    user_id: i64,
    kind: NotificationKind,
    subject_id: Option<i64>,
    name: &str,
    text: &str,
    when: When<'_>,
) -> Result<(), ApiError> {
    let detail = NotificationDetail {
        name: name.to_owned(),
        text: text.to_owned(),
        at: Some(UtcInstant::from_unix_seconds(when.at)),
        time_zone: when.time_zone.to_owned(),
    };
    deliver(store, now, user_id, kind, subject_id, &detail).await
}

async fn deliver(
    store: &dyn Store,
    now: i64,
    user_id: i64,
    kind: NotificationKind,
    subject_id: Option<i64>,
    detail: &NotificationDetail,
) -> Result<(), ApiError> {
    let detail = serde_json::to_string(detail).map_err(|e| ApiError::Internal(e.into()))?;
    store
        .notify(user_id, kind, subject_id, &detail, now)
        .await?;
    Ok(())
}

/// Expires overdue requests (telling both sides; pausing a mentor who let
/// too many lapse), closes expired needs, reminds people of connection
/// requests waiting a week (pausing a need whose partner leaves one two
/// weeks), and reminds pairs of check-ins and both sides of booked
/// appointments within a day.
pub(crate) async fn sweep(store: &dyn Store, now: i64) -> Result<(), ApiError> {
    if !store
        .sweep_due(
            now,
            now + REMINDER_AHEAD_SECS,
            ANSWER_REMINDER_SECS,
            ANSWER_PAUSE_SECS,
        )
        .await?
    {
        return Ok(());
    }
    for (request, mentor_lapsed) in store.expire_requests(now).await? {
        notify(
            store,
            now,
            request.mentee_id,
            NotificationKind::RequestExpired,
            Some(request.id),
            &request.mentor_name,
            "",
        )
        .await?;
        if mentor_lapsed
            && store
                .count_lapse(
                    request.mentor_id,
                    i64::from(EXPIRIES_BEFORE_PAUSE),
                    PauseReason::ExpiredRequests,
                )
                .await?
        {
            notify(
                store,
                now,
                request.mentor_id,
                NotificationKind::MentorPaused,
                None,
                "",
                "",
            )
            .await?;
        }
    }
    let community = store
        .sweep_community(now, ANSWER_REMINDER_SECS, ANSWER_PAUSE_SECS)
        .await?;
    for (need, owner) in community.expired_needs {
        notify(
            store,
            now,
            owner,
            NotificationKind::NeedExpired,
            Some(need),
            "",
            "",
        )
        .await?;
    }
    for (connection, receiver) in community.reminders {
        notify(
            store,
            now,
            receiver,
            NotificationKind::ConnectionReminder,
            Some(connection),
            "",
            "",
        )
        .await?;
    }
    for (need, owner) in community.paused_needs {
        notify(
            store,
            now,
            owner,
            NotificationKind::NeedPaused,
            Some(need),
            "",
            "",
        )
        .await?;
    }
    for due in store
        .take_due_check_ins(now, now + REMINDER_AHEAD_SECS)
        .await?
    {
        let when = When {
            at: due.starts_at,
            time_zone: &due.time_zone,
        };
        let people = [due.mentor_id, due.mentee_id];
        remind(
            store,
            now,
            people,
            NotificationKind::CheckInSoon,
            due.mentorship_id,
            when,
        )
        .await?;
    }
    for due in store
        .take_due_appointments(now, now + REMINDER_AHEAD_SECS)
        .await?
    {
        let when = When {
            at: due.starts_at,
            time_zone: &due.time_zone,
        };
        let people = [due.host_id, due.patron_id];
        remind(
            store,
            now,
            people,
            NotificationKind::AppointmentReminder,
            due.slot_id,
            when,
        )
        .await?;
    }
    Ok(())
}

/// Reminds both people meeting (a check-in's pair, an appointment's host
/// and patron) of what is coming up.
async fn remind(
    store: &dyn Store,
    now: i64,
    people: [i64; 2],
    kind: NotificationKind,
    subject_id: i64,
    when: When<'_>,
) -> Result<(), ApiError> {
    for user in people {
        notify_at(store, now, user, kind, Some(subject_id), "", "", when).await?;
    }
    Ok(())
}
