//! A group's discussion threads: starting, reading, replying, following.

use libranet_core::network::{Follow, NewPost, NewThread, PostView, ThreadView};

use super::{ApiFailure, BASE, Request, get, post, send_empty, send_json};

pub async fn create_thread(group: i64, body: &NewThread) -> Result<ThreadView, ApiFailure> {
    send_json(post(&format!("/groups/{group}/threads")), body).await
}

pub async fn thread(id: i64) -> Result<ThreadView, ApiFailure> {
    get(&format!("/threads/{id}")).await
}

pub async fn reply(thread: i64, body: &NewPost) -> Result<PostView, ApiFailure> {
    send_json(post(&format!("/threads/{thread}/posts")), body).await
}

pub async fn follow_thread(thread: i64, follow: bool) -> Result<(), ApiFailure> {
    send_empty(
        Request::put(&format!("{BASE}/threads/{thread}/follow")),
        &Follow { follow },
    )
    .await
}
