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
