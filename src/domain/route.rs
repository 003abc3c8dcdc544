//! Where the user is: the wizard's pages, their five chapters, and the
//! `location.hash` form of each.
//!
//! The step lives in the URL's fragment so the browser's Back and Forward
//! buttons move between steps and a reload returns to the same step, without
//! a router (which would cost more WebAssembly than the whole app) and without
//! any server rewrite rules. The chapter count never changes with the answers,
//! so "Step 2 of 5" stays true however many people or pages there are.

use super::model::Answers;

/// One page of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    #[default]
    Home,
    /// Company and job title.
    Job,
    /// "Here’s what we found": what a pasted email answered, together, on
    /// the fast path (`flow.rs`). Not in [`Page::WIZARD`]: only a record
    /// whose email filled in answers shows it.
    Found,
    Stage,
    Arrival,
    /// Whether they said they would keep you in mind, the date, the subject.
    Details,
    /// The list of people, with add, change and remove.
    People,
    /// One person's name, greeting, title, part and email address.
    Person(u32),
    /// One detail per person and what the user admires about the company.
    StoodOut,
    /// The user's name, contact line, seniority and strengths.
    AboutYou,
    KeepInMind,
    /// Feedback, LinkedIn, wishing the hire well, offering help.
    Extras,
    /// Tone, length and channels.
    Style,
    Check,
    /// The written notes.
    Notes,
}

/// The wizard's five fixed chapters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chapter {
    TheNo,
    Who,
    StoodOut,
    Ask,
    Check,
}

impl Chapter {
    pub const COUNT: usize = 5;

    /// The chapters in order, as the step indicator shows them.
    pub const ALL: [Chapter; Self::COUNT] = [
        Chapter::TheNo,
        Chapter::Who,
        Chapter::StoodOut,
        Chapter::Ask,
        Chapter::Check,
    ];

    /// 1-based position, as shown in "Step N of 5".
    pub fn number(self) -> usize {
        match self {
            Chapter::TheNo => 1,
            Chapter::Who => 2,
            Chapter::StoodOut => 3,
            Chapter::Ask => 4,
            Chapter::Check => 5,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Chapter::TheNo => "The No",
            Chapter::Who => "Who you’re writing to",
            Chapter::StoodOut => "What stood out",
            Chapter::Ask => "You and your ask",
            Chapter::Check => "Check your answers",
        }
    }

    /// "Step 2 of 5: Who you’re writing to"
    pub fn label(self) -> String {
        format!("Step {} of {}: {}", self.number(), Self::COUNT, self.name())
    }
}

impl Page {
    /// The chapter a wizard page belongs to; `None` for the home and notes pages.
    pub fn chapter(self) -> Option<Chapter> {
        match self {
            Page::Home | Page::Notes => None,
            Page::Job | Page::Found | Page::Stage | Page::Arrival | Page::Details => {
                Some(Chapter::TheNo)
            }
            Page::People | Page::Person(_) => Some(Chapter::Who),
            Page::StoodOut => Some(Chapter::StoodOut),
            Page::AboutYou | Page::KeepInMind | Page::Extras | Page::Style => Some(Chapter::Ask),
            Page::Check => Some(Chapter::Check),
        }
    }

    /// The wizard's pages in the order Continue walks them: the one list
    /// that [`Page::next`], [`Page::previous`], the step indicator's count
    /// (`progress.rs`), the check page's sections (`summary.rs`) and the
    /// first page still to answer (`validate.rs`) are all read from. A
    /// person's page is not in it: it is opened from the list of people
    /// (`People`) and returns there, one page per person.
    pub const WIZARD: [Page; 11] = [
        Page::Job,
        Page::Stage,
        Page::Arrival,
        Page::Details,
        Page::People,
        Page::StoodOut,
        Page::AboutYou,
        Page::KeepInMind,
        Page::Extras,
        Page::Style,
        Page::Check,
    ];

    /// Where this page stands in [`Page::WIZARD`].
    fn position(self) -> Option<usize> {
        Page::WIZARD.iter().position(|&p| p == self)
    }

    /// The page after this one.
    pub fn next(self) -> Page {
        match self {
            Page::Home => Page::WIZARD[0],
            Page::Person(_) => Page::People,
            page => page
                .position()
                .and_then(|at| Page::WIZARD.get(at + 1).copied())
                .unwrap_or(Page::Notes),
        }
    }

    /// The page the "Back" link leads to.
    pub fn previous(self, answers: &Answers) -> Page {
        match self {
            Page::Person(id) => {
                let others = answers.recipients.iter().any(|r| r.id != id);
                if others {
                    Page::People
                } else {
                    Page::People.previous(answers)
                }
            }
            Page::Notes => Page::Check,
            page => match page.position() {
                Some(at) if at > 0 => Page::WIZARD[at - 1],
                _ => Page::Home,
            },
        }
    }
}

/// A page, and the summary page a "Change" link came from (the check page,
/// or "Here’s what we found"), to which Continue and Back then return.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Route {
    pub page: Page,
    /// `Some(Page::Check)` or `Some(Page::Found)` after a "Change" link.
    pub from: Option<Page>,
}

/// Each page's path in `location.hash` (`#/no/job`), read and written from
/// this one list; a person's page is `people/{id}`.
const PATHS: [(Page, &str); 14] = [
    (Page::Home, ""),
    (Page::Job, "no/job"),
    (Page::Found, "no/found"),
    (Page::Stage, "no/stage"),
    (Page::Arrival, "no/arrival"),
    (Page::Details, "no/details"),
    (Page::People, "people"),
    (Page::StoodOut, "stood-out"),
    (Page::AboutYou, "you"),
    (Page::KeepInMind, "ask/keep-in-mind"),
    (Page::Extras, "ask/extras"),
    (Page::Style, "ask/style"),
    (Page::Check, "check"),
    (Page::Notes, "notes"),
];

/// The summary pages a "Change" link may come from, with their words in
/// the hash (`?from=check`).
const SUMMARIES: [(Page, &str); 2] = [(Page::Check, "check"), (Page::Found, "found")];

impl Route {
    pub fn new(page: Page) -> Route {
        Route { page, from: None }
    }

    /// A "Change" link's destination: the page, returning to the check page.
    pub fn change(page: Page) -> Route {
        Route::change_from(page, Page::Check)
    }

    /// A "Change" link's destination on the summary page `summary`.
    pub fn change_from(page: Page, summary: Page) -> Route {
        Route {
            page,
            from: Some(summary),
        }
    }

    /// Reads a `location.hash` such as `#/people/3?from=check`; anything
    /// unknown is the home page, so a stale or mistyped link never breaks.
    ///
    /// ```
    /// use kept_in_mind::domain::route::{Page, Route};
    /// assert_eq!(Route::parse("#/people/3").page, Page::Person(3));
    /// ```
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, from) = match hash.split_once("?from=") {
            Some((path, word)) => (
                path,
                SUMMARIES.iter().find(|(_, w)| *w == word).map(|(p, _)| *p),
            ),
            None => (hash, None),
        };
        let path = path.trim_matches('/');
        let page = match PATHS.iter().find(|(_, p)| *p == path) {
            Some(&(page, _)) => page,
            None => match path.strip_prefix("people/").and_then(|id| id.parse().ok()) {
                Some(id) => Page::Person(id),
                None => Page::Home,
            },
        };
        // Only a question page returns to a summary.
        let from =
            from.filter(|_| !matches!(page, Page::Home | Page::Found | Page::Check | Page::Notes));
        Route { page, from }
    }

    /// The `location.hash` for this route, `#/…`.
    pub fn to_hash(self) -> String {
        let path = match self.page {
            Page::Person(id) => format!("people/{id}"),
            page => PATHS
                .iter()
                .find(|(p, _)| *p == page)
                .map_or("", |(_, path)| path)
                .to_owned(),
        };
        let from = SUMMARIES.iter().find(|(p, _)| Some(*p) == self.from);
        match from {
            Some((_, word)) => format!("#/{path}?from={word}"),
            None => format!("#/{path}"),
        }
    }

    /// Where Continue leads after this page's answers are valid, on the
    /// standard path (`flow.rs` has the fast one).
    ///
    /// From the check page's "Change" links it returns to the check page,
    /// except that a person's page returns to the list of people (still in
    /// "from check" mode) so a removal or addition can be reviewed there.
    /// "Here’s what we found" shows the people itself, so it is returned to
    /// from a person's page too.
    pub fn after_continue(self) -> Route {
        match (self.from, self.page) {
            (Some(Page::Check), Page::Person(_)) => Route::change(Page::People),
            (Some(summary), _) => Route::new(summary),
            (None, page) => Route::new(page.next()),
        }
    }

    /// Where the "Back" link leads, on the standard path.
    pub fn back(self, answers: &Answers) -> Route {
        match (self.from, self.page) {
            (Some(Page::Check), Page::Person(_)) => Route::change(Page::People),
            (Some(summary), _) => Route::new(summary),
            (None, page) => Route::new(page.previous(answers)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_round_trip(page: Page, hash: &str) {
        assert_eq!(Route::new(page).to_hash(), hash);
        assert_eq!(Route::parse(hash), Route::new(page));
        let change = Route::change(page);
        assert_eq!(Route::parse(&change.to_hash()), change, "{hash} from check");
    }

    #[test]
    fn every_page_round_trips_through_its_hash() {
        check_round_trip(Page::Job, "#/no/job");
        check_round_trip(Page::Stage, "#/no/stage");
        check_round_trip(Page::Arrival, "#/no/arrival");
        check_round_trip(Page::Details, "#/no/details");
        check_round_trip(Page::People, "#/people");
        check_round_trip(Page::Person(12), "#/people/12");
        check_round_trip(Page::StoodOut, "#/stood-out");
        check_round_trip(Page::AboutYou, "#/you");
        check_round_trip(Page::KeepInMind, "#/ask/keep-in-mind");
        check_round_trip(Page::Extras, "#/ask/extras");
        check_round_trip(Page::Style, "#/ask/style");
    }

    #[test]
    fn unknown_or_empty_hashes_are_the_home_page() {
        for hash in [
            "",
            "#",
            "#/",
            "#/nope",
            "#/people/x",
            "#/people/-1",
            "#main",
        ] {
            assert_eq!(Route::parse(hash), Route::new(Page::Home), "{hash:?}");
        }
        assert_eq!(Route::parse("#/check?from=check"), Route::new(Page::Check));
    }

    #[test]
    fn continue_walks_the_chapters_in_order_and_never_skips_one() {
        let mut page = Page::Home;
        let mut chapters = Vec::new();
        while page != Page::Notes {
            page = page.next();
            if let Some(chapter) = page.chapter()
                && chapters.last() != Some(&chapter.number())
            {
                chapters.push(chapter.number());
            }
        }
        assert_eq!(chapters, [1, 2, 3, 4, 5]);
    }

    #[test]
    fn back_undoes_continue() {
        let answers = Answers::default();
        let mut page = Page::Job;
        while page != Page::Notes {
            let next = page.next();
            assert_eq!(next.previous(&answers), page, "back from {next:?}");
            page = next;
        }
    }

    #[test]
    fn a_change_from_the_check_page_returns_there() {
        let answers = Answers::default();
        let change = Route::change(Page::Stage);
        assert_eq!(change.after_continue(), Route::new(Page::Check));
        assert_eq!(change.back(&answers), Route::new(Page::Check));
        assert_eq!(
            Route::change(Page::Person(1)).after_continue(),
            Route::change(Page::People)
        );
    }

    /// "Here’s what we found" has its own hash, and its Change links return
    /// to it, a person's page too (it lists the people itself).
    #[test]
    fn a_change_from_what_was_found_returns_there() {
        let answers = Answers::default();
        assert_eq!(Route::new(Page::Found).to_hash(), "#/no/found");
        assert_eq!(Route::parse("#/no/found"), Route::new(Page::Found));
        assert_eq!(
            Route::parse("#/no/found?from=found"),
            Route::new(Page::Found)
        );
        assert_eq!(
            Route::parse("#/no/stage?from=elsewhere"),
            Route::new(Page::Stage)
        );
        for page in [Page::Stage, Page::Person(1)] {
            let change = Route::change_from(page, Page::Found);
            assert_eq!(Route::parse(&change.to_hash()), change);
            assert_eq!(change.after_continue(), Route::new(Page::Found));
            assert_eq!(change.back(&answers), Route::new(Page::Found));
        }
        assert_eq!(
            Route::change_from(Page::Person(1), Page::Found).to_hash(),
            "#/people/1?from=found"
        );
    }

    #[test]
    fn the_chapters_are_listed_in_order_with_their_names() {
        let names: Vec<(usize, &str)> = Chapter::ALL
            .iter()
            .map(|c| (c.number(), c.name()))
            .collect();
        assert_eq!(
            names,
            [
                (1, "The No"),
                (2, "Who you’re writing to"),
                (3, "What stood out"),
                (4, "You and your ask"),
                (5, "Check your answers"),
            ]
        );
    }
}
