//! How long a library of 1,000 records takes to open: reading every stored
//! value into records (what the app does at start) and building the home
//! page's list from them.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kept_in_mind::domain::date::Date;
use kept_in_mind::domain::library::listing;
use kept_in_mind::domain::storage::{Read, record_key, shelve};

/// One of the version 1 drafts the v1 build wrote, as a stored record.
const RECORD: &str = include_str!("../tests/data/v1/final-round.json");

/// 1,000 stored values, as the adapter hands them over.
fn stored() -> Vec<(String, Read)> {
    let template = kept_in_mind::domain::storage::migrate_v1(RECORD, 1).expect("the fixture reads");
    (0..1_000u64)
        .map(|n| {
            let mut record = template.clone();
            record.id = format!("{n:016x}");
            record.updated = n * 60_000;
            record.answers.rejection.company = format!("Company {n}");
            (record_key(&record.id), Read::Value(record.to_json()))
        })
        .collect()
}

fn library(c: &mut Criterion) {
    let entries = stored();
    let bytes: usize = entries
        .iter()
        .map(|(_, r)| match r {
            Read::Value(v) => v.len(),
            Read::Failed => 0,
        })
        .sum();
    println!("1,000 records: {bytes} bytes of JSON");
    c.bench_function("load 1,000 records", |b| {
        b.iter(|| shelve(black_box(entries.clone()), 0))
    });
    let records = shelve(entries, 0).records;
    let today = Date::parse("2026-12-01").expect("a date");
    c.bench_function("list 1,000 records for the home page", |b| {
        b.iter(|| listing(black_box(&records), today, [25, 25]))
    });
}

criterion_group!(benches, library);
criterion_main!(benches);
