//! Instants shown on the reader's calendar and clock, in their language.

use leptos::prelude::*;

/// The day of a Unix time on the reader's calendar, in their language
/// ("December 3, 2026").
pub fn day_of(seconds: i64) -> String {
    let lang = use_context::<crate::i18n::I18n>().map_or(libranet_core::Lang::En, |i| i.lang.get());
    crate::components::when::date(
        libranet_core::time::UtcInstant::from_unix_seconds(seconds),
        lang,
    )
}

/// "14:35" in the browser's time zone.
pub fn clock_time(unix_secs: i64) -> String {
    let lang = use_context::<crate::i18n::I18n>().map_or(libranet_core::Lang::En, |i| i.lang.get());
    crate::components::when::time(
        libranet_core::time::UtcInstant::from_unix_seconds(unix_secs),
        lang,
    )
}
