//! Two of the architecture's invariants, checked. The domain core never
//! imports Leptos, web-sys, js-sys, wasm-bindgen or gloo, so it stays plain
//! Rust that `cargo test` covers on the host and that any front end could
//! reuse. And no files of `src/domain` or of `src/ui` import each other in a
//! circle, so each module can be read, and changed, from its dependencies up.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 5] = ["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/domain exists") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines of `source` that name a browser crate as a path (`leptos::…`, `use gloo_storage…`).
fn browser_imports(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| {
            let code = line.split("//").next().unwrap_or("");
            BROWSER_CRATES.iter().any(|krate| {
                code.match_indices(krate).any(|(at, _)| {
                    let before = code[..at].chars().next_back();
                    let after = &code[at + krate.len()..];
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && (after.starts_with("::")
                            || after.starts_with('_')
                            || after.starts_with(';'))
                })
            })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_detector_sees_imports_and_ignores_prose() {
    assert_eq!(browser_imports("use leptos::prelude::*;").len(), 1);
    assert_eq!(
        browser_imports("    let s = gloo_storage::LocalStorage::raw();").len(),
        1
    );
    assert_eq!(browser_imports("use web_sys;").len(), 1);
    assert!(browser_imports("// leptos::view! is not used here").is_empty());
    assert!(browser_imports("let my_leptos_note = 1;").is_empty());
}

#[test]
fn the_domain_core_never_imports_browser_crates() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(!files.is_empty());
    let offenders: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let source = fs::read_to_string(file).unwrap();
            browser_imports(&source)
                .into_iter()
                .map(move |line| format!("{}: {}", file.display(), line.trim()))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "the domain core imports browser crates:\n{}",
        offenders.join("\n")
    );
}

/// The modules of the files under `src/<folder>`, by path ("record::merge"),
/// each with the modules of the same folder its code names (tests left out).
fn imports(folder: &str) -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(folder);
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let module = |file: &Path| {
        let rel = file.strip_prefix(&root).unwrap().with_extension("");
        let rel = rel.to_string_lossy().replace('/', "::");
        rel.strip_suffix("::mod").unwrap_or(&rel).to_owned()
    };
    let modules: BTreeSet<String> = files.iter().map(|f| module(f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let name = module(file);
        let source = fs::read_to_string(file).unwrap();
        // The tests at the end of a file may use anything.
        let code = source.split("#[cfg(test)]\nmod tests").next().unwrap();
        let own = if file.ends_with("mod.rs") {
            name.clone()
        } else {
            name.rsplit_once("::")
                .map_or(String::new(), |(up, _)| up.to_owned())
        };
        let parent = own
            .rsplit_once("::")
            .map_or(String::new(), |(up, _)| up.to_owned());
        let crate_path = format!("crate::{folder}::");
        let mut named = BTreeSet::new();
        for line in code.lines().map(|l| l.split("//").next().unwrap_or("")) {
            for (prefix, base) in [
                (crate_path.as_str(), ""),
                (
                    "super::super::",
                    parent.rsplit_once("::").map_or("", |(up, _)| up),
                ),
                ("super::", parent.as_str()),
                ("self::", own.as_str()),
            ] {
                for (at, _) in line.match_indices(prefix) {
                    let before = line[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                        continue;
                    }
                    let path: Vec<&str> = line[at + prefix.len()..]
                        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                        .next()
                        .unwrap_or("")
                        .split("::")
                        .collect();
                    let join = |n: usize| {
                        let tail = path[..n.min(path.len())].join("::");
                        if base.is_empty() {
                            tail
                        } else {
                            format!("{base}::{tail}")
                        }
                    };
                    if let Some(target) =
                        [join(2), join(1)].into_iter().find(|m| modules.contains(m))
                        && target != name
                        && !name.starts_with(&format!("{target}::"))
                        && !target.starts_with(&format!("{name}::"))
                    {
                        named.insert(target);
                    }
                }
            }
        }
        graph.insert(name, named);
    }
    graph
}

/// The first circle found in `graph`, as the modules along it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn walk<'a>(
        at: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|&m| m == at) {
            return Some(path[start..].iter().map(|m| m.to_string()).collect());
        }
        if !done.insert(at) {
            return None;
        }
        path.push(at);
        for next in graph.get(at).into_iter().flatten() {
            if let Some(found) = walk(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| walk(m, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_circle_finder_finds_circles() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            g.entry(from.to_string())
                .or_default()
                .insert(to.to_string());
            g.entry(to.to_string()).or_default();
        }
        g
    };
    assert_eq!(circle(&graph(&[("a", "b"), ("b", "c")])), None);
    assert_eq!(
        circle(&graph(&[("a", "b"), ("b", "c"), ("c", "a")])).map(|c| c.len()),
        Some(3)
    );
    // The finder reads real files: the domain names its modules.
    assert!(imports("domain")["draft"].contains("model"));
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    for folder in ["domain", "ui"] {
        let graph = imports(folder);
        assert!(graph.len() > 10, "{folder}: {} files", graph.len());
        assert_eq!(circle(&graph), None, "src/{folder} has an import circle");
    }
}
