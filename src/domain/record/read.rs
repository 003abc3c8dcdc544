//! The JSON reader of everything stored: records, backups and settings.
//!
//! serde_json's reading side, with serde's visitors for every stored struct
//! and enum, was about 10 KB of the brotli WebAssembly; storage reads a few
//! known shapes from a `&str`, so this reader does only that. It reads as it
//! goes, the way serde_json does, and refuses exactly what serde_json
//! refused for the stored types: invalid JSON, a value of the wrong kind, a
//! number out of a field's range, a lone surrogate in a string, more than
//! 127 nested lists and objects the types read (skipped values may nest
//! deeper, as serde_json skips them without recursion). Each refusal is an
//! [`Error`] of serde_json's category for it, found at the same point: a
//! backup whose `format` is of the wrong kind is "not a backup", one that
//! breaks off first is "not JSON" (`backup.rs`). The one known difference:
//! a float just under or over `f64::MAX` where a string is expected may be
//! taken as out of range on one side only (`10^e` is computed, not looked
//! up in a table); both refuse it, and a backup's message is the same.
//!
//! The tests check it against serde_json with the readers this module
//! replaced (kept as the reference in tests, `json.rs`), on generated
//! records and on mangled JSON.

/// Why a text was refused, in serde_json's two categories that matter here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Error {
    /// Not JSON, or cut short (serde_json's `Syntax` and `Eof`).
    Syntax,
    /// JSON, but not of the expected shape (serde_json's `Data`).
    Data,
}

pub(crate) type Result<T> = std::result::Result<T, Error>;

/// A value read from JSON.
pub(crate) trait ReadJson<'a>: Sized {
    fn read_json(json: &mut Json<'a>) -> Result<Self>;
}

/// A struct read from an object one field at a time, starting from its
/// default (`read_with_defaults!`), so a caller can note what else it
/// wants from the same pass: `Draft::load` counts the versions named.
pub(crate) trait ReadFields<'a>: Default {
    /// Reads the value of the field `name` and says true, or says false to
    /// have it skipped.
    fn read_field(&mut self, json: &mut Json<'a>, name: &str) -> Result<bool>;
}

/// The value of the whole of `text`: only whitespace may follow it.
pub(crate) fn from_str<'a, T: ReadJson<'a>>(text: &'a str) -> Result<T> {
    let mut json = Json {
        text,
        at: 0,
        depth: 128,
    };
    let value = T::read_json(&mut json)?;
    match json.peek() {
        None => Ok(value),
        Some(_) => Err(Error::Syntax),
    }
}

/// Whether `text` is one JSON value, whatever its shape.
pub(crate) fn is_json(text: &str) -> bool {
    from_str::<Raw>(text).is_ok()
}

/// A value kept as its JSON text, unread (a backup's records).
pub(crate) struct Raw<'a>(pub &'a str);

/// Text being read, and where.
pub(crate) struct Json<'a> {
    text: &'a str,
    at: usize,
    /// How many more lists and objects the types may open (serde_json's limit).
    depth: u8,
}

impl<'a> Json<'a> {
    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The next byte after whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.byte() {
            self.at += 1;
        }
        self.byte()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.byte();
        self.at += 1;
        byte
    }

    /// The rest of `null`, `true` or `false`, after its first letter.
    fn ident(&mut self, rest: &[u8]) -> Result<()> {
        for &expected in rest {
            if self.next() != Some(expected) {
                return Err(Error::Syntax);
            }
        }
        Ok(())
    }

    /// Whether a `null` comes next (and takes it).
    fn null(&mut self) -> Result<bool> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.at += 1;
        self.ident(b"ull").map(|()| true)
    }

    /// The rest of `null`, `true` or `false`, from its first letter.
    fn word(&mut self) -> Result<()> {
        let rest: &[u8] = match self.next() {
            Some(b'n') => b"ull",
            Some(b't') => b"rue",
            _ => b"alse",
        };
        self.ident(rest)
    }

    /// The error for a value of the wrong kind, once the value is read as
    /// far as serde_json reads it to say so: broken JSON is still `Syntax`.
    #[cold]
    #[inline(never)]
    fn wrong_kind(&mut self) -> Error {
        let read = match self.peek() {
            Some(b'n' | b't' | b'f') => self.word(),
            Some(b'-' | b'0'..=b'9') => self.finite().map(drop),
            Some(b'"') => {
                self.at += 1;
                self.chars(Some(&mut String::new()))
            }
            Some(b'[' | b'{') => Ok(()),
            _ => Err(Error::Syntax),
        };
        read.err().unwrap_or(Error::Data)
    }

    /// A number, from its sign or first digit, by serde_json's grammar: its
    /// value when it is a whole number from 0 to `u64::MAX`, and whether
    /// serde_json would find it out of range once read.
    fn number(&mut self) -> Result<(Option<u64>, bool)> {
        let negative = self.byte() == Some(b'-');
        self.at += usize::from(negative);
        let mut significand = 0;
        let mut exponent = 0;
        match self.byte() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.byte() {
                    return Err(Error::Syntax);
                }
            }
            Some(b'1'..=b'9') => drop(self.digits(&mut significand, &mut exponent, false)),
            _ => return Err(Error::Syntax),
        }
        let mut whole = !negative && exponent == 0;
        if self.byte() == Some(b'.') {
            self.at += 1;
            whole = false;
            if self.digits(&mut significand, &mut exponent, true) == 0 {
                return Err(Error::Syntax);
            }
        }
        let mut zero = significand == 0;
        let mut infinite = false;
        if let Some(b'e' | b'E') = self.byte() {
            self.at += 1;
            whole = false;
            let positive = self.byte() != Some(b'-');
            if let Some(b'+' | b'-') = self.byte() {
                self.at += 1;
            }
            let (mut power, mut past) = (0, 0);
            if self.digits(&mut power, &mut past, false) == 0 {
                return Err(Error::Syntax);
            }
            match i32::try_from(power) {
                Ok(power) if past == 0 && positive => exponent = exponent.saturating_add(power),
                Ok(power) if past == 0 => exponent = exponent.saturating_sub(power),
                // An exponent past i32: serde_json reads zero, or refuses it.
                _ => {
                    infinite = positive && !zero;
                    zero = true;
                }
            }
        }
        if !zero && exponent >= 0 {
            infinite = exponent > 308 || (significand as f64 * 10f64.powi(exponent)).is_infinite();
        }
        Ok((whole.then_some(significand), infinite))
    }

    /// Takes digits into `significand` while it fits in a u64, and drops
    /// the rest from the first that does not, as serde_json does: a dropped
    /// digit before the point raises the exponent, a kept one after it
    /// lowers it. Says how many digits there were.
    fn digits(&mut self, significand: &mut u64, exponent: &mut i32, after_point: bool) -> usize {
        let mut count = 0;
        let mut full = false;
        while let Some(digit @ b'0'..=b'9') = self.byte() {
            self.at += 1;
            count += 1;
            match significand
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(digit - b'0')))
            {
                Some(n) if !full => {
                    *significand = n;
                    *exponent -= i32::from(after_point);
                }
                _ => {
                    full = true;
                    *exponent += i32::from(!after_point);
                }
            }
        }
        count
    }

    /// A number that serde_json does not refuse as out of range.
    fn finite(&mut self) -> Result<Option<u64>> {
        match self.number()? {
            (_, true) => Err(Error::Syntax),
            (whole, false) => Ok(whole),
        }
    }

    /// The four hex digits of a `\u` escape.
    fn hex(&mut self) -> Result<u32> {
        let digits = self
            .text
            .as_bytes()
            .get(self.at..self.at + 4)
            .ok_or(Error::Syntax)?;
        self.at += 4;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
            .ok_or(Error::Syntax)
    }

    /// Passes the characters of a string that need no decoding.
    fn plain(&mut self) {
        while let Some(32..) = self.byte().filter(|b| !matches!(b, b'"' | b'\\')) {
            self.at += 1;
        }
    }

    /// The rest of a string, after its opening quote, added to `out`; with
    /// no `out` it is only checked, and lone surrogates pass (serde_json's
    /// `ignore_str`).
    fn chars(&mut self, mut out: Option<&mut String>) -> Result<()> {
        loop {
            let start = self.at;
            self.plain();
            if let Some(out) = out.as_deref_mut() {
                out.push_str(&self.text[start..self.at]);
            }
            let escaped = match self.next() {
                Some(b'"') => return Ok(()),
                Some(b'\\') => match self.next() {
                    Some(b'"') => '"',
                    Some(b'\\') => '\\',
                    Some(b'/') => '/',
                    Some(b'b') => '\x08',
                    Some(b'f') => '\x0c',
                    Some(b'n') => '\n',
                    Some(b'r') => '\r',
                    Some(b't') => '\t',
                    Some(b'u') => {
                        let high = self.hex()?;
                        if out.is_none() {
                            continue;
                        }
                        let code = match high {
                            0xD800..=0xDBFF => {
                                if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                                    return Err(Error::Syntax);
                                }
                                let low = self.hex()?;
                                if !(0xDC00..=0xDFFF).contains(&low) {
                                    return Err(Error::Syntax);
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            }
                            code => code,
                        };
                        char::from_u32(code).ok_or(Error::Syntax)?
                    }
                    _ => return Err(Error::Syntax),
                },
                // End of text, or a control character.
                _ => return Err(Error::Syntax),
            };
            if let Some(out) = out.as_deref_mut() {
                out.push(escaped);
            }
        }
    }

    /// Opens a list or object the types read: serde_json's depth limit.
    fn open(&mut self) -> Result<()> {
        self.depth -= 1;
        if self.depth == 0 {
            return Err(Error::Syntax);
        }
        self.at += 1;
        Ok(())
    }

    /// Whether another item of the open list or object follows (not taken),
    /// after `first` or a comma; `item` is what must start it.
    fn more(&mut self, first: bool, item: Option<u8>, close: u8) -> Result<bool> {
        match self.peek() {
            Some(b) if b == close => Ok(false),
            Some(b',') if !first => {
                self.at += 1;
                match self.peek() {
                    Some(b) if b != close && item.is_none_or(|item| b == item) => Ok(true),
                    _ => Err(Error::Syntax),
                }
            }
            Some(b) if first && item.is_none_or(|item| b == item) => Ok(true),
            _ => Err(Error::Syntax),
        }
    }

    fn close(&mut self) {
        self.at += 1;
        self.depth += 1;
    }

    /// An object, handing each name to `field`, which reads the value
    /// (through [`Json::value`]) and says true, or says false to skip it.
    pub(crate) fn object(
        &mut self,
        field: &mut dyn FnMut(&mut Json<'a>, &str) -> Result<bool>,
    ) -> Result<()> {
        if self.peek() != Some(b'{') {
            return Err(self.wrong_kind());
        }
        self.open()?;
        let mut first = true;
        while self.more(first, Some(b'"'), b'}')? {
            first = false;
            self.at += 1;
            let name = self.name()?;
            if !field(self, &name)? {
                self.colon()?;
                self.skip()?;
            }
        }
        self.close();
        Ok(())
    }

    /// The rest of an object's name, after its opening quote: borrowed from
    /// the text unless it has an escape (a name allocated for each field
    /// was a good part of reading a long library).
    fn name(&mut self) -> Result<std::borrow::Cow<'a, str>> {
        let start = self.at;
        self.plain();
        if self.byte() == Some(b'"') {
            self.at += 1;
            return Ok(self.text[start..self.at - 1].into());
        }
        self.at = start;
        let mut name = String::new();
        self.chars(Some(&mut name))?;
        Ok(name.into())
    }

    /// A list, handing `item` the number of each element to read.
    pub(crate) fn list(
        &mut self,
        item: &mut dyn FnMut(&mut Json<'a>, usize) -> Result<()>,
    ) -> Result<()> {
        if self.peek() != Some(b'[') {
            return Err(self.wrong_kind());
        }
        self.open()?;
        let mut n = 0;
        while self.more(n == 0, None, b']')? {
            item(self, n)?;
            n += 1;
        }
        self.close();
        Ok(())
    }

    fn colon(&mut self) -> Result<()> {
        if self.peek() != Some(b':') {
            return Err(Error::Syntax);
        }
        self.at += 1;
        Ok(())
    }

    /// The value of the field just named.
    #[inline(never)]
    pub(crate) fn value<T: ReadJson<'a>>(&mut self) -> Result<T> {
        self.colon()?;
        T::read_json(self)
    }

    /// Any one value, checked as JSON and left unread (serde_json's
    /// `ignore_value`): without recursion, so any depth is fine.
    fn skip(&mut self) -> Result<()> {
        let mut open = Vec::new();
        loop {
            match self.peek() {
                Some(b'n' | b't' | b'f') => self.word()?,
                Some(b'-' | b'0'..=b'9') => drop(self.number()?),
                Some(b'"') => {
                    self.at += 1;
                    self.chars(None)?;
                }
                Some(bracket @ (b'[' | b'{')) => {
                    self.at += 1;
                    // `]` and `}` come two after `[` and `{` in ASCII.
                    let close = bracket + 2;
                    if self.peek() == Some(close) {
                        self.at += 1;
                    } else {
                        open.push(close);
                        if bracket == b'{' {
                            self.key()?;
                        }
                        continue;
                    }
                }
                _ => return Err(Error::Syntax),
            }
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.peek() {
                    Some(b',') => {
                        self.at += 1;
                        if close == b'}' {
                            self.key()?;
                        }
                        break;
                    }
                    Some(b) if b == close => {
                        self.at += 1;
                        open.pop();
                    }
                    _ => return Err(Error::Syntax),
                }
            }
        }
    }

    /// A skipped object's name and its colon.
    fn key(&mut self) -> Result<()> {
        if self.peek() != Some(b'"') {
            return Err(Error::Syntax);
        }
        self.at += 1;
        self.chars(None)?;
        self.colon()
    }
}

impl<'a> ReadJson<'a> for String {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        if json.peek() != Some(b'"') {
            return Err(json.wrong_kind());
        }
        json.at += 1;
        let mut out = String::new();
        json.chars(Some(&mut out))?;
        Ok(out)
    }
}

impl<'a> ReadJson<'a> for bool {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        match json.peek() {
            Some(b't') => {
                json.at += 1;
                json.ident(b"rue").map(|()| true)
            }
            Some(b'f') => {
                json.at += 1;
                json.ident(b"alse").map(|()| false)
            }
            _ => Err(json.wrong_kind()),
        }
    }
}

impl<'a> ReadJson<'a> for u64 {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        match json.peek() {
            Some(b'-' | b'0'..=b'9') => json.finite()?.ok_or(Error::Data),
            _ => Err(json.wrong_kind()),
        }
    }
}

impl<'a> ReadJson<'a> for u32 {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        u32::try_from(u64::read_json(json)?).map_err(|_| Error::Data)
    }
}

impl<'a, T: ReadJson<'a>> ReadJson<'a> for Option<T> {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        if json.null()? {
            Ok(None)
        } else {
            T::read_json(json).map(Some)
        }
    }
}

impl<'a, T: ReadJson<'a>> ReadJson<'a> for Box<T> {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        T::read_json(json).map(Box::new)
    }
}

impl<'a, T: ReadJson<'a>> ReadJson<'a> for Vec<T> {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        let mut out = Vec::new();
        json.list(&mut |json, _| {
            out.push(T::read_json(json)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// Exactly two: fewer is `Data`, a third is `Syntax`, as serde_json has it.
impl<'a> ReadJson<'a> for [String; 2] {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        let mut out: [String; 2] = Default::default();
        let mut count = 0;
        json.list(&mut |json, n| {
            // The place first: Rust reads the value of an assignment before
            // its place, and a third element is refused before it is read.
            let slot = out.get_mut(n).ok_or(Error::Syntax)?;
            *slot = String::read_json(json)?;
            count = n + 1;
            Ok(())
        })?;
        if count < 2 {
            return Err(Error::Data);
        }
        Ok(out)
    }
}

impl<'a> ReadJson<'a> for Raw<'a> {
    fn read_json(json: &mut Json<'a>) -> Result<Self> {
        json.peek();
        let start = json.at;
        json.skip()?;
        Ok(Raw(&json.text[start..json.at]))
    }
}

/// The mangling of the tests below, for the backup's tests too.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use tests::any::{edit, mangle, nodes};

#[cfg(test)]
mod tests {
    //! The reader against serde_json with the readers it replaced (the
    //! serde impls the macros still generate in tests): the same refusals,
    //! in the same category, and the same values.
    use super::{Error, Raw, from_str, is_json};
    use crate::domain::backup;
    use crate::domain::draft::{Draft, NoteState, load_in_two_passes};
    use crate::domain::record::json::full;
    use crate::domain::storage::Settings;

    /// serde_json's category of an error, in this reader's terms.
    fn category(error: &serde_json::Error) -> Error {
        if error.is_data() {
            Error::Data
        } else {
            Error::Syntax
        }
    }

    /// A draft's version, as `Draft::load` reads it first.
    #[derive(Debug, PartialEq)]
    struct Version {
        version: Option<u32>,
    }
    crate::domain::record::json::read_strict!(Version { version });

    /// Both readers take or refuse `text` alike for every stored shape.
    fn check(text: &str) {
        fn same<T>(text: &str)
        where
            T: for<'a> super::ReadJson<'a>
                + for<'de> serde::Deserialize<'de>
                + PartialEq
                + std::fmt::Debug,
        {
            let ours = from_str::<T>(text);
            let theirs = serde_json::from_str::<T>(text).map_err(|e| category(&e));
            assert_eq!(ours, theirs, "{} from {text:?}", std::any::type_name::<T>());
        }
        same::<Draft>(text);
        same::<Settings>(text);
        same::<Vec<NoteState>>(text);
        same::<Version>(text);
        assert_eq!(
            Draft::load(text),
            load_in_two_passes(text),
            "Draft::load of {text:?}"
        );
        let raw = from_str::<Raw>(text).map(|Raw(raw)| raw);
        let theirs = serde_json::from_str::<&serde_json::value::RawValue>(text);
        assert_eq!(
            raw,
            theirs.map(|r| r.get()).map_err(|e| category(&e)),
            "{text:?}"
        );
        assert_eq!(
            is_json(text),
            serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
        );
    }

    /// Texts the readers should agree on, as they are and once mangled.
    fn bases() -> Vec<String> {
        let mut bare = full();
        bare.from_email = Default::default();
        vec![
            full().to_json(),
            bare.to_json(),
            Draft::default().to_json(),
            include_str!("../../../tests/data/v1/final-round.json").to_owned(),
            backup::export(&[full(), Draft::default()], 7),
            r#"{"last_backup":12}"#.to_owned(),
            r#"[{"recipient":1,"channel":"card","edit":{"text":{"body":""},"base":{"subject":null,"body":"x"}}}]"#.to_owned(),
        ]
    }

    #[test]
    fn the_bases_read_alike_and_as_written() {
        for text in bases() {
            check(&text);
        }
        assert_eq!(from_str::<Draft>(&full().to_json()), Ok(full()));
    }

    #[test]
    fn awkward_texts_read_alike() {
        for text in [
            "",
            " ",
            "{",
            "}",
            "{}",
            "[]",
            "{} x",
            "{\"version\":1,}",
            "{,}",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\" 1}",
            "{\"a\":1 \"b\":2}",
            "[1,]",
            "[,1]",
            "[1 2]",
            "nul",
            "tru",
            "-",
            "--1",
            "1.e1",
            "1e+",
            "{\"id\":\"\\ud800\"}",
            "{\"x\":\"\\ud800\"}",
            "{\"id\":\"\\udc00\\u0041\"}",
            "{\"id\":\"\\ud800\\u0041\"}",
            "{\"id\":\"\\ud83d\\ude00\"}",
            "{\"id\":\"\\u00zz\"}",
            "{\"id\":\"\\u00\"}",
            "{\"id\":\"\u{1}\"}",
            "{\"x\":\"\u{1f}\"}",
            "{\"id\":\"\\x\"}",
            "{\"version\":-0}",
            "{\"version\":0}",
            "{\"version\":4294967296}",
            "{\"version\":1.0}",
            "{\"version\":1e0}",
            "{\"version\":\"1\"}",
            "{\"version\":null}",
            "{\"version\":1,\"version\":2}",
            "{\"version\":1e999}",
            "{\"version\":-1e999}",
            "{\"version\":0e99999999999}",
            "{\"version\":1e99999999999}",
            "{\"version\":1e-99999999999}",
            "{\"x\":1e99999}",
            "{\"created\":18446744073709551615}",
            "{\"created\":18446744073709551616}",
            "{\"created\":184467440737095516150.5}",
            "{\"created\":[]}",
            "{\"created\":{}}",
            "{\"answers\":{\"sender\":{\"strengths\":[\"a\"]}}}",
            "{\"answers\":{\"sender\":{\"strengths\":[\"a\",\"b\",\"c\"]}}}",
            "{\"answers\":{\"sender\":{\"strengths\":[\"a\",\"b\",]}}}",
            "{\"answers\":{\"sender\":{\"strengths\":[\"a\",5]}}}",
            "{\"answers\":{\"sender\":{\"strengths\":[\"a\",\"b\"],\"strengths\":[]}}}",
            "{\"answers\":{\"style\":{\"tone\":\"loud\"}}}",
            "{\"answers\":{\"style\":{\"tone\":null}}}",
            "{\"l\\u0061st_backup\":5}",
            "{\"last_backup\":5",
            "{\"last_backup\":5}}",
            "[{\"recipient\":1,\"channel\":\"card\",\"recipient\":1}]",
            "[{\"channel\":\"card\"}]",
            "[{\"recipient\":1,\"channel\":\"card\",\"recipient\"",
            "\u{feff}{}",
            "\u{a0}{}",
        ] {
            check(text);
        }
    }

    #[test]
    fn nesting_is_refused_where_serde_json_refuses_it() {
        for levels in [1, 120, 124, 125, 126, 127, 128, 200] {
            let follows = "{\"follows\":".repeat(levels);
            let text = format!(
                "{{\"answers\":{{\"rejection\":{follows}{{}}{}}}}}",
                "}".repeat(levels)
            );
            check(&text);
            // Skipped values nest as deep as they like.
            check(&format!(
                "{{\"x\":{}{}}}",
                "[".repeat(levels * 50),
                "]".repeat(levels * 50)
            ));
        }
    }

    /// proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) mod any {
        use super::*;
        use proptest::prelude::*;
        use serde_json::Value;

        /// Pieces that make JSON interesting where they land.
        const PIECES: &[&str] = &[
            "\"",
            "\\",
            "\\u",
            "\\ud800",
            "\\udc00",
            "\\ud83d\\ude00",
            "\\u00e9",
            "\\n",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "null",
            "nul",
            "true",
            "false",
            "0",
            "-0",
            "-1",
            "0.5",
            "01",
            "1.",
            "-",
            "1e",
            "1e999",
            "-1e400",
            "1E+2",
            "4294967296",
            "18446744073709551615",
            "18446744073709551616",
            " ",
            "\n",
            "\u{1}",
            "\u{7f}",
            "é",
            "\"version\":3,",
            "\"version\":1,",
            "\"id\":\"ab\",",
            "\"company\":5,",
            "\"format\":\"kept-in-mind-backup\",",
            "\"x\":[1,{\"a\":[]}],",
            "\"records\":[],",
            "\"exported\":1,",
            "\"channel\":\"card\",",
            "\"recipient\":2,",
            "\"strengths\":[\"a\"],",
            "\"follows\":{},",
        ];

        /// `text` with each edit made: (where, how many characters to take
        /// out, which piece to put in).
        pub(crate) fn mangle(text: &str, edits: &[(usize, usize, usize)]) -> String {
            let mut chars: Vec<char> = text.chars().collect();
            for &(at, cut, piece) in edits {
                let at = at % (chars.len() + 1);
                let end = (at + cut % 4).min(chars.len());
                chars.splice(at..end, PIECES[piece % PIECES.len()].chars());
            }
            chars.into_iter().collect()
        }

        /// Replaces (or with `None` removes) the `n`th value of the tree, in
        /// pre-order; the tree itself, as the 0th, gains a field instead.
        pub(crate) fn edit(value: &mut Value, n: &mut usize, with: &Option<Value>) -> bool {
            if *n == 0 {
                if let (Value::Object(map), Some(with)) = (&mut *value, with) {
                    map.insert("zz_newer".into(), with.clone());
                }
                return true;
            }
            match value {
                Value::Object(map) => {
                    for key in map.keys().cloned().collect::<Vec<_>>() {
                        *n -= 1;
                        if *n == 0 {
                            match with {
                                Some(with) => map[&key] = with.clone(),
                                None => drop(map.remove(&key)),
                            }
                            return true;
                        }
                        if edit(&mut map[&key], n, with) {
                            return true;
                        }
                    }
                }
                Value::Array(items) => {
                    for item in items {
                        *n -= 1;
                        if *n == 0 {
                            *item = with.clone().unwrap_or(Value::Null);
                            return true;
                        }
                        if edit(item, n, with) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
            false
        }

        /// How many values the tree holds, itself included.
        pub(crate) fn nodes(value: &Value) -> usize {
            1 + match value {
                Value::Object(map) => map.values().map(nodes).sum(),
                Value::Array(items) => items.iter().map(nodes).sum(),
                _ => 0,
            }
        }

        /// A value to put in a record's tree, or none to take one out.
        fn value() -> impl Strategy<Value = Option<Value>> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<u32>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>().prop_map(Value::from),
                any::<String>().prop_map(Value::from),
                "[a-z_]{0,12}".prop_map(Value::from),
                prop::sample::select(vec![
                    "card",
                    "email_new",
                    "warm",
                    "final_round",
                    "runner_up",
                    "accepted",
                    "company",
                    "job-title",
                    "title_and_surname",
                    "panel",
                    "executive",
                    "new_role",
                    "short",
                ])
                .prop_map(Value::from),
            ];
            let value = leaf.prop_recursive(3, 12, 4, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                    prop::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                        .prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            });
            prop::option::weighted(0.8, value)
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn edited_records_read_alike(
                base in 0..7usize,
                edits in prop::collection::vec((any::<usize>(), value()), 0..4),
                pretty in any::<bool>(),
                mangled in prop::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 0..3),
            ) {
                let mut tree: Value = serde_json::from_str(&bases()[base]).unwrap();
                for (n, with) in &edits {
                    let mut n = n % nodes(&tree);
                    edit(&mut tree, &mut n, with);
                }
                let text = if pretty {
                    serde_json::to_string_pretty(&tree).unwrap()
                } else {
                    serde_json::to_string(&tree).unwrap()
                };
                check(&text);
                check(&mangle(&text, &mangled));
            }

            #[test]
            fn json_like_text_reads_alike(text in r#"[\[\]{}:,"0-9a-z.eE+\- \\\u{1}é]{0,30}"#) {
                check(&text);
            }

            #[test]
            fn any_text_reads_alike(text in any::<String>()) {
                check(&text);
            }
        }
    }
}
