//! The server's one clock. Every handler, sweep and seed reads the time
//! here, never from the system directly, so tests (and demos) can set it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use libranet_core::time::{UtcInstant, Zone};

/// The system clock, optionally shifted, or a clock that stands still
/// until told to move. Clones share one clock.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// Added to the system time (a clock started at another moment).
    offset: AtomicI64,
    /// When set, `now()` is `fixed` and does not advance by itself.
    frozen: AtomicBool,
    fixed: AtomicI64,
}

fn system_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl Clock {
    /// The system's time.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that reads `at` now and then runs forward in real time
    /// (`LIBRANET_CLOCK_START`, for demos and browser tests).
    pub fn starting_at(at: UtcInstant) -> Clock {
        let clock = Clock::default();
        clock
            .inner
            .offset
            .store(at.unix_seconds() - system_seconds(), Ordering::SeqCst);
        clock
    }

    /// A clock that stands at `at` until set or advanced (tests).
    pub fn fixed(at: UtcInstant) -> Clock {
        let clock = Clock::default();
        clock.set(at);
        clock
    }

    pub fn now(&self) -> UtcInstant {
        if self.inner.frozen.load(Ordering::SeqCst) {
            UtcInstant::from_unix_seconds(self.inner.fixed.load(Ordering::SeqCst))
        } else {
            UtcInstant::from_unix_seconds(
                system_seconds().saturating_add(self.inner.offset.load(Ordering::SeqCst)),
            )
        }
    }

    /// Unix seconds of now, for the columns that store them.
    pub fn unix_now(&self) -> i64 {
        self.now().unix_seconds()
    }

    /// Today's day number in `zone`.
    pub fn today(&self, zone: &Zone) -> i64 {
        zone.today(self.now())
    }

    /// Stops the clock at `at`.
    pub fn set(&self, at: UtcInstant) {
        self.inner.fixed.store(at.unix_seconds(), Ordering::SeqCst);
        self.inner.frozen.store(true, Ordering::SeqCst);
    }

    /// Moves the clock on by `seconds` (stopping it where it lands).
    pub fn advance(&self, seconds: i64) {
        self.set(self.now().plus_seconds(seconds));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start = UtcInstant::from_unix_seconds(1_796_000_000);
        let clock = Clock::fixed(start);
        let shared = clock.clone();
        assert_eq!(clock.now(), start);
        shared.advance(90);
        assert_eq!(clock.now(), start.plus_seconds(90));
    }

    #[test]
    fn a_started_clock_runs_from_its_start() {
        let start = UtcInstant::from_unix_seconds(1_796_000_000);
        let clock = Clock::starting_at(start);
        let read = clock.now().unix_seconds() - start.unix_seconds();
        assert!((0..5).contains(&read), "{read}");
        let chicago = Zone::named("America/Chicago").unwrap();
        assert_eq!(clock.today(&chicago), chicago.today(clock.now()));
    }
}
