//! What a page shows from the data it loads: one `Transition` and one
//! `ErrorBoundary` for every page.
//!
//! A page makes a [`Load`] of its data (a `Result<T, Failure>`) and hands it
//! to [`loaded`] with a function that shows the `T`. Underneath, every page
//! shares one kind of [`LocalResource`], of type-erased data, and one
//! non-generic component holds the boundaries, so the resource machinery
//! and the boundaries are compiled once rather than once per page; what is
//! generic per page is only boxing its fetch and unboxing its data.
//!
//! While the first load is under way only the page's heading (if it gives
//! one) shows; on failure the heading and the typed
//! [`Failure`], put into words by [`FailureText`] (re-worded when the
//! language changes), in an alert. A refetch keeps what is shown until the
//! new data is in.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};

/// Loaded data of any type, or why it did not load.
type Erased = Result<Arc<dyn Any + Send + Sync>, Failure>;

/// A fetch of data of any type.
type Fetch = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Erased>>>>;

/// Shows loaded data of the type its page expects.
type Show = Arc<dyn Fn(&(dyn Any + Send + Sync)) -> AnyView + Send + Sync>;

/// Data a page loads, as a resource: fetched at once, fetched again when a
/// signal the fetch reads changes, or on [`Load::refetch`].
pub struct Load<T> {
    resource: LocalResource<Erased>,
    kind: PhantomData<fn() -> T>,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

impl<T: Send + Sync + 'static> Load<T> {
    /// Loads with `fetch`; signals read before its future starts are
    /// tracked.
    pub fn new<Fut>(fetch: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<T, Failure>> + 'static,
    {
        let fetch: Fetch = Box::new(move || {
            let found = fetch();
            Box::pin(async move {
                let found = found.await?;
                Ok(Arc::new(found) as Arc<dyn Any + Send + Sync>)
            })
        });
        Load {
            resource: resource(fetch),
            kind: PhantomData,
        }
    }

    /// Loads again; what shows stays until the new data is in.
    pub fn refetch(self) {
        self.resource.refetch();
    }

    /// Reads the data (tracked): `None` while it first loads or if it
    /// failed.
    pub fn with<R>(self, read: impl FnOnce(Option<&T>) -> R) -> R {
        self.resource.with(|found| read(data(found.as_ref())))
    }

    /// Like [`Load::with`], untracked.
    pub fn with_untracked<R>(self, read: impl FnOnce(Option<&T>) -> R) -> R {
        self.resource
            .with_untracked(|found| read(data(found.as_ref())))
    }

    /// Why it did not load (tracked): `None` while it first loads or once
    /// it has loaded. For a page that says so in a status line of its own
    /// rather than through [`loaded`].
    pub fn failure(self) -> Option<Failure> {
        self.resource.with(|found| failure(found.as_ref()))
    }
}

fn data<T: 'static>(found: Option<&Erased>) -> Option<&T> {
    found?.as_ref().ok()?.downcast_ref::<T>()
}

fn failure(found: Option<&Erased>) -> Option<Failure> {
    found?.as_ref().err().cloned()
}

/// The one resource type every page's data goes through.
fn resource(fetch: Fetch) -> LocalResource<Erased> {
    LocalResource::new(fetch)
}

/// What a page shows around its data while it loads and when it fails.
#[derive(Clone, Copy, Default, PartialEq)]
pub enum Waiting {
    /// Its heading, if it has one.
    #[default]
    Heading,
    /// "Loading", as a status.
    Status,
    /// "Loading", as a hint.
    Hint,
}

/// What a page shows around its data while it loads and when it fails.
#[derive(Clone, Copy, Default)]
pub struct Frame {
    /// The page's `<h1>` until its data shows (the data's view has its own).
    pub heading: Option<Key>,
    /// What shows while the first load is under way.
    pub waiting: Waiting,
    /// Shows nothing when the load fails (the page has other ways to say
    /// what went wrong, or the part is an extra).
    pub quiet: bool,
}

impl Frame {
    /// The heading while loading and above the failure.
    pub fn heading(key: Key) -> Self {
        Frame {
            heading: Some(key),
            ..Frame::default()
        }
    }

    /// "Loading" while loading, the heading only above a failure.
    pub fn status(heading: Option<Key>) -> Self {
        Frame {
            heading,
            waiting: Waiting::Status,
            quiet: false,
        }
    }

    /// "Loading" as a hint while loading, the failure without a heading.
    pub fn hint() -> Self {
        Frame {
            waiting: Waiting::Hint,
            ..Frame::default()
        }
    }

    /// Nothing while loading, nothing on failure.
    pub fn quiet() -> Self {
        Frame {
            quiet: true,
            ..Frame::default()
        }
    }
}

/// Shows what `load` loads with `show`, framed by `frame` until it has.
pub fn loaded<T, V>(
    load: Load<T>,
    frame: Frame,
    show: impl Fn(T) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let show: Show = Arc::new(move |found| match found.downcast_ref::<T>() {
        Some(found) => show(found.clone()).into_any(),
        None => ().into_any(),
    });
    view! { <Loaded resource=load.resource show=show frame=frame /> }.into_any()
}

#[component]
fn Loaded(resource: LocalResource<Erased>, show: Show, frame: Frame) -> impl IntoView {
    let i18n = use_i18n();
    let Frame {
        heading,
        waiting,
        quiet,
    } = frame;
    let title = move || heading.map(|key| view! { <h1>{move || i18n.t(key)}</h1> });
    let waiting = move || match waiting {
        Waiting::Heading => title().into_any(),
        Waiting::Status => view! { <p role="status">{move || i18n.t(Key::Loading)}</p> }.into_any(),
        Waiting::Hint => view! { <p class="hint">{move || i18n.t(Key::Loading)}</p> }.into_any(),
    };
    let failed = move |errors: ArcRwSignal<Errors>| {
        let failure = move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find_map(|(_, error)| error.downcast_ref::<Failure>().cloned())
            })
        };
        (!quiet).then(|| {
            view! {
                {title}
                <p role="alert">
                    {move || failure().map(|failure| view! { <FailureText failure=failure /> })}
                </p>
            }
        })
    };
    view! {
        <Transition fallback=waiting>
            <ErrorBoundary fallback=failed>
                {move || {
                    let show = Arc::clone(&show);
                    Suspend::new(async move { resource.await.map(|found| show(&*found)) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}
