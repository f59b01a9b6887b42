//! What a page shows from the data it loads: one `Transition` and one
//! `ErrorBoundary` for every page.
//!
//! A page makes a [`LocalResource`] of `Result<T, Failure>` and hands it to
//! [`loaded`] with a function that shows the `T`. The generic part here only
//! turns the two into a boxed future of a type-erased view; the boundaries
//! live in one non-generic component, so they are compiled once rather than
//! once per page. While the first load is under way only the page's
//! heading (if it gives one) shows; on failure the heading and the typed
//! [`Failure`], put into words by [`FailureText`] (re-worded when the
//! language changes), in an alert. A refetch keeps what is shown until the
//! new data is in.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::failure::{Failure, FailureText};
use crate::i18n::{Key, use_i18n};

/// A load put into a view, or why it failed.
type Shown = Pin<Box<dyn Future<Output = Result<AnyView, Failure>> + Send>>;

/// Makes the future again each time the resource changes.
type Show = Arc<dyn Fn() -> Shown + Send + Sync>;

/// What a page shows around its data while it loads and when it fails.
/// What a page shows while its data first loads.
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

/// Shows what `resource` loads with `show`, framed by `frame` until it has.
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, Failure>>,
    frame: Frame,
    show: impl Fn(T) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! { <Loaded show=erase(resource, show) frame=frame /> }.into_any()
}

fn erase<T, V>(
    resource: LocalResource<Result<T, Failure>>,
    show: impl Fn(T) -> V + Send + Sync + 'static,
) -> Show
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    let show = Arc::new(show);
    Arc::new(move || {
        let show = Arc::clone(&show);
        Box::pin(async move { resource.await.map(|found| show(found).into_any()) })
    })
}

#[component]
fn Loaded(show: Show, frame: Frame) -> impl IntoView {
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
                {
                    let show = Arc::clone(&show);
                    move || Suspend::new(show())
                }
            </ErrorBoundary>
        </Transition>
    }
}
