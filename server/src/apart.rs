//! A small runtime of its own for the work of signing in.
//!
//! Under a flood, the main runtime has a task ready for every flooding
//! connection, and a sign-in that waits on the database or the hasher goes
//! to the back of that queue each time. Run apart, each of its waits is
//! behind other sign-ins only (at most the hasher's places), while the main
//! runtime still reads the request and writes the answer.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Runtime};
use tracing::Instrument;

use crate::error::ApiError;

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// One worker is plenty: the hashing itself runs on the blocking pool.
fn runtime() -> &'static Runtime {
    RUNTIME.get_or_init(|| {
        Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("libranet-sign-in")
            .enable_all()
            .build()
            .expect("the sign-in runtime starts")
    })
}

/// Runs `work` on the sign-in runtime, in the caller's log span, and
/// waits for its answer. It runs to the end even if the caller goes away,
/// as the hash it holds a place for would.
pub async fn run<T: Send + 'static>(
    work: impl Future<Output = Result<T, ApiError>> + Send + 'static,
) -> Result<T, ApiError> {
    runtime()
        .spawn(work.in_current_span())
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("sign-in task failed: {e}")))?
}
