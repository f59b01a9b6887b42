//! The only module that touches browser storage.
//!
//! Two things survive a sign-out: the kiosk marker (this browser is a public
//! computer) and the language choice, plus the Cache Storage copy of the
//! public listings. Everything else the app keeps in the browser is personal
//! and is wiped by [`wipe_personal_data`].

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use js_sys::{Array, Function, Promise, Reflect};
use libranet_core::Lang;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const KIOSK_KEY: &str = "libranet.kiosk";
const KIOSK_ID_KEY: &str = "libranet.kiosk-id";
const LANG_KEY: &str = "libranet.lang";
/// A one-shot, non-personal notice shown after a reload (e.g. "signed out").
const NOTICE_KEY: &str = "libranet.notice";
/// Set when a sign-out has wiped the browser but the server has not yet
/// confirmed ending the session; the next start finishes it first.
const SIGN_OUT_PENDING_KEY: &str = "libranet.sign-out-pending";
/// A kiosk session's tab key: in `sessionStorage`, so it lives as long as
/// the tab and a new tab never inherits it.
const TAB_KEY: &str = "libranet.tab";

/// Forgets what this tab alone keeps (its `sessionStorage`).
pub fn forget_tab() {
    SessionStorage::clear();
}

/// The kiosk session's tab key held by this tab, if any.
pub fn tab_key() -> Option<String> {
    SessionStorage::get::<String>(TAB_KEY).ok()
}

pub fn set_tab_key(key: Option<&str>) {
    match key {
        Some(key) => {
            let _ = SessionStorage::set(TAB_KEY, key);
        }
        None => SessionStorage::delete(TAB_KEY),
    }
}

pub fn is_kiosk() -> bool {
    LocalStorage::get::<bool>(KIOSK_KEY).unwrap_or(false)
}

pub fn set_kiosk(on: bool) {
    if on {
        let _ = LocalStorage::set(KIOSK_KEY, true);
    } else {
        LocalStorage::delete(KIOSK_KEY);
    }
}

/// Which registered kiosk this browser is (set by staff on `/kiosk`).
pub fn kiosk_id() -> Option<i64> {
    LocalStorage::get::<i64>(KIOSK_ID_KEY).ok()
}

pub fn set_kiosk_id(id: Option<i64>) {
    match id {
        Some(id) => {
            let _ = LocalStorage::set(KIOSK_ID_KEY, id);
        }
        None => LocalStorage::delete(KIOSK_ID_KEY),
    }
}

pub fn saved_lang() -> Option<Lang> {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|tag| Lang::from_tag(&tag))
}

pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::set(LANG_KEY, lang.tag());
}

pub fn set_notice(notice: &str) {
    let _ = SessionStorage::set(NOTICE_KEY, notice);
}

/// The notice left before a reload, removed as it is read.
pub fn take_notice() -> Option<String> {
    let notice = SessionStorage::get::<String>(NOTICE_KEY).ok();
    SessionStorage::delete(NOTICE_KEY);
    notice
}

pub fn set_sign_out_pending(on: bool) {
    if on {
        let _ = LocalStorage::set(SIGN_OUT_PENDING_KEY, true);
    } else {
        LocalStorage::delete(SIGN_OUT_PENDING_KEY);
    }
}

pub fn sign_out_pending() -> bool {
    LocalStorage::get::<bool>(SIGN_OUT_PENDING_KEY).unwrap_or(false)
}

/// Wipes localStorage, sessionStorage, every IndexedDB database and every
/// Cache Storage cache of this site but the public listings, then puts back
/// the kiosk marker and the language choice.
pub async fn wipe_personal_data() {
    let kiosk = is_kiosk();
    let kiosk_number = kiosk_id();
    let lang = saved_lang();
    // Another tab may have just asked for the server's sign-out.
    let pending = sign_out_pending();
    LocalStorage::clear();
    SessionStorage::clear();
    delete_indexed_databases().await;
    delete_caches().await;
    set_kiosk(kiosk);
    set_kiosk_id(kiosk_number);
    set_sign_out_pending(pending);
    if let Some(lang) = lang {
        save_lang(lang);
    }
}

async fn delete_indexed_databases() {
    let Ok(Some(factory)) = web_sys::window()
        .map(|w| w.indexed_db())
        .transpose()
        .map(Option::flatten)
    else {
        return;
    };
    // `indexedDB.databases()` is not in web-sys yet; call it by name.
    let Ok(list) = Reflect::get(&factory, &JsValue::from_str("databases")) else {
        return;
    };
    let Ok(list) = list.dyn_into::<Function>() else {
        return;
    };
    let Ok(promise) = list
        .call0(&factory)
        .and_then(wasm_bindgen::JsCast::dyn_into::<Promise>)
    else {
        return;
    };
    let Ok(found) = JsFuture::from(promise).await else {
        return;
    };
    for info in Array::from(&found).iter() {
        if let Some(name) = Reflect::get(&info, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
        {
            let _ = factory.delete_database(&name);
        }
    }
}

async fn delete_caches() {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let Ok(keys) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for key in Array::from(&keys).iter() {
        if let Some(name) = key.as_string()
            && name != PUBLIC_CACHE
        {
            let _ = JsFuture::from(caches.delete(&name)).await;
        }
    }
}

/// The Cache Storage cache holding public listings (never personal data).
const PUBLIC_CACHE: &str = "libranet-public";
const LISTINGS_ENTRY: &str = "/cache/listings.json";

async fn public_cache() -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    JsFuture::from(caches.open(PUBLIC_CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// The public listings kept from the last visit, as JSON text.
pub async fn load_public_listings() -> Option<String> {
    let cache = public_cache().await?;
    let found = JsFuture::from(cache.match_with_str(LISTINGS_ENTRY))
        .await
        .ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Keeps the public listings for the next visit.
pub async fn save_public_listings(json: &str) {
    let Some(cache) = public_cache().await else {
        return;
    };
    if let Ok(response) = web_sys::Response::new_with_opt_str(Some(json)) {
        let _ = JsFuture::from(cache.put_with_str(LISTINGS_ENTRY, &response)).await;
    }
}
