//! How long a signed-in session lives, on a personal device and on a public
//! (kiosk) computer, and the pure rules that decide when it ends.

use serde::{Deserialize, Serialize};

/// The kind of browser a session was started in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    /// The person's own phone or computer.
    #[default]
    Personal,
    /// A shared library computer marked by staff as a public kiosk.
    Kiosk,
}

impl DeviceKind {
    /// The name stored for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Personal => "personal",
            DeviceKind::Kiosk => "kiosk",
        }
    }

    /// The kind with this stored name, if any.
    pub fn parse(name: &str) -> Option<Self> {
        [DeviceKind::Personal, DeviceKind::Kiosk]
            .into_iter()
            .find(|k| k.as_str() == name)
    }
}

/// The timeouts of one kind of session, in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionPolicy {
    /// Without activity for this long, the session ends.
    pub idle_secs: u32,
    /// However active, the session ends this long after sign-in.
    pub absolute_secs: u32,
    /// The app warns, with a countdown, this long before an idle sign-out.
    /// Zero means no warning and no idle watch in the browser.
    pub warning_secs: u32,
}

impl SessionPolicy {
    /// Public computers: a short idle time, a one-minute warning.
    pub const KIOSK_DEFAULT: SessionPolicy = SessionPolicy {
        idle_secs: 4 * 60,
        absolute_secs: 4 * 60 * 60,
        warning_secs: 60,
    };

    /// Personal devices: two weeks idle, thirty days in all.
    pub const PERSONAL_DEFAULT: SessionPolicy = SessionPolicy {
        idle_secs: 14 * 24 * 60 * 60,
        absolute_secs: 30 * 24 * 60 * 60,
        warning_secs: 0,
    };
}

/// Seconds the server adds to the idle limit, because the app reports
/// activity at most every [`ACTIVITY_PING_SECS`] and clocks drift a little.
pub const IDLE_GRACE_SECS: i64 = 60;

/// The app tells the server about activity at most this often.
pub const ACTIVITY_PING_SECS: u32 = 30;

/// Every open page of a kiosk session says "still open" this often, whether
/// or not anyone touches it. The heartbeat is not activity: the idle limit
/// still governs a person who walks away from an open page.
pub const KIOSK_HEARTBEAT_SECS: u32 = 5;

/// A kiosk session that no open page has heard from for this long is over:
/// its last tab closed, the browser crashed or the person went elsewhere.
/// Three heartbeats may go missing (a busy old PC) before that happens, and
/// the session ends well within 30 seconds of the last page going away.
pub const KIOSK_ALIVE_SECS: i64 = 20;

/// When a page says it is going away (`pagehide`), its session lives this
/// much longer: long enough for a reload, or another open tab, to say it is
/// still there, and short enough that the next patron never finds it.
pub const KIOSK_CLOSING_GRACE_SECS: i64 = 8;

/// A kiosk page about to print says so: the browser's print dialog stops
/// the page's heartbeat while it is open, so the session lives this long
/// after the page said it was printing.
pub const KIOSK_PRINTING_SECS: i64 = 180;

/// The request header that carries a kiosk session's tab key. The key lives
/// in the tab's `sessionStorage`, so a tab opened after the last one closed
/// has none, whatever cookies the browser kept.
pub const TAB_KEY_HEADER: &str = "x-libranet-tab";

// Checked when compiling: three heartbeats may be missed without losing the
// session, a page going away leaves time for another tab to answer, and a
// silent end is noticed within half a minute.
const _: () = assert!(3 * (KIOSK_HEARTBEAT_SECS as i64) < KIOSK_ALIVE_SECS);
const _: () = assert!((KIOSK_HEARTBEAT_SECS as i64) < KIOSK_CLOSING_GRACE_SECS);
const _: () = assert!(KIOSK_ALIVE_SECS + 1 < 30);

/// Until when a kiosk session stays alive after hearing from a page at
/// `now`; personal sessions are not tied to open pages.
pub fn alive_until(device: DeviceKind, now: i64) -> Option<i64> {
    match device {
        DeviceKind::Kiosk => Some(now + KIOSK_ALIVE_SECS),
        DeviceKind::Personal => None,
    }
}

/// Where a stored session stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStatus {
    /// Still good.
    Active,
    /// Nobody used it for longer than the idle limit.
    IdleExpired,
    /// It passed its absolute lifetime.
    Expired,
    /// A kiosk session whose pages all went away.
    Abandoned,
}

/// Decides, from timestamps in seconds, whether a session still holds.
/// `alive_until` is set for kiosk sessions only (see [`alive_until`]).
pub fn session_status(
    now: i64,
    created_at: i64,
    last_seen_at: i64,
    alive_until: Option<i64>,
    policy: SessionPolicy,
) -> SessionStatus {
    if now >= created_at + i64::from(policy.absolute_secs) {
        SessionStatus::Expired
    } else if alive_until.is_some_and(|until| now > until) {
        SessionStatus::Abandoned
    } else if now >= last_seen_at + i64::from(policy.idle_secs) + IDLE_GRACE_SECS {
        SessionStatus::IdleExpired
    } else {
        SessionStatus::Active
    }
}

/// What the browser's idle watch should show after some idle time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    /// No warning yet.
    Active,
    /// Show the warning with this many whole seconds left.
    Warning {
        /// Whole seconds until sign-out.
        seconds_left: u32,
    },
    /// Sign out now.
    TimedOut,
}

/// The idle watch's state after `idle_ms` milliseconds without activity.
pub fn idle_phase(idle_ms: u64, policy: SessionPolicy) -> IdlePhase {
    if policy.warning_secs == 0 {
        return IdlePhase::Active;
    }
    let limit_ms = u64::from(policy.idle_secs) * 1000;
    let warn_from_ms = limit_ms.saturating_sub(u64::from(policy.warning_secs) * 1000);
    if idle_ms >= limit_ms {
        IdlePhase::TimedOut
    } else if idle_ms >= warn_from_ms {
        let left_ms = limit_ms - idle_ms;
        IdlePhase::Warning {
            seconds_left: u32::try_from(left_ms.div_ceil(1000)).unwrap_or(u32::MAX),
        }
    } else {
        IdlePhase::Active
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const P: SessionPolicy = SessionPolicy {
        idle_secs: 100,
        absolute_secs: 1000,
        warning_secs: 20,
    };

    #[test]
    fn a_session_ends_after_its_absolute_lifetime_even_if_active() {
        assert_eq!(
            session_status(1000, 0, 999, None, P),
            SessionStatus::Expired
        );
        assert_eq!(session_status(999, 0, 999, None, P), SessionStatus::Active);
    }

    #[test]
    fn a_session_ends_after_idle_time_plus_grace() {
        let limit = 100 + IDLE_GRACE_SECS;
        assert_eq!(
            session_status(limit - 1, 0, 0, None, P),
            SessionStatus::Active
        );
        assert_eq!(
            session_status(limit, 0, 0, None, P),
            SessionStatus::IdleExpired
        );
    }

    #[test]
    fn a_kiosk_session_ends_once_no_page_has_said_it_is_open() {
        let now = 50;
        let until = alive_until(DeviceKind::Kiosk, now);
        assert_eq!(until, Some(now + KIOSK_ALIVE_SECS));
        assert_eq!(
            session_status(now + KIOSK_ALIVE_SECS, 0, now, until, P),
            SessionStatus::Active
        );
        assert_eq!(
            session_status(now + KIOSK_ALIVE_SECS + 1, 0, now, until, P),
            SessionStatus::Abandoned
        );
        // A personal session has no open-page limit at all.
        assert_eq!(alive_until(DeviceKind::Personal, now), None);
        assert_eq!(
            session_status(now + 99, 0, now, None, P),
            SessionStatus::Active
        );
    }

    #[test]
    fn the_idle_watch_warns_then_times_out() {
        assert_eq!(idle_phase(79_999, P), IdlePhase::Active);
        assert_eq!(
            idle_phase(80_000, P),
            IdlePhase::Warning { seconds_left: 20 }
        );
        assert_eq!(
            idle_phase(98_500, P),
            IdlePhase::Warning { seconds_left: 2 }
        );
        assert_eq!(idle_phase(100_000, P), IdlePhase::TimedOut);
    }

    #[test]
    fn personal_devices_have_no_idle_watch() {
        assert_eq!(
            idle_phase(u64::MAX, SessionPolicy::PERSONAL_DEFAULT),
            IdlePhase::Active
        );
    }

    #[test]
    fn kiosk_sessions_are_shorter_than_personal_ones() {
        let (k, p) = (
            SessionPolicy::KIOSK_DEFAULT,
            SessionPolicy::PERSONAL_DEFAULT,
        );
        assert!(k.idle_secs < p.idle_secs && k.absolute_secs < p.absolute_secs);
        assert!(k.warning_secs > 0 && k.warning_secs < k.idle_secs);
    }

    proptest! {
        #[test]
        fn the_countdown_never_increases_as_idle_time_grows(a in 0u64..200_000, b in 0u64..200_000) {
            let (early, late) = (a.min(b), a.max(b));
            let left = |ms| match idle_phase(ms, P) {
                IdlePhase::Active => u32::MAX,
                IdlePhase::Warning { seconds_left } => seconds_left,
                IdlePhase::TimedOut => 0,
            };
            prop_assert!(left(late) <= left(early));
        }
    }
}
