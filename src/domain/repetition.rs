//! Repetition inside one note: the same sentence opening or three-word
//! phrase anywhere, the same telling word within three sentences, "If"
//! leading two sentences in a row or "Please" leading two anywhere ("I
//! remain …" three times; "I would welcome the opportunity …" twice; "a
//! close decision … I respect the decision"; "Please keep … Please convey
//! …") reads as a form letter, and a coach strikes it.
//!
//! The composer uses it to pick wordings that do not repeat one another and
//! the checker to tell the user when a note (hand edits included) does, so
//! both agree on what a repeat is. The user's own answers (the company, the
//! role, their detail) are not repeats of the composer's: a note may name the
//! role twice, so their words are masked out before comparing, with one
//! exception: the company, named twice ("I'm keen on Acme. … pass my
//! thanks to the team at Acme."), is heard twice like a word of warmth,
//! anywhere in the note ([`Own`]). Everything is one pass over the text with hash sets:
//! linear in its length.

use rustc_hash::FxHashSet as HashSet;

use crate::domain::text::fold;

/// Words too common to make a phrase on their own: a three-word phrase made
/// only of them ("i would be") is not counted, and an opening made of them
/// runs on to the next word ("if you have").
const FUNCTION_WORDS: [&str; 40] = [
    "i", "i'm", "i'd", "i've", "i'll", "you", "you're", "we", "it", "it's", "my", "your", "our",
    "the", "a", "an", "if", "should", "would", "will", "could", "can", "be", "am", "is", "are",
    "was", "have", "has", "to", "of", "for", "and", "but", "so", "that", "this", "please", "thank",
    "in",
];

/// Words of five letters or more that carry too little to count when
/// repeated ("about", "would"), and the sign-off's words.
const PLAIN_WORDS: [&str; 18] = [
    "about", "after", "before", "being", "could", "every", "other", "since", "should", "their",
    "there", "these", "those", "through", "where", "which", "while", "would",
];

/// Shorter words a reader still hears twice ("really … really", "… if
/// the team grows. I hope the team …", "the work you're doing … as I
/// work towards", "keep me in mind … keep working together", "the
/// Analyst role. … a role like this", "It would be good to … Every good
/// wish").
const TELLING_SHORT: [&str; 17] = [
    "again", "best", "care", "glad", "good", "hope", "keen", "keep", "love", "next", "open",
    "real", "role", "team", "time", "very", "work",
];

/// Words a reader hears twice anywhere in a note, however far apart ("I
/// really valued … go really well", "Warm wishes … Warm regards"): the
/// intensifiers, the words of warmth and gratitude ("means a great deal
/// … would mean a lot", "glad … glad", "the welcome you gave me … I'd
/// welcome the chance"), and the others at the company ([`note_wide`]),
/// matched by how they start, so "appreciate" and "appreciation" are one.
const NOTE_WIDE: [&str; 11] = [
    "really",
    "glad",
    "welcom",
    "mean",
    "grateful",
    "appreciat",
    "warm",
    "truly",
    "particular",
    "especial",
    "everyone",
];

/// The [`NOTE_WIDE`] start of a folded word, if it has one; the others at
/// the company, as written, are one ("pass my regards on to the others I
/// met … my very best to you and everyone there"), but not "your new
/// colleague".
fn note_wide(folded: &str, stem: &str) -> Option<&'static str> {
    if matches!(folded, "everyone" | "others" | "colleagues") {
        return Some("everyone");
    }
    NOTE_WIDE.iter().copied().find(|w| stem.starts_with(w))
}

/// The leads heard twice anywhere in a note, not only in a row
/// ([`LEADS`]): a plea, and a formal note's "I am … I am", "I would … I
/// would".
const HEARD_ANYWHERE: [&str; 3] = ["please", "i am", "i would"];

/// The word a name of [`Own::names`] counts as, whichever name it is: the
/// company and "the team at" the company are heard as one.
const NAME: &str = "\u{0}name";

/// A telling word counts as repeated within this many sentences (the one
/// it is in and the two before): farther apart, a reader no longer hears it.
const WORD_WINDOW: usize = 3;

/// A telling word said this many times in a note is heard however far
/// apart ("team" in four sentences of six).
const THIRD_USE: usize = 3;

/// Words that must not lead two sentences in a row ("If … If …", "Please
/// keep … Please convey …", "I'm still thinking … I'm as keen …", "I am
/// … I am …", "It meant a lot … It isn't the news …").
const LEADS: [&str; 11] = [
    "if", "should", "when", "whenever", "please", "i'm", "i am", "i'd", "i've", "i would", "it",
];

/// How many of [`LEADS`], from the first, are conditions: a sentence may
/// not lead with one when the sentence before holds it anywhere ("… when
/// the time is right. When it suits you, …"), and colleagues' sentences
/// opening with any of them open alike ("If circumstances change" and
/// "Should circumstances change", [`skeletons`]).
const CONDITIONS: usize = 4;

/// The bit of a [`LEADS`] word in a set of leads.
fn lead_bit(lead: &str) -> u16 {
    LEADS.iter().position(|&l| l == lead).map_or(0, |i| 1 << i)
}

/// The bits a sentence that leads with `lead` is heard as: a "Should"
/// that opens a sentence is one more "if" ("… if a similar role opens
/// up. Should circumstances change, …"), where "… keep me in mind should
/// anything change. If …" holds no "if" to echo.
fn lead_bits(lead: &str) -> u16 {
    match lead {
        "should" => lead_bit("should") | lead_bit("if"),
        lead => lead_bit(lead),
    }
}

/// A repeat found in a text: the words as the text has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// Two sentences start the same way ("I remain").
    Opening(String),
    /// A sentence leads with a word of `LEADS` the sentence before led
    /// with ("If … If", "Please … Please"), or held as a condition ("… when
    /// the time is right. When …").
    Lead(String),
    /// A three-word phrase appears twice ("welcome the opportunity").
    Phrase(String),
    /// The writer leads [`WRITER_RUN`] sentences in a row ("I am grateful
    /// … I particularly appreciated … I am proud … I hope …").
    Writer,
    /// A telling word appears twice ("decision", "really").
    Word(String),
}

/// A folded word ([`fold`]) as repeats compare it: without a possessive or
/// a plural "s" ("decisions" is "decision", "thanks" is "thank").
fn stem(folded: &str) -> &str {
    let base = folded.strip_suffix("'s").unwrap_or(folded);
    match base.strip_suffix('s') {
        Some(rest) if rest.len() >= 4 && !rest.ends_with('s') => rest,
        _ => base,
    }
}

/// Endings a reader hears through: "interest … interested", "consideration
/// … considered", "work … working" are one word said twice.
const ENDINGS: [&str; 5] = ["ation", "ment", "ing", "ed", "ly"];

/// The family a [`stem`] belongs to: without one of [`ENDINGS`] when four
/// letters or more remain, then without a doubled last letter or a final
/// "e" ("committed" and "commitment" are "commit", "valued" and "value"
/// are "valu"). A short word keeps its ending: "needed" is "need", but
/// "hoped" stays "hoped" (and "hope" is "hop"), a miss rather than a false
/// repeat; only "-ing" leaves three letters, as the verb without its "e"
/// does ("hoping" and "hope" are "hop", "taking" and "take" "tak").
fn family(stem: &str) -> &str {
    let root = ENDINGS
        .iter()
        .find_map(|ending| stem.strip_suffix(ending).filter(|r| r.len() >= 4))
        .or_else(|| stem.strip_suffix("ing").filter(|r| r.len() == 3))
        .unwrap_or(stem);
    let bytes = root.as_bytes();
    match bytes {
        [.., a, b]
            if a == b
                && a.is_ascii_alphabetic()
                && root.len() >= 5
                && !matches!(a, b's' | b'l') =>
        {
            &root[..root.len() - 1]
        }
        [.., b'e'] if root.len() >= 4 => &root[..root.len() - 1],
        _ => root,
    }
}

/// Whether a word is one a reader hears twice. "Would" is plain, but not
/// in a run: "I would be grateful … I would welcome …" is the stiffness a
/// coach strikes first in a formal note.
fn telling(stem: &str) -> bool {
    let long = stem.chars().count() >= 5 && stem.chars().all(char::is_alphabetic);
    (long && !PLAIN_WORDS.contains(&stem) && !FUNCTION_WORDS.contains(&stem))
        || TELLING_SHORT.contains(&stem)
        || stem == "thank"
        || stem == "would"
}

/// What one sentence contributes: its opening and its three-word phrases,
/// folded for comparing, each with the words as written.
struct Keys {
    opening: Option<(String, String)>,
    phrases: Vec<(String, String)>,
    /// The telling words, stemmed, each with the word as written.
    words: Vec<(String, String)>,
    /// The [`NOTE_WIDE`] words, by their start, each as written.
    wide: Vec<(&'static str, String)>,
    /// The first word, folded, when it is one of [`LEADS`].
    lead: Option<String>,
    /// The leads the next sentence may not open with: this one's, and the
    /// [`CONDITIONS`] it holds anywhere ([`lead_bit`]).
    heard: u16,
    /// Whether the writer leads it ("I", "I'm", "I'd").
    writer: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}'
}

/// One sentence as runs of words between the user's own values, each word
/// as written, and whether the first run opens the sentence (no value of
/// the user's comes before it).
struct Sentence<'a> {
    runs: Vec<Vec<&'a str>>,
    first_run_starts: bool,
    /// The first of [`Own::names`] it holds, as written.
    named: Option<&'a str>,
    /// Whether a name opens it ("Acme remains high on my list").
    opened_by_name: bool,
}

/// Where `needle` starts in `hay`, not overlapping, as `match_indices`
/// finds them: by its first byte and a comparison, which for a sentence
/// and a user's value is several times quicker than building a searcher
/// (the composer reads thousands of wordings a record).
fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let first = *needle.first()?;
        while from + needle.len() <= hay.len() {
            let at = from;
            from += 1;
            if hay[at] == first && hay[at..].starts_with(needle) {
                from = at + needle.len();
                return Some(at);
            }
        }
        None
    })
}

/// The sentences of a text (split after `.`, `!`, `?` and at line breaks,
/// but never inside one of the user's values, which may hold a full stop).
fn sentences<'a>(text: &'a str, own: &Own) -> Vec<Sentence<'a>> {
    // Byte ranges of the user's values, found on a lower-cased copy that
    // keeps the original's byte offsets, and where each name starts.
    let lowered = super::case::lower_str(text);
    let mut masked = vec![false; text.len()];
    let mut names: Vec<(usize, usize)> = Vec::new();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    for value in &own.values {
        for at in find_all(&lowered, value) {
            // Whole words only: a one-letter answer ("n") is not every "n".
            let end = at + value.len();
            if alnum(text[..at].chars().next_back()) || alnum(text[end..].chars().next()) {
                continue;
            }
            if own.names.contains(value) && !masked[at] {
                names.push((at, end));
            }
            masked[at..end].iter_mut().for_each(|m| *m = true);
        }
    }
    let new_sentence = || Sentence {
        runs: vec![Vec::new()],
        first_run_starts: true,
        named: None,
        opened_by_name: false,
    };
    let mut out = Vec::new();
    let mut current = new_sentence();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        let is_masked = masked.get(i).copied().unwrap_or(false);
        if let Some(&(at, end)) = names.iter().find(|(at, _)| *at == i) {
            if current.named.is_none() && current.runs.iter().all(Vec::is_empty) {
                current.opened_by_name = true;
            }
            current.named.get_or_insert(&text[at..end]);
        }
        let word = !is_masked && is_word_char(c);
        if let (false, Some(s)) = (word, start) {
            if let Some(run) = current.runs.last_mut() {
                run.push(&text[s..i]);
            }
            start = None;
        }
        // A value that ends a sentence with its own full stop ("… at Acme
        // Inc. If …") still ends the sentence, as does one a weaker mark
        // follows ("Acme Inc.; I …"), which tidying the note takes out.
        let value_ends_sentence = is_masked
            && ".!?".contains(c)
            && !masked.get(i + 1).copied().unwrap_or(false)
            && text[i + c.len_utf8()..]
                .trim_start_matches([',', ';', ':'])
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if is_masked && !value_ends_sentence {
            let empty = current.runs.iter().all(Vec::is_empty);
            if empty {
                current.first_run_starts = false;
            } else if current.runs.last().is_some_and(|r| !r.is_empty()) {
                current.runs.push(Vec::new());
            }
        } else if ".!?\n".contains(c) {
            if current.runs.iter().any(|r| !r.is_empty()) {
                out.push(std::mem::replace(&mut current, new_sentence()));
            } else {
                current = new_sentence();
            }
        } else if word && start.is_none() {
            start = Some(i);
        }
    }
    out
}

fn keys(sentence: &Sentence) -> Keys {
    // Each word folded once: every word is in three phrases.
    let folded: Vec<Vec<String>> = sentence
        .runs
        .iter()
        .map(|run| run.iter().map(|w| fold(w)).collect())
        .collect();
    let key = |words: &[&str], folded: &[String]| (folded.join(" "), words.join(" "));
    let function = |folded: &String| FUNCTION_WORDS.contains(&folded.as_str());
    let writer = sentence.first_run_starts
        && folded
            .first()
            .and_then(|run| run.first())
            .is_some_and(|w| SAME_SPEAKER[..WRITER].contains(&w.as_str()));
    let opening = sentence
        .runs
        .first()
        .zip(folded.first())
        .filter(|_| sentence.first_run_starts)
        .and_then(|(run, folded)| {
            // "I really valued …" opens as "I valued …" does.
            if writer && run.len() >= 3 && INTENSIFIERS.contains(&folded[1].as_str()) {
                return Some(key(&run[..3], &[folded[0].clone(), folded[2].clone()]));
            }
            let n = if run.len() >= 3 && function(&folded[0]) && function(&folded[1]) {
                3
            } else {
                2
            };
            (run.len() >= n).then(|| key(&run[..n], &folded[..n]))
        })
        // The company opening two sentences is one opening, whatever
        // follows it: "Acme is still somewhere I'd love to work" and "Acme
        // remains high on my list" in two colleagues' notes.
        .or_else(|| {
            let name = sentence.named.filter(|_| sentence.opened_by_name)?;
            Some((NAME.to_string(), name.to_string()))
        });
    let phrases = sentence
        .runs
        .iter()
        .zip(&folded)
        .flat_map(|(run, folded)| run.windows(3).zip(folded.windows(3)))
        .filter(|(_, folded)| !folded.iter().all(function))
        .map(|(words, folded)| key(words, folded))
        .collect();
    let mut wide = Vec::new();
    let mut words = Vec::new();
    for (word, folded) in sentence.runs.iter().flatten().zip(folded.iter().flatten()) {
        let stem = stem(folded);
        let family = family(stem);
        if let Some(start) = note_wide(folded, stem) {
            wide.push((start, (*word).to_string()));
        } else if telling(stem) {
            words.push((family.to_string(), (*word).to_string()));
        }
    }
    wide.extend(sentence.named.map(|n| (NAME, n.to_string())));
    // "I am … I am …" leads as "I'm … I'm …" does.
    let lead = sentence
        .runs
        .first()
        .filter(|_| sentence.first_run_starts)
        .and_then(|run| match (run.first().map(|w| fold(w)), run.get(1)) {
            (Some(i), Some(verb)) if i == "i" && matches!(fold(verb).as_str(), "am" | "would") => {
                Some(format!("i {}", fold(verb)))
            }
            (Some(it), _) if it == "it's" => Some("it".to_string()),
            (first, _) => first,
        })
        .filter(|w| LEADS.contains(&w.as_str()));
    // "Please accept … Please do keep …": a plea twice, however far apart.
    if let Some(heard) = HEARD_ANYWHERE.iter().find(|&&h| lead.as_deref() == Some(h)) {
        let words = heard.split(' ').count();
        wide.push((heard, sentence.runs[0][..words].join(" ")));
    }
    let conditions = folded
        .iter()
        .flatten()
        .filter(|w| LEADS[..CONDITIONS].contains(&w.as_str()))
        .fold(0, |bits, w| bits | lead_bit(w));
    let heard = lead.as_deref().map_or(0, lead_bits) | conditions;
    Keys {
        opening,
        phrases,
        words,
        wide,
        lead,
        heard,
        writer,
    }
}

/// The openings and phrases seen so far in a note, to test the next
/// sentence against.
#[derive(Clone, Default)]
pub struct Seen {
    openings: HashSet<String>,
    phrases: HashSet<String>,
    /// The telling words of each sentence seen, in order.
    words: Vec<Vec<String>>,
    /// The [`NOTE_WIDE`] words seen, by their start.
    wide: HashSet<&'static str>,
    /// The leads the last sentence seen heard (`Keys::heard`).
    last_heard: u16,
    /// How many sentences in a row the writer led, up to the last.
    writer_run: usize,
}

impl Seen {
    /// The first repeat `text` makes of what was seen (or of itself), if any;
    /// `own` are the user's values, folded.
    pub fn repeat_in(&self, text: &str, own: &Own) -> Option<Repeat> {
        self.repeats(text, own).into_iter().next()
    }

    /// Every repeat `text` makes of what was seen or of itself, in order.
    pub fn repeats(&self, text: &str, own: &Own) -> Vec<Repeat> {
        let mut scratch = self.clone();
        let mut out = Vec::new();
        for sentence in sentences(text, own) {
            let keys = keys(&sentence);
            if let Some((folded, written)) = keys.opening.clone()
                && scratch.openings.contains(&folded)
            {
                out.push(Repeat::Opening(written));
            } else if let Some(c) = &keys.lead
                && scratch.last_heard & lead_bits(c) != 0
            {
                out.push(Repeat::Lead(c.clone()));
            }
            if keys.writer && scratch.writer_run + 1 >= WRITER_RUN {
                out.push(Repeat::Writer);
            }
            let mut here = HashSet::default();
            for (folded, written) in &keys.phrases {
                if scratch.phrases.contains(folded) || !here.insert(folded) {
                    out.push(Repeat::Phrase(written.clone()));
                }
            }
            for (start, written) in &keys.wide {
                if !scratch.wide.insert(start) {
                    out.push(Repeat::Word(written.clone()));
                }
            }
            let recent = &scratch.words[scratch.words.len().saturating_sub(WORD_WINDOW - 1)..];
            let mut here: Vec<&String> = Vec::new();
            for (stem, written) in &keys.words {
                let near = recent.iter().any(|words| words.contains(stem)) || here.contains(&stem);
                let before = scratch
                    .words
                    .iter()
                    .flatten()
                    .filter(|w| *w == stem)
                    .count()
                    + here.iter().filter(|w| **w == stem).count();
                if near || before + 1 >= THIRD_USE {
                    out.push(Repeat::Word(written.clone()));
                }
                here.push(stem);
            }
            scratch.record(keys);
        }
        out
    }

    /// Records the openings, phrases and words of `text`.
    pub fn add(&mut self, text: &str, own: &Own) {
        for sentence in sentences(text, own) {
            self.record(keys(&sentence));
        }
    }

    fn record(&mut self, keys: Keys) {
        if let Some((folded, _)) = keys.opening {
            self.openings.insert(folded);
        }
        self.phrases
            .extend(keys.phrases.into_iter().map(|(f, _)| f));
        self.wide
            .extend(keys.wide.into_iter().map(|(start, _)| start));
        self.words
            .push(keys.words.into_iter().map(|(s, _)| s).collect());
        self.last_heard = keys.heard;
        self.writer_run = if keys.writer { self.writer_run + 1 } else { 0 };
    }
}

/// What a piece of text brings to a note, reduced for a fast search (the
/// composer tries hundreds of wordings per note): the hashes of its
/// openings, phrases and telling words, the repeats it makes of itself, and
/// the leads it starts and ends on. [`Print::cost_after`] agrees with
/// [`Seen::repeats`] on whole sentences.
#[derive(Clone, Debug, Default)]
pub struct Print {
    /// Openings, phrases and [`NOTE_WIDE`] words: repeats anywhere in the note.
    marks: Vec<u64>,
    /// Each sentence's telling words: repeats within [`WORD_WINDOW`].
    words: Vec<Vec<u64>>,
    inner: usize,
    /// The lead of its first sentence ([`lead_bit`]), and the leads its
    /// last sentence heard (`Keys::heard`) with the writer's run up to it
    /// ([`WRITER_SHIFT`]).
    first_lead: u16,
    last_heard: u16,
    /// How many sentences from its first the writer leads, and whether
    /// the writer leads them all.
    writer_lead: usize,
    all_writer: bool,
}

/// The marks of the texts chosen so far, and the leads the last one heard.
#[derive(Clone, Debug, Default)]
pub struct Prints {
    /// A note holds a hundred marks or so: a list scanned beats a map on
    /// size, and the search pushes and pops in order.
    marks: Vec<u64>,
    /// Every sentence's telling words, one after another, and where each
    /// sentence starts in it.
    words: Vec<u64>,
    starts: Vec<usize>,
    /// As [`Print::last_heard`], for the texts so far.
    last_heard: u16,
}

/// Where [`Print::last_heard`] keeps the writer's run, above the bits of
/// [`LEADS`].
const WRITER_SHIFT: u16 = 12;

/// The longest writer's run [`WRITER_SHIFT`]'s four bits hold.
const WRITER_RUN_MAX: usize = 15;

/// The writer's run `last_heard` ends on.
fn writer_tail(last_heard: u16) -> usize {
    usize::from(last_heard >> WRITER_SHIFT)
}

/// `heard` with the writer's run `run` added.
fn with_writer_run(heard: u16, run: usize) -> u16 {
    let low = heard & ((1 << WRITER_SHIFT) - 1);
    // At most `WRITER_RUN_MAX`, so it fits.
    low | (run.min(WRITER_RUN_MAX) as u16) << WRITER_SHIFT
}

fn hash(tag: u8, text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    tag.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

impl Print {
    /// The print of `text`; `own` are the user's values, folded.
    pub fn of(text: &str, own: &Own) -> Print {
        let mut print = Print {
            all_writer: true,
            ..Print::default()
        };
        let mut writer_run = 0;
        let mut count = 0;
        for (i, sentence) in sentences(text, own).iter().enumerate() {
            let keys = keys(sentence);
            let lead = keys.lead.as_deref().map_or(0, lead_bits);
            if i == 0 {
                print.first_lead = lead;
            } else if lead & print.last_heard != 0 {
                print.inner += 1;
            }
            print.last_heard = keys.heard;
            count += 1;
            writer_run = if keys.writer { writer_run + 1 } else { 0 };
            if writer_run >= WRITER_RUN {
                print.inner += 1;
            }
            if writer_run == count {
                print.writer_lead = writer_run;
            } else {
                print.all_writer = false;
            }
            let marks = keys.opening.iter().map(|(f, _)| hash(0, f));
            let marks = marks.chain(keys.phrases.iter().map(|(f, _)| hash(1, f)));
            let marks = marks.chain(keys.wide.iter().map(|(start, _)| hash(4, start)));
            for mark in marks {
                if print.marks.contains(&mark) {
                    print.inner += 1;
                } else {
                    print.marks.push(mark);
                }
            }
            let recent = &print.words[print.words.len().saturating_sub(WORD_WINDOW - 1)..];
            let mut words: Vec<u64> = Vec::new();
            for (stem, _) in &keys.words {
                let mark = hash(2, stem);
                let near = words.contains(&mark) || recent.iter().any(|w| w.contains(&mark));
                let before = print.words.iter().flatten().chain(&words);
                if near || before.filter(|&&w| w == mark).count() + 1 >= THIRD_USE {
                    print.inner += 1;
                }
                words.push(mark);
            }
            print.words.push(words);
        }
        print.all_writer &= count > 0;
        print.last_heard = with_writer_run(print.last_heard, writer_run);
        print
    }

    /// The repeats this text makes, placed after `before`.
    pub fn cost_after(&self, before: &Prints) -> usize {
        let lead = usize::from(self.first_lead & before.last_heard != 0);
        // The writer's sentences from this text's first that the run
        // before it carries to [`WRITER_RUN`] (those this text reaches on
        // its own are counted in `inner`).
        let tail = writer_tail(before.last_heard);
        let writer = (0..self.writer_lead.min(WRITER_RUN - 1))
            .filter(|k| tail + k + 1 >= WRITER_RUN)
            .count();
        let shared = self
            .marks
            .iter()
            .filter(|m| before.marks.contains(m))
            .count();
        // A sentence's words against the sentences before it that are in
        // the window but not in this text.
        let near: usize = self
            .words
            .iter()
            .take(WORD_WINDOW - 1)
            .enumerate()
            .map(|(k, words)| {
                let back = WORD_WINDOW - 1 - k;
                let from = before
                    .starts
                    .len()
                    .checked_sub(back)
                    .map_or(0, |i| before.starts[i]);
                let recent = &before.words[from..];
                words.iter().filter(|m| recent.contains(m)).count()
            })
            .sum();
        // A third use across the two, which neither counts alone: said
        // once before and twice here, or twice before and once here.
        let mut third = 0;
        let mut seen: Vec<u64> = Vec::new();
        for (k, words) in self.words.iter().enumerate() {
            let recent = match (WORD_WINDOW - 1).checked_sub(k + 1) {
                Some(back) => {
                    let from = before
                        .starts
                        .len()
                        .checked_sub(back + 1)
                        .map_or(0, |i| before.starts[i]);
                    &before.words[from..]
                }
                None => &[][..],
            };
            for &mark in words {
                let here = seen.iter().filter(|&&w| w == mark).count();
                let there = before.words.iter().filter(|&&w| w == mark).count();
                // Counted already as near, or as a third use within this text.
                let counted = recent.contains(&mark) || here + 1 >= THIRD_USE;
                if !counted && there > 0 && here + there + 1 >= THIRD_USE {
                    third += 1;
                }
                seen.push(mark);
            }
        }
        self.inner + lead + writer + shared + near + third
    }
}

impl Prints {
    /// Adds a text's print; [`Prints::pop`] takes it off again.
    pub fn push(&mut self, print: &Print) -> u16 {
        self.marks.extend_from_slice(&print.marks);
        for words in &print.words {
            self.starts.push(self.words.len());
            self.words.extend_from_slice(words);
        }
        let heard = if print.all_writer {
            with_writer_run(
                print.last_heard,
                writer_tail(self.last_heard) + print.writer_lead,
            )
        } else {
            print.last_heard
        };
        std::mem::replace(&mut self.last_heard, heard)
    }

    /// Takes off the last print pushed, restoring what `push` returned.
    pub fn pop(&mut self, print: &Print, last_heard: u16) {
        self.marks.truncate(self.marks.len() - print.marks.len());
        let sentences = self.starts.len() - print.words.len();
        if let Some(&start) = self.starts.get(sentences) {
            self.words.truncate(start);
        }
        self.starts.truncate(sentences);
        self.last_heard = last_heard;
    }
}

/// Words two sentences share in a row for them to read as one sentence
/// ("I hope the team finds real success with the launch" and "Here's
/// hoping the team finds real success").
const RUN: usize = 5;

/// The runs of five words (`RUN`) the sentences of `text` hold, of which
/// at least three carry meaning ([`RUN_MEANING`]) or which open the
/// sentence, hashed: the note's own
/// words, so the user's values (`own`: the company, a role, what they
/// admire, their strengths) break a run, as they would be the same in
/// every note.
///
/// Usage: `runs("I hope the team finds real success with the launch.", &own)`
/// holds a hash that `runs("Here's hoping the team finds real success.", &own)`
/// holds too.
pub fn runs(text: &str, own: &Own) -> Vec<u64> {
    runs_of(&sentences(text, own), RUN_MEANING)
}

/// [`runs`] of sentences already read, of at least `meaning` words that
/// carry meaning.
fn runs_of(sentences: &[Sentence], meaning: usize) -> Vec<u64> {
    use std::hash::Hasher;
    let word = |w: &str| {
        // Folded without allocating: the composer asks this of every
        // wording it weighs.
        let mut hasher = rustc_hash::FxHasher::default();
        for c in w.chars() {
            let c = if c == '\u{2019}' { '\'' } else { c };
            hasher.write_u32(u32::from(super::case::lower(c)));
        }
        hasher.finish()
    };
    let mut out = Vec::new();
    for sentence in sentences {
        let length: usize = sentence.runs.iter().map(Vec::len).sum();
        let last = sentence.runs.len() - 1;
        for (r, run) in sentence.runs.iter().enumerate() {
            let words: Vec<(u64, bool)> = run.iter().map(|w| (word(w), !small(w))).collect();
            // A short sentence's last words, when they are the note's own:
            // "Warm wishes to you and everyone there" and "My very best to
            // you and everyone there" close two colleagues' notes alike.
            if r == last && length <= ENDING_MAX && words.len() >= ENDING {
                let ending = &words[words.len() - ENDING..];
                if ending.iter().any(|(_, carries)| *carries) {
                    out.push(hashed(SHORT_ENDING, ending.iter().map(|w| w.0)));
                }
            }
            // Five words that open a sentence are heard whatever they
            // carry: "Please do keep me in mind as …" twice is one opening.
            // "Thank you for" opens any two letters; what a thanks adds
            // before its "for" does not ([`thanks_opening`]). The first
            // word is folded only for a sentence's opening: the composer
            // asks this of every wording it weighs.
            let starts = r == 0 && sentence.first_run_starts;
            let first = starts.then(|| run.first().map(|w| fold(w))).flatten();
            let first = first.as_deref().unwrap_or_default();
            let thanks = stem(first) == "thank";
            let opens = starts && !thanks;
            if starts && thanks {
                out.extend(thanks_opening(run, &words, word));
            }
            if opens {
                out.extend(grateful_opening(run, &words, word));
                // Two colleagues' sentences open alike by their first word
                // and the first of the next three that carries meaning
                // ("Do think of me for …" and "Do think of me if …",
                // "Please keep me in mind" and "Please do keep me in
                // mind"); the writer's, whose "I'd be glad to" opens every
                // note, by four words when two carry meaning ("I'm looking
                // forward to working together" and "… to the year ahead").
                let next = if run.len() > OPENING_RUN {
                    &words[1..OPENING_RUN]
                } else {
                    &[]
                };
                let mut carrying = next.iter().filter(|(_, carries)| *carries);
                // A toast or a wish opens alike by its first word alone:
                // "Here's to the work we'll do together" and "Here's to the
                // next chapter", "Let's stay in touch" and "Let's keep in
                // touch".
                if FORMULAS.contains(&first) && run.len() > 2 {
                    out.push(hashed(SHORT_OPENING, [words[0].0]));
                } else if !SAME_SPEAKER.contains(&first) {
                    if let Some(&(carried, _)) = carrying.next() {
                        out.push(hashed(SHORT_OPENING, [words[0].0, carried]));
                    }
                } else if carrying.count() >= 2 {
                    let opening = words[..OPENING_RUN].iter().map(|w| w.0);
                    out.push(hashed(SHORT_OPENING, opening));
                }
            }
            out.extend(
                words
                    .windows(RUN)
                    .enumerate()
                    .filter(|(i, window)| {
                        (opens && *i == 0)
                            || window.iter().filter(|(_, carries)| *carries).count() >= meaning
                    })
                    .map(|(_, window)| hashed(0, window.iter().map(|w| w.0))),
            );
        }
    }
    out
}

/// The hash of hashed words, after `tag` (what kind of likeness they are).
fn hashed(tag: u8, words: impl IntoIterator<Item = u64>) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write_u8(tag);
    words.into_iter().for_each(|w| hasher.write_u64(w));
    hasher.finish()
}

/// The hash of a sentence's gratitude opening, if it has one: its words up
/// to its word of gratitude, the small ones and "say" apart, the word of
/// gratitude by how it starts. "I'm so grateful for your questions" and
/// "I'm grateful to you for …", "I wanted to say thank you for …" and "I
/// wanted to thank you personally for …", "Sincere thanks for …" twice
/// begin two colleagues' notes as one. `words` are `run`'s hashed by
/// `word`.
fn grateful_opening(
    run: &[&str],
    words: &[(u64, bool)],
    word: impl Fn(&str) -> u64,
) -> Option<u64> {
    let (at, gratitude) = run
        .iter()
        .take(GRATEFUL_WITHIN)
        .enumerate()
        .find_map(|(at, w)| {
            let folded = fold(w);
            GRATITUDE
                .iter()
                .find(|g| folded.starts_with(*g))
                .map(|g| (at, *g))
        })?;
    let between = run
        .iter()
        .zip(words)
        .take(at)
        .skip(1)
        .filter(|(w, (_, carries))| *carries && !FRAMING.contains(&fold(w).as_str()))
        .map(|(_, &(w, _))| w);
    let opening = [words.first()?.0].into_iter().chain(between);
    Some(hashed(GRATEFUL_OPENING, opening.chain([word(gratitude)])))
}

/// The hash of what a thanks adds before its "for", if anything: "Thank
/// you so much for" and "Thanks so much for", "Thanks again" and "Thank
/// you again" open two colleagues' notes alike, where "Thank you for" is
/// every note's. `words` are `run`'s hashed by `word`.
fn thanks_opening(run: &[&str], words: &[(u64, bool)], word: impl Fn(&str) -> u64) -> Option<u64> {
    let mut added = run
        .iter()
        .zip(words)
        .skip(1)
        .take_while(|(w, _)| !w.eq_ignore_ascii_case("for"))
        .filter(|(w, (_, carries))| *carries && !w.eq_ignore_ascii_case("you"))
        .peekable();
    added.peek()?;
    let added = added.map(|(_, &(w, _))| w);
    Some(hashed(
        GRATEFUL_OPENING,
        [word("thank")].into_iter().chain(added),
    ))
}

/// Words of a gratitude opening that frame it and change nothing a
/// colleague hears: "I am most grateful" is "I am grateful".
const FRAMING: [&str; 5] = ["say", "most", "deeply", "genuinely", "extremely"];

/// Words of gratitude that end an opening ([`runs`]), by how they start.
const GRATITUDE: [&str; 3] = ["grateful", "appreciat", "thank"];

/// How far into a sentence its word of gratitude may come for the words
/// before it to be an opening: "I wanted to say thank you".
const GRATEFUL_WITHIN: usize = 5;

/// What a gratitude opening's hash starts with, so it never equals a run's.
const GRATEFUL_OPENING: u8 = 7;

/// How many words open a sentence, not the writer's ([`runs`]): the
/// first and, within them, the first that carries meaning.
const OPENING_RUN: usize = 4;

/// Openings of a toast or a wish, heard alike by their first word alone
/// ([`runs`]).
const FORMULAS: [&str; 3] = ["here's", "let's", "wishing"];

/// What a short opening's hash starts with.
const SHORT_OPENING: u8 = 8;

/// How many words end a sentence of [`ENDING_MAX`] or fewer, for two
/// that share them to end alike ([`runs`]).
const ENDING: usize = 3;

/// The longest sentence whose ending is heard on its own: past it, the
/// ending is a small part of what it says.
const ENDING_MAX: usize = 9;

/// What a short ending's hash starts with.
const SHORT_ENDING: u8 = 9;

/// Words of a run that carry meaning for it to count: "keep me in mind
/// for" is every ask's, "will be a great loss" one writer's. Short
/// sentences that share few words of meaning are [`skeletons`]' to compare.
const RUN_MEANING: usize = 3;

/// Whether a word carries little on its own ([`FUNCTION_WORDS`],
/// [`PLAIN_WORDS`], [`SKELETON_PLAIN`]), folded on the stack: the composer
/// asks it of every word of every wording it weighs.
fn small(word: &str) -> bool {
    let mut folded = [0u8; 8];
    let mut len = 0;
    for c in word.chars() {
        let c = if c == '\u{2019}' { '\'' } else { c };
        if !c.is_ascii() || len == folded.len() {
            return false;
        }
        folded[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    // Only ASCII was written.
    let folded = std::str::from_utf8(&folded[..len]).unwrap_or_default();
    FUNCTION_WORDS.contains(&folded)
        || PLAIN_WORDS.contains(&folded)
        || SKELETON_PLAIN.contains(&folded)
}

/// The most words of its own a sentence may hold for its skeleton to be
/// compared: past it, three shared words are no longer half the sentence.
const SKELETON_MAX: usize = 6;

/// Words that carry no skeleton: besides [`FUNCTION_WORDS`] and
/// [`PLAIN_WORDS`], the small words every sentence has.
const SKELETON_PLAIN: [&str; 32] = [
    "me", "do", "up", "as", "at", "on", "with", "all", "any", "its", "not", "no", "or", "from",
    "by", "just", "too", "also", "us", "what", "how", "who", "wish", "really", "very", "truly",
    "you'd", "you'll", "we'll", "we're", "toward", "towards",
];

/// The skeletons of the sentences of `text`, hashed: for each sentence of
/// one to [`SKELETON_MAX`] words of the note's own (the user's values
/// apart), its first word (unless the writer's "I") with each one
/// ([`SKELETON_SINGLES`] or fewer)
/// or every two ([`SKELETON_PAIRS`] or fewer) of its word families,
/// synonyms as one ([`SAME_SENSE`]), and every three whatever it opens
/// with. Two sentences that share one share half their words, however
/// reordered or swapped around them ("If anything changes, I'd be happy to
/// talk" and "If circumstances change, I'm happy to talk at any point";
/// "Here's to a good start for the new hire" and "Here's to a smooth start
/// for your new teammate"). Short sentences that open differently and
/// share two words read as different: there are only so many words for a
/// new hire. And any sentence a name of [`Own::names`] opens: the company
/// leading two colleagues' lines is one line.
///
/// Usage: `skeletons("If anything changes, I'd be happy to talk.", &own)`
/// holds a hash that `skeletons("If circumstances change, I'm happy to talk.", &own)`
/// holds too.
pub fn skeletons(text: &str, own: &Own) -> Vec<u64> {
    skeletons_of(&sentences(text, own))
}

/// [`skeletons`] of sentences already read.
fn skeletons_of(sentences: &[Sentence]) -> Vec<u64> {
    use std::hash::Hasher;
    let mut out = Vec::new();
    for sentence in sentences {
        // Whatever follows, two sentences the company opens are one frame
        // ("Acme is still somewhere I'd love to work", "Acme remains high
        // on my list").
        if sentence.opened_by_name {
            out.push(hash(7, NAME));
        }
        let first = match sentence.runs.first() {
            Some(run) if sentence.first_run_starts => run.first().map_or(0, |w| {
                let folded = fold(w);
                let lead = if LEADS[..CONDITIONS].contains(&folded.as_str()) {
                    "if"
                } else if SAME_SPEAKER.contains(&folded.as_str()) {
                    "i"
                } else {
                    &folded
                };
                hash(6, lead)
            }),
            _ => 0,
        };
        let mut words: Vec<u64> = Vec::new();
        // The first word is the opening, compared on its own.
        let skip = usize::from(first != 0);
        for word in sentence.runs.iter().flatten().skip(skip) {
            let folded = fold(word);
            let stem = stem(&folded);
            let plain = FUNCTION_WORDS.contains(&stem)
                || PLAIN_WORDS.contains(&stem)
                || SKELETON_PLAIN.contains(&stem)
                || stem.starts_with(|c: char| c.is_ascii_digit());
            // "Interesting" judges what was heard; it is no interest of
            // the user's in the company.
            let family = if stem == "interesting" {
                stem
            } else {
                family(stem)
            };
            let sense = SAME_SENSE
                .iter()
                .find(|(words, _)| words.contains(&family) || words.contains(&stem))
                .map_or(family, |&(_, sense)| sense);
            let sense = hash(5, sense);
            if !plain && !words.contains(&sense) {
                words.push(sense);
            }
        }
        words.sort_unstable();
        let mut push = |first: u64, keys: &[u64]| {
            let mut hasher = rustc_hash::FxHasher::default();
            hasher.write_u64(first);
            keys.iter().for_each(|&w| hasher.write_u64(w));
            out.push(hasher.finish());
        };
        // One word of a sentence of three or fewer, opened alike: "Here's
        // to the year ahead together" and "Here's to the work we'll do
        // together" are one frame. The writer opens most sentences, so
        // "I" with one word is no frame.
        let speaker = first == hash(6, "i");
        if first != 0 && !speaker && (1..=SKELETON_SINGLES).contains(&words.len()) {
            words.iter().for_each(|&a| push(first, &[a]));
        }
        // Every two words of a short sentence, and every three: half its
        // words, or more, shared with a short or a longer one. Three words
        // of meaning are one sentence however it opens ("Do keep me in
        // mind when the next step comes" and "I hope you'll keep me in
        // mind for the next step").
        if (2..=SKELETON_PAIRS).contains(&words.len()) {
            for (i, &a) in words.iter().enumerate() {
                for &b in &words[i + 1..] {
                    push(first, &[a, b]);
                }
            }
        }
        if words.len() <= SKELETON_MAX {
            for (i, &a) in words.iter().enumerate() {
                for (j, &b) in words.iter().enumerate().skip(i + 1) {
                    for &c in &words[j + 1..] {
                        push(ANY_OPENING, &[a, b, c]);
                    }
                }
            }
        }
    }
    out
}

/// The most words of its own a sentence may hold for two of them to be
/// half of it ([`skeletons`]).
const SKELETON_PAIRS: usize = 4;

/// The most words of its own a sentence may hold for one of them, with
/// its opening, to be half of it ([`skeletons`]).
const SKELETON_SINGLES: usize = 3;

/// What a skeleton of three words opens with: whatever the sentence does.
const ANY_OPENING: u64 = 1;

/// Word families a reader hears as one sense when colleagues compare notes:
/// "My enthusiasm for Acme hasn't dimmed" and "My interest in Acme hasn't
/// wavered" are one sentence with synonyms swapped.
const SAME_SENSE: [(&[&str], &str); 10] = [
    (
        &["interest", "enthusiasm", "enthusiastic", "keen", "eager"],
        "keen",
    ),
    // "As keen as ever", "hasn't dimmed", "nothing has altered" are all
    // "still keen".
    (
        &[
            "remain",
            "continu",
            "still",
            "ever",
            "dimm",
            "waver",
            "chang",
            "undiminish",
            "unchang",
            "lessen",
            "alter",
        ],
        "still",
    ),
    (&["glad", "happy", "pleas", "delight"], "glad"),
    (&["talk", "speak", "convers"], "talk"),
    // "I'd love to stay in touch" and "I'd be glad to keep in touch".
    (&["stay", "keep"], "stay"),
    (&["month", "year", "week"], "month"),
    // "coming" as it stands: its family, "com", is every "comes up" too.
    (&["ahead", "coming", "next"], "ahead"),
    (&["team", "colleagu"], "team"),
    // "the chance to offer your team my background in …" is "the chance
    // to bring my experience in … to the team".
    (&["background", "experienc"], "experienc"),
    // "I particularly valued …" and "I especially valued …".
    (&["particular", "especial"], "especial"),
];

/// How many sentences in a row the writer may lead before a reader hears
/// "I … I … I …" ([`Repeat::Writer`]).
pub const WRITER_RUN: usize = 4;

/// The writer speaking, however contracted: "I remain fully committed to
/// the team" and "I'm still fully committed to the team's work" open alike
/// ([`skeletons`]), as do "Wishing you and your colleagues all the best"
/// and "I wish you and the team all the best". The first [`WRITER`] are
/// the writer leading a sentence ([`Repeat::Writer`]).
const SAME_SPEAKER: [&str; 6] = ["i", "i'm", "i'd", "i've", "i'll", "wishing"];

/// How many of [`SAME_SPEAKER`], from the first, are "I" itself.
const WRITER: usize = 5;

/// Words between the writer and their verb that a reader hears through:
/// "I really valued" and "I valued" open alike.
const INTENSIFIERS: [&str; 7] = [
    "really",
    "truly",
    "especially",
    "particularly",
    "genuinely",
    "so",
    "also",
];

/// What a person can be thanked for, by how the word starts, each thing a
/// bit: a reader hears "conversation" and "talk" as one.
const THANKED: [(&str, u16); 14] = [
    ("time", 1),
    ("conversation", 1 << 1),
    ("talk", 1 << 1),
    ("chat", 1 << 1),
    ("question", 1 << 2),
    ("chance", 1 << 3),
    ("thought", 1 << 4),
    ("welcome", 1 << 5),
    ("interest", 1 << 6),
    ("care", 1 << 7),
    ("help", 1 << 8),
    ("kindness", 1 << 9),
    ("openness", 1 << 10),
    ("consideration", 1 << 11),
];

/// The things `text` names that a person can be thanked for ([`THANKED`]).
fn thanked_for(text: &str) -> u16 {
    let mut things = 0;
    for word in text.split(|c: char| !is_word_char(c)) {
        let folded = fold(word);
        let one = folded.strip_suffix('s').unwrap_or(&folded);
        // A short word only as itself ("careful", "helpful" are other
        // words); "interesting" judges.
        for &(start, thing) in &THANKED {
            if one == start
                || start.len() > 6 && folded.starts_with(start) && folded != "interesting"
            {
                things |= thing;
            }
        }
    }
    things
}

/// Whether a sentence thanks ([`GRATITUDE`]) or values what it names: a
/// colleague's "I really valued your questions on …" has thanked them for
/// their questions.
fn thanks(sentence: &str) -> bool {
    let folded = fold(sentence);
    GRATITUDE.iter().any(|g| folded.contains(g)) || folded.contains("valu")
}

/// Sentences shorter than this ("Thank you.") are common property: no
/// note shares them with another; nor does a thanks of this length
/// ("Thank you so much."), where "Let's stay in touch." in two
/// colleagues' cards is one sentence twice.
pub const SHARED_MIN_WORDS: usize = 4;

/// Whether a sentence is long enough to be shared ([`SHARED_MIN_WORDS`]).
pub fn compared(sentence: &str) -> bool {
    let words = super::text::word_count(sentence);
    let thanks = sentence
        .trim_start()
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("thank"));
    words > SHARED_MIN_WORDS || words == SHARED_MIN_WORDS && !thanks
}

/// The sentences of a note's body, folded for comparing: each line split
/// after `.`, `!` and `?`. A line that does not end a sentence (the
/// greeting, the sign-off, a name) is not one.
pub fn body_sentences(body: &str) -> impl Iterator<Item = String> + '_ {
    raw_sentences(body).map(fold)
}

/// [`body_sentences`] as written.
fn raw_sentences(body: &str) -> impl Iterator<Item = &str> + '_ {
    body.lines().flat_map(|line| {
        let line = line.trim();
        let ends = line.ends_with(['.', '!', '?']);
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in line.char_indices() {
            let next = line[i + c.len_utf8()..].chars().next();
            if ends && ".!?".contains(c) && next.is_none_or(char::is_whitespace) {
                let sentence = line[start..=i].trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = i + c.len_utf8();
            }
        }
        out
    })
}

/// A sentence as [`Written::shared_in`] compares it: folded, with its runs
/// and skeletons.
#[derive(Debug)]
pub struct Compared {
    folded: String,
    runs: Vec<u64>,
    /// Its five words in a row, meaning or not ([`Written::said_again`]).
    said: Vec<u64>,
    skeletons: Vec<u64>,
}

/// Sentences already written in other notes to the same company, which a
/// note must not say again: colleagues compare notes, and a card that copies
/// the email reads as a form. Their openings and three-word phrases too,
/// which a note had better not echo: "I wanted to say thank you for our
/// conversation" and "I wanted to thank you personally for our
/// conversation" are different sentences that read as one form. And what
/// the notes to the same person said, down to the telling words: someone
/// who gets the email and then the card reads both, and "I especially
/// enjoyed touring the workshop" then "I really enjoyed touring the
/// workshop" is the same line twice.
#[derive(Clone, Default)]
pub struct Written {
    /// The user's values in every note of the record, which break runs.
    own: Own,
    sentences: HashSet<String>,
    /// Every sentence's [`runs`]: one that shares a run reads as the same.
    runs: HashSet<u64>,
    /// Every five words in a row, meaning or not: what was said, word for
    /// word ([`Written::holds_runs_of`]).
    said: HashSet<u64>,
    /// Every sentence's [`skeletons`]: one that shares a skeleton reads as
    /// the same sentence reworded.
    skeletons: HashSet<u64>,
    marks: HashSet<u64>,
    /// The openings, phrases and telling words of the notes to the person
    /// being written to ([`Written::next_person`] clears them).
    theirs: HashSet<u64>,
    /// What the notes of this record thank people for ([`thanked_for`]).
    thanked: u16,
}

impl Written {
    /// Nothing written yet to a record whose notes hold the user's values
    /// `own` ([`runs`]).
    pub fn new(own: Own) -> Written {
        Written {
            own,
            ..Written::default()
        }
    }

    /// Records every sentence of a body, and its runs of words.
    pub fn add(&mut self, body: &str) {
        let read = sentences(body, &self.own);
        self.runs.extend(runs_of(&read, RUN_MEANING));
        self.said.extend(runs_of(&read, 0));
        self.skeletons.extend(skeletons_of(&read));
        for sentence in raw_sentences(body).filter(|s| thanks(s)) {
            self.thanked |= thanked_for(sentence);
        }
        self.add_earlier(body);
    }

    /// Records every sentence of a note after an earlier No, read a year
    /// on: only a sentence said again is heard again, not its stock runs
    /// ("Thank you for letting me know the outcome").
    pub fn add_earlier(&mut self, body: &str) {
        self.sentences.extend(body_sentences(body));
        // A word of warmth may come again in another note; only openings
        // and phrases are echoes (and a "Please" lead, which one company's
        // notes had better not all open a sentence with).
        let wide: Vec<u64> = NOTE_WIDE.iter().map(|start| hash(4, start)).collect();
        let print = Print::of(body, &self.own);
        let marks: Vec<u64> = print
            .marks
            .into_iter()
            .filter(|m| !wide.contains(m))
            .collect();
        self.theirs.extend(marks.iter().copied());
        self.theirs.extend(print.words.into_iter().flatten());
        self.marks.extend(marks);
    }

    /// Records what a later note will thank someone for in the user's own
    /// words (a colleague's detail, "your questions on …"): the notes
    /// before it thank for something else.
    pub fn add_thanks_to_come(&mut self, detail: &str) {
        self.thanked |= thanked_for(detail);
    }

    /// Whether nothing was written yet: then nothing is said again.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The notes from here on are to someone else.
    pub fn next_person(&mut self) {
        self.theirs.clear();
    }

    /// How many sentences of a text read by [`Written::compared_in`] (of
    /// [`SHARED_MIN_WORDS`] words or more, as the checker reads them) were
    /// written before, or nearly ([`runs`], [`skeletons`]).
    pub fn shared_in(&self, compared: &[Compared]) -> usize {
        compared
            .iter()
            .filter(|c| {
                self.sentences.contains(&c.folded)
                    || c.runs.iter().any(|r| self.runs.contains(r))
                    || c.skeletons.iter().any(|h| self.skeletons.contains(h))
            })
            .count()
    }

    /// How many sentences of a text already read say five words in a row
    /// that another note said, meaning or not: "I hope you'll keep me in
    /// mind" in two colleagues' asks is heard, though it shares no run of
    /// meaning.
    pub fn said_again(&self, compared: &[Compared]) -> usize {
        compared
            .iter()
            .filter(|c| c.said.iter().any(|r| self.said.contains(r)))
            .count()
    }

    /// The sentences of `text` that [`Written::shared_in`] compares, read
    /// once for a wording the composer weighs again and again: they depend
    /// on nothing written since.
    pub fn compared_in(&self, text: &str) -> Vec<Compared> {
        raw_sentences(text)
            .filter(|s| compared(s))
            .map(|s| {
                let read = sentences(s, &self.own);
                Compared {
                    folded: fold(s),
                    runs: runs_of(&read, RUN_MEANING),
                    said: runs_of(&read, 0),
                    skeletons: skeletons_of(&read),
                }
            })
            .collect()
    }

    /// How many of the things `x` thanks for ([`thanked_for`]) a note of
    /// this record already thanked someone for: colleagues who compare
    /// notes hear "our conversation during the interview" and "the
    /// conversation we had about the role" as one thanks.
    pub fn thanked_again(&self, x: &str) -> usize {
        (thanked_for(x) & self.thanked).count_ones() as usize
    }

    /// Whether `text` shares five words in a row with what was written
    /// before, whether or not they carry meaning ([`runs`] count only those
    /// that do): "to bring my experience in …" was said.
    pub fn holds_runs_of(&self, text: &str) -> bool {
        runs_of(&sentences(text, &self.own), 0)
            .iter()
            .any(|r| self.said.contains(r))
    }

    /// How many openings and phrases of `print` were written before.
    pub fn echoes(&self, print: &Print) -> usize {
        print
            .marks
            .iter()
            .filter(|m| self.marks.contains(m))
            .count()
    }

    /// How many openings, phrases and telling words of `print` the notes to
    /// the same person hold.
    pub fn echoes_to_them(&self, print: &Print) -> usize {
        print
            .marks
            .iter()
            .chain(print.words.iter().flatten())
            .filter(|m| self.theirs.contains(m))
            .count()
    }
}

/// The first repeated opening or phrase in a text, if any.
///
/// ```
/// use kept_in_mind::domain::repetition::{Repeat, first_repeat};
/// assert_eq!(
///     first_repeat("I remain keen. I remain available.", &Default::default()),
///     Some(Repeat::Opening("I remain".into()))
/// );
/// assert_eq!(first_repeat("I remain keen. Thank you.", &Default::default()), None);
/// ```
pub fn first_repeat(text: &str, own: &Own) -> Option<Repeat> {
    Seen::default().repeat_in(text, own)
}

/// The user's values, which a note may repeat without it counting: masked
/// out before comparing, but for the names among them, which a reader hears
/// twice anywhere in a note, as they would a word of warmth.
///
/// ```
/// use kept_in_mind::domain::repetition::{Own, Repeat, first_repeat};
/// let own = Own::new(["Acme", "the Analyst role"], ["Acme"]);
/// assert_eq!(first_repeat("I respect the decision on the Analyst role. I'd like the Analyst role.", &own), None);
/// assert_eq!(
///     first_repeat("I'm keen on Acme. Keep me in mind for roles at Acme.", &own),
///     Some(Repeat::Word("Acme".into()))
/// );
/// ```
#[derive(Clone, Debug, Default)]
pub struct Own {
    /// Lower-cased, trimmed, non-empty; longer values first, so a value
    /// inside another is masked with it.
    values: Vec<String>,
    names: Vec<String>,
}

impl Own {
    /// `values` are every answer of the user's; `names` those of them heard
    /// twice (the company).
    pub fn new<'a>(
        values: impl IntoIterator<Item = &'a str>,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Own {
        let lower = |value: &str| super::case::lower_str(value.trim());
        let names: Vec<String> = names
            .into_iter()
            .map(lower)
            .filter(|v| !v.is_empty())
            .collect();
        let mut values: Vec<String> = values
            .into_iter()
            .map(lower)
            .chain(names.iter().cloned())
            .filter(|v| !v.is_empty())
            .collect();
        values.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        values.dedup();
        Own { values, names }
    }

    /// The values of several people's notes as one: those of a whole record.
    pub fn merged(owns: impl IntoIterator<Item = Own>) -> Own {
        let (mut values, mut names) = (Vec::new(), Vec::new());
        for own in owns {
            values.extend(own.values);
            names.extend(own.names);
        }
        values.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        values.dedup();
        names.dedup();
        Own { values, names }
    }

    /// The values and names some of `owns` hold and others do not: a text
    /// that holds none of them ([`Own::found_in`]) reads the same with any
    /// of `owns`.
    pub fn differing(owns: &[Own]) -> Own {
        let not_all = |list: fn(&Own) -> &Vec<String>| {
            let mut out: Vec<String> = Vec::new();
            for value in owns.iter().flat_map(list) {
                if !out.contains(value) && !owns.iter().all(|own| list(own).contains(value)) {
                    out.push(value.clone());
                }
            }
            out
        };
        Own {
            values: not_all(|own| &own.values),
            names: not_all(|own| &own.names),
        }
    }

    /// Whether `text` holds any of these values or names, anywhere in it.
    pub fn found_in(&self, text: &str) -> bool {
        let lowered = super::case::lower_str(text);
        self.values
            .iter()
            .chain(&self.names)
            .any(|v| lowered.contains(v.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_found() {
        let own = Own::new(
            [
                "Analyst",
                "the Analyst role",
                "n",
                "the team at acme.io",
                "Initech Inc.",
            ],
            ["Acme"],
        );
        // (text, the repeat)
        let cases: [(&str, Option<Repeat>); 42] = [
            (
                "It would be good to catch up. Every good wish.",
                Some(Repeat::Word("good".into())),
            ),
            // A third use is heard however far apart; a second is not.
            (
                "The team was great. I liked it. It was fun. Our team is kind. I enjoyed it. It went well. Good luck to the team.",
                Some(Repeat::Word("team".into())),
            ),
            (
                "The team was great. I liked it. It was fun. Our team is kind. I enjoyed it.",
                None,
            ),
            // One word family, however it ends.
            (
                "Thanks for the interest you showed. I remain interested in Acme.",
                Some(Repeat::Word("interested".into())),
            ),
            (
                "It was good to be considered. Thank you for your consideration.",
                Some(Repeat::Word("consideration".into())),
            ),
            (
                "I really valued the tour. Thank you. I valued hearing about the pilot.",
                Some(Repeat::Opening("I valued".into())),
            ),
            (
                "It meant a lot to be considered. It isn't the news I hoped for.",
                Some(Repeat::Lead("it".into())),
            ),
            (
                "I was glad to hear about the pilot. Do keep in touch. I'm glad to help.",
                Some(Repeat::Word("glad".into())),
            ),
            (
                "Thanks for the welcome you gave me. Do keep in touch. I'd welcome a chat.",
                Some(Repeat::Word("welcome".into())),
            ),
            (
                "It was a pleasure to hear about your work. I'm glad we'll keep working together.",
                Some(Repeat::Word("working".into())),
            ),
            (
                "Here's hoping we meet again. I hope it's a good year.",
                Some(Repeat::Word("hope".into())),
            ),
            // A short plain word ("need") is no telling word, whatever its
            // family holds.
            ("I need a break. The team needed me.", None),
            (
                "I am always glad to talk. I am keen to stay connected.",
                Some(Repeat::Lead("i am".into())),
            ),
            // "Please" leads twice, however far apart.
            (
                "Please accept my thanks. I'm keen on Acme. I hope so. Please keep me in mind.",
                Some(Repeat::Word("Please".into())),
            ),
            // A value's own full stop, where the sentence ends, ends it.
            (
                "I'd love to work at Initech Inc. If a role opens, I'm keen. I'd welcome news.",
                None,
            ),
            (
                "I remain keen on Acme. I remain available to talk.",
                Some(Repeat::Opening("I remain".into())),
            ),
            (
                "If you have a moment, tell me. If you have other roles, say.",
                Some(Repeat::Opening("If you have".into())),
            ),
            (
                "Should anything change, I would welcome the opportunity to talk. It would be good; I would welcome the opportunity again.",
                Some(Repeat::Phrase("I would welcome".into())),
            ),
            // The user's own words may recur: the role named twice.
            (
                "I respect the decision on the Analyst role. Please keep me in mind for the Analyst role.",
                None,
            ),
            // A value may hold a full stop without ending a sentence.
            (
                "Do thank the team at acme.io for me. Any news from the team at acme.io is welcome.",
                None,
            ),
            // The company is heard twice anywhere in a note, as a coach
            // hears an agency's client named again ("the hiring team" reads
            // better).
            (
                "I'm keen on Acme. Please keep me in mind for openings at Acme.",
                Some(Repeat::Word("Acme".into())),
            ),
            (
                "Thanks, Acme. I enjoyed it. It was fun. All the best to ACME.",
                Some(Repeat::Word("ACME".into())),
            ),
            // Phrases of function words only are not counted.
            (
                "Thanks for the talk and for the tour. It was good, and for the team too.",
                None,
            ),
            (
                "Thank you for the call. Thank you for your time.",
                Some(Repeat::Opening("Thank you for".into())),
            ),
            // Thanks twice is thanks twice, however worded.
            (
                "Thank you for the call. Thanks again, and all the best.",
                Some(Repeat::Word("Thanks".into())),
            ),
            (
                "A close decision. I respect the decisions made.",
                Some(Repeat::Word("decisions".into())),
            ),
            (
                "If it helps, call. If not, write.",
                Some(Repeat::Lead("if".into())),
            ),
            ("If it helps, call. Write if not.", None),
            // A condition anywhere in one sentence, leading the next.
            (
                "Keep me in mind when the time is right. When it suits you, call.",
                Some(Repeat::Lead("when".into())),
            ),
            ("When it suits you, call. Please keep me in mind.", None),
            // Two in a row that lead alike, however they go on.
            (
                "Please keep me in mind. Please convey my thanks.",
                Some(Repeat::Lead("please".into())),
            ),
            // "Should" opening a sentence is one more "if"; within one,
            // no "if" for the next to echo.
            (
                "Do think of me if a role opens. Should anything change, call.",
                Some(Repeat::Lead("should".into())),
            ),
            (
                "Keep me in mind should anything change. If you have time, call.",
                None,
            ),
            // "Would" is heard twice close together, however it is used.
            (
                "I would be glad to help. It would be good to talk.",
                Some(Repeat::Word("would".into())),
            ),
            (
                "I would be glad to help. Call any time. Write if not. It would be good to talk.",
                None,
            ),
            // A formal note's "I would" and "I am" lead once.
            (
                "I would be glad to help. I would welcome a call.",
                Some(Repeat::Lead("i would".into())),
            ),
            (
                "I would be glad to help. Call any time. Write if not. I would welcome a call.",
                Some(Repeat::Word("I would".into())),
            ),
            ("", None),
            // The writer leads four sentences in a row; three are fine.
            (
                "I am grateful. I valued your questions. I'm proud of our work. I hope you'll think of me.",
                Some(Repeat::Writer),
            ),
            (
                "I am grateful. I valued your questions. Our work matters. I hope you'll think of me.",
                None,
            ),
            // A mark after a value's full stop is tidied away: two sentences.
            (
                "I am grateful. I valued it. I'm keen on Initech Inc.; I admire you.",
                Some(Repeat::Writer),
            ),
            (
                "I REMAIN keen. i remain calm.",
                Some(Repeat::Opening("i remain".into())),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(first_repeat(text, &own), want, "{text:?}");
        }
    }

    #[test]
    fn the_writers_run_is_counted_across_texts() {
        let own = Own::default();
        // (texts placed one after another, the last one's cost)
        let cases: [(&[&str], usize); 4] = [
            (&["I am grateful. I valued it.", "I'm proud. I hope so."], 1),
            (
                &["I am grateful. I valued it.", "Work matters. I hope so."],
                0,
            ),
            (
                &["I am grateful.", "I valued it.", "I'm proud.", "I hope so."],
                1,
            ),
            (
                &["I am grateful.", "It was kind.", "I'm proud.", "I hope so."],
                0,
            ),
        ];
        for (texts, want) in cases {
            let (last, earlier) = texts.split_last().unwrap();
            let mut before = Prints::default();
            earlier.iter().for_each(|text| {
                before.push(&Print::of(text, &own));
            });
            assert_eq!(Print::of(last, &own).cost_after(&before), want, "{texts:?}");
            // The checker hears what the composer weighs.
            let seen = Seen::default().repeats(&texts.join(" "), &own);
            assert_eq!(seen.contains(&Repeat::Writer), want > 0, "{texts:?}");
        }
    }

    /// Whether each pair of sentences shares a hash of `like` ([`runs`],
    /// [`skeletons`]) as the case says.
    fn check_shared(like: fn(&str, &Own) -> Vec<u64>, own: &Own, cases: &[(&str, &str, bool)]) {
        for &(a, b, want) in cases {
            let theirs = like(b, own);
            let shared = like(a, own).iter().any(|h| theirs.contains(h));
            assert_eq!(shared, want, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn runs_are_shared() {
        let own = Own::new(["Acme", "radio planning"], ["Acme"]);
        // (one sentence, another, whether they share a run of meaning)
        let cases = [
            (
                "I hope the team finds real success with the launch.",
                "Here's hoping the team finds real success.",
                true,
            ),
            // Every ask keeps the user in mind: small words, little meaning.
            (
                "Please keep me in mind for a step up.",
                "I hope you'll keep me in mind for the next step.",
                false,
            ),
            // The writer's thanks open alike up to the word of thanks.
            (
                "I'm so grateful for your questions and your time.",
                "I'm so grateful for the interest you showed in my work.",
                true,
            ),
            (
                "I'm so grateful for your questions and your time.",
                "I am most grateful for your work on my behalf.",
                false,
            ),
            (
                "I wanted to say thank you for our conversations.",
                "I wanted to thank you personally for the time you gave me.",
                true,
            ),
            (
                "Sincere thanks for the chance to meet you.",
                "Sincere thanks for the interest you showed in my work.",
                true,
            ),
            // What a thanks adds before its "for" is an opening.
            (
                "Thank you so much for your questions.",
                "Thanks so much for the interest you showed.",
                true,
            ),
            (
                "Thank you for your questions and your time.",
                "Thank you for the interest you showed in my work.",
                false,
            ),
            // Four words open a sentence alike, unless the writer's own.
            (
                "Do think of me for anything that comes up.",
                "Do think of me if the team grows.",
                true,
            ),
            (
                "I'd be glad to hear from you.",
                "I'd be glad to talk again at any point.",
                false,
            ),
            (
                "I'm looking forward to working together.",
                "I'm looking forward to the year ahead with the team.",
                true,
            ),
            (
                "Here's to the work we'll do together.",
                "Here's to the next chapter for the team.",
                true,
            ),
            (
                "Do think of me.",
                "Do think of me when the time comes.",
                false,
            ),
            (
                "Please keep me in mind for future openings.",
                "Please do keep me in mind if a role like this comes round again.",
                true,
            ),
            (
                "Please keep me in mind for future openings.",
                "Please pass my thanks on to the panel.",
                false,
            ),
            // A short sentence's last three words, one of meaning.
            (
                "Warm wishes to you and everyone there.",
                "My very best to you and everyone there.",
                true,
            ),
            (
                "I hope it's a good year for you all.",
                "It was kind of you to call me yourself.",
                false,
            ),
            // The user's values are theirs to repeat.
            (
                "I'd bring radio planning to Acme one day.",
                "I'd bring radio planning to Acme one day.",
                false,
            ),
        ];
        check_shared(runs, &own, &cases);
    }

    #[test]
    fn a_text_without_differing_values_reads_alike_for_everyone() {
        let priya = Own::new(["Priya", "our talk about the roadmap", "Acme"], ["Acme"]);
        let tom = Own::new(["Tom", "the depot tour", "Acme"], ["Acme"]);
        let differing = Own::differing(&[priya.clone(), tom.clone()]);
        let cases = [
            (
                "I enjoyed our talk about the roadmap. Our talk about the roadmap helped.",
                true,
            ),
            ("Thank you, TOM. Thank you again.", true),
            (
                "I'm still keen on Acme. Acme is where I'd love to work.",
                false,
            ),
            ("I valued the time you gave me. I valued it.", false),
        ];
        for (text, found) in cases {
            assert_eq!(differing.found_in(text), found, "{text}");
            let (for_priya, for_tom) = (Print::of(text, &priya), Print::of(text, &tom));
            // Values only one person has are what make a text read differently.
            let alike = format!("{for_priya:?}") == format!("{for_tom:?}");
            assert_eq!(alike, !found, "{text}");
        }
    }

    #[test]
    fn what_notes_thank_for_is_not_thanked_for_again() {
        let mut written = Written::default();
        written.add("Hi Ann,\n\nThank you for our conversation. I enjoyed the welcome.\n\nSam");
        // A colleague's detail, thanked for in a note still to come.
        written.add_thanks_to_come("your questions on vulnerable customers");
        let cases = [
            ("your questions and your time", 1),
            ("the conversation we had", 1),
            ("the thought you put into my interview", 0),
            // The welcome was enjoyed, not thanked for.
            ("the welcome you gave me", 0),
        ];
        for (thanks, again) in cases {
            assert_eq!(written.thanked_again(thanks), again, "{thanks}");
        }
    }

    #[test]
    fn find_all_finds_what_match_indices_finds() {
        for (hay, needle) in [
            ("acme and acme", "acme"),
            ("aaaa", "aa"),
            ("café acme café", "café"),
            ("no match here", "acme"),
            ("short", "longer than it"),
            ("ééé", "é"),
        ] {
            let want: Vec<usize> = hay.match_indices(needle).map(|(at, _)| at).collect();
            assert_eq!(
                find_all(hay, needle).collect::<Vec<_>>(),
                want,
                "{hay:?} {needle:?}"
            );
        }
    }

    #[test]
    fn skeletons_are_shared() {
        let own = Own::new(["Acme", "the Analyst role", "asset planning"], ["Acme"]);
        // (one sentence, another, whether they read as one reworded)
        let cases = [
            // The company opening both, whatever follows.
            (
                "Acme is still somewhere I'd love to work.",
                "Acme remains high on my list.",
                true,
            ),
            (
                "My interest in Acme hasn't wavered.",
                "Acme remains high on my list.",
                false,
            ),
            (
                "If anything changes, I'd be happy to talk.",
                "If circumstances change, I'm happy to talk at any point.",
                true,
            ),
            // The same strengths offered in a frame with synonyms swapped.
            (
                "I'd welcome the chance to offer your team my background in asset planning.",
                "I'd love the chance to bring my experience in asset planning to your team.",
                true,
            ),
            (
                "I remain fully committed to the team and its work.",
                "I'm still fully committed to everything the team is working on.",
                true,
            ),
            (
                "Wishing you and your colleagues all the best.",
                "I wish you and the team all the best.",
                true,
            ),
            (
                "I hope the coming months go really well for you all.",
                "I hope the year ahead treats you all well.",
                true,
            ),
            (
                "If anything changes, I am always glad to talk.",
                "Should circumstances change, I would be glad to speak again.",
                true,
            ),
            (
                "Here's to a good start for the new hire.",
                "Here's to a smooth start for your new teammate.",
                true,
            ),
            // "Should" and "if" open one condition; "glad" and "happy" are one sense.
            (
                "Should circumstances change, I'd be glad to pick things up again.",
                "If circumstances change, I'm happy to talk at any point.",
                true,
            ),
            // Opened differently, two words of one subject are not one
            // sentence; three are.
            (
                "Here's to a good start for the new hire.",
                "Wishing the team a smooth arrival for your new teammate.",
                false,
            ),
            (
                "Here's to a good start for the new hire.",
                "Wishing the team and your new hire a smooth start.",
                true,
            ),
            (
                "Do keep me in mind when the next step comes.",
                "I hope you'll keep me in mind for the next step.",
                true,
            ),
            (
                "I'd be glad if you'd think of me as I work towards this kind of role.",
                "As I work towards a role like this, I hope you'll think of me.",
                true,
            ),
            (
                "I hope you'll bear me in mind as I build towards a role like this.",
                "As I work towards a role like this, I hope you'll think of me.",
                true,
            ),
            // "Interesting" is no interest in the company, and "I" with
            // one word is no frame.
            (
                "I'm as keen on Acme as ever.",
                "I found it really interesting to hear about the pilot.",
                false,
            ),
            // A short sentence opened alike shares its frame in one word.
            (
                "I remain as committed as ever to the team and its work.",
                "My commitment to the team and its goals is unchanged.",
                true,
            ),
            (
                "Here's to the year ahead together.",
                "Here's to the work we'll do together.",
                true,
            ),
            (
                "I'm looking forward to what's ahead for us.",
                "I look forward to what comes next for the team.",
                true,
            ),
            // The user's values are theirs in every note.
            (
                "I'm glad I met Acme's team for the Analyst role.",
                "I'm glad the Analyst role at Acme drew me in.",
                false,
            ),
            // Synonyms swapped are one sentence.
            (
                "My enthusiasm for Acme hasn't dimmed.",
                "My interest in Acme hasn't wavered.",
                true,
            ),
            (
                "I'm still really keen on Acme.",
                "I'm still very interested in Acme.",
                true,
            ),
            (
                "I'm still really keen on Acme.",
                "I'm as keen on Acme as ever.",
                true,
            ),
            (
                "I'm still really keen on Acme.",
                "Acme is still where I'd most like to work.",
                false,
            ),
            // Past half the sentence, three shared words are a coincidence.
            (
                "I hope the team finds real success with the new product launch this spring.",
                "I hope the team enjoys real success with its new hire.",
                false,
            ),
            (
                "I look forward to the work ahead.",
                "I look forward to working together.",
                true,
            ),
        ];
        check_shared(skeletons, &own, &cases);
    }

    #[test]
    fn seen_compares_across_texts() {
        let mut seen = Seen::default();
        let none = Own::default();
        seen.add("I remain keen on the work.", &none);
        assert_eq!(
            seen.repeat_in("I remain available.", &none),
            Some(Repeat::Opening("I remain".into()))
        );
        assert_eq!(seen.repeat_in("I am still available.", &none), None);
    }
}
