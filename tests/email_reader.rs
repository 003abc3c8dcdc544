//! The email reader against a corpus of rejection emails
//! (`tests/data/emails/{tuned,held-out}/*.txt`, each labelled by the `.json`
//! beside it, as `LABELS.md` says). Per field it counts the right answers,
//! the wrong ones (a value that is not the label, including any value where
//! the label is `null`) and the empty ones (nothing where the label has a
//! value): a wrong answer costs the user more than an empty one, so the two
//! are counted apart. Run with `--nocapture` to see the tables, and the
//! misses on `tuned/` (never on `held-out/`, which prints counts only).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use kept_in_mind::domain::email_reader::{read, summary_json};
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

/// On `tuned/`, the fewest right answers (per cent) and the most wrong ones
/// (per cent) each field may reach: a little worse than the reader does on
/// it, so a regression fails.
const TUNED_FLOORS: [(&str, usize, usize); 13] = [
    ("company", 96, 1),
    ("role", 97, 1),
    ("sender_name", 98, 1),
    ("sender_title", 99, 1),
    ("sender_email", 99, 1),
    ("subject", 99, 1),
    ("date", 99, 1),
    ("arrival", 96, 1),
    ("stage", 94, 1),
    ("kept_on_file", 99, 1),
    ("offers_feedback", 98, 1),
    ("gives_reason", 97, 1),
    ("candidate_name", 99, 1),
];

/// One email: its name, its labels, and what the example prints for it.
type Labelled = (String, Map<String, Value>, Map<String, Value>);

/// How one field did over a set of emails.
#[derive(Clone, Copy, Default)]
struct Tally {
    right: usize,
    wrong: usize,
    empty: usize,
}

impl Tally {
    fn total(self) -> usize {
        self.right + self.wrong + self.empty
    }
}

/// Per cent of `total`, rounded down.
fn pc(n: usize, total: usize) -> usize {
    (n * 100).checked_div(total).unwrap_or(0)
}

/// The emails in one folder of the corpus, with their labels and what the
/// example prints for each.
fn emails_in(folder: &str) -> Vec<Labelled> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/emails")
        .join(folder);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut names: Vec<_> = entries
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

/// Measures `emails` field by field, prints the table (and every miss when
/// `show_misses`: never for `held-out/`, whose misses nobody tuning the
/// reader may read), and returns each field's tally (empty when there are
/// no emails).
fn check(title: &str, emails: &[Labelled], show_misses: bool) -> Vec<(&'static str, Tally)> {
    if emails.is_empty() {
        println!("\n{title}: no emails");
        return Vec::new();
    }
    let mut misses = Vec::new();
    let tallies: Vec<(&str, Tally)> = FIELDS
        .iter()
        .map(|&field| {
            let mut t = Tally::default();
            for (name, labels, found) in emails {
                let (want, got) = (&labels[field], &found[field]);
                let slot = if want == got {
                    &mut t.right
                } else if got.is_null() {
                    &mut t.empty
                } else {
                    &mut t.wrong
                };
                *slot += 1;
                if want != got {
                    let kind = if got.is_null() { "empty" } else { "WRONG" };
                    misses.push(format!("{kind} {name}: {field} is {got}, labelled {want}"));
                }
            }
            (field, t)
        })
        .collect();
    let n = emails.len();
    println!("\n{title} ({n} emails)\n| field | right | wrong | empty |\n|---|---|---|---|");
    let mut sum = Tally::default();
    for (field, t) in &tallies {
        println!(
            "| {field} | {} ({} %) | {} | {} |",
            t.right,
            pc(t.right, n),
            t.wrong,
            t.empty
        );
        sum.right += t.right;
        sum.wrong += t.wrong;
        sum.empty += t.empty;
    }
    let all = sum.total();
    println!(
        "| all fields | {} ({} %) | {} ({} %) | {} ({} %) |",
        sum.right,
        pc(sum.right, all),
        sum.wrong,
        pc(sum.wrong, all),
        sum.empty,
        pc(sum.empty, all)
    );
    if show_misses {
        println!("Misses:\n{}", misses.join("\n"));
    }
    tallies
}

#[test]
fn the_corpus_is_big_and_fully_labelled() {
    let tuned = emails_in("tuned");
    assert!(tuned.len() >= 100, "only {} tuned emails", tuned.len());
    let mut want = FIELDS.to_vec();
    want.sort();
    for (name, labels, found) in tuned.iter().chain(&emails_in("held-out")) {
        let mut keys: Vec<&str> = labels.keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, want, "{name}: the labels name every field");
        let mut printed: Vec<&str> = found.keys().map(String::as_str).collect();
        printed.sort();
        assert_eq!(
            printed, want,
            "{name}: the printed object has exactly the fields"
        );
    }
}

/// The table and misses for `tuned/`, where the floors hold. It reads
/// nothing in `held-out/`, so tuning runs never see it.
#[test]
fn tuned_fields_reach_their_floors() {
    let tuned = emails_in("tuned");
    let tallies = check("tuned/", &tuned, true);
    let failures: Vec<String> = tallies
        .iter()
        .zip(TUNED_FLOORS)
        .flat_map(|(&(field, t), (_, floor, ceiling))| {
            let (right, wrong) = (pc(t.right, t.total()), pc(t.wrong, t.total()));
            [
                (right < floor).then(|| format!("{field}: {right} % right, floor {floor} %")),
                (wrong > ceiling).then(|| format!("{field}: {wrong} % wrong, ceiling {ceiling} %")),
            ]
        })
        .flatten()
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The second tuning round's own emails (`tuned/111-` to `tuned/150-`),
/// measured alone: written in other voices than the first round's, so the
/// table says how the reader does on wording it was not first tuned to.
#[test]
fn tuned_second_round_table() {
    let round: Vec<Labelled> = emails_in("tuned")
        .into_iter()
        .filter(|(name, ..)| {
            name.split('-')
                .next()
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| (111..=150).contains(&n))
        })
        .collect();
    check("tuned/ 111-150", &round, true);
}

/// What the reader reached on `held-out/` when it was measured: a
/// regression fails. The goals (95 % right, at most 2 % wrong, every
/// field at least 90 %) are printed beside it, met or not.
const HELD_OUT_FLOOR: usize = 89;
const HELD_OUT_CEILING: usize = 5;

/// `held-out/` alone, written by someone who had not read the reader and
/// never tuned to: the table (no misses), the goals, and the floor.
#[test]
fn held_out_keeps_what_it_reached() {
    let held_out = emails_in("held-out");
    assert!(
        held_out.len() >= 50,
        "only {} held-out emails",
        held_out.len()
    );
    let mut all = emails_in("tuned");
    all.extend(held_out.clone());
    check("tuned/ and held-out/ together", &all, false);
    let tallies = check("held-out/", &held_out, false);
    let (mut right, mut wrong, mut all) = (0, 0, 0);
    let mut short = Vec::new();
    for (field, t) in &tallies {
        right += t.right;
        wrong += t.wrong;
        all += t.total();
        if t.right * 100 < t.total() * 90 {
            short.push(format!("{field} {} %", pc(t.right, t.total())));
        }
    }
    let (right, wrong) = (pc(right, all), pc(wrong, all));
    println!(
        "held-out/: {right} % right (goal 95 %), {wrong} % wrong (goal at most 2 %); \
         fields under 90 %: {}",
        if short.is_empty() {
            "none".to_owned()
        } else {
            short.join(", ")
        }
    );
    assert!(
        right >= HELD_OUT_FLOOR,
        "{right} % right, floor {HELD_OUT_FLOOR} %"
    );
    assert!(
        wrong <= HELD_OUT_CEILING,
        "{wrong} % wrong, ceiling {HELD_OUT_CEILING} %"
    );
}

/// The issue's own case: the subject names the role, and the body's
/// "apply for future roles" is no role at all.
#[test]
fn the_subject_names_the_role_not_a_generic_phrase() {
    let email = "Subject: Your application for Senior Data Analyst\n\nDear Sam,\n\n\
        Thank you for your interest. Unfortunately we will not be progressing your application, \
        but we would encourage you to apply for future roles with us.\n\nKind regards,\n\
        The Recruitment Team";
    let role = read(email).role.map(|r| r.value);
    assert_eq!(role.as_deref(), Some("Senior Data Analyst"));
    let body_only = email.replace("Subject: Your application for Senior Data Analyst\n", "");
    assert_eq!(
        read(&body_only).role,
        None,
        "\"future roles\" is not a role"
    );
}
