//! The architecture's first invariant, checked: the domain core never imports
//! Leptos, web-sys, js-sys, wasm-bindgen or gloo, so it stays plain Rust that
//! `cargo test` covers on the host and that any front end could reuse.
#![cfg(not(target_arch = "wasm32"))]

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
