//! The checker's rules: each a small function from the note to what it finds.
//!
//! A rule only looks and reports; what a finding costs lives in `score`. To
//! add a rule, write one function here and list it in [`RULES`].

use rustc_hash::FxHashSet as HashSet;

use super::cues::{
    FEEDBACK_CUES, ask_kinds, feedback_is_soft, has_connect, has_feedback, has_help, has_hire_wish,
    has_interest, has_keep_in_mind, has_thanks, has_value, invitation_words, message_words,
    never_hits, thanks_for_news,
};
use super::findings::{Clash, Field, Finding, Ticked};
use super::letter::{
    Letter, close_spelling, exclamations, find_other_case, greeting_forms, is_generic, is_shouted,
    is_word_char, known_words, known_words_of, mentions, proper_nouns, sentences,
    stray_punctuation, strip_possessive,
};
use crate::domain::compose::{
    Unit, Values, band, follows_letter, keen_elsewhere, linkedin_limit, mentioned,
};
use crate::domain::model::{Answers, Channel, Recipient, Stage};
use crate::domain::repetition::{Repeat, first_repeat};
use crate::domain::text::{
    char_count, find_placeholder, find_words, first_name, fold, phrase, sentence_count, word_count,
    word_spans,
};
use crate::domain::typing::{capitalised, lower_case_places, pronoun, text_speak, title_cased};

/// A note as the rules read it, with what several of them need worked out once.
pub(super) struct Note<'a> {
    subject: Option<&'a str>,
    body: &'a str,
    channel: Channel,
    answers: &'a Answers,
    recipient: &'a Recipient,
    v: Values,
    folded: String,
    /// The subject and the body, for rules that read both.
    whole: String,
    letter: Letter,
    known: HashSet<String>,
    /// Another note to the same person comes first and carries their detail.
    pub follows: bool,
}

impl<'a> Note<'a> {
    pub fn new(
        subject: Option<&'a str>,
        body: &'a str,
        channel: Channel,
        answers: &'a Answers,
        recipient: &'a Recipient,
    ) -> Note<'a> {
        let v = Values::new(answers, recipient);
        let whole = match subject {
            Some(s) => format!("{s}\n{body}"),
            None => body.to_string(),
        };
        Note {
            subject,
            body,
            channel,
            answers,
            recipient,
            folded: fold(body),
            whole,
            letter: Letter::split(body, &v),
            known: known_words(answers),
            follows: false,
            v,
        }
    }

    /// Whether a sentence holding `words` of the user's (and a few of its
    /// own) still fits the note's band: a note at its length has left the
    /// rest out by design, and says so under it (docs/notes.md).
    fn room_for(&self, words: &str) -> bool {
        let band = band(self.channel, self.v.stage, self.answers, self.recipient);
        band.unit != Unit::Words || word_count(self.body) + word_count(words) + 6 <= band.max
    }

    /// Adds words the user gave elsewhere (an earlier No's role) to those
    /// the note may use.
    pub fn know(&mut self, words: &str) {
        self.known.extend(known_words_of(words));
    }

    fn email(&self) -> bool {
        self.channel.is_email()
    }

    /// Emails, cards and LinkedIn messages are letters: greeting to sign-off.
    fn letter_like(&self) -> bool {
        self.email() || matches!(self.channel, Channel::Card | Channel::LinkedInMessage)
    }

    /// Emails and cards name the company and say what the user would bring.
    fn full(&self) -> bool {
        self.email() || self.channel == Channel::Card
    }

    /// Whether the user's interest in the company is said in another note
    /// ([`keen_elsewhere`], as the composer reads it).
    fn keen_elsewhere(&self) -> bool {
        keen_elsewhere(self.answers, self.recipient, self.channel)
    }
}

type Rule = fn(&Note) -> Vec<Finding>;

/// Every rule, in the order their findings are listed.
pub(super) const RULES: &[Rule] = &[
    length,
    subject,
    never_write,
    greeting,
    company_and_role,
    names,
    thanks,
    detail,
    interest_and_value,
    ask,
    optional_asks,
    sign_off,
    placeholders,
    repetition,
    stray,
    exclamation_marks,
    capitals,
    doubled,
    choppy,
    thanks_twice,
    linkedin_clash,
    dropped_asks,
    messy_words,
    lower_case,
    about_them,
];

/// Inside the length band for the stage and channel; a LinkedIn invitation
/// inside its hard limit.
fn length(n: &Note) -> Vec<Finding> {
    let band = band(n.channel, n.v.stage, n.answers, n.recipient);
    let count = match band.unit {
        Unit::Words => word_count(n.body),
        Unit::Sentences => sentence_count(&n.letter.middle),
        Unit::Characters => char_count(n.body),
    };
    let (channel, stage) = (n.channel, n.v.stage);
    if band.unit == Unit::Characters {
        if count > band.max {
            return vec![Finding::OverLimit {
                chars: count,
                limit: linkedin_limit(n.answers),
            }];
        }
    } else if count < band.min {
        return vec![Finding::TooShort {
            count,
            band,
            channel,
            stage,
        }];
    } else if count > band.max {
        return vec![Finding::TooLong {
            count,
            band,
            channel,
            stage,
        }];
    }
    Vec::new()
}

/// An email has a subject; a reply in their thread keeps theirs, so it
/// may leave the subject empty.
fn subject(n: &Note) -> Vec<Finding> {
    if !n.email() {
        return Vec::new();
    }
    let v = &n.v;
    let subject = n.subject.map(str::trim).unwrap_or("");
    if subject.is_empty() && n.channel == Channel::EmailReply {
        return Vec::new();
    }
    if subject.is_empty() {
        let suggestion = if v.sender.is_empty() {
            "Thank you".to_string()
        } else {
            format!("Thank you – {}", v.sender)
        };
        return vec![Finding::MissingSubject { suggestion }];
    }
    if n.channel == Channel::EmailReply && !v.original_subject.is_empty() {
        let original = v.original_subject.as_str();
        let bare = if fold(original).starts_with("re:") {
            original[3..].trim()
        } else {
            original
        };
        let folded = fold(subject);
        if !folded.starts_with("re:") || !folded.contains(&fold(bare)) {
            return vec![Finding::SubjectNotReply {
                expected: format!("Re: {bare}"),
            }];
        }
    }
    Vec::new()
}

/// The never-write phrases, quoted as the note has them.
fn never_write(n: &Note) -> Vec<Finding> {
    never_hits(&fold(&n.whole))
        .into_iter()
        .map(|(phrase, concern)| Finding::NeverWrite {
            phrase: as_written(&n.whole, phrase),
            concern,
        })
        .collect()
}

/// `folded` (a lower-case phrase) as `text` writes it, running on to the
/// end of a word it starts ("Reconsidering" for "reconsider"); the phrase
/// itself if the text writes it in some other way.
fn as_written(text: &str, folded: &str) -> String {
    let want: Vec<char> = folded.chars().collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let lower = |c: char| {
        let c = if c == '\u{2019}' { '\'' } else { c };
        crate::domain::case::lower(c)
    };
    for start in 0..chars.len() {
        let matched = want.len() <= chars.len() - start
            && chars[start..start + want.len()]
                .iter()
                .zip(&want)
                .all(|((_, c), w)| lower(*c) == *w);
        if matched {
            let mut end = start + want.len();
            while end < chars.len() && chars[end].1.is_alphanumeric() {
                end += 1;
            }
            let to = chars.get(end).map_or(text.len(), |c| c.0);
            return text[chars[start].0..to].to_string();
        }
    }
    folded.to_string()
}

/// The greeting's name, when the greeting is wrong: its words are not
/// counted again as unknown names.
fn wrong_greeting<'n>(n: &'n Note) -> Option<&'n str> {
    let found = n.letter.greeting.as_deref()?;
    let wrong = !n.v.name.is_empty()
        && !is_generic(found)
        && !greeting_forms(&n.v).iter().any(|f| f == found);
    wrong.then_some(found)
}

/// A greeting with their name, spelled as they do.
fn greeting(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let greet = v.greeting_name();
    match &n.letter.greeting {
        None if n.letter_like() => vec![Finding::NoGreeting { name: greet }],
        // Any greeting will do when the name is unknown.
        None => Vec::new(),
        Some(_) if v.name.is_empty() => Vec::new(),
        Some(found) if is_generic(found) => vec![Finding::GenericGreeting { name: greet }],
        Some(found) => match wrong_greeting(n) {
            Some(_) => vec![Finding::GreetingName {
                found: found.clone(),
                expected: greet,
            }],
            None => Vec::new(),
        },
    }
}

/// The company and role as the user gave them, and mentioned where the
/// channel calls for it: not by an internal candidate, to whom it is
/// "the team", not a firm seen from outside, nor where another note says
/// the user is keen on it.
fn company_and_role(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let mut out = Vec::new();
    if !v.company.is_empty() {
        if let Some(found) = find_other_case(n.body, &v.company) {
            out.push(Finding::Misspelt {
                what: Field::Company,
                found,
                expected: v.company.clone(),
            });
        } else if n.full()
            && v.stage != Stage::Internal
            && !n.keen_elsewhere()
            && find_words(n.body, &v.company).is_empty()
        {
            out.push(Finding::Missing {
                what: Field::Company,
                expected: v.company.clone(),
            });
        }
    }
    // Someone who only met the user knows which role they sat in on.
    let placed = v.met_only() || !find_words(&n.folded, &fold(&v.role)).is_empty();
    if n.email() && !v.role.is_empty() && !placed {
        out.push(Finding::Missing {
            what: Field::Role,
            expected: format!("the {} role", v.role),
        });
    }
    out
}

/// Capitalised words in none of the answers: a near miss of a name, the
/// company or the role is a misspelling; anything else may be invented.
fn names(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let near: Vec<(Field, &str)> = [
        (Field::Company, v.company.as_str()),
        (Field::Role, v.role.as_str()),
    ]
    .into_iter()
    .chain(
        n.answers
            .recipients
            .iter()
            .map(|r| (Field::Name, r.name.as_str())),
    )
    .chain([(Field::Name, n.answers.sender.name.as_str())])
    .flat_map(|(field, value)| {
        word_spans(value, is_word_char)
            .into_iter()
            .map(move |(_, w)| (field, w))
    })
    .filter(|(_, w)| w.chars().count() >= 4)
    .collect();
    let greeting_words: Vec<&str> = wrong_greeting(n)
        .map(|g| g.split_whitespace().collect())
        .unwrap_or_default();
    let mut unknown = Vec::new();
    let mut misspelt = Vec::new();
    for word in proper_nouns(n.body) {
        let key = fold(word);
        if n.known.contains(&key)
            || n.known.contains(strip_possessive(&key))
            || greeting_words.contains(&word)
        {
            continue;
        }
        if let Some((what, expected)) = near.iter().find(|(_, w)| close_spelling(&key, &fold(w))) {
            misspelt.push(Finding::Misspelt {
                what: *what,
                found: word.to_string(),
                expected: expected.to_string(),
            });
        } else {
            let finding = Finding::UnknownName {
                word: word.to_string(),
            };
            if !unknown.contains(&finding) {
                unknown.push(finding);
            }
        }
    }
    unknown.extend(misspelt);
    unknown
}

fn thanks(n: &Note) -> Vec<Finding> {
    if has_thanks(&n.folded) {
        Vec::new()
    } else {
        vec![Finding::NoThanks]
    }
}

/// The words of the note, folded, for [`mentions`].
fn text_words<'t>(n: &'t Note) -> HashSet<&'t str> {
    word_spans(&n.folded, is_word_char)
        .into_iter()
        .map(|(_, w)| w)
        .collect()
}

/// The detail the user noted for this person, in a letter.
fn detail(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    // "You told me the lab is new" may be said as "you mentioning the lab
    // is new" ([`mentioned`]).
    let words = text_words(n);
    let said = mentions(&n.folded, &words, &v.detail)
        || mentioned(&v.detail).is_some_and(|m| mentions(&n.folded, &words, &m));
    if v.detail.is_empty() || !n.letter_like() || said || n.follows || !n.room_for(&v.detail) {
        return Vec::new();
    }
    vec![Finding::DetailMissing {
        detail: phrase(&n.recipient.detail),
    }]
}

/// Interest in the company, and (when the user named strengths) a line of
/// what they would bring, in an email or card.
fn interest_and_value(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    if !n.full() {
        return Vec::new();
    }
    let elsewhere = n.keen_elsewhere();
    let mut out = Vec::new();
    // Named in a sentence of its own, not only in thanks passed on ("Do
    // tell the team at Acme I appreciated their time" says nothing of
    // wanting to work there).
    let named = !v.company.is_empty()
        && sentences(n.body)
            .into_iter()
            .any(|s| !find_words(s, &v.company).is_empty() && !has_thanks(&fold(s)));
    if !has_interest(&n.folded) && !named && !elsewhere {
        out.push(Finding::NoInterest);
    }
    let words = text_words(n);
    let value = has_value(&n.folded) || v.strengths.iter().any(|s| mentions(&n.folded, &words, s));
    let typed = n
        .answers
        .sender
        .strengths
        .iter()
        .map(|s| phrase(s))
        .find(|s| !s.is_empty());
    // The pitch goes to whoever decides, not to each interviewer.
    let room = n.room_for(&v.strengths.join(" and "));
    if let (false, true, false, true, Some(strength)) =
        (value, n.email(), v.met_only(), room, typed)
    {
        out.push(Finding::ValueMissing { strength });
    }
    out
}

/// The one ask every note makes: keep me in mind (an invitation: connect),
/// except a card or message after the email, which made it.
fn ask(n: &Note) -> Vec<Finding> {
    if follows_letter(n.answers, n.recipient, n.channel) {
        return Vec::new();
    }
    let invitation = n.channel == Channel::LinkedInInvite;
    let asked = if invitation {
        has_connect(&n.folded)
    } else {
        has_keep_in_mind(&n.folded)
    };
    if asked {
        Vec::new()
    } else {
        vec![Finding::NoAsk { invitation }]
    }
}

/// Two optional asks at most, and a feedback ask easy to decline. The
/// user's own words ("your advice on portfolio reviews") are not asks.
fn optional_asks(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let mut asking = n.folded.clone();
    for own in [&v.detail, &v.admire, &v.help]
        .into_iter()
        .chain(&v.strengths)
    {
        let own = fold(own);
        if !own.trim().is_empty() {
            asking = asking.replace(own.trim(), " ");
        }
    }
    let mut out = Vec::new();
    let kinds = ask_kinds(&asking);
    if kinds > 2 {
        out.push(Finding::TooManyAsks { count: kinds });
    }
    // Taking up feedback they offered needs no softening.
    let offered = (v.offered_feedback || v.offered_call) && asking.contains("offer");
    if FEEDBACK_CUES.iter().any(|c| asking.contains(c)) && !feedback_is_soft(&asking) && !offered {
        out.push(Finding::FeedbackPressing);
    }
    out
}

/// A letter ends with the user's full name.
fn sign_off(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let signed = v.sender.is_empty()
        || !n.letter_like()
        || n.letter.sign_off.iter().any(|l| l.contains(&v.sender));
    if signed {
        Vec::new()
    } else {
        vec![Finding::NoSignOff {
            name: v.sender.clone(),
        }]
    }
}

fn placeholders(n: &Note) -> Vec<Finding> {
    n.subject
        .into_iter()
        .chain([n.body])
        .filter_map(find_placeholder)
        .map(|p| Finding::Placeholder {
            text: p.to_string(),
        })
        .collect()
}

/// The same opening or three-word phrase twice between greeting and
/// sign-off, or a telling word twice within three sentences (the
/// composer avoids exactly these, `repetition`); the user's own words may
/// recur.
fn repetition(n: &Note) -> Vec<Finding> {
    // The sign-off is read after the close ("All the best. / All the best,").
    let signed = match n.letter.sign_off.first() {
        Some(sign_off) => format!("{}\n{sign_off}", n.letter.middle),
        None => n.letter.middle.clone(),
    };
    first_repeat(&signed, &n.v.own())
        .map(|repeat| match repeat {
            Repeat::Word(word) => Finding::RepeatedWord { word },
            repeat => Finding::Repetition { repeat },
        })
        .into_iter()
        .collect()
}

fn stray(n: &Note) -> Vec<Finding> {
    stray_punctuation(n.body)
        .map(|s| Finding::StrayPunctuation {
            text: s.to_string(),
        })
        .into_iter()
        .collect()
}

fn exclamation_marks(n: &Note) -> Vec<Finding> {
    let count = exclamations(&n.whole, n.answers);
    if count > 1 {
        vec![Finding::Exclamations { count }]
    } else {
        Vec::new()
    }
}

/// Words in capitals that are not in the answers, each once.
fn capitals(n: &Note) -> Vec<Finding> {
    let mut seen = HashSet::default();
    word_spans(&n.whole, is_word_char)
        .into_iter()
        .map(|(_, word)| word.trim_matches(['\'', '\u{2019}', '-']))
        .filter(|word| is_shouted(word) && !n.known.contains(&fold(word)) && seen.insert(*word))
        .map(|word| Finding::AllCaps {
            word: word.to_string(),
        })
        .collect()
}

/// A word or a two-word phrase written twice in a row in one sentence
/// ("the the", "the role the role"); "had had" and "that that" can be
/// right, and "… we do. Do think of me" is two sentences.
fn doubled(n: &Note) -> Vec<Finding> {
    n.body
        .lines()
        .flat_map(sentences)
        .find_map(doubled_in)
        .map(|words| Finding::Doubled { words })
        .into_iter()
        .collect()
}

fn doubled_in(line: &str) -> Option<String> {
    let words: Vec<&str> = word_spans(line, is_word_char)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let same = |a: usize, b: usize| folded[a] == folded[b];
    for i in 1..words.len() {
        if same(i, i - 1) && !["had", "that", "is"].contains(&folded[i].as_str()) {
            return Some(format!("{} {}", words[i - 1], words[i]));
        }
        if i >= 3 && same(i, i - 2) && same(i - 1, i - 3) {
            return Some(words[i - 3..=i].join(" "));
        }
    }
    None
}

/// Choppy text: a paragraph of very short sentences (six words or fewer)
/// before the last, or three paragraphs of one sentence each. One closing
/// wish or one ask standing alone is a letter's custom.
fn choppy(n: &Note) -> Vec<Finding> {
    // A postscript stands apart by design.
    let paragraphs: Vec<Vec<&str>> = n
        .letter
        .paragraphs
        .iter()
        .filter(|p| !fold(p).starts_with("p.s") && !fold(p).starts_with("ps "))
        .map(|p| sentences(p))
        .collect();
    if !n.letter_like() || paragraphs.len() < 2 {
        return Vec::new();
    }
    let last = paragraphs.len() - 1;
    let clipped = paragraphs[..last]
        .iter()
        .find(|p| p.iter().all(|s| word_count(s) <= 6));
    let single: Vec<&str> = paragraphs
        .iter()
        .filter(|p| p.len() == 1)
        .map(|p| p[0])
        .collect();
    let choppy = match clipped {
        Some(p) => p.first().copied(),
        None => (single.len() >= 3).then(|| single[0]),
    };
    choppy
        .map(|s| Finding::Choppy {
            sentence: s.to_string(),
        })
        .into_iter()
        .collect()
}

/// Thanks for the news once: a second thank-you for letting the user know.
fn thanks_twice(n: &Note) -> Vec<Finding> {
    sentences(&n.letter.middle)
        .into_iter()
        .filter(|s| thanks_for_news(&fold(s)))
        .nth(1)
        .map(|again| Finding::ThanksTwice {
            again: again.to_string(),
        })
        .into_iter()
        .collect()
}

/// Wording about LinkedIn that fits the channels chosen for this person: no
/// invitation to someone the user messages (so is connected with), no
/// message to someone they invite, and no invitation promised inside one.
fn linkedin_clash(n: &Note) -> Vec<Finding> {
    let channels = n.answers.channels_for(n.recipient);
    let connected = n.channel == Channel::LinkedInMessage
        || n.channel != Channel::LinkedInInvite && channels.contains(&Channel::LinkedInMessage);
    let inviting =
        n.channel != Channel::LinkedInMessage && channels.contains(&Channel::LinkedInInvite);
    sentences(n.body)
        .into_iter()
        .find_map(|sentence| {
            let folded = fold(sentence);
            let clash = if n.channel == Channel::LinkedInInvite {
                let promise = folded.contains("send you") || folded.contains("i'll send");
                (promise && invitation_words(&folded)).then_some(Clash::ThisIsTheInvitation)
            } else if connected && invitation_words(&folded) {
                Some(Clash::AlreadyConnected)
            } else {
                None
            };
            let clash =
                clash.or((inviting && message_words(&folded)).then_some(Clash::NotConnected));
            clash.map(|clash| Finding::LinkedInClash {
                phrase: sentence.to_string(),
                clash,
            })
        })
        .into_iter()
        .collect()
}

/// The requests the user ticked, in an email, where they belong: said, not
/// dropped. Feedback is asked of the person the record's asks go to
/// ([`Answers::leads`]), and not after a phone screen or a cancelled role,
/// where there is nothing to press for; an email's offer of feedback or a
/// call, taken up, is the ask. Wishing the hire well needs someone hired;
/// a colleague is not asked to connect on LinkedIn; help is offered by
/// senior people.
fn dropped_asks(n: &Note) -> Vec<Finding> {
    if !n.email() {
        return Vec::new();
    }
    let ask = &n.answers.ask;
    let v = &n.v;
    let hired = !matches!(v.stage, Stage::RoleCancelled | Stage::Internal);
    let f = n.folded.as_str();
    [
        (
            ask.feedback
                && n.answers.leads(n.recipient)
                && !matches!(v.stage, Stage::PhoneScreen | Stage::RoleCancelled)
                && !has_feedback(f)
                && !f.contains("call you offered")
                && !f.contains("offer of a call"),
            Ticked::Feedback,
        ),
        (
            ask.linkedin && v.stage != Stage::Internal && !f.contains("linkedin"),
            Ticked::LinkedIn,
        ),
        // Whoever decides is the one to wish the hire well, not each
        // colleague in turn.
        (
            ask.wish_hire_well && hired && !v.met_only() && !has_hire_wish(f),
            Ticked::WishHireWell,
        ),
        (
            ask.offer_help && v.seniority.is_senior() && !offers_help(n),
            Ticked::OfferHelp,
        ),
    ]
    .into_iter()
    .filter(|(dropped, _)| *dropped)
    .map(|(_, ask)| Finding::AskDropped { ask })
    .collect()
}

/// Help offered in general words, or the user's own offer mentioned.
fn offers_help(n: &Note) -> bool {
    has_help(&n.folded) || !n.v.help.is_empty() && mentions(&n.folded, &text_words(n), &n.v.help)
}

/// Text-speak in the note, each word once.
fn messy_words(n: &Note) -> Vec<Finding> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for (word, instead) in text_speak(n.body) {
        if !seen.contains(&word) {
            seen.push(word);
            out.push(Finding::TextSpeak {
                word: word.to_string(),
                instead,
            });
        }
    }
    out
}

/// Names, the company and the job title as typed in lower case, in the
/// note: the greeting's name, the recipient's and the user's names, the
/// company, the role; and a place the user typed in lower case ("the
/// leeds store", [`lower_case_places`]).
fn lower_case(n: &Note) -> Vec<Finding> {
    let v = &n.v;
    let greeting = n.letter.greeting.as_deref().filter(|g| !is_generic(g));
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for value in greeting
        .into_iter()
        .chain([v.name.as_str(), &v.sender, &v.company])
    {
        if seen.contains(&value) || find_words(n.body, value).is_empty() {
            continue;
        }
        seen.push(value);
        if let Some(expected) = capitalised(value) {
            out.push(Finding::LowerCase {
                found: value.to_string(),
                expected,
            });
        }
    }
    if !find_words(n.body, &v.role).is_empty()
        && let Some(expected) = title_cased(&v.role)
    {
        out.push(Finding::LowerCase {
            found: v.role.clone(),
            expected,
        });
    }
    for (found, expected) in lower_case_places(n.body) {
        if !out
            .iter()
            .any(|f| matches!(f, Finding::LowerCase { found: f, .. } if f == found))
        {
            out.push(Finding::LowerCase {
                found: found.to_string(),
                expected,
            });
        }
    }
    out
}

/// "he" or "she" in a note to one person, with no one else named in that
/// sentence or the one before: it can only mean the reader.
fn about_them(n: &Note) -> Vec<Finding> {
    if n.v.name.is_empty() {
        return Vec::new();
    }
    // Another person of the answers, or a name in none of them.
    let someone_else = |sentence: &str| {
        let folded = fold(sentence);
        n.answers.recipients.iter().any(|r| {
            r.id != n.recipient.id && !find_words(&folded, &fold(first_name(&r.name))).is_empty()
        }) || proper_nouns(sentence)
            .iter()
            .any(|w| !n.known.contains(strip_possessive(&fold(w))))
    };
    let all = sentences(&n.letter.middle);
    for (i, sentence) in all.iter().enumerate() {
        let Some(word) = pronoun(sentence) else {
            continue;
        };
        let before = i.checked_sub(1).map(|j| all[j]);
        if !someone_else(sentence) && !before.is_some_and(someone_else) {
            return vec![Finding::AboutThem {
                pronoun: word.to_string(),
                name: n.v.name.clone(),
            }];
        }
    }
    Vec::new()
}
