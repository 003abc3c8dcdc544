//! Getting a note out of the app: the text to copy, the `mailto:` link and
//! the download's file name.

use super::draft::NoteText;
use super::labels::channel_name;
use super::model::Channel;
use super::text::strip_invisible;

/// Past this many characters a `mailto:` link is unreliable: some browsers
/// and mail clients cut long links short (2,000 is the long-standing safe
/// figure), and a truncated thank-you is worse than none.
pub const MAILTO_LIMIT: usize = 2000;

/// The text to copy or download: "Subject: …", a blank line, then the body.
///
/// ```
/// use kept_in_mind::domain::{draft::NoteText, export::plain_text};
/// let note = NoteText { subject: Some("Thank you".into()), body: "Hi Priya,".into() };
/// assert_eq!(plain_text(&note), "Subject: Thank you\n\nHi Priya,");
/// ```
pub fn plain_text(note: &NoteText) -> String {
    let body = strip_invisible(&note.body);
    match note.subject.as_deref().map(strip_invisible) {
        Some(subject) if !subject.trim().is_empty() => {
            format!("Subject: {}\n\n{body}", subject.trim())
        }
        _ => body,
    }
}

/// What a Copy button puts on the clipboard: the message alone, or the
/// subject alone, since each goes into its own box of the mail app.
///
/// ```
/// use kept_in_mind::domain::{draft::NoteText, export::clipboard_text};
/// let note = NoteText { subject: Some("Thank you".into()), body: "Hi Priya,".into() };
/// assert_eq!(clipboard_text(&note, false), "Hi Priya,");
/// assert_eq!(clipboard_text(&note, true), "Thank you");
/// ```
pub fn clipboard_text(note: &NoteText, subject: bool) -> String {
    if subject {
        strip_invisible(note.subject.as_deref().unwrap_or_default())
            .trim()
            .to_owned()
    } else {
        strip_invisible(&note.body)
    }
}

/// A `mailto:` link with the address, subject and body, or `None` when the
/// link would be too long to trust (the caller offers Copy instead).
///
/// Everything but RFC 3986's unreserved characters is percent-encoded as
/// UTF-8, and line breaks become CRLF as RFC 6068 asks. Direction
/// overrides and zero-width spaces typed into a hand edit are left out
/// ([`strip_invisible`]): in a subject they reverse what the reader sees.
pub fn mailto(to: &str, note: &NoteText) -> Option<String> {
    let mut link = format!("mailto:{}", encode(to.trim(), true));
    let mut separator = '?';
    let subject = note.subject.as_deref().map(strip_invisible);
    if let Some(subject) = subject.filter(|s| !s.trim().is_empty()) {
        link.push(separator);
        link.push_str("subject=");
        link.push_str(&encode(subject.trim(), false));
        separator = '&';
    }
    link.push(separator);
    link.push_str("body=");
    let body = strip_invisible(&note.body)
        .replace("\r\n", "\n")
        .replace('\n', "\r\n");
    link.push_str(&encode(&body, false));
    (link.len() <= MAILTO_LIMIT).then_some(link)
}

fn encode(text: &str, address: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~')
            || (address && byte == b'@');
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A file name for the download: `thank-you-priya-shah-email-reply.txt`.
/// Letters from any script are kept; anything a file system may dislike is not.
pub fn file_name(person: &str, channel: Channel) -> String {
    let mut slug = String::from("thank-you");
    for part in [person, channel_name(channel)] {
        let words: Vec<String> = part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(super::case::lower_str)
            .collect();
        if !words.is_empty() {
            slug.push('-');
            slug.push_str(&words.join("-"));
        }
    }
    let mut name: String = slug.chars().take(80).collect();
    name = name.trim_end_matches('-').to_owned();
    name.push_str(".txt");
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(subject: Option<&str>, body: &str) -> NoteText {
        NoteText {
            subject: subject.map(str::to_owned),
            body: body.to_owned(),
        }
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        let link = mailto(
            "priya@example.com",
            &note(Some("Re: Café & co"), "Hi Priya,\n\nThanks!"),
        )
        .unwrap();
        assert_eq!(
            link,
            "mailto:priya@example.com?subject=Re%3A%20Caf%C3%A9%20%26%20co&body=Hi%20Priya%2C%0D%0A%0D%0AThanks%21"
        );
        assert_eq!(
            mailto("", &note(None, "a+b=c?")).unwrap(),
            "mailto:?body=a%2Bb%3Dc%3F"
        );
        assert_eq!(
            mailto("", &note(Some("Re: \u{202E}evil"), "Pri\u{200B}ya")).unwrap(),
            "mailto:?subject=Re%3A%20evil&body=Priya"
        );
    }

    #[test]
    fn mailto_refuses_what_is_too_long() {
        assert!(mailto("a@b.co", &note(None, &"word ".repeat(300))).is_none());
        assert!(mailto("a@b.co", &note(None, &"word ".repeat(100))).is_some());
    }

    #[test]
    fn file_names_are_tidy() {
        for (person, channel, expected) in [
            (
                "Priya Shah",
                Channel::EmailReply,
                "thank-you-priya-shah-email-reply.txt",
            ),
            (
                "Seán O’Brien-Ng",
                Channel::Card,
                "thank-you-seán-o-brien-ng-handwritten-card.txt",
            ),
            (
                "",
                Channel::LinkedInInvite,
                "thank-you-linkedin-invitation.txt",
            ),
            (
                "../../etc/passwd",
                Channel::EmailNew,
                "thank-you-etc-passwd-new-email.txt",
            ),
            (
                "王小明",
                Channel::LinkedInMessage,
                "thank-you-王小明-linkedin-message.txt",
            ),
        ] {
            assert_eq!(file_name(person, channel), expected);
        }
    }

    #[test]
    fn plain_text_leaves_out_an_empty_subject() {
        assert_eq!(plain_text(&note(Some("  "), "Body")), "Body");
        assert_eq!(plain_text(&note(None, "Body")), "Body");
    }
}
