//! The keep-warm check-in note: a short message weeks or months after the
//! No, to the same person, that carries one real piece of news.
//!
//! The guide's rule for every later touch is that it brings something new;
//! the composer cannot know what that is, so the news is the user's own
//! words ("What's new with you since?") and the note is written without
//! any until they give it. Like every note, it uses only what the user
//! supplied, and it never asks whether the new hire worked out.

use super::compose::Values;
use super::date::Date;
use super::model::{Answers, Recipient, Tone};
use super::text::{as_sentence, is_clause, tidy};

/// A drafted check-in, and whether it still lacks the user's news.
///
/// ```
/// use kept_in_mind::domain::check_in::check_in;
/// use kept_in_mind::domain::model::{Answers, Recipient};
/// let mut answers = Answers::default();
/// answers.recipients.push(Recipient { name: "Priya Shah".into(), ..Recipient::default() });
/// let draft = check_in(&answers, &answers.recipients[0], "I passed the PMP exam");
/// assert!(!draft.needs_news);
/// assert!(draft.body.contains("I passed the PMP exam"));
/// assert!(check_in(&answers, &answers.recipients[0], "").needs_news);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInNote {
    pub subject: String,
    pub body: String,
    /// True while the user has given no news: the note is not ready to send.
    pub needs_news: bool,
}

/// The check-in note to `recipient`, with the user's `news` in their words.
pub fn check_in(answers: &Answers, recipient: &Recipient, news: &str) -> CheckInNote {
    let v = Values::new(answers, recipient);
    let greeting = v.greeting();
    let when = Date::parse(&answers.rejection.date)
        .map_or(String::new(), |d| format!(" in {}", d.month_year()));
    let role = v.the_role();
    let at = if v.company.is_empty() {
        String::new()
    } else {
        format!(" at {}", v.company)
    };
    let hello = match v.tone {
        Tone::Formal => format!("I hope you are well. We spoke{when} about {role}{at}."),
        Tone::Concise => format!("We spoke{when} about {role}{at}."),
        Tone::Warm => format!(
            "I hope all is well. We spoke{when} about {role}{at}, and I have kept thinking about it."
        ),
    };
    // One real detail, when the user gave one as a phrase: a whole sentence
    // does not fit after "our conversation about".
    let detail = if v.detail.is_empty() || is_clause(&v.detail) {
        String::new()
    } else {
        format!(" I still remember our conversation about {}.", v.detail)
    };
    let news = super::text::clean(news).trim().to_owned();
    let needs_news = news.is_empty();
    let news = if needs_news {
        String::new()
    } else {
        format!("\n\n{}", sentence(&news))
    };
    let ask = match v.tone {
        Tone::Formal => {
            "Should a role open where my experience could help, I would welcome the chance to talk. Either way, I hope we can stay in touch."
        }
        Tone::Concise => "If a role opens where I could help, I would be glad to talk.",
        Tone::Warm => {
            "If a role opens where my experience could help, I would love to talk. Either way, I would like to stay in touch."
        }
    };
    let sign_off = match v.tone {
        Tone::Formal => "Kind regards,",
        Tone::Concise => "Best,",
        Tone::Warm => "Best wishes,",
    };
    let mut body = format!("{greeting}\n\n{hello}{detail}{news}\n\n{ask}\n\n{sign_off}");
    if !v.sender.is_empty() {
        body.push('\n');
        body.push_str(&v.sender);
    }
    if !v.contact.is_empty() {
        body.push('\n');
        body.push_str(&v.contact);
    }
    let subject = match (v.sender.is_empty(), v.role.is_empty()) {
        (false, false) => format!("Catching up – {} ({})", v.sender, v.role),
        (false, true) => format!("Catching up – {}", v.sender),
        _ => "Catching up".to_owned(),
    };
    CheckInNote {
        subject,
        body: tidy(&body),
        needs_news,
    }
}

/// The user's news as a sentence of its own, as they wrote it.
fn sentence(news: &str) -> String {
    if news.ends_with(['.', '!', '?']) {
        news.to_owned()
    } else {
        as_sentence(news)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Relationship, Stage};

    fn answers(tone: Tone) -> Answers {
        let mut a = Answers::default();
        a.rejection.company = "Northwind Health".into();
        a.rejection.job_title = "Product Designer".into();
        a.rejection.stage = Some(Stage::Interview);
        a.rejection.date = "2026-11-28".into();
        a.sender.name = "Alex Morgan".into();
        a.style.tone = Some(tone);
        a.recipients.push(Recipient {
            id: 1,
            name: "Priya Shah".into(),
            relationship: Some(Relationship::HiringManager),
            detail: "the redesign of the patient intake flow".into(),
            ..Recipient::default()
        });
        a
    }

    fn check(tone: Tone, news: &str, has: &[&str], lacks: &[&str]) {
        let a = answers(tone);
        let note = check_in(&a, &a.recipients[0], news);
        for want in has {
            assert!(
                note.body.contains(want),
                "{tone:?} lacks {want:?}:\n{}",
                note.body
            );
        }
        for never in lacks {
            assert!(
                !note.body.contains(never),
                "{tone:?} has {never:?}:\n{}",
                note.body
            );
        }
        assert_eq!(note.needs_news, news.trim().is_empty());
    }

    #[test]
    fn a_check_in_carries_the_users_news_and_nothing_invented() {
        check(
            Tone::Warm,
            "I have since led the launch of a booking app",
            &[
                "Hi Priya,",
                "We spoke in November 2026 about the Product Designer role at Northwind Health",
                "our conversation about the redesign of the patient intake flow.",
                "I have since led the launch of a booking app.",
                "Best wishes,\nAlex Morgan",
            ],
            &["hire", "worked out", "[", "!"],
        );
        check(
            Tone::Formal,
            "",
            &["Dear Priya,", "Kind regards,"],
            &["\n\n\n"],
        );
        check(
            Tone::Concise,
            "Passed the PMP exam!",
            &["Passed the PMP exam!"],
            &["Passed the PMP exam!."],
        );
    }

    #[test]
    fn a_whole_sentence_detail_is_not_forced_into_a_phrase() {
        let mut a = answers(Tone::Warm);
        a.recipients[0].detail = "We talked about hiring".into();
        a.rejection.date.clear();
        let note = check_in(&a, &a.recipients[0], "news");
        assert!(!note.body.contains("conversation about"), "{}", note.body);
        assert!(
            note.body
                .contains("We spoke about the Product Designer role"),
            "{}",
            note.body
        );
        assert_eq!(note.subject, "Catching up – Alex Morgan (Product Designer)");
    }
}
