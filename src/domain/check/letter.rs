//! How the checker reads a note: its greeting, middle and sign-off, the
//! words that may be names, the user's own words, and small matters of
//! punctuation.

use crate::domain::date::MONTHS;
use rustc_hash::FxHashSet as HashSet;

use crate::domain::compose::Values;
use crate::domain::model::Answers;
use crate::domain::text::{first_name, fold, surname, word_count, word_spans};

/// A note split into greeting, the sentences between and the sign-off.
pub(super) struct Letter {
    /// The name part of the greeting line ("Priya" in "Hi Priya,"), if any.
    pub greeting: Option<String>,
    pub middle: String,
    /// The middle's paragraphs (lines with no blank line between them).
    pub paragraphs: Vec<String>,
    pub sign_off: Vec<String>,
}

impl Letter {
    pub fn split(body: &str, v: &Values) -> Letter {
        // Each line keeps its number, so paragraphs can be told apart.
        let mut lines: Vec<(usize, &str)> = body
            .lines()
            .map(str::trim)
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
            .collect();
        let greeting = lines.first().and_then(|(_, l)| greeting_name_part(l));
        if greeting.is_some() {
            lines.remove(0);
        }
        // A postscript after the name ("P.S. …") belongs with the text.
        let mut postscript = Vec::new();
        while let Some(&(n, last)) = lines.last() {
            let folded = fold(last);
            if !(folded.starts_with("p.s") || folded.starts_with("ps ")) {
                break;
            }
            postscript.insert(0, (n, last));
            lines.pop();
        }
        let mut sign_off = Vec::new();
        while let Some(&(_, last)) = lines.last() {
            let names_sender = (!v.sender.is_empty() && last.contains(&v.sender))
                || (!v.contact.is_empty() && last.contains(&v.contact));
            let short_unended = !last.ends_with(['.', '!', '?']) && word_count(last) <= 6;
            if !(names_sender || short_unended) {
                break;
            }
            sign_off.insert(0, last.to_string());
            lines.pop();
        }
        lines.extend(postscript);
        let mut paragraphs: Vec<String> = Vec::new();
        let mut previous = None;
        for &(n, line) in &lines {
            match paragraphs.last_mut() {
                Some(last) if previous == Some(n - 1) => {
                    last.push('\n');
                    last.push_str(line);
                }
                _ => paragraphs.push(line.to_string()),
            }
            previous = Some(n);
        }
        Letter {
            greeting,
            middle: paragraphs.join("\n"),
            paragraphs,
            sign_off,
        }
    }
}

/// The sentences of a text: split after `.`, `!` or `?` before a space and
/// a letter that is not lower case ("Acme Inc. and" stays one), and at
/// line breaks.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let bytes: Vec<(usize, char)> = line.char_indices().collect();
        for (i, &(at, c)) in bytes.iter().enumerate() {
            let next = bytes.get(i + 1).map(|p| p.1);
            let after = bytes.get(i + 2).map(|p| p.1);
            let ends = ".!?".contains(c)
                && (next.is_none()
                    || next.is_some_and(char::is_whitespace)
                        && !after.is_some_and(char::is_lowercase));
            if ends {
                out.push(line[start..at + c.len_utf8()].trim());
                start = at + c.len_utf8();
            }
        }
        out.push(line[start..].trim());
    }
    out.retain(|s| s.chars().any(char::is_alphanumeric));
    out
}

pub(super) const GREETING_WORDS: [&str; 6] = ["hi", "hello", "dear", "hey", "greetings", "good"];

/// The name part of a greeting line: "Priya" from "Hi Priya,", "hiring team"
/// from "Dear hiring team,", "" from "Hello,".
pub(super) fn greeting_name_part(line: &str) -> Option<String> {
    let folded = fold(line);
    if folded.starts_with("to whom it may concern") {
        return Some("to whom it may concern".to_string());
    }
    let ends_comma = line.ends_with(',');
    let words: Vec<&str> = line
        .trim_end_matches([',', ':', '!'])
        .split_whitespace()
        .collect();
    let first = words.first().map(|w| fold(w.trim_end_matches(',')))?;
    if GREETING_WORDS.contains(&first.as_str()) && (ends_comma || words.len() <= 4) {
        let skip = if first == "good" { 2 } else { 1 };
        return Some(
            words
                .iter()
                .skip(skip)
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    (ends_comma && words.len() <= 4).then(|| words.join(" "))
}

pub(super) fn is_generic(name_part: &str) -> bool {
    const GENERIC: [&str; 11] = [
        "",
        "hiring team",
        "team",
        "all",
        "everyone",
        "there",
        "hiring manager",
        "recruiting team",
        "sir or madam",
        "sir/madam",
        "to whom it may concern",
    ];
    GENERIC.contains(&fold(name_part).as_str())
}

/// The ways a greeting may rightly name the recipient.
pub(super) fn greeting_forms(v: &Values) -> Vec<String> {
    let mut forms = vec![
        v.name.clone(),
        first_name(&v.name).to_string(),
        v.greeting_name(),
    ];
    if !v.honorific.is_empty() {
        forms.push(format!("{} {}", v.honorific, surname(&v.name)));
        forms.push(format!("{} {}", v.honorific, v.name));
    }
    forms
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'
}

/// Words the composer writes with a capital letter mid-sentence, and the
/// names of days, which are never anyone's invention (nor are the months',
/// [`MONTHS`]).
pub(super) const ALLOWED: [&str; 13] = [
    "I",
    "I'm",
    "I'd",
    "I'll",
    "I've",
    "LinkedIn",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Capitalised words that are not at the start of a sentence or line and
/// are not words the composer itself uses: the candidates for proper nouns.
pub(crate) fn proper_nouns(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let first_is_greeting = line
            .split_whitespace()
            .next()
            .is_some_and(|w| GREETING_WORDS.contains(&fold(w.trim_end_matches(',')).as_str()));
        let greeting_comma = if first_is_greeting {
            line.find(',')
        } else {
            None
        };
        for (at, raw) in word_spans(line, is_word_char) {
            let word = raw.trim_matches(['\'', '\u{2019}', '-']);
            let Some(first) = word.chars().next() else {
                continue;
            };
            // Acronyms ("IBM", "CEO") are not names the composer could invent.
            if !first.is_uppercase() || all_capitals(word, 2) {
                continue;
            }
            let before =
                line[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"'“‘([-".contains(c));
            let starts = before.is_empty()
                || before.ends_with(['.', '!', '?', ':'])
                || greeting_comma.is_some_and(|c| before.len() == c + 1);
            let straight = word.replace('\u{2019}', "'");
            if !starts
                && !ALLOWED.contains(&straight.as_str())
                && !MONTHS.contains(&straight.as_str())
            {
                out.push(word);
            }
        }
    }
    out
}

/// A word in capitals: two or more letters, all of them upper case (scripts
/// without case, such as CJK, never shout).
/// A word of four or more capitals: shorter ones are mostly acronyms and
/// conventions ("PS", "CEO", "B2B") rather than shouting.
pub(super) fn is_shouted(word: &str) -> bool {
    all_capitals(word, 4)
}

/// At least `min` letters, every one a capital.
pub(super) fn all_capitals(word: &str, min: usize) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    word.chars().filter(|c| c.is_alphabetic()).count() >= min && letters.all(char::is_uppercase)
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").unwrap_or(word)
}

/// Every word of every answer, folded, with hyphenated parts and possessives
/// split off, so "Mary" matches "Mary-Jane" and "Acme's" matches "Acme".
pub(super) fn known_words(answers: &Answers) -> HashSet<String> {
    let r = &answers.rejection;
    let s = &answers.sender;
    let a = &answers.ask;
    let mut fields: Vec<&str> = vec![
        &r.company,
        &r.job_title,
        &r.original_subject,
        &s.name,
        &s.contact,
        &s.admire,
        &a.related_role,
        &a.help_offer,
    ];
    fields.extend(s.strengths.iter().map(String::as_str));
    // A follow-up names the earlier role, which the user gave then.
    fields.extend(r.follows.as_ref().map(|e| e.job_title.as_str()));
    for p in &answers.recipients {
        fields.extend([
            p.name.as_str(),
            &p.honorific,
            &p.job_title,
            &p.email,
            &p.detail,
        ]);
    }
    fields.into_iter().flat_map(known_words_of).collect()
}

/// The words of one answer, as [`known_words`] holds them.
pub(super) fn known_words_of(field: &str) -> Vec<String> {
    let mut known = Vec::new();
    for (_, w) in word_spans(field, is_word_char) {
        let w = fold(w.trim_matches(['\'', '\u{2019}', '-']));
        for part in w.split('-').filter(|p| !p.is_empty()) {
            known.push(strip_possessive(part).to_string());
        }
        known.push(strip_possessive(&w).to_string());
        known.push(w);
    }
    known
}

/// A likely misspelling: one edit away for short words, two for longer ones.
pub(super) fn close_spelling(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len() > 40 || b.len() > 40 || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let allowed = if b.len() <= 6 { 1 } else { 2 };
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()] <= allowed
}

/// `needle` in `text` written with other capitals ("ACME" for "Acme"), as
/// whole words and not inside an address such as "sam@acme.com"; returns the
/// text as written.
pub(super) fn find_other_case(text: &str, needle: &str) -> Option<String> {
    // One lower-case char per char keeps positions aligned with the text.
    let lower = crate::domain::case::lower;
    let want: Vec<char> = needle.chars().map(lower).collect();
    let n = want.len();
    if n == 0 || n > 200 {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for start in 0..chars.len().saturating_sub(n - 1) {
        let window = &chars[start..start + n];
        if !window.iter().zip(&want).all(|((_, c), w)| lower(*c) == *w) {
            continue;
        }
        let before = start.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(start + n).map(|c| c.1);
        let address = before.is_some_and(|c| "@./".contains(c))
            || after == Some('.')
                && chars
                    .get(start + n + 1)
                    .is_some_and(|c| c.1.is_alphanumeric());
        let bounded =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        let end = chars.get(start + n).map_or(text.len(), |c| c.0);
        let written = &text[window[0].0..end];
        if bounded && !address && written != needle {
            return Some(written.to_string());
        }
    }
    None
}

/// Whether the note mentions a phrase of the user's: most of its longer
/// words appear, so a light rewording still counts.
pub(super) fn mentions(folded_text: &str, words: &HashSet<&str>, phrase: &str) -> bool {
    let folded = fold(phrase);
    let content: Vec<&str> = word_spans(&folded, is_word_char)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| w.chars().count() >= 4)
        .collect();
    if content.is_empty() {
        return folded_text.contains(folded.trim());
    }
    let found = content.iter().filter(|w| words.contains(**w)).count();
    found * 2 >= content.len()
}

pub(super) fn exclamations(text: &str, answers: &Answers) -> usize {
    let mut rest = text.to_string();
    let r = &answers.rejection;
    let values = [r.company.as_str(), &r.job_title, &answers.sender.name];
    for value in values
        .into_iter()
        .chain(answers.recipients.iter().map(|p| p.name.as_str()))
    {
        let value = value.trim();
        if value.contains('!') {
            rest = rest.replace(value, "");
        }
    }
    rest.matches('!').count()
}

pub(super) fn stray_punctuation(text: &str) -> Option<&'static str> {
    const STRAY: [&str; 12] = [
        "  ", " ,", " ;", ",,", ",.", ".,", ";.", "()", "( )", "[]", " )", "( ",
    ];
    for line in text.lines() {
        let line = line.trim();
        if let Some(s) = STRAY.iter().find(|s| line.contains(**s)) {
            return Some(s);
        }
        // " ." is stray unless it starts a word, as in ".NET".
        let spaced_dot = line.match_indices(" .").any(|(i, _)| {
            !line[i + 2..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        });
        if spaced_dot {
            return Some(" .");
        }
        let two_dots = line
            .match_indices("..")
            .any(|(i, _)| !line[..i].ends_with('.') && !line[i + 2..].starts_with('.'));
        if two_dots {
            return Some("..");
        }
    }
    None
}
