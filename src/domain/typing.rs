//! Messy typing: text-speak, names in lower case, a pronoun about the person
//! the note is to, and fragments that fit no sentence.
//!
//! One reading of it serves twice: the question pages show a calm hint (and
//! a fix when one is certain) where the words are typed, and the checker
//! reports the same slips when they reach a note. Nothing here rewrites on
//! its own; a fix is only offered.

use crate::domain::case::upper;
use crate::domain::text::{PARTICLES, fold, word_spans};

/// Text-speak and abbreviations a note should spell out, with the words.
/// Only forms that are never ordinary words ("q3", "CEO" and "UX" are fine).
const TEXT_SPEAK: [(&str, &str); 22] = [
    ("abt", "about"),
    ("ur", "your"),
    ("u", "you"),
    ("w", "with"),
    ("w/", "with"),
    ("rlly", "really"),
    ("rly", "really"),
    ("mgmt", "management"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("thnx", "thanks"),
    ("ty", "thank you"),
    ("thru", "through"),
    ("b4", "before"),
    ("bc", "because"),
    ("cuz", "because"),
    ("tho", "though"),
    ("ppl", "people"),
    ("convo", "conversation"),
    ("tmrw", "tomorrow"),
    ("govt", "government"),
];

/// Pronouns for one person other than the writer.
const PRONOUNS: [&str; 6] = ["he", "she", "him", "her", "his", "hers"];

/// Past-tense verbs that open a detail with no one doing them ("talked abt
/// the rota app"), which no frame of a note can hold.
const BARE_VERBS: [&str; 14] = [
    "talked",
    "discussed",
    "chatted",
    "spoke",
    "went",
    "spent",
    "helped",
    "showed",
    "explained",
    "asked",
    "mentioned",
    "told",
    "gave",
    "walked",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '/'
}

/// The text's words as written, each with its byte offset; a trailing
/// slash stays only on "w/".
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    word_spans(text, is_word).into_iter().map(|(at, w)| {
        let w = w.trim_start_matches('/');
        let w = if fold(w) == "w/" {
            w
        } else {
            w.trim_end_matches('/')
        };
        (at, w)
    })
}

/// Each piece of text-speak in `text`, as written, with the words it stands for.
///
/// ```
/// use kept_in_mind::domain::typing::text_speak;
/// assert_eq!(text_speak("chat abt Q3 w Sam"), [("abt", "about"), ("w", "with")]);
/// ```
pub fn text_speak(text: &str) -> Vec<(&str, &'static str)> {
    words(text)
        .filter_map(|(_, w)| expansion(w).map(|long| (w, long)))
        .collect()
}

/// What a word of text-speak stands for. Short forms count only in lower
/// case, where they cannot be an acronym ("BC", "W" for a building).
fn expansion(word: &str) -> Option<&'static str> {
    let folded = fold(word);
    if folded.chars().count() <= 2 && folded != word {
        return None;
    }
    TEXT_SPEAK
        .iter()
        .find(|(short, _)| *short == folded)
        .map(|(_, long)| *long)
}

/// `text` with its text-speak spelled out, a capital kept where the short
/// form had one.
///
/// ```
/// use kept_in_mind::domain::typing::spelled_out;
/// assert_eq!(spelled_out("Rlly useful chat abt ur plan"), "Really useful chat about your plan");
/// ```
pub fn spelled_out(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut from = 0;
    for (at, w) in words(text) {
        if let Some(long) = expansion(w) {
            out.push_str(&text[from..at]);
            if w.starts_with(char::is_uppercase) {
                out.push_str(&capitalised_word(long));
            } else {
                out.push_str(long);
            }
            from = at + w.len();
        }
    }
    out.push_str(&text[from..]);
    out
}

fn capitalised_word(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| upper(c).to_string() + chars.as_str())
        .unwrap_or_default()
}

/// A name or company typed all in lower case, written with capitals: each
/// word's first letter, and a letter after an apostrophe or hyphen
/// ("o'neill" is "O'Neill"); particles inside a name stay small. `None`
/// when the value has a capital already or no letters.
///
/// ```
/// use kept_in_mind::domain::typing::capitalised;
/// assert_eq!(capitalised("jess o'neill").as_deref(), Some("Jess O'Neill"));
/// assert_eq!(capitalised("anna van der berg").as_deref(), Some("Anna van der Berg"));
/// assert_eq!(capitalised("Harrow & Lane"), None);
/// ```
pub fn capitalised(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.chars().any(char::is_lowercase) && !value.chars().any(char::is_uppercase);
    if !lower {
        return None;
    }
    let words: Vec<&str> = value.split(' ').collect();
    let last = words.len() - 1;
    let fixed: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            if i > 0 && i < last && PARTICLES.contains(word) {
                return word.to_string();
            }
            let mut out = String::with_capacity(word.len());
            let mut start = true;
            for c in word.chars() {
                out.push(if start { upper(c) } else { c });
                start = matches!(c, '-' | '.' | '(')
                    || (matches!(c, '\'' | '\u{2019}') && out.chars().count() == 2);
            }
            out
        })
        .collect();
    Some(fixed.join(" "))
}

/// The first pronoun for one other person in `text`, as written ("She").
///
/// ```
/// use kept_in_mind::domain::typing::pronoun;
/// assert_eq!(pronoun("She was rlly helpful"), Some("She"));
/// assert_eq!(pronoun("the theme here"), None);
/// ```
pub fn pronoun(text: &str) -> Option<&str> {
    words(text)
        .map(|(_, w)| w)
        .find(|w| PRONOUNS.contains(&fold(w).as_str()))
}

/// A phrase opening with a past-tense verb and no one doing it.
///
/// ```
/// use kept_in_mind::domain::typing::is_fragment;
/// assert!(is_fragment("talked abt the rota app"));
/// assert!(!is_fragment("We talked about the rota app"));
/// ```
pub fn is_fragment(text: &str) -> bool {
    words(text)
        .next()
        .is_some_and(|(_, w)| BARE_VERBS.contains(&fold(w).as_str()))
}

/// What a question page says under a box, at most one thing at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Advice {
    /// A name or company in lower case; the fix writes it with capitals.
    Capitals { fix: String },
    /// Text-speak; the fix spells it out.
    TextSpeak {
        word: String,
        instead: &'static str,
        fix: String,
    },
    /// "he" or "she" about the person the note is to.
    AboutThem { pronoun: String },
    /// A phrase no sentence can hold ("talked abt …").
    Fragment,
}

impl Advice {
    /// The hint in plain words.
    pub fn message(&self) -> String {
        match self {
            Advice::Capitals { .. } => "Names read best with capitals.".into(),
            Advice::TextSpeak { word, instead, .. } => {
                format!("“{word}” will read better as “{instead}”.")
            }
            Advice::AboutThem { pronoun } => {
                format!("The note is to this person, so “{pronoun}” would read as “you”.")
            }
            Advice::Fragment => {
                "Try “the rota app” or a whole sentence, “We talked about the rota app.”".into()
            }
        }
    }

    /// The value with the fix applied, when one is certain.
    pub fn fix(&self) -> Option<&str> {
        match self {
            Advice::Capitals { fix } | Advice::TextSpeak { fix, .. } => Some(fix),
            Advice::AboutThem { .. } | Advice::Fragment => None,
        }
    }
}

/// How a box's value is read for advice.
pub type Advise = fn(&str) -> Option<Advice>;

/// Advice on a name or company as typed.
///
/// ```
/// use kept_in_mind::domain::typing::{Advice, name_advice};
/// assert_eq!(name_advice("jen torres").and_then(|a| a.fix().map(String::from)).as_deref(), Some("Jen Torres"));
/// assert_eq!(name_advice("Jen Torres"), None);
/// ```
pub fn name_advice(value: &str) -> Option<Advice> {
    capitalised(value).map(|fix| Advice::Capitals { fix })
}

/// Advice on a phrase typed about a person the note is to (their detail):
/// text-speak first, then a pronoun about them, then a fragment.
///
/// ```
/// use kept_in_mind::domain::typing::{Advice, phrase_advice};
/// let advice = phrase_advice("She rlly helped", true).unwrap();
/// assert_eq!(advice.fix(), Some("She really helped"));
/// assert_eq!(phrase_advice("She really helped", true), Some(Advice::AboutThem { pronoun: "She".into() }));
/// assert_eq!(phrase_advice("She really helped", false), None);
/// ```
pub fn phrase_advice(value: &str, to_them: bool) -> Option<Advice> {
    if let Some((word, instead)) = text_speak(value).first() {
        return Some(Advice::TextSpeak {
            word: word.to_string(),
            instead,
            fix: spelled_out(value),
        });
    }
    if let Some(pronoun) = pronoun(value).filter(|_| to_them) {
        return Some(Advice::AboutThem {
            pronoun: pronoun.to_string(),
        });
    }
    is_fragment(value).then_some(Advice::Fragment)
}

/// Advice on a detail typed about the person a note is to.
pub fn detail_advice(value: &str) -> Option<Advice> {
    phrase_advice(value, true)
}

/// Advice on the user's own words (strengths, what they admire).
pub fn own_words_advice(value: &str) -> Option<Advice> {
    phrase_advice(value, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What each typed value gets: (value, written to them, the hint's
    /// kind, the fix).
    #[test]
    fn advice_for_typed_values() {
        type Case = (
            &'static str,
            bool,
            Option<&'static str>,
            Option<&'static str>,
        );
        let cases: &[Case] = &[
            (
                "chat abt q3 roadmap",
                true,
                Some("text"),
                Some("chat about q3 roadmap"),
            ),
            (
                "ur feedback on my portfolio",
                true,
                Some("text"),
                Some("your feedback on my portfolio"),
            ),
            (
                "w the e-bike servicing backlog",
                true,
                Some("text"),
                Some("with the e-bike servicing backlog"),
            ),
            (
                "He spent ages going thru my business case",
                true,
                Some("text"),
                Some("He spent ages going through my business case"),
            ),
            (
                "payments mgmt",
                false,
                Some("text"),
                Some("payments management"),
            ),
            (
                "what she said about parent evenings",
                true,
                Some("pronoun"),
                None,
            ),
            (
                "his work on waiting-list triage",
                true,
                Some("pronoun"),
                None,
            ),
            (
                "talked abt the rota mgmt app",
                true,
                Some("text"),
                Some("talked about the rota management app"),
            ),
            ("talked about the rota app", true, Some("fragment"), None),
            ("the Q3 roadmap and the CEO's plans", true, None, None),
            ("the theme of the hero banner", true, None, None),
            ("your advice on portfolio reviews", true, None, None),
            ("Shared ownership plans", true, None, None),
        ];
        for (value, to_them, kind, fix) in cases {
            let advice = phrase_advice(value, *to_them);
            let got = advice.as_ref().map(|a| match a {
                Advice::TextSpeak { .. } => "text",
                Advice::AboutThem { .. } => "pronoun",
                Advice::Fragment => "fragment",
                Advice::Capitals { .. } => "capitals",
            });
            assert_eq!(got, *kind, "{value:?}");
            assert_eq!(advice.as_ref().and_then(Advice::fix), *fix, "{value:?}");
            if let Some(a) = &advice {
                assert!(!a.message().is_empty());
            }
        }
    }

    #[test]
    fn names_in_lower_case() {
        let cases = [
            ("jen torres", Some("Jen Torres")),
            ("jess o'neill", Some("Jess O'Neill")),
            ("harrow & lane", Some("Harrow & Lane")),
            ("mary-jane smith", Some("Mary-Jane Smith")),
            ("anna van der berg", Some("Anna van der Berg")),
            ("van morrison", Some("Van Morrison")),
            ("d'arcy", Some("D'Arcy")),
            ("eBay", None),
            ("Jen Torres", None),
            ("ACME", None),
            ("", None),
            ("42", None),
        ];
        for (value, want) in cases {
            assert_eq!(capitalised(value).as_deref(), want, "{value:?}");
        }
    }

    /// Fixing never touches anything but the text-speak and capitals, so
    /// every other character of what was typed survives.
    #[test]
    fn fixes_keep_everything_else() {
        let values = [
            "a b c",
            "w/ the team",
            "Ur plan, abt Q3!",
            "thx u",
            "abc abt",
        ];
        for value in values {
            let fixed = spelled_out(value);
            assert!(text_speak(&fixed).is_empty(), "{value:?} → {fixed:?}");
            let kept: String = value
                .chars()
                .filter(|c| !c.is_alphanumeric())
                .filter(|c| *c != '/')
                .collect();
            let now: String = fixed
                .chars()
                .filter(|c| !c.is_alphanumeric())
                .filter(|c| *c != '/')
                .collect();
            assert_eq!(kept, now, "{value:?}");
            if let Some(fixed) = capitalised(&fold(value)) {
                assert_eq!(fold(&fixed), fold(value));
            }
        }
    }
}
