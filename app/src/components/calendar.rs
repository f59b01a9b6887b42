//! Calendar files made in the browser: the creation stamp they carry.

use libranet_core::time::UtcInstant;

/// Now, as the moment a calendar file is made.
pub fn utc_stamp() -> UtcInstant {
    UtcInstant::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
}
