//! Which page comes next, on the standard path and on the fast path from a
//! pasted email.
//!
//! Someone who pastes the rejection email has already given most of the
//! first chapter. When "Fill in from this email" filled in answers, the
//! record takes the fast path: after the first page, "Here’s what we found"
//! (`Page::Found`) shows every answer the email gave, together, each with a
//! Change link, and the pages whose answers the email gave are left out.
//! Only what is missing is asked. The pages stay in the wizard's order
//! (`Page::WIZARD`); the fast path only leaves some out.
//!
//! The decisions, in one place:
//!
//! - **Found** means the email filled the answer in (it fills only answers
//!   left empty), and it is not blank. It stays found when the user changes
//!   it, say through Change on "Here’s what we found": they have seen it and
//!   answered it, so its page is not asked again. (The question pages mark
//!   it "(from their email)" only while it holds what the email gave.) The
//!   record is on the fast path while any answer is found.
//! - **A page is left out** when everything it requires was found or is a
//!   preset, and nothing on it is wrong (`validate`). A preset is a
//!   required choice that starts at a sensible default the check page shows
//!   with Change: how to greet a person (by first name) and where to send
//!   the note (a reply in their thread, or a new email after a call).
//!   Pages that require nothing (what stood out, anything else to ask) are
//!   always asked: the email cannot know them, and one real detail is what
//!   makes a note remembered. So are pages with an answer the email cannot
//!   give (the level of the role, what to be kept in mind for), even when
//!   an earlier No carried it over: the user confirms it for this job.
//! - **The style page** (tone, length, where to send) requires only a
//!   preset, so it is left out: its defaults (warm, standard length, the
//!   channels above) stand on the check page under their own heading,
//!   "Suggested for you", each with Change, until the user chooses a tone
//!   or a length there.
//! - **The list of people** is left out when everyone on it was found; "Here’s
//!   what we found" offers "Add another person", and a person added there
//!   brings the list back.
//!
//! Without a pasted email nothing here changes the standard path: the
//! tests check that Continue and Back then lead where `Route` says.

use super::draft::Draft;
use super::route::{Page, Route};
use super::summary::{Section, email_answers, found, sections};
use super::validate::{person_errors, validate};

/// What Continue does once a page's answers are valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Go(Route),
    /// Nobody is on the list of people yet: add the first person and open
    /// their page, rather than show an empty list.
    AddPerson,
}

/// Whether the record takes the fast path: an answer its pasted email
/// filled in still holds what the email gave.
pub fn is_fast(draft: &Draft) -> bool {
    let found = found(&draft.answers, &draft.from_email);
    !found.is_empty()
}

/// Whether the fast path leaves `page` out (see the module docs).
pub fn skips(draft: &Draft, page: Page) -> bool {
    is_fast(draft) && left_out(draft, page)
}

/// [`skips`] once the record is known to be on the fast path.
fn left_out(draft: &Draft, page: Page) -> bool {
    let answers = &draft.answers;
    match page {
        Page::People => {
            !answers.recipients.is_empty()
                && answers
                    .recipients
                    .iter()
                    .all(|p| left_out(draft, Page::Person(p.id)))
        }
        // The first page holds the paste box; the summaries are never skipped.
        Page::Job | Page::Found | Page::Check | Page::Home | Page::Notes => false,
        page => {
            email_answers(page, answers, &draft.from_email) && validate(page, answers).is_empty()
        }
    }
}

/// The pages in the order Continue walks them: the wizard's
/// (`Page::WIZARD`), with "Here’s what we found" after the first.
const ORDER: [Page; Page::WIZARD.len() + 1] = {
    let mut order = [Page::Found; Page::WIZARD.len() + 1];
    let mut at = 0;
    while at < Page::WIZARD.len() {
        order[at + (at > 0) as usize] = Page::WIZARD[at];
        at += 1;
    }
    order
};

/// Whether the record's path walks `page` (`fast` is [`is_fast`]): every
/// page but those the fast path leaves out, and "Here’s what we found" only
/// on the fast path.
fn walks(draft: &Draft, fast: bool, page: Page) -> bool {
    match page {
        Page::Found => fast,
        page => !(fast && left_out(draft, page)),
    }
}

/// The first page of `pages` (in order, or backwards with `back`) that the
/// record's path walks.
fn first_walked(draft: &Draft, pages: &[Page], back: bool) -> Option<Page> {
    let fast = is_fast(draft);
    let walks = |&&page: &&Page| walks(draft, fast, page);
    let found = if back {
        pages.iter().rev().find(walks)
    } else {
        pages.iter().find(walks)
    };
    found.copied()
}

/// The pages this record's journey shows from the first to the check page,
/// in order (a person's page aside, reached from the list): those Continue
/// walks, and `on_screen` even when the path leaves it out, since a Change
/// link opens such a page too. The step indicator counts them
/// (`progress.rs`), so a chapter's last page says "page 3 of 3".
pub fn journey(draft: &Draft, on_screen: Page) -> impl Iterator<Item = Page> + '_ {
    let fast = is_fast(draft);
    ORDER
        .into_iter()
        .filter(move |&page| page == on_screen || walks(draft, fast, page))
}

/// Where `page` stands in [`ORDER`]; pages outside it stand before all.
fn place(page: Page) -> Option<usize> {
    ORDER.iter().position(|&p| p == page)
}

/// Where Continue leads from `route` once its answers are valid.
///
/// ```
/// use kept_in_mind::domain::{draft::Draft, flow::{Next, after_continue}, route::{Page, Route}};
/// let next = after_continue(Route::new(Page::Job), &Draft::default());
/// assert_eq!(next, Next::Go(Route::new(Page::Stage)));
/// ```
pub fn after_continue(route: Route, draft: &Draft) -> Next {
    let next = match (route.from, route.page) {
        (Some(_), _) | (None, Page::Person(_)) => route.after_continue(),
        (None, Page::Check | Page::Notes) => Route::new(Page::Notes),
        (None, page) => {
            let after = place(page).map_or(0, |at| at + 1);
            Route::new(first_walked(draft, &ORDER[after..], false).unwrap_or(Page::Check))
        }
    };
    let people = &draft.answers.recipients;
    if next != Route::new(Page::People) {
        return Next::Go(next);
    }
    if people.is_empty() {
        return Next::AddPerson;
    }
    // Someone the email named but could not finish (their part unknown)
    // is asked for at once, rather than flagged on the list.
    let unfinished = people.iter().find(|p| !person_errors(p).is_empty());
    match unfinished {
        Some(person) if is_fast(draft) => Next::Go(Route::new(Page::Person(person.id))),
        _ => Next::Go(next),
    }
}

/// Where the "Back" link leads from `route`.
pub fn back(route: Route, draft: &Draft) -> Route {
    let answers = &draft.answers;
    let page = match (route.from, route.page) {
        (Some(_), _) | (None, Page::Home | Page::Notes) => return route.back(answers),
        (None, Page::Person(id)) if answers.recipients.iter().any(|r| r.id != id) => {
            return Route::new(Page::People);
        }
        (None, Page::Person(_)) => Page::People,
        (None, page) => page,
    };
    let before = &ORDER[..place(page).unwrap_or(0)];
    Route::new(first_walked(draft, before, true).unwrap_or(Page::Home))
}

/// The check page's sections: on the fast path, the choices the style page
/// would have asked stand apart under "Suggested for you" until one is
/// chosen (through Change), since the user has not seen them yet;
/// otherwise [`sections`] as they are.
pub fn check_sections(draft: &Draft) -> Vec<Section> {
    let mut all = sections(&draft.answers);
    let style = &draft.answers.style;
    let chosen = style.tone.is_some() || style.length.is_some();
    if chosen || !skips(draft, Page::Style) {
        return all;
    }
    let mut style = Vec::new();
    for section in &mut all {
        let rows = std::mem::take(&mut section.rows);
        let (chosen, rest): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|r| r.change == Page::Style);
        style.extend(chosen);
        section.rows = rest;
    }
    all.retain(|s| !s.rows.is_empty());
    let at = all
        .iter()
        .position(|s| s.title.starts_with("Left blank"))
        .unwrap_or(all.len());
    all.insert(
        at,
        Section {
            title: "Suggested for you".into(),
            whose: String::new(),
            rows: style,
        },
    );
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::email_reader::{prefill::apply, read};
    use crate::domain::model::{AddressForm, Seniority, Stage};
    use crate::domain::progress::Step;
    use crate::domain::validate::first_incomplete_page;

    /// A final-round No from the hiring manager: everything of the first
    /// chapter and the sender, a person whose part follows from it.
    const EMAIL: &str = "From: Dana Cole <dana@acme.example>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nSubject: Your application\n\nDear Alex,\nThank you for coming in for the final round for the Data Analyst role at Acme. Unfortunately we have decided not to proceed. We will keep your details on file.\n\nBest,\nDana Cole\nHead of Data";

    /// The pages Continue walks from the first to the notes, answering
    /// each page's required questions as a person would when asked, and
    /// the step line each showed on arrival.
    fn walk(draft: &mut Draft) -> (Vec<Page>, Vec<String>) {
        let mut route = Route::new(Page::Job);
        let mut pages = vec![route.page];
        let mut steps = Vec::new();
        while route.page != Page::Notes {
            steps.extend(Step::of(route.page, draft).map(Step::label));
            answer(draft, route.page);
            let problems = validate(route.page, &draft.answers);
            assert_eq!(problems, [], "{:?}", route.page);
            route = match after_continue(route, draft) {
                Next::Go(next) => next,
                Next::AddPerson => Route::new(Page::Person(draft.add_person())),
            };
            pages.push(route.page);
            assert!(pages.len() < 30, "{pages:?}");
        }
        (pages, steps)
    }

    /// Whether each chapter's counted pages, as walked, read "page 1 of N"
    /// to "page N of N", one after another.
    fn counts_through(steps: &[String]) -> bool {
        let counts = steps.iter().filter_map(|s| {
            let (_, count) = s.split_once(", page ")?;
            let (at, of) = count.split_once(" of ")?;
            Some((at.parse::<usize>().ok()?, of.parse::<usize>().ok()?))
        });
        let mut expected = 1;
        counts.into_iter().all(|(at, of)| {
            let right = at == expected && at <= of;
            expected = if at == of { 1 } else { at + 1 };
            right
        }) && expected == 1
    }

    /// What a person gives on `page` when it is shown to them.
    fn answer(draft: &mut Draft, page: Page) {
        let a = &mut draft.answers;
        match page {
            Page::Job => {
                for (text, typed) in [
                    (&mut a.rejection.company, "Acme"),
                    (&mut a.rejection.job_title, "Analyst"),
                ] {
                    if text.is_empty() {
                        *text = typed.into();
                    }
                }
            }
            Page::Stage => a.rejection.stage = Some(Stage::Interview),
            Page::Arrival => a.set_arrival(crate::domain::model::Arrival::RecruiterEmail),
            Page::Details => a.rejection.said_keep_in_mind = Some(true),
            Page::Person(id) => {
                let person = draft.person_mut(id).unwrap();
                if person.name.is_empty() {
                    person.name = "Sam Lee".into();
                }
                if person.address == AddressForm::TitleAndSurname {
                    person.honorific = "Dr".into();
                }
                person
                    .relationship
                    .get_or_insert(crate::domain::model::Relationship::Panel);
            }
            Page::AboutYou => {
                if a.sender.name.is_empty() {
                    a.sender.name = "Alex Morgan".into();
                }
                a.sender.seniority = Some(Seniority::Mid);
            }
            Page::Style if a.style.channels.is_empty() => {
                a.style.channels.push(crate::domain::model::Channel::Card)
            }
            Page::KeepInMind => {
                a.ask.keep_in_mind_for = Some(crate::domain::model::KeepInMindFor::FutureOpenings)
            }
            _ => {}
        }
    }

    /// A new record, with `email` pasted and filled in when given, then
    /// changed by `change`.
    fn record(email: Option<&str>, change: fn(&mut Draft)) -> Draft {
        let mut draft = Draft::default();
        if let Some(email) = email {
            apply(&read(email), &mut draft);
        }
        change(&mut draft);
        draft
    }

    /// The one helper every case runs through: the pages walked, and the
    /// rows "Here’s what we found" shows.
    fn check(email: Option<&str>, change: fn(&mut Draft), pages: &[Page], rows: &[&str]) {
        let mut draft = record(email, change);
        let found: Vec<String> = found(&draft.answers, &draft.from_email)
            .into_iter()
            .flat_map(|s| s.rows)
            .map(|r| format!("{}: {}", r.key, r.value))
            .collect();
        assert_eq!(found, rows, "found");
        let (walked, steps) = walk(&mut draft);
        assert_eq!(walked, pages, "walked");
        assert!(counts_through(&steps), "{steps:#?}");
        assert_eq!(first_incomplete_page(&draft.answers), None);
    }

    use Page::*;

    #[test]
    fn the_fast_path_asks_only_what_the_email_did_not_say() {
        let found = [
            "Company: Acme",
            "Job title: Data Analyst",
            "How far you got: The final round",
            "How the No arrived: An email from the hiring manager",
            "They said they would keep you in mind: Yes",
            "Date of the No: 23 November 2026",
            "Subject of their email: Your application",
            "Their name: Dana Cole",
            "Their job title: Head of Data",
            "Their part: Hiring manager",
            "Their email address: dana@acme.example",
            "Your name: Alex",
        ];
        let found = &found[..];
        // (email, what the user changes, pages walked, rows found)
        let standard = [
            Job,
            Stage,
            Arrival,
            Details,
            Person(1),
            People,
            StoodOut,
            AboutYou,
            KeepInMind,
            Extras,
            Style,
            Check,
            Notes,
        ];
        check(None, |_| {}, &standard, &[]);
        // One person, all found: the first chapter and the person are left
        // out, and the style page, whose choices have defaults.
        let fast = [
            Job, Found, StoodOut, AboutYou, KeepInMind, Extras, Check, Notes,
        ];
        check(Some(EMAIL), |_| {}, &fast, found);
        // A second person, added on "Here’s what we found", brings the list back.
        check(
            Some(EMAIL),
            |d| {
                let id = d.add_person();
                let person = d.person_mut(id).unwrap();
                person.name = "Sam Lee".into();
                person.relationship = Some(crate::domain::model::Relationship::Panel);
            },
            &[
                Job, Found, People, StoodOut, AboutYou, KeepInMind, Extras, Check, Notes,
            ],
            found,
        );
        // An answer changed since, through its Change link, stays found,
        // and its page is not asked again.
        check(
            Some(EMAIL),
            |d| d.answers.rejection.stage = Some(Stage::Interview),
            &fast,
            &[&found[..2], &["How far you got: An interview"], &found[3..]].concat(),
        );
        // One cleared is missing, and its page is asked.
        check(
            Some(EMAIL),
            |d| d.answers.rejection.job_title.clear(),
            &fast,
            &[&found[..1], &found[2..]].concat(),
        );
        // A greeting by title needs the title, which no email gives: that
        // person's page is asked, then the list.
        check(
            Some(EMAIL),
            |d| d.answers.recipients[0].address = AddressForm::TitleAndSurname,
            &[
                Job,
                Found,
                Person(1),
                People,
                StoodOut,
                AboutYou,
                KeepInMind,
                Extras,
                Check,
                Notes,
            ],
            found,
        );
        // A level carried over from an earlier No is confirmed, not skipped.
        check(
            Some(EMAIL),
            |d| d.answers.sender.seniority = Some(Seniority::Senior),
            &fast,
            found,
        );
        // No channel at all is wrong, so the style page is asked.
        check(
            Some(EMAIL),
            |d| d.answers.style.channels.clear(),
            &[
                Job, Found, StoodOut, AboutYou, KeepInMind, Extras, Style, Check, Notes,
            ],
            found,
        );
        // An email that gives nothing: the standard path.
        check(
            Some("Hallo Alex,\nleider müssen wir Ihnen absagen."),
            |_| {},
            &standard,
            &[],
        );
    }

    /// On the fast path the step line counts only the pages shown, so each
    /// chapter's last page says "page N of N"; a page the path leaves out,
    /// opened through Change, counts itself.
    #[test]
    fn the_step_line_counts_the_pages_shown() {
        let mut draft = record(Some(EMAIL), |_| {});
        assert_eq!(
            walk(&mut draft).1,
            [
                "Step 1 of 5: The No, page 1 of 2",
                "Step 1 of 5: The No, page 2 of 2",
                "Step 3 of 5: What stood out",
                "Step 4 of 5: You and your ask, page 1 of 3",
                "Step 4 of 5: You and your ask, page 2 of 3",
                "Step 4 of 5: You and your ask, page 3 of 3",
                "Step 5 of 5: Check your answers",
            ]
        );
        let label = |page| Step::of(page, &draft).map(Step::label);
        assert_eq!(
            label(Page::Stage).as_deref(),
            Some("Step 1 of 5: The No, page 3 of 3")
        );
        assert_eq!(
            label(Page::Style).as_deref(),
            Some("Step 4 of 5: You and your ask, page 4 of 4")
        );
        assert!(!counts_through(
            &["Step 1 of 5: The No, page 1 of 4".into()]
        ));
    }

    /// Without a pasted email, Continue and Back lead exactly where the
    /// standard path's `Route` says, from every page.
    #[test]
    fn the_standard_path_is_unchanged() {
        let mut draft = Draft::default();
        draft.add_person();
        for page in ORDER.into_iter().chain([Person(1), Home, Notes]) {
            for route in [Route::new(page), Route::change(page)] {
                let route = Route::parse(&route.to_hash());
                if route.page == Found {
                    continue;
                }
                assert_eq!(
                    after_continue(route, &draft),
                    Next::Go(route.after_continue()),
                    "{route:?}"
                );
                assert_eq!(back(route, &draft), route.back(&draft.answers), "{route:?}");
            }
        }
        // Nobody on the list yet: Continue adds the first person.
        let empty = Draft::default();
        assert_eq!(after_continue(Route::new(Details), &empty), Next::AddPerson);
    }

    /// Back retraces the fast path, "Here’s what we found" included.
    #[test]
    fn back_retraces_the_fast_path() {
        let draft = record(Some(EMAIL), |_| {});
        for (from, to) in [
            (Found, Job),
            (StoodOut, Found),
            (Check, Extras),
            (Person(1), Found),
            (Job, Home),
        ] {
            assert_eq!(back(Route::new(from), &draft), Route::new(to), "{from:?}");
        }
        let from_found = Route::change_from(Stage, Found);
        assert_eq!(back(from_found, &draft), Route::new(Found));
        assert_eq!(
            after_continue(from_found, &draft),
            Next::Go(Route::new(Found))
        );
    }

    /// On the fast path the style page's choices stand apart on the check
    /// page, with their defaults; on the standard path they stay where the
    /// user chose them.
    #[test]
    fn the_defaults_stand_apart_on_the_fast_path() {
        let titles = |draft: &Draft| -> Vec<(String, Vec<String>)> {
            check_sections(draft)
                .into_iter()
                .map(|s| {
                    (
                        s.title,
                        s.rows
                            .into_iter()
                            .map(|r| format!("{}: {}", r.key, r.value))
                            .collect(),
                    )
                })
                .collect()
        };
        let fast = titles(&record(Some(EMAIL), |_| {}));
        let style = fast
            .iter()
            .find(|(title, _)| title == "Suggested for you")
            .expect("a section of its own");
        assert_eq!(
            style.1,
            ["Tone: Warm", "Length: Standard", "Send it as: Email reply"]
        );
        assert!(
            !fast
                .iter()
                .any(|(t, rows)| t == "You and your ask"
                    && rows.iter().any(|r| r.starts_with("Tone"))),
            "{fast:?}"
        );
        for standard in [
            record(None, |_| {}),
            record(Some(EMAIL), |d| {
                d.answers.style.tone = Some(crate::domain::model::Tone::Formal)
            }),
        ] {
            let titles = titles(&standard);
            assert!(!titles.iter().any(|(t, _)| t == "Suggested for you"));
        }
    }
}
