//! A tiny `{placeholder}` filler for the wordings in [`super::phrases`].
//!
//! One pass, left to right: a value is inserted as it is and never scanned
//! again, so a user's answer that happens to contain braces can never be
//! taken for a placeholder. The tests in `phrases` verify that every
//! placeholder a wording uses is one its table declares, and the composer
//! has a value for every declared name, so nothing is ever left unfilled.

/// Fills each `{name}` in `template` with `value(name)`.
pub(crate) fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let name = &after[..close];
        let filled = value(name);
        debug_assert!(filled.is_some(), "no value for {{{name}}} in {template:?}");
        out.push_str(filled.as_deref().unwrap_or(""));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The placeholder names a wording uses, in order.
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_once_and_never_rescans() {
        let value = |name: &str| match name {
            "a" => Some("{b}".to_string()),
            "b" => Some("B".to_string()),
            _ => None,
        };
        let cases = [
            ("x {a} y", "x {b} y"),
            ("{b}{b}", "BB"),
            ("no placeholders", "no placeholders"),
        ];
        for (template, want) in cases {
            assert_eq!(fill(template, value), want);
        }
        assert_eq!(placeholders("{a} and {b}."), vec!["a", "b"]);
    }
}
