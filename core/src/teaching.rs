//! The teaching resources exchange: lesson plans, worksheets and slides
//! that library workers share under a Creative Commons licence, with the
//! skills they teach, so gap analyses can point at them. A shared file is
//! checked here (size, and that its bytes are the kind its name says).

use serde::{Deserialize, Serialize};

use crate::jobs::{
    MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills, check_title_and_description,
};
use crate::text::{drop_repeats, trim_in_place};

use crate::learning::is_web_link;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_text;

mod files;
pub use files::{
    CheckedFile, accepted_extensions, check_file, decode_base64, encode_base64, safe_file_name,
};

/// The largest file one may share.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Most skills one resource may list.
pub const MAX_RESOURCE_SKILLS: usize = 20;

/// What sort of material a resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    /// A plan for running a lesson or workshop.
    #[default]
    LessonPlan,
    /// Exercises for learners to fill in.
    Worksheet,
    /// A slide deck.
    Slides,
    /// Notes to hand out.
    Handout,
}

impl MaterialKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [MaterialKind; 4] = [
        MaterialKind::LessonPlan,
        MaterialKind::Worksheet,
        MaterialKind::Slides,
        MaterialKind::Handout,
    ];
}

/// The Creative Commons choices (4.0 licences and the CC0 dedication).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Licence {
    /// Attribution (CC BY 4.0).
    #[default]
    CcBy,
    /// Attribution-ShareAlike (CC BY-SA 4.0).
    CcBySa,
    /// Attribution-NonCommercial (CC BY-NC 4.0).
    CcByNc,
    /// Attribution-NonCommercial-ShareAlike (CC BY-NC-SA 4.0).
    CcByNcSa,
    /// Attribution-NoDerivatives (CC BY-ND 4.0).
    CcByNd,
    /// Attribution-NonCommercial-NoDerivatives (CC BY-NC-ND 4.0).
    CcByNcNd,
    /// The CC0 1.0 public domain dedication.
    Cc0,
}

impl Licence {
    /// Every choice, in the order they are offered.
    pub const ALL: [Licence; 7] = [
        Licence::CcBy,
        Licence::CcBySa,
        Licence::CcByNc,
        Licence::CcByNcSa,
        Licence::CcByNd,
        Licence::CcByNcNd,
        Licence::Cc0,
    ];

    /// The licence's short name, the same in every language.
    pub fn short_name(self) -> &'static str {
        match self {
            Licence::CcBy => "CC BY 4.0",
            Licence::CcBySa => "CC BY-SA 4.0",
            Licence::CcByNc => "CC BY-NC 4.0",
            Licence::CcByNcSa => "CC BY-NC-SA 4.0",
            Licence::CcByNd => "CC BY-ND 4.0",
            Licence::CcByNcNd => "CC BY-NC-ND 4.0",
            Licence::Cc0 => "CC0 1.0",
        }
    }

    /// The licence's deed at creativecommons.org.
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBy => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcBySa => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::CcByNc => "https://creativecommons.org/licenses/by-nc/4.0/",
            Licence::CcByNcSa => "https://creativecommons.org/licenses/by-nc-sa/4.0/",
            Licence::CcByNd => "https://creativecommons.org/licenses/by-nd/4.0/",
            Licence::CcByNcNd => "https://creativecommons.org/licenses/by-nc-nd/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
        }
    }

    /// Whether others may publish adapted versions (the ND licences say no).
    pub fn allows_adaptations(self) -> bool {
        !matches!(self, Licence::CcByNd | Licence::CcByNcNd)
    }

    /// Whether it asks for credit (every licence but CC0).
    fn attribution(self) -> bool {
        self != Licence::Cc0
    }

    /// Whether it forbids commercial use.
    fn non_commercial(self) -> bool {
        matches!(
            self,
            Licence::CcByNc | Licence::CcByNcSa | Licence::CcByNcNd
        )
    }

    /// The licence an adaptation may carry. ShareAlike keeps its licence;
    /// credit and non-commercial terms carry over (an adaptation of CC BY
    /// cannot be offered as CC0, of CC BY-NC not for commercial use).
    pub fn adaptation_allows(self, chosen: Licence) -> bool {
        if !self.allows_adaptations() {
            return false;
        }
        match self {
            Licence::CcBySa | Licence::CcByNcSa => chosen == self,
            _ => {
                (!self.attribution() || chosen.attribution())
                    && (!self.non_commercial() || chosen.non_commercial())
            }
        }
    }
}

/// Who a resource is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Adult learners.
    #[default]
    Adults,
    /// Teenagers.
    Teens,
    /// Children.
    Children,
    /// Older adults.
    Seniors,
    /// People new to the country.
    Newcomers,
    /// Library workers themselves.
    LibraryStaff,
}

impl Audience {
    /// Every audience, in the order they are offered.
    pub const ALL: [Audience; 6] = [
        Audience::Adults,
        Audience::Teens,
        Audience::Children,
        Audience::Seniors,
        Audience::Newcomers,
        Audience::LibraryStaff,
    ];
}

/// What the sharer writes about a resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingFields {
    /// The resource's title.
    pub title: String,
    /// What it covers and how to use it.
    #[serde(default)]
    pub description: String,
    /// What sort of material it is.
    #[serde(default)]
    pub kind: MaterialKind,
    /// The licence others may use it under.
    #[serde(default)]
    pub licence: Licence,
    /// ESCO skills it teaches.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Who it is written for.
    #[serde(default)]
    pub audience: Audience,
    /// The language it is written in ("English", "Español").
    #[serde(default)]
    pub language: String,
    /// Where it lives, when it is not uploaded.
    #[serde(default)]
    pub link: String,
}

impl TeachingFields {
    /// The same fields trimmed, each skill listed once.
    #[must_use]
    pub fn tidy(mut self) -> Self {
        trim_in_place(&mut self.title);
        trim_in_place(&mut self.description);
        trim_in_place(&mut self.language);
        trim_in_place(&mut self.link);
        drop_repeats(&mut self.skills);
        self
    }

    /// `has_file`: a file comes with it (then the link may stay empty).
    pub fn validate(
        &self,
        vocabulary: &dyn Vocabulary,
        has_file: bool,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_title_and_description(&mut errors, &self.title, &self.description);
        if self.skills.is_empty() {
            errors.push("skills", Problem::Required);
        } else if self.skills.len() > MAX_RESOURCE_SKILLS {
            errors.push("skills", Problem::TooMany);
        } else {
            check_skills(&mut errors, "skills", &self.skills, vocabulary);
        }
        check_text(&mut errors, "language", &self.language, true, MAX_TITLE);
        check_text(&mut errors, "link", &self.link, !has_file, MAX_SHORT_TEXT);
        if !self.link.is_empty() && !is_web_link(&self.link) {
            errors.push("link", Problem::LinkInvalid);
        }
        errors.finish()
    }
}

/// A file as the browser sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FileUpload {
    /// The file's name as the sharer's device had it.
    pub name: String,
    /// The bytes, base64 (standard alphabet, padding optional).
    pub base64: String,
}

/// A resource to share: its fields and an optional file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewTeaching {
    /// What the sharer writes about it.
    pub fields: TeachingFields,
    /// The uploaded file, if there is one.
    #[serde(default)]
    pub file: Option<FileUpload>,
    /// The resource this one adapts.
    #[serde(default)]
    pub original_id: Option<i64>,
}

/// A shared file's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FileInfo {
    /// The file's name.
    pub name: String,
    /// Its size in bytes.
    pub size: i64,
}

/// One line in the list, and what gap analyses use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingSummary {
    /// The resource's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// What sort of material it is.
    pub kind: MaterialKind,
    /// The licence it is shared under.
    pub licence: Licence,
    /// ESCO skills it teaches.
    pub skills: Vec<String>,
    /// Who it is written for.
    pub audience: Audience,
    /// The language it is written in.
    pub language: String,
    /// The sharer's display name.
    pub owner_name: String,
    /// Average stars times ten (45 is 4.5), 0 when unrated.
    pub rating_tenths: u32,
    /// How many people rated it.
    pub ratings: u32,
    /// The resource it adapts, if any.
    pub original_id: Option<i64>,
}

/// A comment on a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingComment {
    /// The comment's id.
    pub id: i64,
    /// The account id of its author.
    pub author_id: i64,
    /// The author's display name.
    pub author_name: String,
    /// The text of the comment.
    pub body: String,
    /// When it was written, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// Another resource it links to (the original, or an adaptation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingLink {
    /// The linked resource's id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its sharer's display name.
    pub owner_name: String,
}

/// A resource's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingView {
    /// The resource's id.
    pub id: i64,
    /// The account id of the one who shared it.
    pub owner_id: i64,
    /// Their display name.
    pub owner_name: String,
    /// What the sharer wrote about it.
    pub fields: TeachingFields,
    /// The uploaded file, if there is one.
    pub file: Option<FileInfo>,
    /// The resource it adapts, if any.
    pub original: Option<TeachingLink>,
    /// Resources that adapt it.
    pub adaptations: Vec<TeachingLink>,
    /// Average stars times ten (45 is 4.5), 0 when unrated.
    pub rating_tenths: u32,
    /// How many people rated it.
    pub ratings: u32,
    /// The viewer's own stars, if they rated it.
    pub my_rating: Option<u8>,
    /// Comments, as the server lists them.
    pub comments: Vec<TeachingComment>,
    /// When it was shared, in seconds since the Unix epoch.
    pub created_at: i64,
}

/// One's stars for a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rating {
    /// 1 to 5.
    pub stars: u8,
}

/// Average of `sum` over `count` in tenths, rounded.
pub fn tenths(sum: i64, count: i64) -> u32 {
    if count <= 0 {
        0
    } else {
        ((sum * 10 + count / 2) / count) as u32
    }
}

#[cfg(test)]
mod tests;
