//! How long reading a pasted email takes: one ordinary email, and a 1 MB
//! paste (a long email under a legal footer and a quoted thread, repeated),
//! which the issue asks to be read in well under 50 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kept_in_mind::domain::email_reader::read;

const EMAIL: &str = include_str!("../tests/data/emails/tuned/25-hospital-long.txt");
const QUOTED: &str = include_str!("../tests/data/emails/tuned/11-quoted-reply.txt");

fn bench(c: &mut Criterion) {
    c.bench_function("read one long email", |b| {
        b.iter(|| black_box(read(black_box(EMAIL))))
    });
    // One message of 1 MB: no forward or quote marker cuts it short.
    let one = EMAIL.repeat(1_000_000 / EMAIL.len() + 1);
    c.bench_function("read a 1 MB email", |b| {
        b.iter(|| black_box(read(black_box(&one))))
    });
    let mut thread = String::new();
    while thread.len() < 1_000_000 {
        thread.push_str(EMAIL);
        thread.push_str(QUOTED);
    }
    c.bench_function("read a 1 MB thread", |b| {
        b.iter(|| black_box(read(black_box(&thread))))
    });
    let line = "[ role the position at Acme ".repeat(1_000_000 / 28);
    c.bench_function("read a 1 MB single line", |b| {
        b.iter(|| black_box(read(black_box(&line))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
