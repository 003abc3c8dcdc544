//! Small text helpers shared by the composer and the checker.
//!
//! They live in one place because the composer and the checker must agree
//! exactly on what a word, a character, a name, a placeholder and a tidy
//! sentence are: a composed note has to pass the checker by construction.
//! Everything is hand-written string code (no regex crate) to keep the
//! WebAssembly bundle small.

/// Characters as LinkedIn-style limits count them: UTF-16 code units.
///
/// A browser `<textarea maxlength>` (LinkedIn's invitation box is one)
/// counts UTF-16 code units, so an emoji or a character outside the Basic
/// Multilingual Plane counts as two. UTF-16 units are never fewer than
/// Unicode scalar values, so this is also the conservative count: a note
/// that fits by it fits by any count. A line break counts as one.
///
/// ```
/// use kept_in_mind::domain::text::char_count;
/// assert_eq!(char_count("Hi 🙂"), 5);
/// ```
pub fn char_count(s: &str) -> usize {
    // From the UTF-8 bytes without decoding them (the whole library is
    // counted at start): a continuation byte adds nothing, a four-byte
    // character's first byte adds two units (a surrogate pair).
    s.bytes()
        .map(|b| match b {
            0x80..=0xBF => 0,
            0xF0.. => 2,
            _ => 1,
        })
        .sum()
}

/// Words: whitespace-separated tokens, as a reader (or a word counter) sees them.
///
/// ```
/// use kept_in_mind::domain::text::word_count;
/// assert_eq!(word_count("Hi Priya,\nthanks"), 3);
/// ```
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// "a" or "an" for the phrase that follows, by its first sound.
///
/// Handles the basics sensibly: vowels ("an interview"), letter-by-letter
/// acronyms ("a UX role", "an HR role", "an MBA"), numbers as spoken
/// ("an 8-person team", "an 11-week project", "a 10-day trial"), a silent h
/// ("an hour") and a "you"/"won" sound ("a university", "a one-off").
///
/// ```
/// use kept_in_mind::domain::text::article;
/// assert_eq!(format!("{} UX role", article("UX role")), "a UX role");
/// assert_eq!(article("hour"), "an");
/// ```
pub fn article(phrase: &str) -> &'static str {
    if vowel_sound(phrase) { "an" } else { "a" }
}

fn vowel_sound(phrase: &str) -> bool {
    let word = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        // "eight", "eleven", "eighteen" and their thousands start with a vowel sound.
        let eleven_or_eighteen =
            (digits.starts_with("11") || digits.starts_with("18")) && digits.len() % 3 == 2;
        return digits.starts_with('8') || eleven_or_eighteen;
    }
    let letters: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
    if is_spelled_out(&letters) {
        // Letter names that start with a vowel sound: "an F", "an M", "an S".
        return "AEFHILMNORSX".contains(first);
    }
    let lower = super::case::lower_str(&letters);
    const SILENT_H: [&str; 5] = ["hour", "honest", "honor", "honour", "heir"];
    const CONSONANT_SOUND: [&str; 19] = [
        "uni", "use", "usa", "usu", "usi", "uti", "uto", "ura", "ure", "uri", "uro", "eu", "ewe",
        "one", "once", "ubiq", "uk", "ufo", "uvu",
    ];
    if SILENT_H.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // "uninformed" and "unimportant" are "un-" words, read with a vowel sound.
    let un_prefix = lower.starts_with("unin") || lower.starts_with("unim");
    if !un_prefix && CONSONANT_SOUND.iter().any(|p| lower.starts_with(p)) {
        return false;
    }
    lower.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// An acronym read letter by letter: all capitals and either short ("UX",
/// "SQL") or without vowels ("HTML"). Longer ones with vowels ("NASA") are
/// read as words.
fn is_spelled_out(letters: &str) -> bool {
    let n = letters.chars().count();
    n >= 1
        && letters.chars().all(char::is_uppercase)
        && (n <= 3 || !letters.chars().any(|c| "AEIOU".contains(c)))
}

/// Whether a string carries any letter or digit at all.
///
/// ```
/// use kept_in_mind::domain::text::has_alnum;
/// assert!(!has_alnum("..."));
/// assert!(has_alnum("a."));
/// ```
pub fn has_alnum(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// The first placeholder or redaction in `s`, if any: `{{role}}`,
/// `[Company Name]`, `<Your name>`, `XXX`, `____`, `****`.
///
/// Such text is never a value: the composer treats a field that contains one
/// as empty, and the checker flags one left in a note.
///
/// ```
/// use kept_in_mind::domain::text::find_placeholder;
/// assert_eq!(find_placeholder("Dear [Name],"), Some("[Name]"));
/// assert_eq!(find_placeholder("Dear Priya,"), None);
/// ```
pub fn find_placeholder(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    // The next "]", ">" and line break at or after a position, each found
    // by a search that only ever moves forward: one pass over the text
    // however many brackets it opens (a megabyte of "<a " once took half a
    // minute here).
    let mut next = [Next::new(']'), Next::new('>'), Next::new('\n')];
    for (i, c) in s.char_indices() {
        match c {
            '{' | '}' => {
                let close = s[i..].find('}').map_or(i, |e| i + e);
                let end = close + s[close..].find(|x| x != '}').unwrap_or(s.len() - close);
                return Some(&s[i..end.max(i + 1)]);
            }
            '[' | '<' => {
                let close = next[usize::from(c == '<')].after(s, i + 1);
                let line_end = next[2].after(s, i + 1);
                if let Some(e) = close.filter(|&e| line_end.is_none_or(|l| l > e)) {
                    let inner = &s[i + 1..e];
                    let starts_like_a_word = inner
                        .trim_start_matches('/')
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                    let blank = inner.chars().all(|c| c == ' ' || c == '_');
                    let bracket_word = c == '[' && (has_alnum(inner) || blank);
                    if inner.len() <= 240
                        && inner.chars().count() <= 60
                        && (bracket_word || starts_like_a_word)
                    {
                        return Some(&s[i..e + 1]);
                    }
                }
            }
            '_' | '*' if b.get(i + 1) == Some(&(c as u8)) && b.get(i + 2) == Some(&(c as u8)) => {
                let len = s[i..].find(|x| x != c).unwrap_or(s.len() - i);
                return Some(&s[i..i + len]);
            }
            _ => {}
        }
    }
    // A redaction such as "XXX" or "xxxx", as a whole word.
    word_spans(s, char::is_alphanumeric)
        .into_iter()
        .find(|&(_, w)| w.len() >= 3 && w.chars().all(|c| c == 'x' || c == 'X'))
        .map(|(_, w)| w)
}

/// The next occurrence of one character at or after a position, for
/// positions that only grow: the search resumes where it stopped, so all
/// the searches over a text together read it once.
struct Next {
    target: char,
    /// The last answer and the position it was asked from.
    found: Option<usize>,
    from: usize,
    searched: bool,
}

impl Next {
    fn new(target: char) -> Next {
        Next {
            target,
            found: None,
            from: 0,
            searched: false,
        }
    }

    fn after(&mut self, s: &str, at: usize) -> Option<usize> {
        let stale = match self.found {
            Some(found) => found < at,
            None => !self.searched,
        };
        if stale {
            let start = at.max(self.from);
            self.found = s[start..].find(self.target).map(|e| start + e);
            self.from = start;
            self.searched = true;
        }
        self.found
    }
}

/// Maximal runs of characters for which `is_word` holds, with their byte offsets.
///
/// ```
/// use kept_in_mind::domain::text::word_spans;
/// assert_eq!(word_spans("a, bc", char::is_alphanumeric), [(0, "a"), (3, "bc")]);
/// ```
pub fn word_spans(s: &str, is_word: impl Fn(char) -> bool) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                spans.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        spans.push((st, &s[st..]));
    }
    spans
}

/// Normalises one line of user input: trims, turns line breaks, tabs and
/// control characters into single spaces, and tidies punctuation (see
/// [`tidy`]). A value with no letter or digit, or with a placeholder in it,
/// becomes empty: it is not a real answer.
///
/// ```
/// use kept_in_mind::domain::text::clean;
/// assert_eq!(clean("  Acme \n Corp "), "Acme Corp");
/// assert_eq!(clean("[Company Name]"), "");
/// ```
pub fn clean(s: &str) -> String {
    let spaced: String = s
        .chars()
        .filter(|&c| !is_invisible_control(c))
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let tidied = trim_joins(&tidy_line(&spaced)).to_string();
    if has_alnum(&tidied) && find_placeholder(&tidied).is_none() && !half_bracket(&tidied) {
        tidied
    } else {
        String::new()
    }
}

/// Characters that change how text displays without being seen: the
/// direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
/// would reverse the rest of a paragraph in the note or the mail subject,
/// the direction marks, and zero-width spaces and joiners that hide inside
/// names ("Pri\u{200B}ya" is not "Priya"). The zero-width joiner and
/// non-joiner stay: emoji and scripts such as Persian need them.
///
/// ```
/// use kept_in_mind::domain::text::strip_invisible;
/// assert_eq!(strip_invisible("Pri\u{200B}ya \u{202E}evil"), "Priya evil");
/// ```
pub fn strip_invisible(s: &str) -> String {
    s.chars().filter(|&c| !is_invisible_control(c)).collect()
}

fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Without what would glue a value to the words around it in a note:
/// leading sentence marks and closing brackets (": Acme", ") Priya"), and
/// trailing opening brackets ("Acme (").
fn trim_joins(s: &str) -> &str {
    let mut s = s.trim_end_matches(['(', '[', ' ']);
    loop {
        let mut chars = s.chars();
        let glued = match chars.next() {
            Some('.') => !chars.next().is_some_and(char::is_alphanumeric),
            Some(c) => ",;:!?)] ".contains(c),
            None => false,
        };
        if !glued {
            return s;
        }
        s = &s[1..];
    }
}

/// Half of a bracketed placeholder ("<Your", "[\\a", "name]", "\"]A"): two
/// answers side by side in a note could otherwise close into one. Any
/// unclosed "[" counts, as [`find_placeholder`] takes any word inside square
/// brackets; an unclosed "<" only before a letter, as it does.
fn half_bracket(s: &str) -> bool {
    // Where the last ">" is, found once, so each "<" is answered at once.
    let last_close = s.rfind('>');
    let mut open_square = false;
    for (i, c) in s.char_indices() {
        match c {
            '[' => open_square = true,
            ']' if !open_square => return true,
            ']' => open_square = false,
            '<' => {
                let rest = &s[i + 1..];
                let tag = rest
                    .trim_start_matches('/')
                    .starts_with(char::is_alphabetic);
                if tag && last_close.is_none_or(|at| at < i) {
                    return true;
                }
            }
            _ => {}
        }
    }
    let chars: Vec<char> = s.chars().collect();
    open_square
        || chars
            .windows(2)
            .any(|w| w[0].is_alphanumeric() && w[1] == '>')
}

/// A user's phrase for use inside a sentence: [`clean`], then without
/// leading or trailing sentence punctuation, so "our talk about hiring." and
/// "our talk about hiring" read the same in a note. An opening bracket that
/// the trim leaves at the end ("Acme (:") goes too: it would glue itself to
/// the note's next word.
///
/// ```
/// use kept_in_mind::domain::text::phrase;
/// assert_eq!(phrase("our chat about roadmaps."), "our chat about roadmaps");
/// ```
pub fn phrase(s: &str) -> String {
    let sentence_mark = |c: char| c.is_whitespace() || ".,;:!?".contains(c);
    let cleaned = clean(s);
    let trimmed = cleaned
        .trim_start_matches(sentence_mark)
        .trim_end_matches(|c: char| sentence_mark(c) || c == '(' || c == '[')
        .to_string();
    if has_alnum(&trimmed) {
        trimmed
    } else {
        String::new()
    }
}

/// A label for use inside a sentence: its first letter lower-cased, unless
/// the first word is a name with capitals of its own ("LinkedIn message"
/// stays, "Email reply" becomes "email reply"); later words are untouched
/// ("how the No arrived").
///
/// ```
/// use kept_in_mind::domain::text::in_sentence;
/// assert_eq!(in_sentence("Phone or LinkedIn address"), "phone or LinkedIn address");
/// assert_eq!(in_sentence("LinkedIn message"), "LinkedIn message");
/// ```
pub fn in_sentence(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or("");
    let mut chars = label.chars();
    match chars.next() {
        Some(first) if !first_word.chars().skip(1).any(char::is_uppercase) => {
            format!("{}{}", super::case::lower(first), chars.as_str())
        }
        _ => label.to_string(),
    }
}

/// Whether a user's phrase is a whole clause ("We talked about hiring",
/// "I love how you work") rather than a noun phrase ("our talk about
/// hiring"): a clause cannot follow "I enjoyed", so the composer writes it as
/// a sentence of its own.
///
/// ```
/// use kept_in_mind::domain::text::is_clause;
/// assert!(is_clause("We talked about hiring"));
/// assert!(!is_clause("our talk"));
/// ```
pub fn is_clause(phrase: &str) -> bool {
    const SUBJECTS: [&str; 24] = [
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "you", "you're",
        "you've", "you'd", "he", "he's", "she", "she's", "they", "they're", "they've", "it",
        "it's", "there", "there's",
    ];
    let first = phrase.split_whitespace().next().unwrap_or("");
    let first = super::case::lower_str(first).replace('’', "'");
    SUBJECTS.contains(&first.as_str())
}

/// The grammatical shape of a user's phrase, which decides the frames it
/// may sit in: "I found {detail} especially valuable" suits "the new pricing
/// model" but makes "consolidating the two depots" sound like the writer's
/// own work, and cannot take "we talked about hiring" at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// "the new pricing model", "your plans for the depot", "our talk about
    /// hiring", and gerunds of what the writer did there ("meeting the team").
    Noun,
    /// A gerund about the other person's work: "consolidating the two depots".
    Gerund,
    /// "how you run handovers", "what you said about hiring".
    Wh,
    /// A whole sentence: "We talked about hiring" ([`is_clause`]).
    Sentence,
}

/// Classifies a user's phrase by its first word.
///
/// ```
/// use kept_in_mind::domain::text::{Shape, shape};
/// assert_eq!(shape("consolidating the two depots"), Shape::Gerund);
/// assert_eq!(shape("the new pricing model"), Shape::Noun);
/// ```
pub fn shape(phrase: &str) -> Shape {
    // Gerunds of what the writer did at the interview read as experiences,
    // not topics: "I especially enjoyed meeting the team".
    const DONE_BY_ME: [&str; 24] = [
        "meeting",
        "pitching",
        "presenting",
        "hearing",
        "learning",
        "seeing",
        "talking",
        "discussing",
        "chatting",
        "exploring",
        "touring",
        "visiting",
        "getting",
        "speaking",
        "walking",
        "watching",
        "trying",
        "being",
        "having",
        "working",
        "sitting",
        "joining",
        "spending",
        "reviewing",
    ];
    // Words ending in "ing" that are not gerunds.
    const NOT_GERUNDS: [&str; 16] = [
        "morning",
        "evening",
        "thing",
        "something",
        "nothing",
        "anything",
        "everything",
        "spring",
        "string",
        "ceiling",
        "wedding",
        "sibling",
        "during",
        "beijing",
        "sterling",
        "viking",
    ];
    const WH: [&str; 7] = ["how", "what", "why", "when", "where", "whether", "which"];
    if is_clause(phrase) {
        return Shape::Sentence;
    }
    let first = fold(phrase.split_whitespace().next().unwrap_or(""));
    let first = first.trim_end_matches([',', '.', ';', ':']);
    if WH.contains(&first) {
        Shape::Wh
    } else if first.len() > 5
        && first.ends_with("ing")
        && first.chars().all(char::is_alphabetic)
        && !DONE_BY_ME.contains(&first)
        && !NOT_GERUNDS.contains(&first)
    {
        Shape::Gerund
    } else {
        Shape::Noun
    }
}

/// A user's phrase at the start of a sentence: its first letter upper-cased,
/// the rest as typed.
///
/// ```
/// use kept_in_mind::domain::text::upper_first;
/// assert_eq!(upper_first("your note about rotas"), "Your note about rotas");
/// ```
pub fn upper_first(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}", super::case::upper(first), chars.as_str()),
        None => String::new(),
    }
}

/// A user's clause as a sentence of its own: a capital first letter and a
/// full stop ("we talked about hiring" becomes "We talked about hiring.").
pub fn as_sentence(clause: &str) -> String {
    if clause.is_empty() {
        return String::new();
    }
    format!("{}.", upper_first(clause))
}

/// Lower-cases the first letter of a user's phrase when it starts with an
/// everyday word ("Our chat about X" inside "I enjoyed our chat about X"),
/// and leaves it alone when it may be a name ("Priya's demo", "Rust").
///
/// ```
/// use kept_in_mind::domain::text::lower_first_if_common;
/// assert_eq!(lower_first_if_common("The roadmap"), "the roadmap");
/// assert_eq!(lower_first_if_common("Priya's demo"), "Priya's demo");
/// ```
pub fn lower_first_if_common(s: &str) -> String {
    const COMMON: [&str; 58] = [
        "the",
        "our",
        "your",
        "my",
        "a",
        "an",
        "how",
        "what",
        "when",
        "why",
        "where",
        "which",
        "that",
        "this",
        "these",
        "those",
        "learning",
        "hearing",
        "meeting",
        "talking",
        "discussing",
        "seeing",
        "working",
        "getting",
        "sharing",
        "chatting",
        "exploring",
        "reviewing",
        "building",
        "designing",
        "you",
        "we",
        "it",
        "its",
        "their",
        "his",
        "her",
        "some",
        "any",
        "all",
        "both",
        "every",
        "each",
        "about",
        "with",
        "during",
        "after",
        "insights",
        "advice",
        "feedback",
        "conversation",
        "conversations",
        "chat",
        "discussion",
        "talk",
        "time",
        "being",
        "having",
    ];
    let first_word: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = first_word.chars();
    let title_case = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    let common = COMMON.contains(&first_word.to_ascii_lowercase().as_str());
    if title_case && (common || shape(s) == Shape::Gerund) {
        let mut out = s.to_string();
        out[..1].make_ascii_lowercase();
        out
    } else {
        s.to_string()
    }
}

/// Words typed before a name that are not part of it.
const TITLES: &[&str] = &[
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Miss",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
];
/// Words typed after a surname that are not part of it.
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV", "PhD", "MD", "MBA", "Esq"];
/// Lower-case particles that belong to the surname after them.
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "dos", "das",
    "ter", "ten", "bin", "ibn", "al",
];

/// The first word of a name ("Priya" from "Priya Shah"), after a title
/// typed into it ("Dr. Jana Novák" greets as "Hi Jana"); a name written
/// without spaces (as many CJK names are) is used whole. Trailing commas,
/// colons and full stops are not part of it ("J." greets as "Hi J,").
///
/// A double first name written with a space ("Kerry Ann Doyle") is kept
/// whole when its second word is one that is rarely a surname
/// ([`SECOND_GIVEN`]); any other middle word may be a first surname
/// ("María García López"), so it is left out.
///
/// ```
/// use kept_in_mind::domain::text::first_name;
/// assert_eq!(first_name("Mary-Jane O'Neil"), "Mary-Jane");
/// assert_eq!(first_name("Dr. Jana Novák"), "Jana");
/// assert_eq!(first_name("Kerry Ann Doyle"), "Kerry Ann");
/// assert_eq!(first_name("María García López"), "María");
/// ```
pub fn first_name(name: &str) -> &str {
    let mut words = name_words(name);
    let mut first = words.next().unwrap_or("");
    if TITLES.contains(&first)
        && let Some(next) = words.next()
    {
        first = next;
    }
    let second = words.next();
    match (second, words.next()) {
        (Some(second), Some(_)) if SECOND_GIVEN.iter().any(|g| g.eq_ignore_ascii_case(second)) => {
            let at = |w: &str| w.as_ptr() as usize - name.as_ptr() as usize;
            &name[at(first)..at(second) + second.len()]
        }
        _ => first,
    }
}

/// Second words of double first names that are rarely surnames or middle
/// names on their own: "Kerry Ann", "Mary Jo", "Jean Luc". "Louise" or
/// "Marie" are as often a middle name, so they are left out.
const SECOND_GIVEN: [&str; 8] = ["Ann", "Beth", "Jo", "Lou", "Luc", "Mae", "Pierre", "Sue"];

/// The surname: the last word of a name with the particles before it and
/// without a suffix after it ("van der Berg" from "Anna van der Berg",
/// "Lee" from "Sam Lee Jr."), or the whole name when it has no spaces.
/// A double surname ("García López") cannot be told from a middle name, so
/// only its last word is taken.
///
/// ```
/// use kept_in_mind::domain::text::surname;
/// assert_eq!(surname("Jana van der Berg"), "van der Berg");
/// assert_eq!(surname("Sam Lee Jr."), "Lee");
/// ```
pub fn surname(name: &str) -> String {
    let words: Vec<&str> = name_words(name).collect();
    let mut end = words.len();
    while end > 1 && SUFFIXES.contains(&words[end - 1]) {
        end -= 1;
    }
    let Some(last) = end.checked_sub(1) else {
        return String::new();
    };
    let mut start = last;
    while start > 0 && PARTICLES.contains(&words[start - 1]) {
        start -= 1;
    }
    words[start..end].join(" ")
}

fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches([',', ';', ':', '.', '!', '?']))
        .filter(|w| has_alnum(w))
}

/// Tidies a composed text line by line: single spaces, no space before
/// `, . ; : ! ? )` or after `(`, a run of punctuation collapsed to its
/// strongest mark (",." and ".." become "."), no empty brackets, no trailing
/// spaces and at most one blank line in a row.
///
/// It only moves spaces and punctuation, never letters, so every word of a
/// user's answer survives it unchanged.
///
/// ```
/// use kept_in_mind::domain::text::tidy;
/// assert_eq!(tidy("Thanks ,  Priya.."), "Thanks, Priya.");
/// ```
pub fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.lines() {
        let line = tidy_line(line);
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

/// Sentence marks that merge when they pile up, strongest first.
const MARKS: &str = "?!.:;,";

fn tidy_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            space = !out.is_empty() && !out.ends_with(['(', '[']);
            continue;
        }
        // A dot that starts a word (".NET", ".5") keeps its space, even
        // after a comma ("calling, .NET"); one glued to a mark ("a..b") merges.
        let word_dot = c == '.'
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
            && (space || !out.ends_with(|l| MARKS.contains(l)));
        if MARKS.contains(c) && !word_dot {
            space = false;
            if let Some(last) = out.chars().last().filter(|l| MARKS.contains(*l)) {
                if MARKS.find(c) < MARKS.find(last) {
                    out.pop();
                    out.push(c);
                }
                continue;
            }
            out.push(c);
            continue;
        }
        if c == ')' || c == ']' {
            let open = if c == ')' { '(' } else { '[' };
            if out.ends_with(open) {
                out.pop();
                // Keep two words apart when "a()b" loses its brackets.
                space = out.chars().last().is_some_and(|l| !MARKS.contains(l));
                if out.ends_with(' ') {
                    out.pop();
                    space = true;
                }
                continue;
            }
            space = false;
            out.push(c);
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Sentences as a reader counts them: a run of `.`, `!` or `?` that ends a
/// line or is followed by a space and something other than a lower-case
/// letter ("Acme Inc. and" is one sentence, "Thanks. I" two).
///
/// ```
/// use kept_in_mind::domain::text::sentence_count;
/// assert_eq!(sentence_count("Thank you. I enjoyed it."), 2);
/// assert_eq!(sentence_count("Acme Inc. and I met."), 1);
/// ```
pub fn sentence_count(s: &str) -> usize {
    let mut count = 0;
    for line in s.lines() {
        let chars: Vec<char> = line.trim_end().chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !".!?".contains(chars[i]) {
                i += 1;
                continue;
            }
            while i < chars.len() && ".!?".contains(chars[i]) {
                i += 1;
            }
            let ends = match chars.get(i) {
                None => true,
                Some(c) if c.is_whitespace() => chars[i..]
                    .iter()
                    .find(|c| !c.is_whitespace())
                    .is_none_or(|c| !c.is_lowercase()),
                Some(_) => false,
            };
            if ends {
                count += 1;
            }
        }
    }
    count
}

/// The byte offsets of each occurrence of `needle` in `haystack` that stands
/// as whole words (no letter or digit right before or after it).
///
/// ```
/// use kept_in_mind::domain::text::find_words;
/// assert_eq!(find_words("unfair, unfairly", "unfair"), [0]);
/// ```
pub fn find_words(haystack: &str, needle: &str) -> Vec<usize> {
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(needle) {
        let at = from + pos;
        let end = at + needle.len();
        let before_ok = !haystack[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !haystack[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            hits.push(at);
        }
        from = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
    }
    hits
}

/// Lower-cases and straightens curly apostrophes, for case-insensitive
/// matching of phrases. One char in gives one char out, except for the rare
/// letters whose lower case is longer; callers use it for finding, not for
/// slicing the original.
///
/// ```
/// use kept_in_mind::domain::text::fold;
/// assert_eq!(fold("I’M"), "i'm");
/// ```
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .map(super::case::lower)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(f: impl Fn(&str) -> String, cases: &[(&str, &str)]) {
        for (input, want) in cases {
            assert_eq!(f(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn articles() {
        table(
            |s| format!("{} {s}", article(s)),
            &[
                ("interview", "an interview"),
                ("UX role", "a UX role"),
                ("HR role", "an HR role"),
                ("MBA", "an MBA"),
                ("SQL team", "an SQL team"),
                ("HTML role", "an HTML role"),
                ("NASA project", "a NASA project"),
                ("8-person team", "an 8-person team"),
                ("11-week project", "an 11-week project"),
                ("18,000-user product", "an 18,000-user product"),
                ("10-day trial", "a 10-day trial"),
                ("110-seat office", "a 110-seat office"),
                ("hour", "an hour"),
                ("honest answer", "an honest answer"),
                ("university role", "a university role"),
                ("user researcher role", "a user researcher role"),
                ("uninformed guess", "an uninformed guess"),
                ("urban planning role", "an urban planning role"),
                ("one-off project", "a one-off project"),
                ("European role", "a European role"),
                ("engineering manager role", "an engineering manager role"),
                ("iOS role", "an iOS role"),
                ("X-ray technician role", "an X-ray technician role"),
                ("product role", "a product role"),
                ("", "a "),
            ],
        );
    }

    #[test]
    fn cleaning() {
        table(
            clean,
            &[
                ("  Acme \n\t Corp ", "Acme Corp"),
                ("O'Neil", "O'Neil"),
                ("Zoë Müller-Lüdenscheidt", "Zoë Müller-Lüdenscheidt"),
                ("山田太郎", "山田太郎"),
                ("Acme , Inc..", "Acme, Inc."),
                ("a()b", "a b"),
                ("( hello )", "(hello)"),
                ("[Company]", ""),
                ("{{role}}", ""),
                ("XXX", ""),
                ("____", ""),
                ("****", ""),
                ("<Your name>", ""),
                ("<script>alert(1)</script>", ""),
                ("...", ""),
                ("Yahoo!!", "Yahoo!"),
                (":0", "0"),
                (") Priya (", "Priya"),
                (". . x", "x"),
                (".NET Foundation", ".NET Foundation"),
                ("I <3 it", "I <3 it"),
                ("<Your", ""),
                ("</b", ""),
                ("name]", ""),
                ("[\\a", ""),
                ("\"]A", ""),
                ("a] and [b", ""),
                ("a [-] b", "a [-] b"),
                ("x -> y", "x -> y"),
            ],
        );
    }

    #[test]
    fn labels_in_a_sentence() {
        table(
            in_sentence,
            &[
                ("Email reply", "email reply"),
                ("LinkedIn invitation", "LinkedIn invitation"),
                ("How the No arrived", "how the No arrived"),
                ("Phone or LinkedIn address", "phone or LinkedIn address"),
                ("UX role", "UX role"),
                ("", ""),
            ],
        );
    }

    #[test]
    fn clauses() {
        table(
            |s| format!("{}|{}", is_clause(s), as_sentence(s)),
            &[
                ("We talked about hiring", "true|We talked about hiring."),
                ("we talked about hiring", "true|We talked about hiring."),
                (
                    "I love how you support open source",
                    "true|I love how you support open source.",
                ),
                (
                    "You’re building a great team",
                    "true|You’re building a great team.",
                ),
                ("our talk about hiring", "false|Our talk about hiring."),
                ("Talking about hiring", "false|Talking about hiring."),
                ("Ivy's demo", "false|Ivy's demo."),
                ("", "false|"),
            ],
        );
    }

    #[test]
    fn invisible_controls_are_stripped() {
        let cases = [
            ("Pri\u{200B}ya", "Priya"),
            ("\u{202E}evil\u{202C} text", "evil text"),
            ("\u{2066}Acme\u{2069}", "Acme"),
            ("\u{FEFF}Sam", "Sam"),
            // Joiners stay: they are part of emoji and of some scripts.
            ("👩\u{200D}💻 team", "👩\u{200D}💻 team"),
            ("می\u{200C}خواهم", "می\u{200C}خواهم"),
        ];
        for (input, want) in cases {
            assert_eq!(strip_invisible(input), want, "{input:?}");
            assert_eq!(clean(input), want, "{input:?}");
        }
    }

    /// A megabyte of half-open brackets is read in one pass: the leftover
    /// placeholder search was quadratic and froze the tab for half a minute.
    #[test]
    fn a_megabyte_of_brackets_is_quick() {
        for unit in ["<a ", "[a ", "{a ", "a> ", "a] "] {
            let text = unit.repeat(350_000);
            let start = std::time::Instant::now();
            let _ = find_placeholder(&text);
            let _ = clean(&text);
            // Linear work takes milliseconds; quadratic took tens of seconds.
            assert!(
                start.elapsed().as_secs() < 5,
                "{unit:?}: {:?}",
                start.elapsed()
            );
        }
    }

    #[test]
    fn shapes() {
        let cases = [
            ("the new pricing model", Shape::Noun),
            ("your plans for the depot", Shape::Noun),
            ("our talk about hiring", Shape::Noun),
            ("meeting the team", Shape::Noun),
            ("Beijing office tour", Shape::Noun),
            ("consolidating the two depots", Shape::Gerund),
            ("Rebuilding onboarding", Shape::Gerund),
            ("how you run handovers", Shape::Wh),
            ("What you said about hiring", Shape::Wh),
            ("We talked about hiring", Shape::Sentence),
            ("", Shape::Noun),
        ];
        for (phrase, want) in cases {
            assert_eq!(shape(phrase), want, "{phrase:?}");
        }
    }

    #[test]
    fn phrases() {
        table(
            phrase,
            &[
                ("our chat about roadmaps.", "our chat about roadmaps"),
                ("  the demo!  ", "the demo"),
                (", and more", "and more"),
                ("?!", ""),
                ("Acme (:", "Acme"),
                ("the (draft) plan.", "the (draft) plan"),
            ],
        );
    }

    #[test]
    fn first_letters() {
        table(
            lower_first_if_common,
            &[
                ("Our chat", "our chat"),
                ("The roadmap", "the roadmap"),
                ("Priya's demo", "Priya's demo"),
                ("Rust", "Rust"),
                ("UX", "UX"),
                ("Émile", "Émile"),
            ],
        );
    }

    #[test]
    fn names() {
        table(
            |s| format!("{}|{}", first_name(s), surname(s)),
            &[
                ("Priya Shah", "Priya|Shah"),
                ("Mary-Jane O'Neil", "Mary-Jane|O'Neil"),
                ("山田太郎", "山田太郎|山田太郎"),
                ("Smith, John", "Smith|John"),
                ("Anna van der Berg", "Anna|van der Berg"),
                ("Sam Lee Jr.", "Sam|Lee"),
                ("Dr. Jana Novák", "Jana|Novák"),
                ("Ms Priya Shah PhD", "Priya|Shah"),
                ("Dr", "Dr|Dr"),
                ("van Berg", "van|van Berg"),
                ("- Priya", "Priya|Priya"),
                // A double first name, but not a double surname.
                ("Kerry Ann Doyle", "Kerry Ann|Doyle"),
                ("Dr Mary Jo Kent", "Mary Jo|Kent"),
                ("María García López", "María|López"),
                ("Kerry Ann", "Kerry|Ann"),
                ("kerry ann doyle", "kerry ann|doyle"),
                ("Emma Louise Smith", "Emma|Smith"),
                ("", "|"),
            ],
        );
    }

    #[test]
    fn tidying() {
        table(
            tidy,
            &[
                ("Thanks ,  Priya..", "Thanks, Priya."),
                ("Acme Inc.. ", "Acme Inc."),
                ("one,. two", "one. two"),
                ("Yahoo!.", "Yahoo!"),
                ("a ( ) b", "a b"),
                ("line\n\n\n\nnext  ", "line\n\nnext"),
                ("  Hi Priya,\nThanks.", "Hi Priya,\nThanks."),
                ("Re: Your application", "Re: Your application"),
                ("https://example.com", "https://example.com"),
                ("built on .NET and C#", "built on .NET and C#"),
                ("a..b", "a.b"),
                ("\",.A", "\".A"),
                ("calling, .0 A, and", "calling, .0 A, and"),
                ("a, .NET b", "a, .NET b"),
            ],
        );
        for s in ["a ( ) . b", "x..,;y", "(( ))z", "  ,lead", "a, . .5"] {
            assert_eq!(tidy(&tidy(s)), tidy(s), "tidy is idempotent on {s:?}");
        }
    }

    #[test]
    fn counting() {
        let cases: &[(&str, usize, usize, usize)] = &[
            // text, words, chars (UTF-16), sentences
            ("Hi Priya,\nThank you. I enjoyed it.", 7, 34, 2),
            ("Hi 🙂", 2, 5, 0),
            ("At Acme Inc. and beyond.", 5, 24, 1),
            ("3.5 years? Yes!", 3, 15, 2),
            ("", 0, 0, 0),
            // Two-, three- and four-byte characters: é, ’ and 𝄞.
            ("Café – ’tis 𝄞", 4, 14, 0),
        ];
        for (text, words, chars, sentences) in cases {
            assert_eq!(word_count(text), *words, "{text:?}");
            assert_eq!(char_count(text), *chars, "{text:?}");
            assert_eq!(char_count(text), text.encode_utf16().count(), "{text:?}");
            assert_eq!(sentence_count(text), *sentences, "{text:?}");
        }
    }

    #[test]
    fn placeholders() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Dear [Name],", Some("[Name]")),
            ("the {{role}} role", Some("{{role}}")),
            ("at XXX today", Some("XXX")),
            ("sign ____ here", Some("____")),
            ("Hello <First name>", Some("<First name>")),
            ("Maxx and Xavier", None),
            ("I <3 this", None),
            ("a_b and 2*3", None),
        ];
        for (text, want) in cases {
            assert_eq!(find_placeholder(text), *want, "{text:?}");
        }
    }

    #[test]
    fn whole_words() {
        assert_eq!(find_words("unfair, unfairly", "unfair"), vec![0]);
        assert_eq!(find_words("ab ab", "ab"), vec![0, 3]);
        assert!(find_words("x", "").is_empty());
    }
}
