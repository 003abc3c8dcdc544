//! How far through the wizard a page is, in words: the step indicator's
//! line and each page's `document.title`.
//!
//! The chapter count never changes (see `route.rs`), but two chapters have
//! up to four pages each, and "Step 1 of 5" alone stood still across all
//! four; so those pages also say which of the chapter's pages they are.
//! Only the pages this record's journey shows are counted (`flow::journey`):
//! on the fast path from a pasted email, the pages it answered are left out,
//! and a chapter that counted them would read "page 1 of 4" and never reach
//! 4. The people pages are not counted: how many there are depends on the
//! answers, and a count that changes as you go would not be true.

use super::draft::Draft;
use super::flow::journey;
use super::route::{Chapter, Page};

/// Where a wizard page stands: its chapter, and which of the chapter's
/// shown pages it is, of how many (`None` in a chapter of one page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub chapter: Chapter,
    pub page: Option<(usize, usize)>,
}

impl Step {
    /// Where `page` stands on `draft`'s journey; `None` for the home and
    /// notes pages.
    ///
    /// ```
    /// use kept_in_mind::domain::{draft::Draft, progress::Step, route::Page};
    /// let step = Step::of(Page::Arrival, &Draft::default()).unwrap();
    /// assert_eq!(step.page, Some((3, 4)));
    /// ```
    pub fn of(page: Page, draft: &Draft) -> Option<Step> {
        let chapter = page.chapter()?;
        let in_chapter = |p: &Page| p.chapter() == Some(chapter);
        // A chapter of one page has nothing to count (and a person's page,
        // outside the wizard's list, is not counted): said without reading
        // the journey, which these pages would redo at every keystroke.
        if Page::WIZARD.iter().filter(|p| in_chapter(p)).count() < 2 {
            return Some(Step {
                chapter,
                page: None,
            });
        }
        let pages: Vec<Page> = journey(draft, page).filter(in_chapter).collect();
        let at = pages.iter().position(|&p| p == page);
        Some(Step {
            chapter,
            page: at
                .filter(|_| pages.len() > 1)
                .map(|at| (at + 1, pages.len())),
        })
    }

    /// ", page 2 of 4" where the chapter's pages are counted, else nothing.
    fn within(self) -> String {
        self.page
            .map(|(at, of)| format!(", page {at} of {of}"))
            .unwrap_or_default()
    }

    /// The step indicator's line: "Step 1 of 5: The No, page 2 of 4".
    pub fn label(self) -> String {
        format!("{}{}", self.chapter.label(), self.within())
    }
}

/// `document.title`: the page's `<h1>` first, as GOV.UK titles are, then
/// the step, then the app: "How far did you get? – Step 1 of 5, page 2 of 4
/// – Kept in Mind"; prefixed with "Error: " while the page shows errors.
/// Before the heading is drawn, the step (or the app's name) stands alone.
pub fn document_title(heading: &str, step: Option<Step>, has_errors: bool) -> String {
    let error = if has_errors { "Error: " } else { "" };
    let heading = heading.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<String> = [
        (!heading.is_empty()).then_some(heading),
        step.map(|step| {
            format!(
                "Step {} of {}{}",
                step.chapter.number(),
                Chapter::COUNT,
                step.within()
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

    /// The step line of `page` on a record with one person and no pasted
    /// email: the standard path, every page of a chapter counted.
    fn label(page: Page) -> Option<String> {
        let mut draft = Draft::default();
        draft.add_person();
        Step::of(page, &draft).map(Step::label)
    }

    #[test]
    fn the_step_line_counts_the_pages_of_a_chapter() {
        for (page, want) in [
            (Page::Job, "Step 1 of 5: The No, page 1 of 4"),
            (Page::Details, "Step 1 of 5: The No, page 4 of 4"),
            (Page::People, "Step 2 of 5: Who you’re writing to"),
            (Page::Person(1), "Step 2 of 5: Who you’re writing to"),
            (Page::StoodOut, "Step 3 of 5: What stood out"),
            (Page::AboutYou, "Step 4 of 5: You and your ask, page 1 of 4"),
            (Page::Style, "Step 4 of 5: You and your ask, page 4 of 4"),
            (Page::Check, "Step 5 of 5: Check your answers"),
            // Opened by its address without a pasted email, it still counts itself.
            (Page::Found, "Step 1 of 5: The No, page 2 of 5"),
        ] {
            assert_eq!(label(page).as_deref(), Some(want), "{page:?}");
        }
        assert_eq!(label(Page::Home), None);
        assert_eq!(label(Page::Notes), None);
    }

    #[test]
    fn every_wizard_page_moves_the_line_on() {
        let mut page = Page::Job;
        let mut seen = vec![label(page)];
        while page != Page::Check {
            page = page.next();
            let label = label(page);
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
        let draft = Draft::default();
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
            let step = Step::of(page, &draft);
            assert_eq!(document_title(heading, step, errors), want);
        }
    }
}
