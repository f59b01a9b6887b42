//! Public listings in the browser: shown at once from the copy kept from
//! the last visit, then brought up to date with only what changed since
//! (the server's change cursor), and kept again. Search, matching and gap
//! analysis run on this copy.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use libranet_core::catalog::Catalog;
use libranet_core::events::EventView;
use libranet_core::teaching::TeachingSummary;

use crate::{api, cache};

#[derive(Clone, Copy)]
pub struct ListingsContext {
    catalog: RwSignal<Option<Arc<Catalog>>>,
    started: StoredValue<bool>,
}

pub fn provide() {
    provide_context(ListingsContext {
        catalog: RwSignal::new(None),
        started: StoredValue::new(false),
    });
    provide_context(Fetched::<Vec<TeachingSummary>>::new());
    provide_context(Fetched::<Vec<EventView>>::new());
}

/// A public list fetched once per visit, shared by every page that asks.
pub struct Fetched<T: Send + Sync + 'static> {
    value: RwSignal<Option<Arc<T>>>,
    started: StoredValue<bool>,
}

// Signals are handles: copying them needs nothing of `T`.
impl<T: Send + Sync + 'static> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Fetched<T> {}

impl<T: Send + Sync + 'static> Fetched<T> {
    fn new() -> Self {
        Fetched {
            value: RwSignal::new(None),
            started: StoredValue::new(false),
        }
    }

    fn get<F>(fetch: impl FnOnce() -> F) -> RwSignal<Option<Arc<T>>>
    where
        F: std::future::Future<Output = Result<T, api::ApiFailure>> + 'static,
    {
        let ctx = expect_context::<Fetched<T>>();
        if !ctx.started.get_value() {
            ctx.started.set_value(true);
            let call = fetch();
            spawn_local(async move {
                if let Ok(found) = call.await {
                    ctx.value.try_set(Some(Arc::new(found)));
                }
            });
        }
        ctx.value
    }
}

/// Shared teaching resources, for gap analyses.
pub fn use_teaching() -> RwSignal<Option<Arc<Vec<TeachingSummary>>>> {
    Fetched::get(api::teaching::teaching_list)
}

/// Upcoming events, for gap analyses (workshops teach skills too).
pub fn use_events() -> RwSignal<Option<Arc<Vec<EventView>>>> {
    Fetched::get(api::events::events)
}

/// Today's day number on this device's calendar, the day listings are
/// judged open on (a job closing today is open until local midnight).
pub fn today() -> i64 {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    libranet_core::date::parse_day(&text).unwrap_or(0)
}

/// The listings (`None` until the first copy is at hand), starting the
/// sync the first time a page asks.
pub fn use_listings() -> RwSignal<Option<Arc<Catalog>>> {
    let ctx = expect_context::<ListingsContext>();
    if !ctx.started.get_value() {
        ctx.started.set_value(true);
        spawn_local(sync(ctx));
    }
    ctx.catalog
}

async fn sync(ctx: ListingsContext) {
    let mut catalog: Catalog = cache::load_public_listings()
        .await
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    if catalog.cursor > 0 {
        ctx.catalog.set(Some(Arc::new(catalog.clone())));
    }
    let mut changed = false;
    // Bounded, so a misbehaving server cannot keep the page busy forever.
    for _ in 0..100 {
        let Ok(page) = api::listings::listing_changes(catalog.cursor).await else {
            break;
        };
        let more = page.more;
        changed |= page.reset
            || !page.jobs.is_empty()
            || !page.resources.is_empty()
            || page.cursor != catalog.cursor;
        catalog.apply(page);
        if !more {
            break;
        }
    }
    if changed || ctx.catalog.get_untracked().is_none() {
        ctx.catalog.set(Some(Arc::new(catalog.clone())));
    }
    if changed && let Ok(text) = serde_json::to_string(&catalog) {
        cache::save_public_listings(&text).await;
    }
}
