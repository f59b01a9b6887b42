//! Calendar quarters, the periods insight reports count by.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar quarter; serialized as text such as `2026-Q3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-Q3"))]
pub struct Quarter(pub(super) i32);

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Day number of 1 January of `year`.
fn year_start(year: i64) -> i64 {
    let leaps_through = |y: i64| y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400);
    365 * (year - 1970) + leaps_through(year - 1) - leaps_through(1969)
}

/// Days from 1 January to the first day of quarter `index` (0..4).
fn quarter_offset(year: i64, index: i32) -> i64 {
    const OFFSETS: [i64; 4] = [0, 90, 181, 273];
    OFFSETS[index as usize] + i64::from(index > 0 && is_leap(year))
}

impl Quarter {
    /// The quarter a day number (days since 1970-01-01) falls in. Days are
    /// limited to about ±800,000 years around 1970.
    pub fn of_day(day: i64) -> Quarter {
        let day = day.clamp(-300_000_000, 300_000_000);
        let mut year = 1970 + (day * 400).div_euclid(146_097);
        while year_start(year) > day {
            year -= 1;
        }
        while year_start(year + 1) <= day {
            year += 1;
        }
        let into_year = day - year_start(year);
        let index = (1..4)
            .filter(|&i| quarter_offset(year, i) <= into_year)
            .count() as i32;
        // The clamp above keeps `year * 4` well inside i32.
        Quarter(year as i32 * 4 + index)
    }

    /// Reads `YYYY-Qn` (year 1900 to 2999, n from 1 to 4).
    pub fn parse(text: &str) -> Option<Quarter> {
        let (year, quarter) = text.split_once("-Q")?;
        if year.len() != 4 || quarter.len() != 1 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let quarter: i32 = quarter.parse().ok()?;
        ((1900..=2999).contains(&year) && (1..=4).contains(&quarter))
            .then_some(Quarter(year * 4 + quarter - 1))
    }

    /// The text form, such as `2026-Q3`.
    pub fn label(self) -> String {
        format!("{:04}-Q{}", self.year(), self.0.rem_euclid(4) + 1)
    }

    /// The day number of the quarter's first day.
    pub fn first_day(self) -> i64 {
        let year = i64::from(self.year());
        year_start(year) + quarter_offset(year, self.0.rem_euclid(4))
    }

    /// The quarter after this one.
    #[must_use]
    pub fn next(self) -> Quarter {
        Quarter(self.0.saturating_add(1))
    }

    pub(super) fn year(self) -> i32 {
        self.0.div_euclid(4)
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.label())
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Quarter::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a quarter such as 2026-Q3, not {text:?}"))
        })
    }
}
