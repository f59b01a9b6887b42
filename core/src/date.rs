//! Calendar dates as the API carries them: `YYYY-MM-DD` text (ISO 8601),
//! which sorts the same as the dates it names. Only what listings need:
//! checking a date, turning it into a day number and back.

use crate::Problem;

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Count years from March, so the leap day is the last day of a year.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The day number of a `YYYY-MM-DD` date (days since 1970-01-01), or
/// `DateInvalid` for anything else, including dates that do not exist.
pub fn parse_day(text: &str) -> Result<i64, Problem> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(Problem::DateInvalid);
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (i64::from(number(0..4)), number(5..7), number(8..10));
    if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
        return Err(Problem::DateInvalid);
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(Problem::DateInvalid);
    }
    Ok(days_from_civil(year, month, day))
}

/// The `YYYY-MM-DD` text of a day number.
pub fn format_day(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Year, month and day of a day number (the inverse of `days_from_civil`).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Today's day number for a Unix time in seconds (UTC).
pub fn day_of_unix(seconds: i64) -> i64 {
    seconds.div_euclid(86_400)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates_have_known_day_numbers() {
        assert_eq!(parse_day("1970-01-01"), Ok(0));
        assert_eq!(parse_day("2000-03-01"), Ok(11_017));
        assert_eq!(parse_day("2026-11-23"), Ok(20_780));
        assert_eq!(format_day(20_780), "2026-11-23");
    }

    #[test]
    fn impossible_or_misshapen_dates_are_refused() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "",
            "2026-04-31",
        ] {
            assert_eq!(parse_day(bad), Err(Problem::DateInvalid), "{bad}");
        }
        assert!(parse_day("2028-02-29").is_ok());
    }

    proptest! {
        #[test]
        fn formatting_and_parsing_round_trip(days in -25_000i64..300_000) {
            let text = format_day(days);
            prop_assert_eq!(parse_day(&text), Ok(days));
        }
    }
}
