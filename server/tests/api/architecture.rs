//! The code tour (`ARCHITECTURE.md`) names only paths that exist, so it
//! cannot quietly rot when files move.

use std::path::Path;

/// The backticked words of the tour that are repository paths: they hold
/// a `/` (but are not URLs such as `/plan`) or end in a file extension.
fn paths_in(text: &str) -> Vec<&str> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|word| !word.contains(' ') && !word.starts_with('/'))
        .filter(|word| {
            word.contains('/')
                || [
                    ".rs", ".md", ".toml", ".ts", ".json", ".html", ".sql", ".sh",
                ]
                .iter()
                .any(|ext| word.ends_with(ext))
        })
        .collect()
}

#[test]
fn every_path_the_code_tour_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let tour = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let paths = paths_in(&tour);
    assert!(paths.len() > 20, "the tour names too few paths: {paths:?}");
    let missing: Vec<_> = paths.iter().filter(|p| !root.join(p).exists()).collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );
}

#[test]
fn the_path_finder_skips_urls_and_prose() {
    let found = paths_in(
        "`core/` and `server/src/lib.rs`, `/plan`, `PUT /api/v1/plan`, `ApiError`, `Makefile.toml`",
    );
    assert_eq!(found, ["core/", "server/src/lib.rs", "Makefile.toml"]);
}
