//! The teaching resources exchange: lesson plans, worksheets and slides
//! that library workers share under a Creative Commons licence, with the
//! skills they teach, so gap analyses can point at them. A shared file is
//! checked here (size, and that its bytes are the kind its name says).

use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::{Deserialize, Serialize};

use crate::jobs::{
    MAX_DESCRIPTION, MAX_SHORT_TEXT, MAX_TITLE, Vocabulary, check_skills, check_text,
};
use crate::learning::is_web_link;
use crate::problem::{FieldError, FieldErrors, Problem};
use crate::text::check_name;

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
    pub fn tidy(mut self) -> Self {
        self.title = self.title.trim().to_owned();
        self.description = self.description.trim().to_owned();
        self.language = self.language.trim().to_owned();
        self.link = self.link.trim().to_owned();
        let mut seen = std::collections::HashSet::new();
        self.skills.retain(|s| seen.insert(s.clone()));
        self
    }

    /// `has_file`: a file comes with it (then the link may stay empty).
    pub fn validate(
        &self,
        vocabulary: &dyn Vocabulary,
        has_file: bool,
    ) -> Result<(), Vec<FieldError>> {
        let mut errors = FieldErrors::new();
        check_name(&mut errors, "title", &self.title, true, MAX_TITLE);
        check_text(
            &mut errors,
            "description",
            &self.description,
            false,
            MAX_DESCRIPTION,
        );
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

/// A file that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    /// The name it is stored under (see [`safe_file_name`]).
    pub name: String,
    /// The media type it is served with.
    pub mime: &'static str,
    /// The decoded content.
    pub bytes: Vec<u8>,
}

/// The kinds of file one may share: by name ending, the media type served,
/// and how the content must begin.
const FILE_KINDS: [(&str, &str, Magic); 12] = [
    ("pdf", "application/pdf", Magic::Prefix(b"%PDF-")),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Magic::Zip,
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Magic::Zip,
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Magic::Zip,
    ),
    ("odt", "application/vnd.oasis.opendocument.text", Magic::Zip),
    (
        "odp",
        "application/vnd.oasis.opendocument.presentation",
        Magic::Zip,
    ),
    (
        "ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        Magic::Zip,
    ),
    ("txt", "text/plain; charset=utf-8", Magic::Text),
    ("md", "text/markdown; charset=utf-8", Magic::Text),
    ("png", "image/png", Magic::Prefix(b"\x89PNG\r\n\x1a\n")),
    ("jpg", "image/jpeg", Magic::Prefix(b"\xff\xd8\xff")),
    ("jpeg", "image/jpeg", Magic::Prefix(b"\xff\xd8\xff")),
];

/// The name endings accepted, for the file picker and the error sentence.
pub fn accepted_extensions() -> impl Iterator<Item = &'static str> {
    FILE_KINDS.iter().map(|(ext, _, _)| *ext)
}

#[derive(Debug, Clone, Copy)]
enum Magic {
    Prefix(&'static [u8]),
    Zip,
    /// UTF-8 without control characters other than tab and line breaks.
    Text,
}

impl Magic {
    fn matches(self, bytes: &[u8]) -> bool {
        match self {
            Magic::Prefix(p) => bytes.starts_with(p),
            Magic::Zip => bytes.starts_with(b"PK\x03\x04"),
            Magic::Text => std::str::from_utf8(bytes).is_ok_and(|t| {
                !t.chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            }),
        }
    }
}

/// A file name safe to store and to offer for download: the last path
/// part, only letters, digits, spaces, dots, dashes and underscores.
pub fn safe_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        "file".to_owned()
    } else {
        cleaned
    }
}

/// Decodes and checks an upload: not empty, not over [`MAX_FILE_BYTES`],
/// one of the accepted kinds by name, with content of that kind.
pub fn check_file(upload: &FileUpload) -> Result<CheckedFile, Problem> {
    // Base64 is 4 characters per 3 bytes: refuse a far too long one before
    // decoding it.
    if upload.base64.len() / 4 * 3 > MAX_FILE_BYTES + 3 {
        return Err(Problem::FileTooLarge);
    }
    let bytes = decode_base64(&upload.base64).ok_or(Problem::WrongType)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::FileTooLarge);
    }
    if bytes.is_empty() {
        return Err(Problem::Required);
    }
    let name = safe_file_name(&upload.name);
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let (_, mime, magic) = FILE_KINDS
        .iter()
        .find(|(e, _, _)| *e == ext)
        .ok_or(Problem::FileType)?;
    if !magic.matches(&bytes) {
        return Err(Problem::FileType);
    }
    Ok(CheckedFile { name, mime, bytes })
}

/// Standard base64 (RFC 4648 §4) that reads padded and unpadded text alike.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Standard base64 (RFC 4648 §4); whitespace is skipped, padding optional.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    if text.bytes().any(|c| c.is_ascii_whitespace()) {
        let packed: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
        BASE64.decode(packed).ok()
    } else {
        BASE64.decode(text).ok()
    }
}

/// Standard base64 with padding.
pub fn encode_base64(bytes: &[u8]) -> String {
    BASE64.encode(bytes)
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
mod tests {
    use super::*;
    use crate::jobs::tests::Known;

    fn upload(name: &str, bytes: &[u8]) -> FileUpload {
        FileUpload {
            name: name.into(),
            base64: encode_base64(bytes),
        }
    }

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..40usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
            let text = encode_base64(&bytes);
            assert_eq!(decode_base64(&text), Some(bytes.clone()));
            assert_eq!(decode_base64(text.trim_end_matches('=')), Some(bytes));
        }
        assert_eq!(encode_base64(b"Man"), "TWFu");
        assert_eq!(encode_base64(b"Ma"), "TWE=");
        assert_eq!(decode_base64("TW*u"), None);
        assert_eq!(decode_base64("TQ==TQ=="), None);
    }

    #[test]
    fn files_are_checked_by_name_and_content() {
        let pdf = check_file(&upload("../Lesson plan.PDF", b"%PDF-1.7 rest")).unwrap();
        assert_eq!(pdf.name, "Lesson plan.PDF");
        assert_eq!(pdf.mime, "application/pdf");
        assert!(check_file(&upload("slides.pptx", b"PK\x03\x04....")).is_ok());
        assert!(check_file(&upload("notes.md", "# Café\nok".as_bytes())).is_ok());
        // A script named as a PDF, a page named as text, an unknown kind.
        assert_eq!(
            check_file(&upload("plan.pdf", b"<script>alert(1)</script>")),
            Err(Problem::FileType)
        );
        assert_eq!(
            check_file(&upload("page.txt", b"a\x00b")),
            Err(Problem::FileType)
        );
        assert_eq!(
            check_file(&upload("page.html", b"<html>")),
            Err(Problem::FileType)
        );
        assert_eq!(check_file(&upload("x.exe", b"MZ")), Err(Problem::FileType));
        assert_eq!(check_file(&upload("a.pdf", b"")), Err(Problem::Required));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b'a');
        assert_eq!(
            check_file(&upload("big.pdf", &big)),
            Err(Problem::FileTooLarge)
        );
        big.truncate(MAX_FILE_BYTES);
        assert!(check_file(&upload("big.pdf", &big)).is_ok());
    }

    #[test]
    fn stored_names_cannot_escape_or_hide() {
        assert_eq!(safe_file_name("C:\\Users\\a\\plan.docx"), "plan.docx");
        assert_eq!(safe_file_name("..\"x\r\n.pdf"), "_x__.pdf");
        assert_eq!(safe_file_name("..."), "file");
    }

    #[test]
    fn a_resource_needs_skills_and_a_file_or_a_safe_link() {
        let fields = TeachingFields {
            title: "Resume basics".into(),
            skills: vec!["skill:write".into()],
            language: "English".into(),
            ..TeachingFields::default()
        };
        assert!(fields.validate(&Known, true).is_ok());
        let problems = fields.validate(&Known, false).unwrap_err();
        assert_eq!(
            (problems[0].field.as_str(), problems[0].problem),
            ("link", Problem::Required)
        );
        let scripted = TeachingFields {
            link: "javascript:alert(1)".into(),
            ..fields.clone()
        };
        assert_eq!(
            scripted.validate(&Known, false).unwrap_err()[0].problem,
            Problem::LinkInvalid
        );
        let bare = TeachingFields {
            skills: vec![],
            ..fields
        };
        assert_eq!(bare.validate(&Known, true).unwrap_err()[0].field, "skills");
    }

    #[test]
    fn licences_say_what_adaptations_may_carry() {
        assert!(!Licence::CcByNd.allows_adaptations());
        assert!(!Licence::CcByNd.adaptation_allows(Licence::CcByNd));
        assert!(Licence::CcBySa.adaptation_allows(Licence::CcBySa));
        assert!(!Licence::CcBySa.adaptation_allows(Licence::CcBy));
        assert!(Licence::CcByNc.adaptation_allows(Licence::CcByNcSa));
        assert!(!Licence::CcByNc.adaptation_allows(Licence::CcBy));
        assert!(!Licence::CcBy.adaptation_allows(Licence::Cc0));
        assert!(Licence::CcBy.adaptation_allows(Licence::CcBySa));
        assert!(!Licence::CcByNc.adaptation_allows(Licence::CcByNd));
        assert!(Licence::Cc0.adaptation_allows(Licence::CcByNc));
        assert_eq!(tenths(9, 2), 45);
        assert_eq!(tenths(0, 0), 0);
    }
}
