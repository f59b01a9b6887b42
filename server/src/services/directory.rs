//! Who may see whose skills record in the workers' directory.

use libranet_core::profile::Visibility;

use crate::session::CurrentUser;

/// How a visibility is stored.
pub(crate) fn visibility_name(v: Visibility) -> &'static str {
    match v {
        Visibility::OnlyMe => "only_me",
        Visibility::Staff => "staff",
        Visibility::Members => "members",
        Visibility::Public => "public",
    }
}

/// The directory visibilities a person may see: staff also see records
/// shown to staff only.
pub(crate) fn visible_to(current: &CurrentUser) -> &'static [&'static str] {
    if current.user.roles.iter().any(|r| r.is_staff()) {
        &["public", "members", "staff"]
    } else {
        &["public", "members"]
    }
}
