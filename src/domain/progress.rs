//! How far through the wizard a page is, in words: the step indicator's
//! line and each page's `document.title`.
//!
//! The chapter count never changes (see `route.rs`), but two chapters have
//! four fixed pages each, and "Step 1 of 5" alone stood still across all
//! four; so those pages also say which of the four they are. The people
//! pages are not counted: how many there are depends on the answers, and a
//! count that changes as you go would not be true.

use super::route::{Chapter, Page};

/// The pages of a chapter in the wizard's order (`Page::WIZARD`).
fn pages_of(chapter: Chapter) -> impl Iterator<Item = Page> {
    Page::WIZARD
        .into_iter()
        .filter(move |p| p.chapter() == Some(chapter))
}

/// Which of its chapter's counted pages `page` is, and of how many.
///
/// ```
/// use kept_in_mind::domain::{progress::page_in_chapter, route::Page};
/// assert_eq!(page_in_chapter(Page::Arrival), Some((3, 4)));
/// assert_eq!(page_in_chapter(Page::People), None);
/// ```
pub fn page_in_chapter(page: Page) -> Option<(usize, usize)> {
    let chapter = page.chapter()?;
    let at = pages_of(chapter).position(|p| p == page)?;
    // A chapter of one page has nothing to count.
    let of = pages_of(chapter).count();
    (of > 1).then_some((at + 1, of))
}

/// ", page 2 of 4" where the chapter's pages are counted, else nothing.
fn within(page: Page) -> String {
    page_in_chapter(page)
        .map(|(at, of)| format!(", page {at} of {of}"))
        .unwrap_or_default()
}

/// The step indicator's line: "Step 1 of 5: The No, page 2 of 4".
pub fn step_label(page: Page) -> Option<String> {
    Some(format!("{}{}", page.chapter()?.label(), within(page)))
}

/// `document.title`: the page's `<h1>` first, as GOV.UK titles are, then
/// the step, then the app: "How far did you get? – Step 1 of 5, page 2 of 4
/// – Kept in Mind"; prefixed with "Error: " while the page shows errors.
/// Before the heading is drawn, the step (or the app's name) stands alone.
pub fn document_title(heading: &str, page: Page, has_errors: bool) -> String {
    let error = if has_errors { "Error: " } else { "" };
    let heading = heading.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<String> = [
        (!heading.is_empty()).then_some(heading),
        page.chapter().map(|chapter| {
            format!(
                "Step {} of {}{}",
                chapter.number(),
                Chapter::COUNT,
                within(page)
            )
        }),
        Some("Kept in Mind".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!("{error}{}", parts.join(" – "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_line_counts_the_fixed_pages_of_a_chapter() {
        for (page, want) in [
            (Page::Job, "Step 1 of 5: The No, page 1 of 4"),
            (Page::Details, "Step 1 of 5: The No, page 4 of 4"),
            (Page::People, "Step 2 of 5: Who you’re writing to"),
            (Page::Person(3), "Step 2 of 5: Who you’re writing to"),
            (Page::StoodOut, "Step 3 of 5: What stood out"),
            (Page::AboutYou, "Step 4 of 5: You and your ask, page 1 of 4"),
            (Page::Style, "Step 4 of 5: You and your ask, page 4 of 4"),
            (Page::Check, "Step 5 of 5: Check your answers"),
        ] {
            assert_eq!(step_label(page).as_deref(), Some(want), "{page:?}");
        }
        assert_eq!(step_label(Page::Home), None);
        assert_eq!(step_label(Page::Notes), None);
    }

    #[test]
    fn every_wizard_page_moves_the_line_on() {
        let mut page = Page::Job;
        let mut seen = vec![step_label(page)];
        while page != Page::Check {
            page = page.next();
            let label = step_label(page);
            if page != Page::People {
                assert_ne!(
                    seen.last(),
                    Some(&label),
                    "{page:?} says what the page before said"
                );
            }
            seen.push(label);
        }
    }

    #[test]
    fn titles_start_with_the_heading() {
        for (heading, page, errors, want) in [
            (
                "How far did you get?",
                Page::Stage,
                false,
                "How far did you get? – Step 1 of 5, page 2 of 4 – Kept in Mind",
            ),
            (
                "Which job was it?",
                Page::Job,
                true,
                "Error: Which job was it? – Step 1 of 5, page 1 of 4 – Kept in Mind",
            ),
            (
                "  Who are you\n writing to? ",
                Page::Person(1),
                false,
                "Who are you writing to? – Step 2 of 5 – Kept in Mind",
            ),
            (
                "Check your answers",
                Page::Check,
                false,
                "Check your answers – Step 5 of 5 – Kept in Mind",
            ),
            (
                "Your notes",
                Page::Notes,
                false,
                "Your notes – Kept in Mind",
            ),
            (
                "Write a thank-you for the No",
                Page::Home,
                false,
                "Write a thank-you for the No – Kept in Mind",
            ),
            ("", Page::Home, false, "Kept in Mind"),
        ] {
            assert_eq!(document_title(heading, page, errors), want);
        }
    }
}
