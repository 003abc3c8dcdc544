//! The pasted text as lines with their byte offsets, quote marks removed,
//! and the one message in it that holds the No (a reply above what it
//! quotes, else the last forwarded or quoted one).
//!
//! Every later pass works line by line through [`Lines::find`] and friends,
//! which count the bytes they look at: the property tests use that count to
//! show the reader's work grows in step with the paste.

use std::cell::Cell;

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
    /// A sketch of the line's words (two bits of 512 set per word): a
    /// phrase is looked for only in lines that may hold its first word,
    /// which keeps hundreds of phrases cheap without a table per line.
    words: Cell<Option<Sketch>>,
}

impl Line<'_> {
    /// The byte range of `text[from..to]` in the whole paste.
    pub fn span(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        self.start + from..self.start + to
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The word sketch, worked out the first time a phrase is looked for here.
    fn words(&self) -> Sketch {
        if let Some(words) = self.words.get() {
            return words;
        }
        let mut words = [0; 8];
        for w in self.low.split(not_alnum).filter(|w| !w.is_empty()) {
            for bit in bits(w) {
                words[bit / 64] |= 1 << (bit % 64);
            }
        }
        self.words.set(Some(words));
        words
    }
}

/// The lines of one message, and a meter of the work done on them.
pub struct Lines<'a> {
    pub all: Vec<Line<'a>>,
    work: Cell<usize>,
}

impl<'a> Lines<'a> {
    /// Splits `text` into lines, strips `>` quote marks, and keeps only the
    /// message that holds the No (see [`Lines::the_message`]): a reply
    /// written above what it quotes, else the innermost message. The
    /// lines' text goes into `low` in ASCII lower case, one copy that every
    /// line's `low` slices; only what the lines keep is copied, so a giant
    /// line costs no more than its first part.
    pub fn new(text: &'a str, low: &'a mut String) -> Lines<'a> {
        let mut all = Vec::new();
        for (start, line) in pieces(text) {
            low.push_str(line);
            all.push(Line {
                start,
                text: line,
                low: "",
                words: Cell::new(None),
            });
        }
        low.make_ascii_lowercase();
        let low: &'a str = low;
        let mut from = 0;
        for line in &mut all {
            line.low = low.get(from..from + line.text.len()).unwrap_or("");
            from += line.text.len();
        }
        let mut lines = Lines {
            all,
            work: Cell::new(text.len()),
        };
        let (from, to) = lines.the_message();
        lines.all.truncate(to);
        lines.all.drain(..from);
        lines
    }

    /// The lines of the message that holds the No, as a range of
    /// [`Lines::all`]. A reply is written above what it quotes ("On …
    /// wrote:", "Original Message"): when the part above such a marker is
    /// itself a No of some length, it is the message. Above a "Forwarded
    /// message" marker is only the forwarder's note; otherwise the last
    /// message, the innermost, holds the No.
    fn the_message(&self) -> (usize, usize) {
        // "On Mon, Grace <grace@x> wrote:" stays: it names the sender.
        let start_after = |i: usize| {
            if self.all[i].low.trim_end().ends_with("wrote:") {
                i
            } else {
                i + 1
            }
        };
        let mut from = 0;
        // Whether a line of text (not a header) has been read yet: an
        // Outlook block ("From:" over "Sent:") below one quotes an older
        // message, and its headers are that message's own.
        let mut text_above = false;
        let mut parts = 0;
        for (i, l) in self.all.iter().enumerate() {
            self.count(l.low.len().min(80));
            let outlook = text_above && self.outlook_block(i);
            text_above |= !l.is_blank() && !list(HEADS).any(|k| l.low.starts_with(k));
            if !is_marker(l.low) && !outlook {
                continue;
            }
            // A real thread holds a few messages: past the first few, a
            // paste is looked at for its markers only, so reading stays
            // cheap however long it runs.
            let reply_above = !l.low.contains("forwarded message") && parts < 4;
            parts += 1;
            if reply_above && i - from <= 300 && self.is_a_no(from, i) {
                return (from, i);
            }
            from = if outlook { i } else { start_after(i) };
        }
        (from, self.all.len())
    }

    /// Whether lines `from..to` read as a No of a few sentences, not a
    /// one-line note, nor the candidate's own reply to one ("thanks for
    /// letting me know; I was sorry to be unsuccessful").
    fn is_a_no(&self, from: usize, to: usize) -> bool {
        let part = &self.all[from..to];
        let words: usize = part.iter().map(|l| l.text.split_whitespace().count()).sum();
        let has = |phrases: &str| {
            list(phrases).any(|p| {
                let k = key(p);
                part.iter().any(|l| self.find_keyed(l, p, k).is_some())
            })
        };
        words >= 20 && has(super::body::REJECTION) && !has(CANDIDATE_REPLY)
    }

    /// Whether line `i` opens a block of headers as Outlook quotes an older
    /// message: "From:" and, right under it, "Sent:" or "Date:".
    // Kept apart: inlined into its one caller, the release build grew.
    #[inline(never)]
    fn outlook_block(&self, i: usize) -> bool {
        self.all[i].low.starts_with("from:")
            && self
                .all
                .get(i + 1)
                .is_some_and(|n| n.low.starts_with("sent:") || n.low.starts_with("date:"))
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
        self.find_keyed(line, phrase, key(phrase))
    }

    /// [`Lines::find`] with the phrase's [`key`] worked out already.
    pub fn find_keyed(&self, line: &Line, phrase: &str, key: Key) -> Option<usize> {
        self.count(1);
        if let Some([a, b]) = key {
            let words = line.words();
            let has = |bit: usize| words[bit / 64] & (1 << (bit % 64)) != 0;
            if !(has(a) && has(b)) {
                return None;
            }
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
pub fn list(entries: &str) -> impl Iterator<Item = &str> {
    entries.split('|').filter(|e| !e.is_empty())
}

/// Whether `word` is an entry of `entries` (see [`list`]), in any case:
/// callers need not lower-case a word (and allocate) to look it up.
pub fn listed(entries: &str, word: &str) -> bool {
    list(entries).any(|e| e.eq_ignore_ascii_case(word))
}

/// Neither a letter nor a digit: where words split.
pub fn not_alnum(c: char) -> bool {
    !c.is_alphanumeric()
}

/// The paste's lines as [`Lines::new`] reads them: where each starts, and
/// its text without quote marks, cut at [`LINE_LIMIT`].
fn pieces(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text.split_inclusive('\n').map(move |raw| {
        let body = raw.trim_end_matches(['\n', '\r']);
        let unquoted = body.trim_start_matches(['>', ' ', '\t']);
        let mut end = unquoted.len().min(LINE_LIMIT);
        while !unquoted.is_char_boundary(end) {
            end -= 1;
        }
        (unquoted.as_ptr() as usize - base, &unquoted[..end])
    })
}

/// A line's word sketch: 512 bits.
type Sketch = [u64; 8];

/// The bits of a phrase's first word, which a line's sketch must hold for
/// the phrase to be in it; `None` for a phrase that starts with a mark.
pub type Key = Option<[usize; 2]>;

/// The [`Key`] of `phrase`.
pub fn key(phrase: &str) -> Key {
    let first = phrase.split(not_alnum).next().unwrap_or("");
    (!first.is_empty()).then(|| bits(first))
}

/// The two bits of 512 a word sets in a line's sketch, from its FNV-1a hash.
fn bits(word: &str) -> [usize; 2] {
    let h = word.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) as usize;
    [h & 511, (h >> 9) & 511]
}

/// How a header line starts.
const HEADS: &str = "from:|to:|cc:|subject:|date:|sent:";

/// What a candidate writes back to a No, never the No itself.
const CANDIDATE_REPLY: &str =
    "letting me know|for the update|getting back to me|could you share|be able to share any";

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
        let mut low = String::new();
        let lines = Lines::new(text, &mut low);
        let texts: Vec<&str> = lines.all.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["From: Dana", "Dear Alex,"]);
        let l = &lines.all[1];
        assert_eq!(&text[l.start..l.start + l.text.len()], "Dear Alex,");
    }

    #[test]
    fn phrases_match_whole_words_with_either_apostrophe() {
        let text = "We’ll keep it. Unfortunately";
        let mut low = String::new();
        let lines = Lines::new(text, &mut low);
        assert_eq!(lines.find(&lines.all[0], "we'll keep"), Some(0));
        assert_eq!(lines.find(&lines.all[0], "fortunately"), None);
    }
}
