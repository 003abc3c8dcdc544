//! Upper and lower case for the letters people type in English notes:
//! ASCII, the accented Latin letters (Latin-1 and Latin Extended-A), Greek
//! and Cyrillic.
//!
//! The standard library's `to_lowercase` and `to_uppercase` carry the whole
//! Unicode case tables, about 4 KB of brotli WebAssembly. The note only ever
//! changes the case of one letter of a user's phrase ("Your question" inside
//! a sentence) and folds text for matching, so these ranges are enough;
//! every other character is left as it is. Each mapping keeps the letter's
//! length in bytes, so offsets into a folded copy are offsets into the text.
//! The tests hold every mapping here equal to the standard library's.

/// `c` in lower case, or `c` itself outside the ranges above.
///
/// ```
/// use kept_in_mind::domain::case::lower;
/// assert_eq!(lower('É'), 'é');
/// assert_eq!(lower('Ł'), 'ł');
/// ```
pub fn lower(c: char) -> char {
    shift(c, true)
}

/// `c` in upper case, or `c` itself outside the ranges above.
///
/// ```
/// use kept_in_mind::domain::case::upper;
/// assert_eq!(upper('ø'), 'Ø');
/// ```
pub fn upper(c: char) -> char {
    shift(c, false)
}

/// `s` in lower case, letter by letter.
///
/// ```
/// use kept_in_mind::domain::case::lower_str;
/// assert_eq!(lower_str("ÉLODIE Åberg"), "élodie åberg");
/// ```
pub fn lower_str(s: &str) -> String {
    s.chars().map(lower).collect()
}

fn shift(c: char, to_lower: bool) -> char {
    let n = c as u32;
    let pick = |upper: u32, lower: u32| {
        let to = if to_lower { lower } else { upper };
        char::from_u32(to).unwrap_or(c)
    };
    match n {
        0x41..=0x5A => pick(n, n + 0x20),
        0x61..=0x7A => pick(n - 0x20, n),
        // À–Þ and à–þ, but not × and ÷.
        0xC0..=0xDE if n != 0xD7 => pick(n, n + 0x20),
        0xE0..=0xFE if n != 0xF7 => pick(n - 0x20, n),
        0xFF => pick(0x178, n),
        0x178 => pick(n, 0xFF),
        // Latin Extended-A pairs: upper even, lower odd, then the other way
        // round from Ĺ to ň and from Ź to ž (İ and ı have no one-letter pair).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => pair(n, n & 1 == 0, pick),
        0x139..=0x148 | 0x179..=0x17E => pair(n, n & 1 == 1, pick),
        // Greek Α–Ω and α–ω (no capital final sigma).
        0x391..=0x3A9 if n != 0x3A2 => pick(n, n + 0x20),
        0x3B1..=0x3C9 if n != 0x3C2 => pick(n - 0x20, n),
        // Cyrillic Ѐ–Џ, А–Я and their lower cases.
        0x400..=0x40F => pick(n, n + 0x50),
        0x450..=0x45F => pick(n - 0x50, n),
        0x410..=0x42F => pick(n, n + 0x20),
        0x430..=0x44F => pick(n - 0x20, n),
        _ => c,
    }
}

fn pair(n: u32, is_upper: bool, pick: impl Fn(u32, u32) -> char) -> char {
    if is_upper {
        pick(n, n + 1)
    } else {
        pick(n - 1, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's one-letter mapping, or the letter itself
    /// where it has none (or a longer one).
    fn std_one(mut mapped: impl Iterator<Item = char>, c: char) -> char {
        match (mapped.next(), mapped.next()) {
            (Some(m), None) => m,
            _ => c,
        }
    }

    #[test]
    fn agrees_with_the_standard_library_where_it_maps() {
        for c in (0..=0x4FF).filter_map(char::from_u32) {
            for (ours, theirs, what) in [
                (lower(c), std_one(c.to_lowercase(), c), "lower"),
                (upper(c), std_one(c.to_uppercase(), c), "upper"),
            ] {
                // Ours is either the same as std or leaves the letter alone.
                assert!(
                    ours == theirs || ours == c,
                    "{what} of {c:?} (U+{:04X}): {ours:?}, std {theirs:?}",
                    c as u32
                );
                assert_eq!(
                    ours.len_utf8(),
                    c.len_utf8(),
                    "{what} of {c:?} changes its length"
                );
            }
        }
    }

    #[test]
    fn covers_every_letter_people_type_in_names() {
        let check = |upper_case: &str, lower_case: &str| {
            assert_eq!(lower_str(upper_case), lower_case);
            assert_eq!(
                upper_case.chars().map(upper).collect::<String>(),
                upper_case
            );
            assert_eq!(
                lower_case.chars().map(upper).collect::<String>(),
                upper_case
            );
        };
        check("ABCXYZ", "abcxyz");
        check("ÀÉÎÕÜÇÑØÅÆÞ", "àéîõüçñøåæþ");
        check("ĀĘĞŁŃŐŘŚŠŢŮŹŻŽŸ", "āęğłńőřśšţůźżžÿ");
        check("ΑΒΓΔΩ", "αβγδω");
        check("ЖЁЯЇ", "жёяї");
    }
}
