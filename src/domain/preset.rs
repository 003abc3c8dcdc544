//! Presets a page that embeds the app passes in its address
//! (`?embed&tone=formal`, written by `web/embed.js`). Only the tone reaches
//! the app's answers, and only as a starting point: an answer the user gave
//! always wins.

use super::model::{Answers, Tone};

/// Sets the tone from `query` (a `location.search`) when it is still unset;
/// true when it changed anything.
///
/// ```
/// use kept_in_mind::domain::{model::{Answers, Tone}, preset};
/// let mut answers = Answers::default();
/// assert!(preset::fill_unset(&mut answers, "?embed&tone=formal"));
/// assert_eq!(answers.style.tone, Some(Tone::Formal));
/// ```
pub fn fill_unset(answers: &mut Answers, query: &str) -> bool {
    let fill = answers.style.tone.is_none().then(|| tone(query)).flatten();
    answers.style.tone = answers.style.tone.or(fill);
    fill.is_some()
}

/// The tone named by `tone=` in `query`, if it names one.
fn tone(query: &str) -> Option<Tone> {
    let value = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("tone="))?;
    match value {
        "warm" => Some(Tone::Warm),
        "formal" => Some(Tone::Formal),
        "concise" => Some(Tone::Concise),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &str, before: Option<Tone>, after: Option<Tone>) {
        let mut answers = Answers::default();
        answers.style.tone = before;
        let changed = fill_unset(&mut answers, query);
        assert_eq!(answers.style.tone, after, "{query:?} over {before:?}");
        assert_eq!(
            changed,
            before != after,
            "{query:?} over {before:?}: changed"
        );
    }

    #[test]
    fn a_preset_tone_fills_only_an_unset_tone() {
        check("?embed=&tone=formal", None, Some(Tone::Formal));
        check("?tone=concise&host=x", None, Some(Tone::Concise));
        check("tone=warm", None, Some(Tone::Warm));
        check("?tone=formal", Some(Tone::Concise), Some(Tone::Concise));
    }

    #[test]
    fn no_or_unknown_tone_leaves_it_unset() {
        check("", None, None);
        check("?embed=&theme=dark", None, None);
        check("?tone=Formal", None, None);
        check("?tone=", None, None);
        check("?retone=formal", None, None);
    }
}
