//! Messy typing: text-speak, names in lower case, a pronoun about the person
//! the note is to, and fragments that fit no sentence.
//!
//! One reading of it serves twice: the question pages show a calm hint (and
//! a fix when one is certain) where the words are typed, and the checker
//! reports the same slips when they reach a note. Nothing here rewrites on
//! its own; a fix is only offered.

use crate::domain::case::upper;
use crate::domain::check::proper_nouns;
use crate::domain::text::{PARTICLES, fold, is_clause, lower_first_if_common, word_spans};

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

/// Pronouns for one person other than the writer, each with what it
/// becomes when that person is the reader. "her" is "your" or "you" by the
/// words around it ([`second_person`]).
const PRONOUNS: [(&str, &str); 8] = [
    ("he", "you"),
    ("she", "you"),
    ("him", "you"),
    ("her", "your"),
    ("his", "your"),
    ("hers", "yours"),
    ("himself", "yourself"),
    ("herself", "yourself"),
];

/// Words after which "her" can only be "your" ("with her team"), and
/// before which it can only be "you" ("asked her about", "told her the
/// plan"): prepositions, "and"/"or", determiners. One string, not an
/// array, to keep the bundle small.
const LINKS: &str = "about at by for from in into of on to with over after before like through and or the a an that";

/// Adverbs that may stand between "she" and her verb ("she also said"),
/// besides those ending in "ly", and after an object "her" ("thanked her
/// too").
const ADVERBS: &str = "also always just even never often still perhaps sometimes too";

/// Whether `word` is one of the space-separated words of `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split(' ').any(|w| w == word)
}

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
        .filter_map(|(at, w)| expansion(text, at, w).map(|long| (w, long)))
        .collect()
}

/// What the word of `text` at `at` stands for, if it is text-speak. Longer
/// forms count in any case ("Thru", "THX"). A short one with a capital
/// counts only as a phone writes it, capital first and never all capitals
/// ("BC", "UR"), nor as an initial ("W. Smith", "U.S.", "U-turn"), nor as
/// the name "Ty"; a single letter only where a sentence starts ("U were",
/// but not "Block W").
fn expansion(text: &str, at: usize, word: &str) -> Option<&'static str> {
    let folded = fold(word);
    let (_, long) = TEXT_SPEAK.iter().find(|(short, _)| *short == folded)?;
    // Every short form is ASCII, so one byte is one letter here.
    let letters = word.trim_end_matches('/').len();
    if letters <= 2 && folded != word {
        let after = text[at + word.len()..].chars().next();
        let before = text[..at].trim_end();
        let starts = before.is_empty() || before.ends_with(['.', '!', '?', ':']);
        if word.get(1..) != folded.get(1..)
            || matches!(after, Some('.' | '-'))
            || folded == "ty"
            || letters == 1 && !starts
        {
            return None;
        }
    }
    Some(long)
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
        if let Some(long) = expansion(text, at, w) {
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

/// Places, and the words for their people, that English always writes
/// with a capital, as a detail may name them in lower case ("opening the
/// leeds store", "the european launch"): the larger towns and counties of
/// Britain and Ireland, where most of its users live, countries and
/// continents, and a few of Europe's capitals; each word costs the bundle,
/// so not the world's cities. Names that are also ordinary words ("reading",
/// "bath", "hull", "nice", "mobile", "split", "turkey", "jersey") are left
/// out: a miss rather than a wrong fix. One string, to keep the bundle
/// small.
const PLACES: &str = "aberdeen antrim armagh athlone belfast birmingham blackpool bolton \
bournemouth bradford brighton bristol cambridge canterbury cardiff carlisle cheltenham chester \
colchester cornwall coventry croydon cumbria derry devon donegal doncaster dorset drogheda \
dublin dundalk dundee durham edinburgh essex exeter galway glasgow gloucester guildford \
harrogate huddersfield inverness ipswich kilkenny leeds leicester limerick lincoln liverpool \
london luton manchester middlesbrough milton newcastle northampton norwich nottingham oxford \
peterborough plymouth portsmouth preston sheffield sligo southampton stirling sunderland \
surrey sussex swansea swindon tralee waterford watford wexford wicklow wolverhampton worcester \
yorkshire lancashire norfolk suffolk somerset kent \
england scotland wales ireland britain europe africa asia america australia canada india \
china japan germany france spain italy portugal poland netherlands belgium sweden norway \
denmark finland switzerland austria greece nigeria kenya singapore \
english scottish welsh irish british european african asian american australian canadian \
indian chinese japanese german french spanish italian polish dutch \
amsterdam berlin brussels paris madrid";

/// Each place of [`PLACES`] typed in lower case in `text`, as written,
/// with its capital.
///
/// ```
/// use kept_in_mind::domain::typing::lower_case_places;
/// assert_eq!(lower_case_places("opening the leeds store"), [("leeds", "Leeds".to_string())]);
/// assert!(lower_case_places("opening the Leeds store").is_empty());
/// ```
pub fn lower_case_places(text: &str) -> Vec<(&str, String)> {
    words(text)
        .map(|(_, w)| w)
        .filter(|w| is_lower_case_place(w))
        .map(|w| (w, capitalised_word(w)))
        .collect()
}

/// Whether a word is a place of [`PLACES`] as typed in lower case (the
/// list holds only lower-case words).
fn is_lower_case_place(word: &str) -> bool {
    listed(PLACES, word)
}

/// `text` with every place of [`PLACES`] it holds in lower case written
/// with its capital.
fn places_capitalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (at, w) in words(text) {
        if !is_lower_case_place(w) {
            continue;
        }
        out.push_str(&text[from..at]);
        out.push_str(&capitalised_word(w));
        from = at + w.len();
    }
    out.push_str(&text[from..]);
    out
}

/// Words a job title keeps small after its first ("Head of Billing").
const TITLE_SMALL: [&str; 10] = ["of", "and", "for", "the", "in", "to", "at", "a", "an", "on"];

/// Short words a job title writes in capitals ("HR Business Partner").
const TITLE_ACRONYMS: [&str; 16] = [
    "hr", "vp", "it", "ux", "ui", "qa", "pr", "ceo", "cfo", "cto", "coo", "cio", "emea", "apac",
    "seo", "crm",
];

/// A job title typed all in lower case, written as an advert writes it:
/// each word's first letter, but for the small words inside it. `None`
/// when the title has a capital already or no letters.
///
/// ```
/// use kept_in_mind::domain::typing::title_cased;
/// assert_eq!(title_cased("head of billing").as_deref(), Some("Head of Billing"));
/// assert_eq!(title_cased("ops coordinator").as_deref(), Some("Ops Coordinator"));
/// assert_eq!(title_cased("UX lead"), None);
/// ```
pub fn title_cased(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.chars().any(char::is_lowercase) && !value.chars().any(char::is_uppercase);
    if !lower {
        return None;
    }
    let words: Vec<String> = value
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            if TITLE_ACRONYMS.contains(&bare) {
                word.chars().map(upper).collect()
            } else if i > 0 && TITLE_SMALL.contains(&word) {
                word.to_string()
            } else {
                capitalised_word(word)
            }
        })
        .collect();
    Some(words.join(" "))
}

/// The first pronoun for one other person in `text`, as written ("She",
/// "she's").
///
/// ```
/// use kept_in_mind::domain::typing::pronoun;
/// assert_eq!(pronoun("She was rlly helpful"), Some("She"));
/// assert_eq!(pronoun("the theme here"), None);
/// ```
pub fn pronoun(text: &str) -> Option<&str> {
    words(text).map(|(_, w)| w).find(|w| you_for(w).is_some())
}

/// A word split before its apostrophe: ("She", "’d"), ("was", "").
fn split_off(word: &str) -> (&str, &str) {
    word.split_at(word.find(['\'', '\u{2019}']).unwrap_or(word.len()))
}

/// What a pronoun for one other person becomes for the reader.
fn you_for(word: &str) -> Option<&'static str> {
    let stem = split_off(word).0;
    PRONOUNS
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(stem))
        .map(|(_, y)| *y)
}

/// `text` written to the person its pronouns describe ("She said the rota
/// fills up in March", typed for her, is "You said the rota fills up in
/// March"), when that is certain: one person's pronouns only, no one else
/// named, and every "her" plainly "your" or "you" by the words around it.
///
/// ```
/// use kept_in_mind::domain::typing::second_person;
/// assert_eq!(second_person("his work on triage").as_deref(), Some("your work on triage"));
/// assert_eq!(second_person("She helps me").as_deref(), Some("You help me"));
/// assert_eq!(second_person("I liked her plan"), None);
/// ```
pub fn second_person(text: &str) -> Option<String> {
    // Lower case by ASCII keeps every byte where it was.
    let low = text.to_ascii_lowercase();
    let all = word_spans(&low, is_word);
    // Word `i` in lower case, when only spaces part it from word `i - 1`.
    let joined = |i: usize| {
        let (&(end, w), &(at, next)) = (all.get(i.checked_sub(1)?)?, all.get(i)?);
        let gap = &low[end + w.len()..at];
        (!gap.is_empty() && gap.trim().is_empty()).then_some(next)
    };
    let first = all.iter().position(|(_, w)| you_for(w).is_some())?;
    // A capital before the first pronoun may be the person it means ("Sam
    // said she …", "the CEO said she …"); openers like "What" or "I" are
    // not. "Q3" or "B2B" names no one.
    let named_first = all[..first].iter().any(|&(at, _)| {
        text[at..].starts_with(char::is_uppercase)
            && !is_clause(&text[at..])
            && lower_first_if_common(&text[at..]) == text[at..]
    });
    let named = proper_nouns(text)
        .iter()
        .any(|w| !w.contains(|c: char| c.is_ascii_digit()));
    if named_first || named {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut from = 0;
    let mut she = None;
    for (i, &(at, w)) in all.iter().enumerate() {
        let Some(mut you) = you_for(w) else {
            continue;
        };
        let (stem, suffix) = split_off(w);
        // Two people's pronouns: which one is the reader?
        let her = w.starts_with("she") || w.starts_with("her");
        if she.replace(her).is_some_and(|s| s != her) {
            return None;
        }
        let next = joined(i + 1);
        let mut verb = None;
        match stem {
            "he" | "she" if suffix.is_empty() => {
                // The verb, past any adverbs ("she really helped").
                let mut j = i + 1;
                while joined(j).is_some_and(|n| listed(ADVERBS, n) || n.ends_with("ly")) {
                    j += 1;
                }
                verb = joined(j).and_then(|v| Some((all[j].0, agreed(v)?)));
            }
            // "she'd", "he'll"; "she's" may be "is" or "has".
            "he" | "she" if !suffix.ends_with('s') => {}
            _ if !suffix.is_empty() => return None,
            "her" if next.is_none_or(|n| listed(LINKS, n) || listed(ADVERBS, n)) => you = "you",
            // "I liked her plan": "your plan" or "you the plan"? Only after a
            // link or where a clause starts is it plainly "your".
            "her" if joined(i).is_some() && !listed(LINKS, all[i - 1].1) => return None,
            "his" if next.is_none() => you = "yours",
            _ => {}
        }
        out.push_str(&text[from..at]);
        if text.as_bytes()[at].is_ascii_uppercase() {
            out.push('Y');
            you = &you[1..];
        }
        out.push_str(you);
        from = at + stem.len();
        if let Some((at, (keep, new, end))) = verb {
            out.push_str(&text[from..at + keep]);
            out.push_str(new);
            from = at + end;
        }
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// A verb after "he" or "she" as it reads after "you" ("was" is "were",
/// "wasn’t" "weren’t", "helps" "help"), as the bytes of it to keep, the
/// letters that follow them, and where the rest of it resumes; `None`
/// where it stays ("said", "will").
fn agreed(verb: &str) -> Option<(usize, &'static str, usize)> {
    let (stem, rest) = split_off(verb);
    // "wasn’t": the part before "n’t" changes, the rest stays as typed.
    let base = match stem.strip_suffix('n') {
        Some(base) if !rest.is_empty() => base,
        _ => stem,
    };
    let to = match base {
        "was" => "were",
        "is" => "are",
        "has" => "have",
        "does" => "do",
        _ => "",
    };
    let len = verb.len();
    let b = verb.as_bytes();
    if !to.is_empty() {
        Some((0, to, base.len()))
    } else if !rest.is_empty()
        || len < 4
        || !verb.ends_with('s')
        || matches!(b[len - 2], b's' | b'u')
    {
        None
    } else if len > 4 && verb.ends_with("ies") {
        Some((len - 3, "y", len))
    } else {
        // "watches", "fixes", "goes", "misses", "buzzes"; but "uses", "organizes".
        let c = b[len - 3];
        let es = b[len - 2] == b'e'
            && (matches!(c, b'h' | b'x' | b'o') || matches!(c, b's' | b'z') && b[len - 4] == c);
        Some((len - 1 - usize::from(es), "", len))
    }
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

/// A fragment about the person the note is to, made a sentence with the
/// one subject it can have: "we" for a conversation, "you" for what they
/// did. `None` when the text is not such a fragment.
///
/// ```
/// use kept_in_mind::domain::typing::completed;
/// assert_eq!(completed("talked about the rota app").as_deref(), Some("We talked about the rota app"));
/// assert_eq!(completed("Helped me with the schedule").as_deref(), Some("You helped me with the schedule"));
/// assert_eq!(completed("the rota app"), None);
/// ```
pub fn completed(text: &str) -> Option<String> {
    // Verbs of something done together; the rest of BARE_VERBS are done by
    // the person ("showed me the lab", "spent ages on my case").
    const TOGETHER: [&str; 5] = ["talked", "discussed", "chatted", "spoke", "went"];
    let text = text.trim_start();
    let (_, first) = words(text).next().filter(|&(at, _)| at == 0)?;
    let verb = fold(first);
    if !BARE_VERBS.contains(&verb.as_str()) {
        return None;
    }
    let subject = if TOGETHER.contains(&verb.as_str()) {
        "We"
    } else {
        "You"
    };
    let mut chars = text.chars();
    let initial = chars.next().map(super::case::lower)?;
    Some(format!("{subject} {initial}{}", chars.as_str()))
}

/// What a question page says under a box, at most one thing at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Advice {
    /// A name or company in lower case; the fix writes it with capitals.
    Capitals { fix: String },
    /// A job title in lower case; the fix writes it as an advert would.
    TitleCapitals { fix: String },
    /// A place in lower case ("leeds"); the fix gives it its capital.
    Place { capital: String, fix: String },
    /// Text-speak; the fix spells it out.
    TextSpeak {
        word: String,
        instead: &'static str,
        fix: String,
    },
    /// "he" or "she" about the person the note is to; the fix, when
    /// certain, writes it to them ([`second_person`]).
    AboutThem {
        pronoun: String,
        fix: Option<String>,
    },
    /// A phrase no sentence can hold ("talked about …"); the fix, for a
    /// detail about the person, gives it its subject ([`completed`]).
    Fragment { fix: Option<String> },
}

impl Advice {
    /// The hint in plain words.
    pub fn message(&self) -> String {
        match self {
            Advice::Capitals { .. } => "Names read best with capitals.".into(),
            Advice::TitleCapitals { .. } => "Job titles usually read best with capitals.".into(),
            Advice::Place { capital, .. } => format!("“{capital}” reads best with a capital."),
            Advice::TextSpeak { word, instead, .. } => {
                format!("“{word}” will read better as “{instead}”.")
            }
            Advice::AboutThem { pronoun, .. } => {
                format!("The note is to this person, so “{pronoun}” would read as “you”.")
            }
            Advice::Fragment { .. } => {
                "Try “the rota app” or a whole sentence, “We talked about the rota app.”".into()
            }
        }
    }

    /// The value with the fix applied, when one is certain.
    pub fn fix(&self) -> Option<&str> {
        match self {
            Advice::Capitals { fix }
            | Advice::TitleCapitals { fix }
            | Advice::Place { fix, .. }
            | Advice::TextSpeak { fix, .. } => Some(fix),
            Advice::AboutThem { fix, .. } | Advice::Fragment { fix } => fix.as_deref(),
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

/// Advice on a job title as typed.
///
/// ```
/// use kept_in_mind::domain::typing::title_advice;
/// assert_eq!(title_advice("area manager").and_then(|a| a.fix().map(String::from)).as_deref(), Some("Area Manager"));
/// assert_eq!(title_advice("Area Manager"), None);
/// ```
pub fn title_advice(value: &str) -> Option<Advice> {
    title_cased(value).map(|fix| Advice::TitleCapitals { fix })
}

/// Advice on a phrase typed about a person the note is to (their detail):
/// text-speak first, then a place in lower case, then a pronoun about
/// them, then a fragment. One fix at a time: once one is taken, the next
/// advice shows.
///
/// ```
/// use kept_in_mind::domain::typing::phrase_advice;
/// let advice = phrase_advice("She rlly helped", true).unwrap();
/// assert_eq!(advice.fix(), Some("She really helped"));
/// let advice = phrase_advice("She really helped", true).unwrap();
/// assert_eq!(advice.fix(), Some("You really helped"));
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
    if let Some((_, capital)) = lower_case_places(value).into_iter().next() {
        return Some(Advice::Place {
            capital,
            fix: places_capitalised(value),
        });
    }
    if let Some(pronoun) = pronoun(value).filter(|_| to_them) {
        return Some(Advice::AboutThem {
            pronoun: pronoun.to_string(),
            fix: second_person(value),
        });
    }
    is_fragment(value).then(|| Advice::Fragment {
        fix: completed(value).filter(|_| to_them),
    })
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

    /// What a typed value gets: the hint's kind and the fix, if any.
    fn check(value: &str, to_them: bool, kind: Option<&str>, fix: Option<&str>) {
        let advice = phrase_advice(value, to_them);
        let got = advice.as_ref().map(|a| match a {
            Advice::TextSpeak { .. } => "text",
            Advice::AboutThem { .. } => "pronoun",
            Advice::Fragment { .. } => "fragment",
            Advice::Capitals { .. } | Advice::TitleCapitals { .. } => "capitals",
            Advice::Place { .. } => "place",
        });
        assert_eq!(got, kind, "{value:?}");
        assert_eq!(advice.as_ref().and_then(Advice::fix), fix, "{value:?}");
        if let Some(a) = &advice {
            assert!(!a.message().is_empty());
        }
        // A fix is final for its kind: taking it never brings the same hint back.
        if let (Some(fix), Some(kind)) = (fix, kind) {
            let again = phrase_advice(fix, to_them);
            assert!(
                again.as_ref().is_none_or(|a| match a {
                    Advice::TextSpeak { .. } => kind != "text",
                    Advice::AboutThem { .. } => kind != "pronoun",
                    _ => true,
                }),
                "{value:?} → {fix:?} → {again:?}"
            );
        }
    }

    #[test]
    fn job_titles_take_capitals() {
        // (as typed, as an advert writes it)
        let cases = [
            ("head of billing", Some("Head of Billing")),
            ("senior analyst", Some("Senior Analyst")),
            (
                "director of people and culture",
                Some("Director of People and Culture"),
            ),
            ("the ops lead", Some("The Ops Lead")),
            ("hr business partner", Some("HR Business Partner")),
            ("vp of sales, emea", Some("VP of Sales, EMEA")),
            ("Head of Billing", None),
            ("UX lead", None),
            ("", None),
        ];
        for (typed, want) in cases {
            assert_eq!(title_cased(typed).as_deref(), want, "{typed:?}");
        }
    }

    /// (value, written to them, the hint's kind, the fix).
    type Case = (
        &'static str,
        bool,
        Option<&'static str>,
        Option<&'static str>,
    );

    #[test]
    fn advice_for_typed_values() {
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
                "talked abt the rota mgmt app",
                true,
                Some("text"),
                Some("talked about the rota management app"),
            ),
            (
                "talked about the rota app",
                true,
                Some("fragment"),
                Some("We talked about the rota app"),
            ),
            (
                "spent ages going through my business case",
                true,
                Some("fragment"),
                Some("You spent ages going through my business case"),
            ),
            ("talked about the rota app", false, Some("fragment"), None),
            // A place keeps its capital; one that is also a word is left be.
            (
                "opening the leeds store",
                true,
                Some("place"),
                Some("opening the Leeds store"),
            ),
            (
                "the european launch and the move to berlin",
                false,
                Some("place"),
                Some("the European launch and the move to Berlin"),
            ),
            ("the new reading room in bath", true, None, None),
            ("the Leeds store", true, None, None),
            ("the Q3 roadmap and the CEO's plans", true, None, None),
            ("the theme of the hero banner", true, None, None),
            ("your advice on portfolio reviews", true, None, None),
            ("Shared ownership plans", true, None, None),
            ("She really helped", false, None, None),
        ];
        for (value, to_them, kind, fix) in cases {
            check(value, *to_them, *kind, *fix);
        }
    }

    /// Text-speak in any case where it cannot be anything else: a phone
    /// capitalises the first word ("Ur", "U", "W/"), but a capital letter
    /// alone mid-sentence, an initial, an acronym or a name is left be.
    #[test]
    fn text_speak_with_capitals() {
        let cases: &[Case] = &[
            (
                "Ur feedback on my portfolio",
                true,
                Some("text"),
                Some("Your feedback on my portfolio"),
            ),
            (
                "It helped. Ur notes were clear",
                false,
                Some("text"),
                Some("It helped. Your notes were clear"),
            ),
            (
                "U made it easy",
                false,
                Some("text"),
                Some("You made it easy"),
            ),
            ("W/ the team", false, Some("text"), Some("With the team")),
            (
                "Thru the panel day",
                false,
                Some("text"),
                Some("Through the panel day"),
            ),
            (
                "THX for the tour",
                false,
                Some("text"),
                Some("Thanks for the tour"),
            ),
            (
                "Bc it mattered",
                false,
                Some("text"),
                Some("Because it mattered"),
            ),
            ("U.S. expansion plans", false, None, None),
            ("the U.S. expansion", false, None, None),
            ("W. Smith's talk on pricing", false, None, None),
            ("a U-turn on pricing", false, None, None),
            ("the new offices in Block W", false, None, None),
            ("Vitamin U and W", false, None, None),
            ("UR and BC sites", false, None, None),
            ("Ty showed me the depot", false, None, None),
            ("Über and Ü", false, None, None),
            (
                "thanks for Ur help",
                false,
                Some("text"),
                Some("thanks for Your help"),
            ),
            (
                "Ty. Bc I asked",
                false,
                Some("text"),
                Some("Ty. Because I asked"),
            ),
        ];
        for (value, to_them, kind, fix) in cases {
            check(value, *to_them, *kind, *fix);
        }
    }

    /// A pronoun about the person the note is to: written to them where
    /// the words leave no doubt, a plain hint where they do.
    #[test]
    fn pronouns_about_the_reader() {
        let fixes: &[(&str, &str)] = &[
            // The coach's reading.
            (
                "She said the summer rota fills up in March",
                "You said the summer rota fills up in March",
            ),
            (
                "what she said about parent evenings",
                "what you said about parent evenings",
            ),
            ("her take on digital twins", "your take on digital twins"),
            (
                "his work on waiting-list triage",
                "your work on waiting-list triage",
            ),
            (
                "He spent ages going through my business case",
                "You spent ages going through my business case",
            ),
            // Verbs agree; past forms and modals stay.
            ("she was so helpful", "you were so helpful"),
            ("He is building a new team", "You are building a new team"),
            ("she has a plan for Q3", "you have a plan for Q3"),
            ("he does the rota by hand", "you do the rota by hand"),
            ("she helps new starters", "you help new starters"),
            (
                "he spends every Friday on reviews",
                "you spend every Friday on reviews",
            ),
            (
                "she carries the on-call phone",
                "you carry the on-call phone",
            ),
            ("he watches every release", "you watch every release"),
            ("she goes to every stand-up", "you go to every stand-up"),
            ("he uses the old system", "you use the old system"),
            ("he ties it to the roadmap", "you tie it to the roadmap"),
            ("she fixes bugs fast", "you fix bugs fast"),
            ("he misses nothing", "you miss nothing"),
            ("she organizes the rota", "you organize the rota"),
            (
                "she wasn’t sure about remote work",
                "you weren’t sure about remote work",
            ),
            ("he doesn't use slides", "you don't use slides"),
            ("she will call in May", "you will call in May"),
            ("she also said it was close", "you also said it was close"),
            ("he really helps people", "you really help people"),
            ("she always says yes", "you always say yes"),
            ("she said she was keen", "you said you were keen"),
            // Contractions.
            ("she'd like a demo", "you'd like a demo"),
            ("he'll be in touch", "you'll be in touch"),
            // Objects, possessives and the rest.
            ("the questions I asked him", "the questions I asked you"),
            ("I asked her about the rota", "I asked you about the rota"),
            ("I told her the plan", "I told you the plan"),
            ("talking to her", "talking to you"),
            ("meeting her too", "meeting you too"),
            (
                "with her team in the new depot",
                "with your team in the new depot",
            ),
            ("the depot and her plans", "the depot and your plans"),
            ("the idea was his", "the idea was yours"),
            ("the call was hers", "the call was yours"),
            ("he taught himself to code", "you taught yourself to code"),
            ("She did it herself.", "You did it yourself."),
            ("Her team's results", "Your team's results"),
            (
                "When she showed me the depot",
                "When you showed me the depot",
            ),
            (
                "I liked how he ran the panel",
                "I liked how you ran the panel",
            ),
        ];
        for (value, want) in fixes {
            check(value, true, Some("pronoun"), Some(want));
        }
        // Not certain: a plain hint, no fix.
        let hints = [
            "I liked her plan",
            "I liked her take on it",
            "Sam said she would call",
            "I met Sam and she was kind",
            "the CEO said she was keen",
            "She said he would call",
            "his boss and her team",
            "she's helped me a lot",
            "she's keen on pairing",
            "He’s been there ten years",
            "her's was the best idea",
            "she said Priya would call",
            // A place may be a name too: only certain without one.
            "with her team in Leeds",
        ];
        for value in hints {
            check(value, true, Some("pronoun"), None);
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
