//! Shared files: the kinds accepted, safe stored names, and the checks an
//! upload passes (size, and bytes of the kind its name says).

use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

use super::{FileUpload, MAX_FILE_BYTES};
use crate::problem::Problem;

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
