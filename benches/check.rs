//! How long the checker and the answer cleaning take on a megabyte of text,
//! hostile and ordinary: a megabyte of "<a " or "[a " once took 28–40 s (the
//! leftover-placeholder search was quadratic); every text check is linear now.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kept_in_mind::domain::check::check;
use kept_in_mind::domain::model::*;
use kept_in_mind::domain::text::clean;

const MEGABYTE: usize = 1 << 20;

fn answers() -> Answers {
    let mut answers = Answers::default();
    answers.rejection.company = "Acme".into();
    answers.rejection.job_title = "Product Designer".into();
    answers.sender.name = "Sam Lee".into();
    answers.recipients = vec![Recipient {
        id: 1,
        name: "Priya Shah".into(),
        ..Default::default()
    }];
    answers
}

fn megabyte_of(unit: &str) -> String {
    unit.repeat(MEGABYTE / unit.len())
}

fn benches(c: &mut Criterion) {
    let answers = answers();
    let recipient = &answers.recipients[0];
    let mut group = c.benchmark_group("a megabyte");
    group.sample_size(10);
    for (name, unit) in [
        ("of <a", "<a "),
        ("of [a", "[a "),
        ("of prose", "Thank you for the time you gave me. "),
    ] {
        let text = megabyte_of(unit);
        group.bench_function(format!("checked as a note {name}"), |b| {
            b.iter(|| {
                check(
                    Some("Re: Your application"),
                    black_box(&text),
                    Channel::EmailReply,
                    &answers,
                    recipient,
                )
            })
        });
        group.bench_function(format!("cleaned as an answer {name}"), |b| {
            b.iter(|| clean(black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
