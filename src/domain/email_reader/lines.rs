//! The pasted text as lines with their byte offsets, quote marks removed,
//! and the one message in it that holds the No (the last forwarded or
//! quoted one).
//!
//! Every later pass works line by line through [`Lines::has`] and friends,
//! which count the bytes they look at: the property tests use that count to
//! show the reader's work grows in step with the paste.

use std::cell::{Cell, OnceCell};

/// Lines longer than this are looked at only up to here: no email sentence
/// is this long, and it keeps one giant line from costing more than its share.
const LINE_LIMIT: usize = 2_000;

/// One line of the paste: its text without quote marks, and where that text
/// starts in the paste.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    pub start: usize,
    pub text: &'a str,
    /// `text` in ASCII lower case (same byte length, so offsets agree): a
    /// slice of the one lower-cased copy of the paste, not a copy per line.
    pub low: &'a str,
    /// The hashes of the line's words, sorted: a phrase is looked for only
    /// in lines that hold its first word, which keeps hundreds of phrases cheap.
    words: OnceCell<Vec<u32>>,
}

impl Line<'_> {
    /// The byte range of `text[from..to]` in the whole paste.
    pub fn span(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        self.start + from..self.start + to
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The word hashes, worked out the first time a phrase is looked for here.
    fn words(&self) -> &[u32] {
        self.words.get_or_init(|| {
            let mut words: Vec<u32> = self
                .low
                .split(not_alnum)
                .filter(|w| !w.is_empty())
                .map(hash)
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        })
    }
}

/// The lines of one message, and a meter of the work done on them.
pub struct Lines<'a> {
    pub all: Vec<Line<'a>>,
    work: Cell<usize>,
}

impl<'a> Lines<'a> {
    /// Splits `text` into lines, strips `>` quote marks, and keeps only the
    /// innermost message: what follows the last "Forwarded message" or
    /// "Original Message" marker, or the last "On … wrote:" line. `low` is
    /// `text.to_ascii_lowercase()`, made once by the caller.
    ///
    /// Usage: `Lines::new(text, &text.to_ascii_lowercase())`.
    pub fn new(text: &'a str, low: &'a str) -> Lines<'a> {
        let mut all = Vec::new();
        let mut start = 0;
        for raw in text.split_inclusive('\n') {
            let body = raw.trim_end_matches(['\n', '\r']);
            let unquoted = body.trim_start_matches(['>', ' ', '\t']);
            let skipped = body.len() - unquoted.len();
            let mut end = unquoted.len().min(LINE_LIMIT);
            while !unquoted.is_char_boundary(end) {
                end -= 1;
            }
            let at = start + skipped;
            all.push(Line {
                start: at,
                text: &unquoted[..end],
                low: low.get(at..at + end).unwrap_or(""),
                words: OnceCell::new(),
            });
            start += raw.len();
        }
        // "On Mon, Grace <grace@x> wrote:" stays: it names the sender.
        let cut = all.iter().rposition(|l| is_marker(l.low)).map_or(0, |i| {
            if all[i].low.trim_end().ends_with("wrote:") {
                i
            } else {
                i + 1
            }
        });
        all.drain(..cut);
        Lines {
            all,
            work: Cell::new(text.len()),
        }
    }

    /// How many bytes the passes have looked at so far.
    pub fn work(&self) -> usize {
        self.work.get()
    }

    /// Records a look at `bytes` bytes.
    pub fn count(&self, bytes: usize) {
        self.work.set(self.work.get() + bytes);
    }

    /// Where `phrase` (lower case) first occurs in `line` as whole words.
    pub fn find(&self, line: &Line, phrase: &str) -> Option<usize> {
        let first = phrase.split(not_alnum).next().unwrap_or("");
        self.count(first.len() + 1);
        if !first.is_empty() && line.words().binary_search(&hash(first)).is_err() {
            return None;
        }
        self.count(line.low.len());
        find_word(line.low, phrase).or_else(|| {
            // Mail clients write ’ for '; try the phrase that way too.
            (phrase.contains('\'') && line.low.contains('\u{2019}'))
                .then(|| find_word(line.low, &phrase.replace('\'', "\u{2019}")))
                .flatten()
        })
    }

    /// The first of `phrases` (one [`list`]) in `line`, as (offset, length).
    pub fn find_any(&self, line: &Line, phrases: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for p in list(phrases) {
            if let Some(at) = self.find(line, p)
                && best.is_none_or(|(b, _)| at < b)
            {
                best = Some((at, p.len()));
            }
        }
        best
    }
}

/// The entries of a word or phrase list, written as one string with `|`
/// between entries: a list costs its letters and no table of pointers.
///
/// Usage: `list("de|van").count() == 2`.
pub fn list(entries: &str) -> impl Iterator<Item = &str> {
    entries.split('|').filter(|e| !e.is_empty())
}

/// Whether `word` is an entry of `entries` (see [`list`]).
///
/// Usage: `listed("de|van", "van") == true`.
pub fn listed(entries: &str, word: &str) -> bool {
    list(entries).any(|e| e == word)
}

/// Neither a letter nor a digit: where words split.
pub fn not_alnum(c: char) -> bool {
    !c.is_alphanumeric()
}

/// FNV-1a, enough to tell words apart for [`Lines::find`]'s first check.
fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Whether a line opens an older message inside this one.
fn is_marker(low: &str) -> bool {
    let t = low.trim();
    t.contains("forwarded message")
        || t.contains("original message")
        || (t.starts_with("on ") && t.ends_with("wrote:"))
}

/// Where `needle` occurs in `hay` with no letter or digit right around it.
pub fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = hay.get(from..)?.find(needle) {
        let at = from + pos;
        let end = at + needle.len();
        let edge = |c: Option<char>| c.is_none_or(not_alnum);
        if edge(hay[..at].chars().next_back()) && edge(hay[end..].chars().next()) {
            return Some(at);
        }
        from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_forwards_leave_the_innermost_message() {
        let text =
            "Hi Sam, see below\n---------- Forwarded message ---------\n> From: Dana\n> Dear Alex,";
        let low = text.to_ascii_lowercase();
        let lines = Lines::new(text, &low);
        let texts: Vec<&str> = lines.all.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["From: Dana", "Dear Alex,"]);
        let l = &lines.all[1];
        assert_eq!(&text[l.start..l.start + l.text.len()], "Dear Alex,");
    }

    #[test]
    fn phrases_match_whole_words_with_either_apostrophe() {
        let text = "We’ll keep it. Unfortunately";
        let low = text.to_ascii_lowercase();
        let lines = Lines::new(text, &low);
        assert_eq!(lines.find(&lines.all[0], "we'll keep"), Some(0));
        assert_eq!(lines.find(&lines.all[0], "fortunately"), None);
    }
}
