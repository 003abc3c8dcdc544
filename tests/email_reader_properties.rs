//! Properties of the email reader over arbitrary pastes: it never panics,
//! every span it reports lies inside the paste on character boundaries,
//! no suggestion holds a placeholder, its work grows linearly with the
//! paste, and filling the wizard never overwrites what the user typed.
#![cfg(not(target_arch = "wasm32"))]

use kept_in_mind::domain::draft::Draft;
use kept_in_mind::domain::email_reader::prefill::apply;
use kept_in_mind::domain::email_reader::{Found, read, read_counting};
use kept_in_mind::domain::text::{clean, find_placeholder};
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces of real and broken emails, so generated pastes reach every pass.
const PIECES: &[&str] = &[
    "From: Dana Cole <dana@acme.example>\n",
    "From: \"Cole, Dana\" <dana@acme.example>\n",
    "Subject: Re: Your application for {{job_title}}\n",
    "Subject: Fwd: Data Analyst - update\n",
    "Date: Mon, 3 Nov 2026 10:12:00 +0000\n",
    "Sent: Monday, November 3, 2026 10:12 AM\n",
    "Dear [Candidate Name],\n",
    "Hi Alex,\n",
    "Dear Ms ",
    "Thank you for interviewing for the Senior Data Analyst role at Acme Robotics.\n",
    "my client, Northwind Health, ",
    "the position of ",
    "We will keep your details on file.\n",
    "We are unable to provide feedback.\n",
    "It was very close. ",
    "final round ",
    "our call ",
    "> ",
    ">> On Mon, Grace <grace@x.example> wrote:\n",
    "---------- Forwarded message ---------\n",
    "Kind regards,\n",
    "Best, Dana\n",
    "Head of Talent | Acme\n",
    "The Acme Team\n",
    "Tel: +44 20 7946 0000\n",
    "XXX ",
    "**** ",
    "____ ",
    "role role role position ",
    "at The ",
    "'s ",
    "’s ",
    "\r\n",
    "\n\n",
    "  ",
    "é",
    "山田",
    "🙂",
    "\u{202E}",
    "\u{0}",
    "[",
    "<",
    "{",
    "(",
    ")",
    ",",
    ":",
    "-",
];

fn paste() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(select(PIECES), 0..60).prop_map(|p| p.concat()),
        (
            prop::collection::vec(select(PIECES), 0..20),
            any::<String>()
        )
            .prop_map(|(p, s)| format!("{}{s}{}", p.concat(), p.concat())),
    ]
}

/// Every suggestion's span and value, as text.
fn texts(text: &str) -> Vec<(std::ops::Range<usize>, Option<String>)> {
    let r = read(text);
    let s = |f: &Option<Found<String>>| f.as_ref().map(|f| (f.span.clone(), Some(f.value.clone())));
    let b = |f: &Option<Found<bool>>| f.as_ref().map(|f| (f.span.clone(), None));
    [
        s(&r.company),
        s(&r.role),
        s(&r.sender_name),
        s(&r.sender_title),
        s(&r.sender_email),
        s(&r.subject),
        s(&r.date),
        s(&r.candidate_name),
        r.arrival.as_ref().map(|f| (f.span.clone(), None)),
        r.stage.as_ref().map(|f| (f.span.clone(), None)),
        b(&r.kept_on_file),
        b(&r.offers_feedback),
        b(&r.gives_reason),
        b(&r.offers_call),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The most looks per byte any paste may cost.
const PER_BYTE: usize = 2_000;

/// 64 cases keep the debug-build suite quick; `PROPTEST_CASES` asks for more.
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 64;
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_paste_reads_without_panic_and_spans_fit(text in paste()) {
        for (span, value) in texts(&text) {
            prop_assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            if let Some(value) = value {
                prop_assert!(!value.is_empty());
                prop_assert_eq!(find_placeholder(&value), None, "{}", value);
                prop_assert_eq!(clean(&value), value.clone());
            }
        }
    }

    /// The reader's own meter: whether a paste is read once or as ten or a
    /// hundred copies, it costs at most the same bounded number of looks per
    /// byte, so the work grows in step with the paste.
    #[test]
    fn work_grows_linearly(text in paste()) {
        for copies in [1, 10, 100] {
            let big = text.repeat(copies);
            let (_, work) = read_counting(&big);
            prop_assert!(
                work <= PER_BYTE * (big.len() + 1),
                "{work} for {copies} copies of {} bytes", text.len()
            );
        }
    }

    #[test]
    fn filling_in_never_overwrites_typed_answers(
        text in paste(),
        company in "[A-Za-z]{1,12}",
        name in "[A-Za-z]{1,12}",
    ) {
        let mut draft = Draft::default();
        draft.answers.rejection.company = company.clone();
        draft.answers.sender.name = name.clone();
        let id = draft.add_person();
        draft.person_mut(id).unwrap().name = name.clone();
        apply(&read(&text), &mut draft);
        prop_assert_eq!(&draft.answers.rejection.company, &company);
        prop_assert_eq!(&draft.answers.sender.name, &name);
        prop_assert_eq!(draft.answers.recipients.len(), 1);
        prop_assert_eq!(&draft.answers.recipients[0].name, &name);
    }
}

/// The worst lines for a scanner: one long run of brackets, quote marks,
/// role nouns or letters, repeated. The work per byte stays bounded.
#[test]
fn hostile_lines_cost_a_bounded_amount_per_byte() {
    for piece in [
        "[",
        "<",
        "{",
        "> ",
        "role ",
        "the position ",
        "x",
        "Acme ",
        "a@b.c ",
    ] {
        for len in [1_000, 100_000] {
            let text = piece.repeat(len / piece.len());
            let (_, work) = read_counting(&text);
            let lines = format!("{}\n", text).repeat(4);
            let (_, many) = read_counting(&lines);
            assert!(work <= PER_BYTE * text.len(), "{piece:?} x {len}: {work}");
            assert!(
                many <= PER_BYTE * lines.len(),
                "{piece:?} lines x {len}: {many}"
            );
        }
    }
}
