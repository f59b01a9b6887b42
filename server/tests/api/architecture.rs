//! The shape of the house: the code tour (`ARCHITECTURE.md`) names only
//! paths that exist, so it cannot quietly rot when files move, and no two
//! modules of a crate import each other, directly or round a circle.

use std::collections::{BTreeMap, BTreeSet};
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

/// The modules of one crate (`foo::bar` for `src/foo/bar.rs`) and the
/// modules each one names through `crate::` or `super::` paths, comments
/// left out.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let name_of = |path: &Path| -> Option<String> {
        let relative = path.strip_prefix(src).ok()?.with_extension("");
        let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
        (!matches!(parts.as_slice(), [only] if only == "lib" || only == "main"))
            .then(|| parts.join("::"))
    };
    let sources: BTreeMap<String, String> = files
        .iter()
        .filter_map(|path| Some((name_of(path)?, std::fs::read_to_string(path).ok()?)))
        .collect();
    let is_module = |name: &str| sources.contains_key(name);
    // The longest prefix of `segments` that is a module of the crate.
    let module_at = |segments: &[&str]| {
        (1..=segments.len())
            .rev()
            .map(|k| segments[..k].join("::"))
            .find(|candidate| is_module(candidate))
    };
    let mut graph = BTreeMap::new();
    for (module, text) in &sources {
        let parent: Vec<&str> =
            module.split("::").collect::<Vec<_>>()[..module.split("::").count() - 1].to_vec();
        let mut uses = BTreeSet::new();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or_default();
            for (prefix, base) in [("crate::", Vec::new()), ("super::", parent.clone())] {
                for (at, _) in code.match_indices(prefix) {
                    let before = code[..at].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                        continue;
                    }
                    let rest = &code[at + prefix.len()..];
                    let path: String = rest
                        .chars()
                        .take_while(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == ':'
                        })
                        .collect();
                    let mut segments = base.clone();
                    segments.extend(path.split("::").filter(|s| !s.is_empty()));
                    if let Some(target) = module_at(&segments)
                        && target != *module
                        && !target.starts_with(&format!("{module}::"))
                        && !module.starts_with(&format!("{target}::"))
                    {
                        uses.insert(target);
                    }
                }
            }
        }
        graph.insert(module.clone(), uses);
    }
    graph
}

/// A circle of modules that import each other, if there is one.
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The `.rs` file names directly in `dir`, without the extension.
fn modules_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .expect("a source folder")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".rs").map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_apps_api_modules_mirror_the_servers_routes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let app = modules_in(&root.join("app/src/api"));
    let server = modules_in(&root.join("server/src/routes"));
    assert!(app.len() > 20, "too few app api modules: {app:?}");
    let strays: Vec<_> = app.difference(&server).collect();
    assert!(
        strays.is_empty(),
        "app/src/api has modules with no server route module of that name: {strays:?}"
    );
}

#[test]
fn no_module_of_core_server_or_app_imports_one_that_imports_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in ["core/src", "server/src", "app/src"] {
        let graph = module_graph(&root.join(krate));
        assert!(graph.len() > 20, "{krate}: too few modules found");
        assert_eq!(find_circle(&graph), None, "{krate} has modules in a circle");
    }
}

#[test]
fn the_circle_finder_finds_a_circle_of_three() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
            .into_iter()
            .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
            .collect();
    assert_eq!(
        find_circle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    let mut cut = graph.clone();
    cut.insert("c".into(), BTreeSet::new());
    assert_eq!(find_circle(&cut), None);
}
