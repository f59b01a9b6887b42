//! Who counts as a community partner.

use libranet_core::account::Role;

use crate::session::CurrentUser;

/// Partners and staff (who act for partners at the desk).
pub(crate) fn is_partner(current: &CurrentUser) -> bool {
    current
        .user
        .roles
        .iter()
        .any(|r| *r == Role::Partner || r.is_staff())
}
