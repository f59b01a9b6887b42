//! Column types shared by both backends, so rows decode straight into the
//! `core` types the routes use.
//!
//! Bodies are kept as JSON text (a `TEXT` column on both backends, not
//! PostgreSQL's `jsonb`, so the SQL stays the same). [`Json`] reads and
//! writes such a column; a row field says `#[sqlx(try_from = "Json<T>")]`
//! and holds the plain `T`.
//!
//! Statuses, kinds and roles are `core` enums kept as their word (a `TEXT`
//! column on both backends). [`Text`] reads and writes such a column through
//! [`Word`]: a row field says `#[sqlx(try_from = "Text<T>")]`, a statement
//! binds `Text(value)`, and a word no value has is a decode error.

use libranet_core::word::Word;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type, ValueRef};

/// Each wrapper is a `TEXT` column on both backends, typed as a string.
macro_rules! text_typed {
    ($($wrapper:ident),*) => {
        $(impl<DB: Database, T> Type<DB> for $wrapper<T>
        where
            String: Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as Type<DB>>::compatible(ty)
            }
        })*
    };
}

text_typed!(Json, JsonOrNull, Text, TextOrNull);

/// A value stored as JSON text.
#[derive(Debug, Clone)]
pub struct Json<T>(pub T);

impl<'r, DB: Database, T: DeserializeOwned> Decode<'r, DB> for Json<T>
where
    String: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <String as Decode<'r, DB>>::decode(value)?;
        Ok(Json(serde_json::from_str(&text)?))
    }
}

impl<'q, DB: Database, T: Serialize> Encode<'q, DB> for Json<T>
where
    String: Encode<'q, DB>,
{
    fn encode_by_ref(&self, buf: &mut DB::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        let text = serde_json::to_string(&self.0)?;
        <String as Encode<'q, DB>>::encode(text, buf)
    }
}

/// A nullable column of JSON text: `NULL` reads as `None`.
#[derive(Debug, Clone)]
pub struct JsonOrNull<T>(pub Option<T>);

impl<'r, DB: Database, T: DeserializeOwned> Decode<'r, DB> for JsonOrNull<T>
where
    String: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        if value.is_null() {
            return Ok(JsonOrNull(None));
        }
        let Json(inner) = <Json<T> as Decode<'r, DB>>::decode(value)?;
        Ok(JsonOrNull(Some(inner)))
    }
}

/// A `core` enum stored as its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<T>(pub T);

impl<'r, DB: Database, T: Word> Decode<'r, DB> for Text<T>
where
    String: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <String as Decode<'r, DB>>::decode(value)?;
        T::from_word(&text).map(Text).ok_or_else(|| {
            format!("{text:?} is not a word of {}", std::any::type_name::<T>()).into()
        })
    }
}

/// A nullable column of a `core` enum's word: `NULL` reads as `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOrNull<T>(pub Option<T>);

impl<'r, DB: Database, T: Word> Decode<'r, DB> for TextOrNull<T>
where
    String: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        if value.is_null() {
            return Ok(TextOrNull(None));
        }
        let Text(inner) = <Text<T> as Decode<'r, DB>>::decode(value)?;
        Ok(TextOrNull(Some(inner)))
    }
}

/// Lets a nullable row field of type `Option<T>` be read through
/// [`TextOrNull<T>`] (`#[sqlx(try_from = "TextOrNull<T>")]`).
impl<T: Word> From<TextOrNull<T>> for Option<T> {
    fn from(text: TextOrNull<T>) -> Self {
        text.0
    }
}

impl<'q, DB: Database, T: Word> Encode<'q, DB> for Text<T>
where
    String: Encode<'q, DB>,
{
    fn encode_by_ref(&self, buf: &mut DB::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <String as Encode<'q, DB>>::encode(self.0.as_word().to_owned(), buf)
    }
}

/// Lets a row field of type `T` be read through [`Text<T>`]
/// (`#[sqlx(try_from = "Text<T>")]`), one type at a time for the orphan
/// rule.
macro_rules! word_columns {
    ($($ty:ty),* $(,)?) => {
        $(impl From<Text<$ty>> for $ty {
            fn from(text: Text<$ty>) -> Self {
                text.0
            }
        })*
    };
}

word_columns!(
    libranet_core::account::Role,
    libranet_core::appointments::AppointmentKind,
    libranet_core::events::RsvpStatus,
    libranet_core::expertise::views::ConnectionStatus,
    libranet_core::expertise::views::NeedStatus,
    libranet_core::mentoring::RequestStatus,
    libranet_core::mentoring::views::CohortRole,
    libranet_core::mentoring::views::MemberStatus,
    libranet_core::mentoring::views::NotificationKind,
    libranet_core::moderation::ReportStatus,
    libranet_core::network::RecommendationStatus,
    libranet_core::network::MemberStatus,
    libranet_core::plan::ApplicationStatus,
    libranet_core::profile::SkillLevel,
    libranet_core::session_policy::DeviceKind,
    libranet_core::Lang,
);

/// Lets a row field of type `T` be read through [`Json<T>`]
/// (`#[sqlx(try_from = "Json<T>")]`), and a field of type `Option<T>` be
/// read through [`JsonOrNull<T>`]. The orphan rule wants the impls one type
/// at a time; this writes them.
macro_rules! json_columns {
    ($($ty:ty),* $(,)?) => {
        $(impl From<Json<$ty>> for $ty {
            fn from(json: Json<$ty>) -> Self {
                json.0
            }
        }
        impl From<JsonOrNull<$ty>> for Option<$ty> {
            fn from(json: JsonOrNull<$ty>) -> Self {
                json.0
            }
        })*
    };
}

json_columns!(
    libranet_core::mentoring::MentorProfile,
    libranet_core::mentoring::MenteeProfile,
    Vec<String>,
    libranet_core::expertise::NeedFields,
    libranet_core::expertise::views::PartnerOrg,
    libranet_core::network::GroupFields,
    libranet_core::teaching::TeachingFields,
    libranet_core::appointments::SlotFields,
    libranet_core::events::EventFields,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_json_column_round_trips_and_refuses_text_that_is_not_its_type() {
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        let (back,): (Json<Vec<i64>>,) = sqlx::query_as("SELECT $1")
            .bind(Json(vec![1_i64, 2, 3]))
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(back.0, vec![1, 2, 3]);
        let wrong = sqlx::query_as::<_, (Json<Vec<i64>>,)>("SELECT 'not json'")
            .fetch_one(&pool)
            .await;
        assert!(wrong.is_err());
    }

    #[tokio::test]
    async fn a_word_column_round_trips_and_refuses_a_word_it_does_not_know() {
        use libranet_core::mentoring::RequestStatus;
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        let (back, stored): (Text<RequestStatus>, String) = sqlx::query_as("SELECT $1, $1")
            .bind(Text(RequestStatus::MoreInfo))
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(back, Text(RequestStatus::MoreInfo));
        assert_eq!(stored, "more_info");
        let unknown = sqlx::query_as::<_, (Text<RequestStatus>,)>("SELECT 'maybe'")
            .fetch_one(&pool)
            .await;
        assert!(unknown.is_err());
    }

    #[tokio::test]
    async fn a_nullable_word_column_reads_null_as_none_and_words_as_values() {
        use libranet_core::Lang;
        use libranet_core::session_policy::DeviceKind;
        let pool = sqlx::SqlitePool::connect("sqlite::memory:").await.unwrap();
        let (none, kiosk, lang): (TextOrNull<DeviceKind>, TextOrNull<DeviceKind>, Text<Lang>) =
            sqlx::query_as("SELECT NULL, 'kiosk', $1")
                .bind(Text(Lang::Es))
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(Option::from(none), None::<DeviceKind>);
        assert_eq!(Option::from(kiosk), Some(DeviceKind::Kiosk));
        assert_eq!(lang, Text(Lang::Es));
        // A language is its exact tag: a regional tag is not a stored word.
        let regional = sqlx::query_as::<_, (Text<Lang>,)>("SELECT 'es-MX'")
            .fetch_one(&pool)
            .await;
        assert!(regional.is_err());
    }
}
