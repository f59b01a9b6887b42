//! Opening a patron account, whether the patron signs up or staff enrol
//! them at the desk.

use libranet_core::account::{DisplayName, Email, Role, Username};
use libranet_core::{Lang, Problem};

use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{NewUser, StoreError, UserRecord};

/// Creates a patron account; a username already taken is reported on the
/// `username` field.
pub(crate) async fn open_patron_account(
    state: &AppState,
    username: &Username,
    password_hash: Option<&str>,
    display_name: Option<&DisplayName>,
    email: Option<&Email>,
    language: Lang,
) -> Result<UserRecord, ApiError> {
    let created = state
        .store
        .create_user(NewUser {
            username: username.as_str(),
            password_hash,
            display_name: display_name.map(DisplayName::as_str),
            email: email.map(Email::as_str),
            language,
            roles: &[Role::Patron],
            now: state.unix_now(),
        })
        .await;
    match created {
        Err(StoreError::Conflict) => Err(ApiError::field("username", Problem::UsernameTaken)),
        other => Ok(other?),
    }
}
