//! The email reader against a corpus of rejection emails written for it
//! (`tests/data/emails/*.txt`, each labelled by the `.json` beside it): the
//! per-field accuracy table is printed, and each field must stay above its
//! floor. The labels are what a careful person would fill in, not what the
//! reader happens to find.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use kept_in_mind::domain::email_reader::summary_json;
use serde_json::{Map, Value};

const FIELDS: [&str; 13] = [
    "company",
    "role",
    "sender_name",
    "sender_title",
    "sender_email",
    "subject",
    "date",
    "arrival",
    "stage",
    "kept_on_file",
    "offers_feedback",
    "gives_reason",
    "candidate_name",
];

/// The lowest accuracy (in per cent) each field may fall to: a little below
/// what the reader reaches on this corpus, so a regression fails.
const FLOORS: [(&str, usize); 13] = [
    ("company", 85),
    ("role", 85),
    ("sender_name", 85),
    ("sender_title", 85),
    ("sender_email", 90),
    ("subject", 95),
    ("date", 95),
    ("arrival", 85),
    ("stage", 85),
    ("kept_on_file", 85),
    ("offers_feedback", 85),
    ("gives_reason", 80),
    ("candidate_name", 90),
];

/// Each corpus email with its labels and what the example prints for it.
fn corpus() -> Vec<(String, Map<String, Value>, Map<String, Value>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/emails");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("the corpus folder exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|txt| {
            let text = fs::read_to_string(&txt).unwrap();
            let labels: Map<String, Value> =
                serde_json::from_str(&fs::read_to_string(txt.with_extension("json")).unwrap())
                    .unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
            let found: Map<String, Value> = serde_json::from_str(&summary_json(&text)).unwrap();
            let name = txt.file_stem().unwrap().to_string_lossy().into_owned();
            (name, labels, found)
        })
        .collect()
}

#[test]
fn the_corpus_is_big_and_fully_labelled() {
    let corpus = corpus();
    assert!(corpus.len() >= 40, "only {} emails", corpus.len());
    for (name, labels, found) in &corpus {
        let mut keys: Vec<&str> = labels.keys().map(String::as_str).collect();
        keys.sort();
        let mut want = FIELDS.to_vec();
        want.sort();
        assert_eq!(keys, want, "{name}: the labels name every field");
        let mut printed: Vec<&str> = found.keys().map(String::as_str).collect();
        printed.sort();
        assert_eq!(
            printed, want,
            "{name}: the printed object has exactly the fields"
        );
    }
}

#[test]
fn each_field_reaches_its_floor() {
    let corpus = corpus();
    let mut failures = Vec::new();
    let mut misses = Vec::new();
    println!("\n| field | right | of | accuracy |\n|---|---|---|---|");
    for (field, floor) in FLOORS {
        let right = corpus
            .iter()
            .filter(|(name, labels, found)| {
                let ok = labels[field] == found[field];
                if !ok {
                    misses.push(format!(
                        "{name}: {field} is {} , labelled {}",
                        found[field], labels[field]
                    ));
                }
                ok
            })
            .count();
        let percent = right * 100 / corpus.len();
        println!("| {field} | {right} | {} | {percent} % |", corpus.len());
        if percent < floor {
            failures.push(format!(
                "{field}: {percent} % is below its floor of {floor} %"
            ));
        }
    }
    println!("\nMisses:\n{}", misses.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
