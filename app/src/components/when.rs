//! Scheduled times as people read them: the place's own wall clock, in the
//! reader's language, by the browser's `Intl.DateTimeFormat`; a second line
//! with the reader's own time when their device is in another zone; and a
//! labelled choice of time zone for the forms that schedule something.

use js_sys::{Array, Date, Function, Object, Reflect};
use leptos::prelude::*;
use libranet_core::Lang;
use libranet_core::time::UtcInstant;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{I18n, Key, use_i18n};

/// Zones offered when the browser cannot list its own.
const FALLBACK_ZONES: [&str; 12] = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "America/Mexico_City",
    "Europe/Madrid",
    "Pacific/Auckland",
    "UTC",
];

/// What of an instant to write.
#[derive(Clone, Copy)]
enum Parts {
    /// "Thursday, December 3"
    Day,
    /// "8:30 PM"
    Time,
    /// "Thursday 8:30 PM"
    WeekdayTime,
    /// "December 3, 2026" (Spanish: "3 de diciembre de 2026")
    Date,
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-US",
        Lang::Es => "es",
    }
}

fn intl() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &"Intl".into())
        .ok()
        .filter(wasm_bindgen::JsValue::is_object)
}

/// A `DateTimeFormat`, or `None` when the browser refuses the options (an
/// unknown zone throws a `RangeError`, which must not abort the app).
fn formatter(locale: &str, options: &Object) -> Option<Object> {
    let constructor: Function = Reflect::get(&intl()?, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let locales = Array::of1(&locale.into());
    Reflect::construct(&constructor, &Array::of2(&locales, options))
        .ok()?
        .dyn_into()
        .ok()
}

fn options(parts: Parts, zone: &str) -> Object {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    match parts {
        Parts::Day => {
            set("weekday", "long");
            set("month", "long");
            set("day", "numeric");
        }
        Parts::Time => {
            set("hour", "numeric");
            set("minute", "2-digit");
        }
        Parts::WeekdayTime => {
            set("weekday", "long");
            set("hour", "numeric");
            set("minute", "2-digit");
        }
        Parts::Date => {
            set("year", "numeric");
            set("month", "long");
            set("day", "numeric");
        }
    }
    if !zone.is_empty() {
        set("timeZone", zone);
    }
    options
}

/// `at` on the wall clock of `zone`, in `lang`. Intl's narrow and
/// non-breaking spaces ("8:30 PM") become plain ones, so the text reads
/// and copies the same everywhere.
fn format(at: UtcInstant, zone: &str, lang: Lang, parts: Parts) -> String {
    let date = Date::new(&JsValue::from_f64(at.unix_seconds() as f64 * 1000.0));
    let text = formatter(locale(lang), &options(parts, zone))
        .or_else(|| formatter(locale(lang), &options(parts, "")))
        .and_then(|f| {
            let format: Function = Reflect::get(&f, &"format".into()).ok()?.dyn_into().ok()?;
            format.call1(&f, &date).ok()?.as_string()
        });
    text.unwrap_or_default()
        .replace(['\u{202f}', '\u{a0}'], " ")
}

/// "Thursday, December 3, 8:30 PM" (Spanish: "jueves, 3 de diciembre, 20:30").
pub fn full(at: UtcInstant, zone: &str, lang: Lang) -> String {
    format!(
        "{}, {}",
        format(at, zone, lang, Parts::Day),
        format(at, zone, lang, Parts::Time)
    )
}

/// "Thursday, December 3".
pub fn day(at: UtcInstant, zone: &str, lang: Lang) -> String {
    format(at, zone, lang, Parts::Day)
}

/// A civil date (`YYYY-MM-DD`, already on the place's clock) in words:
/// "Thursday, December 3". Unreadable text is shown as it is.
pub fn civil_day(text: &str, lang: Lang) -> String {
    match libranet_core::date::parse_day(text) {
        // Noon UTC of that day reads as that day on the UTC clock.
        Ok(n) => day(
            UtcInstant::from_unix_seconds(n * 86_400 + 43_200),
            "UTC",
            lang,
        ),
        Err(_) => text.to_owned(),
    }
}

/// When something happened (a message sent, a post written), as a date on
/// the reader's own calendar: "December 3, 2026".
pub fn date(at: UtcInstant, lang: Lang) -> String {
    format(at, "", lang, Parts::Date)
}

/// A moment on the reader's own clock: "8:30 PM" (Spanish: "20:30").
pub fn time(at: UtcInstant, lang: Lang) -> String {
    format(at, "", lang, Parts::Time)
}

/// A calendar date with no time (`YYYY-MM-DD`, such as a job's closing
/// day) in words with its year: "December 3, 2026".
pub fn civil_date(text: &str, lang: Lang) -> String {
    match libranet_core::date::parse_day(text) {
        Ok(n) => format(
            UtcInstant::from_unix_seconds(n * 86_400 + 43_200),
            "UTC",
            lang,
            Parts::Date,
        ),
        Err(_) => text.to_owned(),
    }
}

/// The zone this device's clock is in, by its IANA name.
pub fn device_zone() -> String {
    formatter("en-US", &Object::new())
        .and_then(|f| {
            let resolved: Function = Reflect::get(&f, &"resolvedOptions".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let options = resolved.call0(&f).ok()?;
            Reflect::get(&options, &"timeZone".into()).ok()?.as_string()
        })
        .unwrap_or_else(|| "UTC".to_owned())
}

/// Every zone the browser knows (`Intl.supportedValuesOf`), else a short list.
pub fn zone_names() -> Vec<String> {
    let listed = intl().and_then(|intl| {
        let list: Function = Reflect::get(&intl, &"supportedValuesOf".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let names: Array = list
            .call1(&intl, &"timeZone".into())
            .ok()?
            .dyn_into()
            .ok()?;
        Some(
            names
                .iter()
                .filter_map(|n| n.as_string())
                .collect::<Vec<_>>(),
        )
    });
    match listed {
        Some(names) if !names.is_empty() => names,
        _ => FALLBACK_ZONES.iter().map(|z| (*z).to_owned()).collect(),
    }
}

/// "Anchorage" for `America/Anchorage`, "Los Angeles" for `America/Los_Angeles`.
pub fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// The zone's offset from UTC at `at`, in minutes, as the browser reads
/// it (`timeZoneName: 'longOffset'` writes "GMT-06:00", or "GMT").
fn offset_minutes(zone: &str, at: UtcInstant) -> Option<i32> {
    let options = Object::new();
    let _ = Reflect::set(&options, &"timeZone".into(), &zone.into());
    let _ = Reflect::set(&options, &"timeZoneName".into(), &"longOffset".into());
    let f = formatter("en-US", &options)?;
    let parts: Function = Reflect::get(&f, &"formatToParts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let date = Date::new(&JsValue::from_f64(at.unix_seconds() as f64 * 1000.0));
    let parts: Array = parts.call1(&f, &date).ok()?.dyn_into().ok()?;
    let name = parts.iter().find_map(|part| {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        (kind == "timeZoneName")
            .then(|| Reflect::get(&part, &"value".into()).ok()?.as_string())
            .flatten()
    })?;
    let offset = name.strip_prefix("GMT")?;
    if offset.is_empty() {
        return Some(0);
    }
    let sign = if offset.starts_with('-') || offset.starts_with('−') {
        -1
    } else {
        1
    };
    let digits = offset.trim_start_matches(['+', '-', '−']);
    let (hours, minutes) = digits.split_once(':').unwrap_or((digits, "0"));
    Some(sign * (hours.parse::<i32>().ok()? * 60 + minutes.parse::<i32>().ok()?))
}

/// "UTC−9", "UTC+5:30", "UTC" for the zone's offset at `at`.
pub fn utc_offset(zone: &str, at: UtcInstant) -> Option<String> {
    let minutes = offset_minutes(zone, at)?;
    let sign = if minutes < 0 { '−' } else { '+' };
    let (hours, minutes) = (minutes.abs() / 60, minutes.abs() % 60);
    Some(match (hours, minutes) {
        (0, 0) => "UTC".to_owned(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    })
}

/// "Anchorage time (UTC−9)": a zone named for people, at the moment now.
pub fn zone_label(i18n: I18n, zone: &str) -> String {
    let now = UtcInstant::from_unix_seconds((Date::now() / 1000.0) as i64);
    let name = i18n.fill(Key::CityTime, &[&city(zone)]);
    match utc_offset(zone, now) {
        Some(offset) => format!("{name} ({offset})"),
        None => name,
    }
}

/// "Anchorage, Alaska · Anchorage time (UTC−9)": where someone is and
/// the clock they live by, either part left out when not given.
pub fn region_and_zone(i18n: I18n, region: &str, zone: &str) -> String {
    let mut parts = Vec::new();
    if !region.trim().is_empty() {
        parts.push(region.trim().to_owned());
    }
    if !zone.is_empty() {
        parts.push(zone_label(i18n, zone));
    }
    parts.join(" · ")
}

/// Whether someone on this device reads `zone`'s clock differently at `at`:
/// the names differ and so do the offsets.
fn differs_here(zone: &str, here: &str, at: UtcInstant) -> bool {
    if zone.is_empty() || zone == here {
        return false;
    }
    match (offset_minutes(zone, at), offset_minutes(here, at)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

/// A scheduled time in its place's zone ("Thursday, December 3, 8:30 PM –
/// 10:00 PM"), followed, when this device is elsewhere, by [`YourTime`].
#[component]
pub fn When(
    at: UtcInstant,
    #[prop(optional)] until: Option<UtcInstant>,
    #[prop(into)] zone: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let stamp = Date::new(&JsValue::from_f64(at.unix_seconds() as f64 * 1000.0))
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let place = zone.clone();
    let main = move || {
        let lang = i18n.lang.get();
        let start = full(at, &place, lang);
        match until {
            Some(end) if day(end, &place, lang) == day(at, &place, lang) => {
                format!("{start} – {}", format(end, &place, lang, Parts::Time))
            }
            Some(end) => format!("{start} – {}", full(end, &place, lang)),
            None => start,
        }
    };
    view! {
        <time datetime=stamp data-testid="when">{main}</time>
        " "
        <YourTime at=at zone=zone />
    }
}

/// "(8:30 PM Chicago time · 6:30 PM your time)" when this device's clock
/// reads the moment differently from the place's; nothing otherwise.
#[component]
pub fn YourTime(at: UtcInstant, #[prop(into)] zone: String) -> impl IntoView {
    let i18n = use_i18n();
    let here = device_zone();
    let elsewhere = differs_here(&zone, &here, at);
    let yours = move || {
        let lang = i18n.lang.get();
        let there = format(at, &zone, lang, Parts::Time);
        let same_day = day(at, &zone, lang) == day(at, &here, lang);
        let mine = if same_day {
            format(at, &here, lang, Parts::Time)
        } else {
            format(at, &here, lang, Parts::WeekdayTime)
        };
        format!(
            "({} · {})",
            i18n.fill(Key::TimeThere, &[&there, &city(&zone)]),
            i18n.fill(Key::TimeYours, &[&mine])
        )
    };
    elsewhere.then(|| view! { <span class="when-yours" data-testid="your-time">{yours}</span> })
}

/// A labelled choice of IANA time zone, starting at this device's zone
/// when `value` is empty. With `fixed` set (a branch's zone), the times
/// are that zone's and the line says so instead. With `library_default`,
/// an empty first option stands for the library's zone.
#[component]
pub fn ZoneField(
    id: &'static str,
    value: RwSignal<String>,
    #[prop(into, optional)] fixed: Signal<Option<String>>,
    #[prop(optional)] library_default: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if value.get_untracked().is_empty() && !library_default {
        value.set(device_zone());
    }
    let mut names = zone_names();
    let current = value.get_untracked();
    if !current.is_empty() && !names.contains(&current) {
        names.insert(0, current);
    }
    view! {
        {move || if let Some(zone) = fixed.get() { view! {
            <p class="hint" data-testid=format!("{id}-fixed")>{i18n.fill(Key::TimesAreIn, &[&city(&zone)])}</p>
        }.into_any() } else {
            let names = names.clone();
            view! {
                <div class="field">
                    <label for=id>{move || i18n.t(Key::TimeZoneLabel)}</label>
                    <select id=id name=id on:change=move |ev| value.set(event_target_value(&ev))>
                        {library_default.then(|| view! {
                            <option value="" selected=move || value.get().is_empty()>{move || i18n.t(Key::LibraryTimeZone)}</option>
                        })}
                        {names.into_iter().map(|name| {
                            let shown = name.replace('_', " ");
                            let this = name.clone();
                            view! { <option value=name selected=move || value.get() == this>{shown}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }.into_any()
        }}
    }
}
