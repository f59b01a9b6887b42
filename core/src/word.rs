//! Enums kept as one word: the server stores them in `TEXT` columns and
//! reads them back, so each says its word and finds itself from one.

/// An enum written as one word. `from_word(v.as_word())` is `Some(v)` for
/// every value; a word no value has is `None`, never a panic.
pub trait Word: Sized + Copy + 'static {
    /// The word stored and sent for this value.
    fn as_word(self) -> &'static str;
    /// The value with this word, if any.
    fn from_word(word: &str) -> Option<Self>;
}

/// Implements [`Word`] through each type's own `as_str` and `parse`.
macro_rules! words {
    ($($ty:ty),* $(,)?) => {$(
        impl Word for $ty {
            fn as_word(self) -> &'static str {
                <$ty>::as_str(self)
            }
            fn from_word(word: &str) -> Option<Self> {
                <$ty>::parse(word)
            }
        }
    )*};
}

words!(
    crate::account::Role,
    crate::appointments::AppointmentKind,
    crate::events::RsvpStatus,
    crate::expertise::views::ConnectionStatus,
    crate::expertise::views::NeedStatus,
    crate::mentoring::RequestStatus,
    crate::mentoring::views::CohortRole,
    crate::mentoring::views::MemberStatus,
    crate::mentoring::views::NotificationKind,
    crate::moderation::ReportStatus,
    crate::network::RecommendationStatus,
    crate::network::MemberStatus,
    crate::plan::ApplicationStatus,
    crate::profile::SkillLevel,
    crate::session_policy::DeviceKind,
    crate::mentoring::views::PauseReason,
);

/// A language is stored as its exact tag (`en`, `es`).
impl Word for crate::Lang {
    fn as_word(self) -> &'static str {
        self.tag()
    }
    fn from_word(word: &str) -> Option<Self> {
        crate::Lang::ALL.into_iter().find(|lang| lang.tag() == word)
    }
}
