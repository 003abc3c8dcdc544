//! Which sentences a note carries, for its stage, arrival, seniority and channel.
//!
//! This is where the tailoring rules of `docs/notes.md` live: what each stage
//! must carry, how an agency recruiter, a phone call or a cancelled role
//! changes the note, what executives leave out and entry-level candidates
//! add. The wordings themselves are in [`super::phrases`].

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use super::fit::{Need, fit};
use super::frames::{self, Kind};
use super::phrases::{self as p, Table};
use super::template::fill;
use super::values::{self, Values, ends_with_role_word, role_value, the_role_of};
use super::{Band, Part, Unit, sort_small_by_key};
use crate::domain::case::lower_str;
use crate::domain::model::{
    Answers, Arrival, Channel, KeepInMindFor, Length, Recipient, Rejection, Relationship,
    Seniority, Stage,
};
use crate::domain::repetition::{Compared, Own, Print, Prints, Seen, Written};
use crate::domain::text::{
    Shape, article, as_sentence, char_count, fold, is_clause, sentence_count, shape, tidy,
    upper_first, word_count,
};
use rustc_hash::FxHashMap as HashMap;

/// Where a sentence sits; notes are laid out in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Thanks,
    Accept,
    Detail,
    Interest,
    Ask,
    Asks,
    Close,
}

#[derive(Clone)]
struct Piece {
    slot: Slot,
    text: String,
    need: Need,
    /// Where the wording came from, so another can be chosen when this one
    /// repeats an earlier sentence (see [`Ctx::vary`]).
    table: &'static Table,
    index: usize,
    /// What of the user's own this sentence carries, to report it if the
    /// fitting leaves it out.
    part: Option<Part>,
}

impl Piece {
    fn of(self, part: Part) -> Piece {
        Piece {
            part: Some(part),
            ..self
        }
    }
}

/// Steps [`Ctx::vary`]'s search may take: enough to settle a long note,
/// few enough to keep composing well under a millisecond.
const SEARCH_BUDGET: usize = 240;

/// Rounds of [`Search::repair`] after the depth-first search.
const REPAIR_ROUNDS: usize = 3;

/// What a sentence another note already holds costs, against 1 for an
/// opening or phrase another note echoes: a shared sentence is a finding
/// of the checker, an echo is not.
const SHARED_COST: usize = 6;

/// What a repeat inside the note costs: a finding, like a shared sentence,
/// so above what a sentence's echoes of other notes and of the notes to
/// the same person cost together (twice [`ECHO_CAP`]).
const REPEAT_COST: usize = 5;

/// The most a sentence's echoes of other notes cost, however many of its
/// phrases they share: below one repeat inside the note, which the checker
/// shows and an echo it does not.
const ECHO_CAP: usize = 2;

/// One wording a piece may take, and what it costs on its own.
struct Choice {
    index: usize,
    text: String,
    reading: Reading,
    /// What saying it again costs: [`SHARED_COST`] per sentence another
    /// note already holds, and one per opening or phrase it echoes.
    shared: usize,
}

/// [`Ctx::vary`]'s search: the steps left, the choice being built (a
/// wording per piece, in order), the best finished one and its cost.
struct Search {
    budget: usize,
    chosen: Vec<usize>,
    best: Vec<usize>,
    best_cost: usize,
}

impl Search {
    /// What a whole choice costs, read in order.
    fn cost(options: &[Vec<&Choice>], choice: &[usize]) -> usize {
        cost_in_order(
            options
                .iter()
                .zip(choice)
                .map(|(choices, &step)| choices[step]),
        )
    }

    /// Improves the best choice one piece at a time, for a repeat between
    /// pieces far apart, which the depth-first search reaches last: each
    /// round takes the single change that lowers the cost most.
    fn repair(&mut self, options: &[Vec<&Choice>]) {
        if self.best.len() != options.len() {
            return;
        }
        for _ in 0..REPAIR_ROUNDS {
            if self.best_cost == 0 {
                return;
            }
            let mut better: Option<(usize, Vec<usize>)> = None;
            for (i, choices) in options.iter().enumerate() {
                for step in 0..choices.len() {
                    let mut choice = self.best.clone();
                    choice[i] = step;
                    let cost = Search::cost(options, &choice);
                    if cost < better.as_ref().map_or(self.best_cost, |b| b.0) {
                        better = Some((cost, choice));
                    }
                }
            }
            let Some((cost, choice)) = better else { return };
            self.best_cost = cost;
            self.best = choice;
        }
    }

    /// Depth first over the pieces' wordings, each piece's own first,
    /// cutting any branch that already costs as much as the best found.
    fn run(&mut self, options: &[Vec<&Choice>], prints: &mut Prints, cost: usize) {
        if cost >= self.best_cost {
            return;
        }
        let Some((choices, rest)) = options.split_first() else {
            self.best_cost = cost;
            self.best = self.chosen.clone();
            return;
        };
        for (step, choice) in choices.iter().enumerate() {
            if self.budget == 0 || self.best_cost == 0 {
                return;
            }
            self.budget -= 1;
            let added = REPEAT_COST * choice.reading.print.cost_after(prints) + choice.shared;
            let last = prints.push(&choice.reading.print);
            self.chosen.push(step);
            self.run(rest, prints, cost + added);
            self.chosen.pop();
            prints.pop(&choice.reading.print, last);
        }
    }
}

/// What the pieces in `order` cost in repeats with the wordings `chosen`
/// for them, read in that order: [`Search::cost`] of those wordings.
fn repeats(order: &[usize], chosen: &[usize], wordings: &[Vec<Choice>]) -> usize {
    cost_in_order(order.iter().map(|&i| &wordings[i][chosen[i]]))
}

/// What wordings cost read in this order: each one's repeats of those
/// before it, and what it shares with other notes.
fn cost_in_order<'a>(choices: impl Iterator<Item = &'a Choice>) -> usize {
    let mut prints = Prints::default();
    let mut cost = 0;
    for choice in choices {
        cost += REPEAT_COST * choice.reading.print.cost_after(&prints) + choice.shared;
        prints.push(&choice.reading.print);
    }
    cost
}

/// [`repeats`] of the pieces `keep` marks, with the wordings they hold.
fn kept_repeats(pieces: &[Piece], keep: &[bool], wordings: &[Vec<Choice>]) -> usize {
    let mut order: Vec<usize> = (0..pieces.len()).filter(|&i| keep[i]).collect();
    sort_small_by_key(&mut order, |&i| pieces[i].slot);
    let chosen: Vec<usize> = pieces
        .iter()
        .zip(wordings)
        .map(|(piece, all)| piece.index % all.len())
        .collect();
    repeats(&order, &chosen, wordings)
}

/// The wordings weighed, read once: each note weighs most of the wordings
/// the notes before it weighed, and reading them is most of what composing
/// costs. The default is for the notes to one person.
#[derive(Default)]
pub(super) struct Readings {
    /// Each wording read where it holds none of the values that differ
    /// from one person to the next (`differing`), for every note: its print
    /// reads the person's values as the user's own, as the checker does.
    everyone: RefCell<HashMap<String, Reading>>,
    /// And where it holds one, for the notes to one person.
    theirs: RefCell<HashMap<String, Reading>>,
    differing: Own,
}

impl Readings {
    /// Nothing read yet for the notes to people whose values are `owns`.
    pub fn new(owns: &[Own]) -> Readings {
        Readings {
            differing: Own::differing(owns),
            ..Readings::default()
        }
    }

    /// The notes from here on are to someone else, whose values differ.
    pub fn next_person(&self) {
        self.theirs.borrow_mut().clear();
    }

    /// `text` read for a note whose values are `own`, after what was
    /// `written`.
    fn read(&self, text: &str, own: &Own, written: &Written) -> Reading {
        // The first note, or the only one, compares with nothing; what it
        // weighs is read again once a note is written.
        let kept = !written.is_empty();
        for read in [&self.everyone, &self.theirs].iter().filter(|_| kept) {
            if let Some(reading) = read.borrow().get(text) {
                return reading.clone();
            }
        }
        let reading = Reading {
            print: Rc::new(Print::of(text, own)),
            compared: if kept {
                written.compared_in(text).into()
            } else {
                Rc::new([])
            },
        };
        if kept {
            let read = if self.differing.found_in(text) {
                &self.theirs
            } else {
                &self.everyone
            };
            read.borrow_mut().insert(text.to_owned(), reading.clone());
        }
        reading
    }
}

/// A wording read: its print and its sentences as other notes' are
/// compared with them.
#[derive(Clone, Default)]
struct Reading {
    print: Rc<Print>,
    compared: Rc<[Compared]>,
}

/// What a note comes after: the notes to the company composed before it
/// and the wordings they weighed, the earlier No when this is the second,
/// and how many notes to the same person come first.
pub(super) struct After<'a> {
    pub written: &'a Written,
    pub readings: &'a Readings,
    pub again: Option<&'a Rejection>,
    pub before: usize,
}

/// Everything one note is composed from.
pub(super) struct Ctx<'a> {
    pub v: Values,
    channel: Channel,
    seed: usize,
    feedback: bool,
    linkedin: bool,
    wish_hire_well: bool,
    offer_help: bool,
    limit: usize,
    /// More than one person is written to: "thank the others I met" would
    /// thank people who get their own note.
    several: bool,
    /// What the notes composed before this one say.
    written: &'a Written,
    readings: &'a Readings,
    /// The earlier No from the same company, when this is the second.
    again: Option<Rejection>,
    /// How many notes to this person come before this one: a card after
    /// the email thanks for something else, and says the second No once.
    before: usize,
    /// A card or message after a letter to the same person that asked
    /// ([`super::follows_letter`]).
    follows_letter: bool,
    /// What the thanks is for and what is offered, worked out once: every
    /// wording of their tables is filled, and both read [`Written`].
    thanked_for: OnceCell<String>,
    offered: OnceCell<String>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        answers: &Answers,
        recipient: &Recipient,
        channel: Channel,
        seed: usize,
        after: After<'a>,
    ) -> Ctx<'a> {
        let ask = &answers.ask;
        Ctx {
            v: Values::new(answers, recipient),
            channel,
            seed,
            feedback: ask.feedback,
            linkedin: ask.linkedin,
            wish_hire_well: ask.wish_hire_well,
            offer_help: ask.offer_help,
            limit: super::linkedin_limit(answers),
            several: answers.recipients.len() > 1,
            written: after.written,
            readings: after.readings,
            again: after.again.cloned(),
            before: after.before,
            follows_letter: super::follows_letter(answers, recipient, channel),
            thanked_for: OnceCell::new(),
            offered: OnceCell::new(),
        }
    }

    /// The subject line: "Re: <their subject>" in their thread (none when
    /// their subject is unknown: the reply keeps it), and for a new email
    /// "Thank you – <name>" or "<name> – <role>".
    pub fn subject(&self) -> Option<String> {
        let v = &self.v;
        match self.channel {
            Channel::EmailReply if !v.original_subject.is_empty() => {
                let subject = &v.original_subject;
                let is_reply = subject
                    .get(..3)
                    .is_some_and(|s| s.eq_ignore_ascii_case("re:"));
                Some(if is_reply {
                    subject.clone()
                } else {
                    format!("Re: {subject}")
                })
            }
            // A reply in their thread keeps their subject, unknown here:
            // a subject of ours would replace it.
            Channel::EmailReply => None,
            Channel::EmailNew => Some(match (v.sender.is_empty(), v.role.is_empty()) {
                (false, false) if self.seed % 2 == 1 => format!("{} – {}", v.sender, v.role),
                (false, _) => format!("Thank you – {}", v.sender),
                (true, false) => format!("Thank you – {}", v.role),
                (true, true) => "Thank you".to_string(),
            }),
            _ => None,
        }
    }

    /// The body, and what of the user's own had to be left out to fit it.
    pub fn body(&self, band: Band) -> (String, Vec<Part>) {
        if self.channel == Channel::LinkedInInvite {
            return self.invitation();
        }
        let pieces = match self.channel {
            Channel::LinkedInMessage => self.message(),
            Channel::Card => self.card(),
            Channel::PhoneScript => self.phone(),
            _ => self.email(),
        };
        // Every wording of every piece, read once for the searches below.
        let wordings = self.wordings(&pieces);
        let all = vec![true; pieces.len()];
        let pieces = self.vary(pieces, &all, &wordings, &|_, _| true);
        let needs: Vec<Need> = pieces.iter().map(|p| p.need).collect();
        // Executives write brief, peer-level notes: the bottom of the band.
        let length = if self.v.seniority == Seniority::Executive {
            Length::Short
        } else {
            self.v.length
        };
        // Counts add up sentence by sentence (each starts with a capital and
        // ends with a full stop), so the fitting never renders a whole note.
        let count = |text: &str| match band.unit {
            Unit::Sentences => sentence_count(text),
            _ => word_count(text),
        };
        let fixed = match band.unit {
            Unit::Sentences => 0,
            _ => count(&self.render(&pieces, &vec![false; pieces.len()])),
        };
        let pieces = if band.unit == Unit::Sentences {
            pieces
        } else {
            // "Short" takes the shorter wordings down to where it aims.
            let room = match length {
                Length::Short => band.target(length),
                Length::Standard => band.max,
            };
            let floor = band.min.saturating_sub(fixed);
            self.shorten(pieces, &wordings, room.saturating_sub(fixed), floor, count)
        };
        let sizes: Vec<usize> = pieces.iter().map(|p| count(&p.text)).collect();
        let measure = |keep: &[bool]| {
            fixed
                + sizes
                    .iter()
                    .zip(keep)
                    .filter(|(_, k)| **k)
                    .map(|(s, _)| s)
                    .sum::<usize>()
        };
        let mut keep = fit(&needs, band, band.target(length), measure);
        // "Short" (and an executive's note) aims low in the band: past its
        // middle, the composer's own optional sentences go too, most
        // optional first; the user's own are kept, as is what the checker
        // asks of every note.
        if length == Length::Short && band.unit != Unit::Sentences {
            let middle = (band.min + band.max) / 2;
            let mut own: Vec<(u8, usize)> = pieces
                .iter()
                .enumerate()
                .filter_map(|(i, piece)| match piece.need {
                    // The line of interest and the close are what the checker
                    // asks of every note.
                    Need::Wanted(rank)
                        if keep[i]
                            && piece.part.is_none()
                            && !matches!(piece.slot, Slot::Interest | Slot::Close) =>
                    {
                        Some((rank, i))
                    }
                    _ => None,
                })
                .collect();
            sort_small_by_key(&mut own, |&(rank, i)| (std::cmp::Reverse(rank), i));
            for (_, i) in own {
                if measure(&keep) <= middle {
                    break;
                }
                keep[i] = false;
            }
        }
        let pieces = self.name_the_client(pieces, &keep);
        // Leaving pieces out can bring two repeats side by side: the kept
        // ones are varied again, staying inside the band (or, failing that,
        // each growing no longer, or else keeping its length).
        let total = |pieces: &[Piece], keep: &[bool]| {
            fixed
                + pieces
                    .iter()
                    .zip(keep)
                    .filter(|(_, k)| **k)
                    .map(|(p, _)| count(&p.text))
                    .sum::<usize>()
        };
        let before = measure(&keep);
        // How far a length is outside the band: a new wording may not take
        // the note farther out than fitting left it.
        let outside = |n: usize| band.min.saturating_sub(n) + n.saturating_sub(band.max);
        let inside = |pieces: &[Piece]| outside(total(pieces, &keep)) <= outside(before);
        let free = self.vary(pieces.clone(), &keep, &wordings, &|_, _| true);
        let pieces = if inside(&free) || band.unit == Unit::Sentences {
            free
        } else {
            let shorter = self.vary(pieces.clone(), &keep, &wordings, &|a, b| {
                count(b) <= count(a)
            });
            let held = if inside(&shorter) {
                shorter
            } else {
                self.vary(pieces, &keep, &wordings, &|a, b| count(a) == count(b))
            };
            // A repeat is a finding the user is shown; a note a few words
            // outside its band is not: the band gives way.
            if kept_repeats(&held, &keep, &wordings) > kept_repeats(&free, &keep, &wordings) {
                free
            } else {
                held
            }
        };
        let keep = self.without_repeating_extras(&pieces, keep, &wordings, band.min, |keep| {
            total(&pieces, keep)
        });
        let note = self.render(&pieces, &keep);
        debug_assert!(
            band.unit == Unit::Sentences || count(&note) == total(&pieces, &keep),
            "word counts add up: {note}"
        );
        // Extras are optional by design; a Wanted part dropped to fit is news.
        let left_out = pieces
            .iter()
            .zip(&keep)
            .filter(|(piece, kept)| !**kept && matches!(piece.need, Need::Wanted(_)))
            .filter_map(|(piece, _)| piece.part)
            .collect();
        (note, left_out)
    }

    /// `keep` without the optional sentences that repeat what the note or
    /// another note to the company says (a repeat or a shared sentence,
    /// not a mere echo), while the note keeps to `min` (measured by
    /// `size`): an extra is there for the length, and no length is worth a
    /// repeat the reader hears.
    fn without_repeating_extras(
        &self,
        pieces: &[Piece],
        mut keep: Vec<bool>,
        wordings: &[Vec<Choice>],
        min: usize,
        size: impl Fn(&[bool]) -> usize,
    ) -> Vec<bool> {
        for (i, piece) in pieces.iter().enumerate() {
            // The user's own words are not the composer's to drop unsaid.
            if !keep[i] || !matches!(piece.need, Need::Extra(_)) || piece.part.is_some() {
                continue;
            }
            let with = kept_repeats(pieces, &keep, wordings);
            keep[i] = false;
            let saves = with.saturating_sub(kept_repeats(pieces, &keep, wordings));
            keep[i] = saves < REPEAT_COST || size(&keep) < min;
        }
        keep
    }

    // ----- choosing wordings -----

    /// The wording at `index` (modulo the table's size), filled in.
    ///
    /// The thanks uses the seed itself, so `variant + 1` always changes it;
    /// the ask uses the seed divided by the number of thanks wordings, so
    /// neighbouring recipients get different (thanks, ask) pairs; the other
    /// parts use the seed plus a salt of their own.
    fn text(&self, table: &Table, index: usize) -> String {
        let wordings = table.for_tone(self.v.tone);
        self.fill(table.vars, wordings.get(index % wordings.count()))
    }

    fn ask_index(&self, thanks: &Table) -> usize {
        self.seed / thanks.for_tone(self.v.tone).count()
    }

    /// Fills a wording with the values of the placeholders its table declares.
    fn fill(&self, vars: &[&str], template: &str) -> String {
        fill(template, |name| {
            vars.contains(&name).then(|| self.value(name)).flatten()
        })
    }

    fn value(&self, name: &str) -> Option<String> {
        let v = &self.v;
        let or = |value: &str, fallback: &str| {
            if value.is_empty() {
                fallback.to_string()
            } else {
                value.to_string()
            }
        };
        let around = |value: &str, before: &str| {
            if value.is_empty() {
                String::new()
            } else {
                format!("{before}{value}")
            }
        };
        Some(match name {
            "company" => or(&v.company, "your organisation"),
            "at_company" => around(&v.company, " at "),
            // Where the sentence just before the ask has named the company,
            // the ask does not name it again.
            "ask_at_company" => {
                if v.agency {
                    around(&v.company, " at ")
                } else {
                    String::new()
                }
            }
            "the_role" => v.the_role(),
            "x" => self.thanked_for.get_or_init(|| self.stage_thanks()).clone(),
            "xs" => self.short_thanks().to_string(),
            "detail" => v.detail.clone(),
            "detail_up" => upper_first(&v.detail),
            "offer" => self
                .offered
                .get_or_init(|| {
                    let first = frames::offer(&v.strengths, &self.target(), false);
                    // Every wording says "… to {offer}".
                    if !self.written.holds_runs_of(&format!("to {first}")) {
                        return first;
                    }
                    // Offered, not brought: to a team, never to "a role
                    // like this" or to a person.
                    let to = if v.stage == Stage::Internal {
                        "the team".to_string()
                    } else {
                        self.target()
                    };
                    frames::offer(&v.strengths, &to, true)
                })
                .clone(),
            "target" => self.target(),
            // The earlier role by name alone: "after the Analyst role in
            // November 2025" reads as a file reference, not a note.
            "again_role" => self
                .again
                .as_ref()
                .map_or_else(String::new, |e| the_role_of(&role_value(&e.job_title))),
            "detail_said" => as_sentence(&v.detail),
            "detail_joined" => upper_first(&v.detail),
            "mentioned" => frames::mentioned(&v.detail).unwrap_or_default(),
            "admire" => v.admire.clone(),
            "admire_said" => as_sentence(&v.admire),
            "strengths_said" => v
                .strengths
                .iter()
                .map(|s| {
                    if is_clause(s) {
                        as_sentence(s)
                    } else {
                        format!("I bring {s}.")
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
            "strengths" => v.strengths.join(" and "),
            "help" => v.help.clone(),
            "related_target" => self.related_target(),
            "agency_focus" => self.agency_focus(),
            "client" => v.client(),
            "name_voc" => around(&v.greeting_name(), ", "),
            _ => return None,
        })
    }

    fn stage_thanks(&self) -> String {
        // After a long silence, thanks for "the care you took" can read as
        // pointed. A later note to the one who told thanks for their own
        // time, in words their first note did not use.
        let teller = self.v.told && self.v.arrival != Arrival::LongSilence;
        // A cancelled role's "along the way" is whoever ran it, not only a
        // panel member's interview.
        let told = if self.v.stage == Stage::RoleCancelled {
            !self.met_only()
        } else {
            teller && self.before == 0
        };
        let interviewed = !matches!(
            self.v.stage,
            Stage::ApplicationOnly | Stage::PhoneScreen | Stage::RoleCancelled
        );
        let options = if self.v.agency {
            p::AGENCY_THANKS
        } else if interviewed && self.recruits() {
            // An in-house recruiter ran the process; others sat the
            // interviews. "Kept me informed" only to one who did.
            if teller {
                p::RECRUITER_THANKS
            } else {
                &p::RECRUITER_THANKS[..2]
            }
        } else {
            p::stage_thanks(self.v.stage, told)
        };
        // Divided so it does not move in step with the thanks wording; a
        // later note to the same person thanks for the other thing, and
        // colleagues on one panel each for their own part of it.
        let index = if self.met_only() {
            self.seed
        } else {
            self.seed / 4 + 1
        };
        // Thanked for "your questions", then for "your question on …" in
        // the detail, reads as a form; after a long silence, "the process"
        // reads as a reproach (docs/notes.md); the second time round, they
        // may well have met before.
        let asked = lower_str(&self.v.detail).contains("question");
        let silence = self.v.arrival == Arrival::LongSilence;
        let again = self.again.is_some();
        let fitting: Vec<&str> = options
            .iter()
            .copied()
            .filter(|o| {
                !(asked && o.contains("question")
                    || silence && o.contains("process")
                    || again && o.contains("meet you"))
            })
            .collect();
        let options = if fitting.is_empty() {
            options.to_vec()
        } else {
            fitting
        };
        // Colleagues on one panel are each thanked for a part the others'
        // notes have not named.
        let own = self.v.own();
        let start = index + self.before;
        (0..options.len())
            .map(|step| options[(start + step) % options.len()])
            .min_by_key(|x| {
                let thanked = self.written.holds_runs_of(&format!("thank you for {x}"));
                let again = self.written.thanked_again(x);
                (
                    again,
                    thanked,
                    self.written.echoes(&self.read(x, &own).print),
                )
            })
            .unwrap_or_default()
            .to_string()
    }

    /// The invitation's short thanks ([`p::stage_thanks_short`]); for
    /// someone who only interviewed the user, the first of
    /// [`p::MET_THANKS_SHORT`] that no other note has thanked for, as the
    /// one who told them thanks for "our interview".
    fn short_thanks(&self) -> &'static str {
        let v = &self.v;
        let first = p::stage_thanks_short(v.stage, v.agency, v.told);
        let interviewed = matches!(
            v.stage,
            Stage::Interview | Stage::FinalRound | Stage::RunnerUp | Stage::Internal
        );
        if v.agency || v.told || !interviewed {
            return first;
        }
        p::MET_THANKS_SHORT
            .iter()
            .copied()
            .chain([first])
            .min_by_key(|x| self.written.thanked_again(x))
            .unwrap_or(first)
    }

    /// "a UX research role" when the user named one, else empty.
    fn related_named(&self) -> String {
        let related = &self.v.related;
        match (related.is_empty(), ends_with_role_word(related)) {
            (true, _) => String::new(),
            (false, true) => format!("{} {related}", article(related)),
            (false, false) => format!("{} {related} role", article(related)),
        }
    }

    /// What an agency ask adds: the related role the user named, or this
    /// role should anything change.
    fn agency_focus(&self) -> String {
        let named = self.related_named();
        if !named.is_empty() {
            format!(", particularly {named}")
        } else if self.v.keep_in_mind_for == KeepInMindFor::ThisRole {
            format!(", or {} if anything changes", self.v.the_role())
        } else {
            String::new()
        }
    }

    /// Whose work the user's strengths are offered to: the person's team,
    /// the company (just named, "there") for its own recruiter, another of
    /// an agency's clients (this one has just been named, and a second
    /// naming reads as a repeat), a role like this for an internal
    /// candidate, and the company when a strength is about teams.
    fn target(&self) -> String {
        let v = &self.v;
        if v.agency {
            "another of your clients".to_string()
        } else if v.stage == Stage::Internal {
            "a role like this".to_string()
        } else if v.relationship == Some(Relationship::Recruiter) && !v.company.is_empty() {
            "the team there".to_string()
        } else if v.strengths.iter().any(|s| fold(s).contains("team")) {
            // "building teams … to your team" says "team" twice.
            "the company".to_string()
        } else {
            "your team".to_string()
        }
    }

    fn met_only(&self) -> bool {
        self.v.met_only()
    }

    /// Whether the person's part is finding people, not doing the work the
    /// user would join: a recruiter, in-house or at an agency.
    fn recruits(&self) -> bool {
        self.v.agency || self.v.relationship == Some(Relationship::Recruiter)
    }

    fn related_target(&self) -> String {
        let named = self.related_named();
        if named.is_empty() {
            "related roles".to_string()
        } else {
            named
        }
    }

    // ----- the parts -----

    /// A sentence from `table`: the wording `salt` places past the seed.
    fn piece(&self, slot: Slot, need: Need, table: &'static Table, salt: usize) -> Piece {
        Piece {
            slot,
            text: self.text(table, self.seed + salt),
            need,
            table,
            index: self.seed + salt,
            part: None,
        }
    }

    fn thanks(&self) -> Piece {
        // A card after the email has thanked for the news already: it
        // thanks for their time and care, in other words.
        let told = self.v.told && self.before == 0;
        let table = match (told, self.v.arrival) {
            (true, Arrival::PhoneCall) => &p::PHONE_CALL,
            (true, _) if self.v.stage == Stage::RoleCancelled => &p::THANKS_CANCELLED,
            (true, _) => &p::THANKS,
            (false, _) => &p::THANKS_MET,
        };
        self.piece(Slot::Thanks, Need::Core, table, 0)
    }

    /// The second No from this company, said once and truthfully: in the
    /// first note to each person, not again in their card.
    fn again(&self) -> Option<Piece> {
        let table = if self.v.stage == Stage::ApplicationOnly {
            &p::AGAIN_APPLICATION
        } else {
            &p::AGAIN
        };
        (self.again.is_some() && self.before == 0)
            .then(|| self.piece(Slot::Thanks, Need::Core, table, 18))
    }

    fn accept(&self, need: Need) -> Piece {
        let table = if self.v.stage == Stage::RoleCancelled {
            &p::ACCEPT_CANCELLED
        } else {
            &p::ACCEPT
        };
        self.piece(Slot::Accept, need, table, 1)
    }

    /// The user's detail, or an honestly general one where a conversation
    /// took place; in the first note to a person only, since a card that
    /// tells them again what the email did reads as a copy.
    fn detail(&self, wanted: Need, general: Need) -> Option<Piece> {
        if self.before > 0 {
            return None;
        }
        if !self.v.detail.is_empty() {
            let piece = self.piece(Slot::Detail, wanted, self.detail_table(), 2);
            return Some(piece.of(Part::Detail));
        }
        // A recruiter's part was the process, not the work: nothing general
        // about "the work you're doing" is true of them. A colleague of an
        // internal candidate's work is no news to them.
        let talked = !matches!(
            self.v.stage,
            Stage::ApplicationOnly | Stage::RoleCancelled | Stage::Internal
        );
        (talked && !self.recruits())
            .then(|| self.piece(Slot::Detail, general, &p::GENERAL_DETAIL, 2))
    }

    /// The frames that fit the detail's [`Shape`]: a sentence stands as
    /// one, a gerund is a topic talked about, a "how" clause is heard.
    fn detail_table(&self) -> &'static Table {
        let talked = self.v.stage != Stage::ApplicationOnly;
        match frames::kind(&self.v.detail) {
            Kind::Sentence => &p::DETAIL_CLAUSE,
            Kind::YouDid => &p::DETAIL_YOU_DID,
            Kind::YouSaid if frames::mentioned(&self.v.detail).is_some() => &p::DETAIL_MENTIONED,
            Kind::YouSaid => &p::DETAIL_YOU_SAID,
            Kind::Gift => &p::DETAIL_GIFT,
            Kind::Favour => &p::DETAIL_GIFT_DOING,
            Kind::Experience => &p::DETAIL_DONE,
            Kind::Topic if talked && shape(&self.v.detail) == Shape::Gerund => &p::DETAIL_TALKED,
            Kind::Topic if talked => &p::DETAIL_TOPIC,
            Kind::Heard if talked => &p::DETAIL_HEARD,
            Kind::Heard => &p::DETAIL_TOPIC_UNMET,
            Kind::Topic => &p::DETAIL_TOPIC_UNMET,
        }
    }

    fn interest(&self, need: Need) -> Piece {
        // What the user admires is said once to each person: in the first note.
        let table = if self.v.stage == Stage::Internal {
            &p::COMMITMENT
        } else if self.channel == Channel::PhoneScript {
            &p::INTEREST_SPOKEN
        } else if self.v.admire.is_empty() || self.before > 0 {
            &p::INTEREST
        } else if is_clause(&self.v.admire) {
            &p::INTEREST_ADMIRE_CLAUSE
        } else if shape(&self.v.admire) == Shape::Gerund {
            &p::INTEREST_ADMIRE_GERUND
        } else {
            &p::INTEREST_ADMIRE
        };
        self.piece(Slot::Interest, need, table, 3)
    }

    /// What a note's line of interest needs: only to fill the note when
    /// another note says it ([`super::keen_elsewhere`]: the email a card
    /// follows, or the note to whoever decides), else it is kept whatever
    /// the length.
    fn interest_need(&self) -> Need {
        if values::keen_said(self.channel, self.follows_letter, self.met_only()) {
            Need::Extra(5)
        } else {
            Need::Core
        }
    }

    /// The line of value: the user's own strengths, or, below senior level,
    /// an honest general line. Senior people restate value only through
    /// their own strengths: a general claim of "real value" reads as a pitch.
    fn value_line(&self) -> Option<Piece> {
        // The strengths go to whoever decides, not to each colleague in the
        // same words. An internal candidate already contributes: with no
        // strengths named, their commitment says it.
        if self.met_only() {
            return None;
        }
        let internal = self.v.stage == Stage::Internal;
        if self.v.strengths.is_empty() {
            if internal {
                return None;
            }
            let general =
                !self.v.seniority.is_senior() && !self.recruits() && !self.v.company.is_empty();
            general.then(|| self.piece(Slot::Interest, Need::Extra(3), &p::GENERAL_VALUE, 4))
        } else {
            let table = if self.v.strengths.iter().any(|s| is_clause(s)) {
                &p::VALUE_CLAUSE
            } else if internal {
                &p::VALUE_INTERNAL
            } else {
                &p::VALUE
            };
            // Kept before the optional asks: the user's own strengths are
            // what the "interest and value" line of docs/notes.md is made of.
            Some(
                self.piece(Slot::Interest, Need::Wanted(3), table, 4)
                    .of(Part::Strengths),
            )
        }
    }

    /// The keep-in-mind ask, leaning on the reason the user chose.
    fn ask(&self, thanks: &Table) -> Piece {
        let v = &self.v;
        // What their email said is acknowledged once, in the first note.
        let table = if v.said_keep && v.leads && self.before == 0 {
            &p::ASK_KEPT
        } else if v.agency {
            &p::ASK_AGENCY
        } else if self.met_only() && v.stage == Stage::Internal {
            &p::ASK_COLLEAGUE
        } else if v.stage == Stage::Internal && v.keep_in_mind_for == KeepInMindFor::FutureOpenings
        {
            // An insider works towards such a role, not from outside.
            &p::ASK_INTERNAL
        } else if self.met_only() {
            &p::ASK_MET
        } else if v.seniority == Seniority::Executive
            && !v.leads
            && matches!(v.stage, Stage::FinalRound | Stage::RunnerUp)
            && v.keep_in_mind_for == KeepInMindFor::FutureOpenings
        {
            &p::ASK_DECIDER_EXECUTIVE
        } else {
            match (v.keep_in_mind_for, v.stage == Stage::RoleCancelled) {
                (KeepInMindFor::ThisRole, true) => &p::ASK_REOPEN,
                (KeepInMindFor::FutureOpenings, true) => &p::ASK_FUTURE,
                (KeepInMindFor::ThisRole, false) => &p::ASK_THIS_ROLE,
                (KeepInMindFor::RelatedRoles, _) => &p::ASK_RELATED,
                (KeepInMindFor::FutureOpenings, false) => &p::ASK_FUTURE,
                (KeepInMindFor::NewRole, _) => &p::ASK_NEW_ROLE,
            }
        };
        Piece {
            slot: Slot::Ask,
            text: self.text(table, self.ask_index(thanks)),
            need: Need::Core,
            table,
            index: self.ask_index(thanks),
            part: None,
        }
    }

    /// "If anything changes": the final round and runner-up carry it beside
    /// the main ask (unless the ask already says it, as for this role), in
    /// the note to whoever the asks go to only.
    fn if_changes(&self) -> Option<Piece> {
        let v = &self.v;
        let said = v.keep_in_mind_for == KeepInMindFor::ThisRole;
        // Said once to a company, to whoever the asks go to: said again to
        // the hiring manager too, it is one line two colleagues compare.
        let wanted = matches!(v.stage, Stage::FinalRound | Stage::RunnerUp) && !said && v.leads;
        wanted.then(|| self.piece(Slot::Ask, Need::Wanted(5), &p::IF_CHANGES, 5))
    }

    /// The feedback ask in the form the situation calls for, if any: an
    /// internal candidate always asks about development; an agency is asked
    /// whether the client shared any; after a phone screen or a cancelled
    /// role there is nothing to press for. Senior people ask as peers, for
    /// a candid view, never for help to "grow". A request the user ticked is
    /// never dropped to fit the length: the composer's own sentences go first.
    fn feedback(&self) -> Option<Piece> {
        let v = &self.v;
        // After a screening call there is little to say unless the user asks.
        let nothing_to_ask = match v.stage {
            Stage::PhoneScreen => !self.feedback,
            Stage::RoleCancelled => true,
            _ => false,
        };
        let ticked = if self.feedback {
            Need::Core
        } else {
            Need::Wanted(6)
        };
        // Only the person who brought the news answers for the decision.
        if !v.leads {
            return None;
        }
        if v.offered_call || v.offered_feedback {
            // On the call itself, "the call you offered" makes no sense.
            let table = if v.offered_call && self.channel != Channel::PhoneScript {
                &p::CALL_OFFERED
            } else {
                &p::FEEDBACK_OFFERED
            };
            return Some(self.piece(Slot::Asks, ticked, table, 6));
        }
        if v.stage == Stage::Internal {
            let table = if v.seniority.is_senior() {
                &p::DEVELOPMENT_PEER
            } else {
                &p::DEVELOPMENT
            };
            Some(self.piece(Slot::Asks, Need::Core, table, 6))
        } else if nothing_to_ask {
            None
        } else if v.agency {
            // An executive's brief note asks what the client said only when
            // the user ticked it.
            (self.feedback || v.seniority != Seniority::Executive)
                .then(|| self.piece(Slot::Asks, ticked, &p::CLIENT_FEEDBACK, 6))
        } else if self.feedback {
            let table = match v.seniority {
                Seniority::Entry => &p::ADVICE,
                Seniority::Senior | Seniority::Executive => &p::FEEDBACK_PEER,
                Seniority::Mid => &p::FEEDBACK,
            };
            Some(self.piece(Slot::Asks, Need::Core, table, 6))
        } else {
            None
        }
    }

    fn linkedin(&self) -> Option<Piece> {
        let colleague = self.v.stage == Stage::Internal;
        (self.linkedin && !colleague).then(|| self.piece(Slot::Asks, Need::Core, &p::LINKEDIN, 7))
    }

    fn help(&self) -> Option<Piece> {
        let senior = matches!(self.v.seniority, Seniority::Senior | Seniority::Executive);
        let table = if self.v.help.is_empty() {
            &p::HELP_GENERAL
        } else if self.v.agency {
            &p::HELP_AGENCY
        } else {
            &p::HELP
        };
        (senior && self.offer_help).then(|| self.piece(Slot::Close, Need::Core, table, 8))
    }

    /// The close, wishing the person hired well where there is one and it
    /// fits: when asked, for the runner-up, and for executives after an
    /// interview, where it reads as confident.
    fn close(&self, need: Need) -> Piece {
        let v = &self.v;
        // "What we do next" is said to the manager the user works with, once:
        // a card after the letter ends on good wishes, not the work ahead
        // again.
        if v.stage == Stage::Internal {
            let table = if self.follows_letter {
                &p::CLOSE_WISHES
            } else {
                self.close_internal()
            };
            return self.piece(Slot::Close, need, table, 9);
        }
        // An agency's client hired, not the agency: no "your new colleague",
        // and the hire is wished well only when the user asked.
        // An executive wishes the person hired well, through an agency too.
        // Only after an interview is there surely someone hired.
        let interviewed = matches!(
            v.stage,
            Stage::Interview | Stage::FinalRound | Stage::RunnerUp
        );
        let executive = v.seniority == Seniority::Executive && interviewed;
        let wish_through_agency = self.wish_hire_well || executive;
        // The hire is wished well once to each person, in the first letter,
        // and by whoever decides or told, not by each colleague in turn.
        let wished_elsewhere = self.follows_letter || self.met_only();
        if v.agency && wish_through_agency && v.stage != Stage::RoleCancelled && !wished_elsewhere {
            return self.piece(Slot::Close, need, &p::CLOSE_HIRE_AGENCY, 9);
        }
        // "You and the team" is ambiguous to an agency recruiter: theirs,
        // or their client's?
        if v.agency {
            return self.piece(Slot::Close, need, &p::CLOSE_AGENCY, 9);
        }
        let hired = v.stage != Stage::RoleCancelled && !v.agency;
        let wish = hired
            && !wished_elsewhere
            && (self.wish_hire_well || v.stage == Stage::RunnerUp || executive);
        let table = if wish { &p::CLOSE_HIRE } else { &p::CLOSE };
        self.piece(Slot::Close, need, table, 9)
    }

    // ----- the channels -----

    fn email(&self) -> Vec<Piece> {
        let v = &self.v;
        let mut out = vec![self.thanks()];
        out.extend(self.again());
        // Only the person who said it was close is told it meant something,
        // and not beside "considered again", a second feeling in a row.
        if v.stage == Stage::RunnerUp && v.told && self.again().is_none() {
            out.push(self.piece(Slot::Thanks, Need::Wanted(7), &p::RUNNER_UP, 11));
        }
        // Near the end, well apart from the line of interest that names
        // the same client; the first to go when the note runs long, before
        // the detail and the interest the recruiter acts on.
        if v.agency {
            out.push(self.piece(Slot::Close, Need::Wanted(9), &p::PASS_THANKS, 12));
        }
        // The decision is accepted to whoever made it known or decided it;
        // a note to anyone else answers nothing about it (docs/notes.md).
        if !self.met_only() {
            out.push(self.accept(Need::Core));
        }
        // Said to each colleague in turn, it would read as a form: the
        // colleague chosen is backed in the note to whoever decides.
        if v.stage == Stage::Internal && !self.met_only() {
            out.push(self.piece(Slot::Accept, Need::Core, &p::SUPPORT_COLLEAGUE, 13));
        }
        out.extend(self.detail(Need::Wanted(1), Need::Extra(1)));
        // Through an agency too: it tells the recruiter whether to put the
        // user forward to this client again.
        out.push(self.interest(self.interest_need()));
        out.extend(self.value_line());
        if v.seniority == Seniority::Entry && !self.met_only() {
            out.push(self.piece(Slot::Interest, Need::Extra(2), &p::LEARNING, 14));
        }
        out.push(self.ask(&p::THANKS));
        out.extend(self.if_changes());
        out.extend(self.feedback());
        out.extend(self.linkedin());
        out.extend(self.help());
        let many_met = matches!(
            v.stage,
            Stage::FinalRound | Stage::RunnerUp | Stage::Internal
        );
        // An internal candidate met colleagues, who need no regards passed on.
        let outside = v.stage != Stage::Internal;
        if many_met && outside && !v.agency && v.seniority != Seniority::Executive && !self.several
        {
            out.push(self.piece(Slot::Close, Need::Extra(4), &p::THANK_OTHERS, 15));
        }
        out.push(self.close(Need::Core));
        out
    }

    /// A LinkedIn message makes one point: thanks, a detail, the ask (or,
    /// after the email, the hope to stay in touch).
    fn message(&self) -> Vec<Piece> {
        let mut out = vec![self.thanks()];
        out.extend(self.again());
        // The decision is accepted once, in the first note to them.
        if !self.met_only() && self.before == 0 {
            out.push(self.accept(Need::Extra(2)));
        }
        // An internal candidate's message backs the colleague chosen, as
        // their email would.
        if self.v.stage == Stage::Internal && !self.met_only() && self.before == 0 {
            out.push(self.piece(Slot::Accept, Need::Wanted(2), &p::SUPPORT_COLLEAGUE, 13));
        }
        out.extend(self.detail(Need::Wanted(1), Need::Extra(1)));
        // An internal candidate's first note says they are committed, and so
        // does the first note to whoever decides; after the email, which
        // asked, the message says the user is still keen and hopes to stay
        // in touch rather than asking again (a colleague sees the user at
        // work: the commitment line is enough).
        let internal = self.v.stage == Stage::Internal;
        let decides = !self.met_only() && self.before == 0;
        let first_internal = internal && self.before == 0;
        out.push(
            self.interest(if first_internal || self.follows_letter || decides {
                Need::Wanted(3)
            } else {
                Need::Extra(3)
            }),
        );
        if self.follows_letter {
            if !internal {
                out.push(self.piece(Slot::Ask, Need::Core, &p::IN_TOUCH, 10));
            }
        } else {
            out.push(self.ask(&p::THANKS));
            out.extend(self.if_changes().filter(|_| self.before == 0));
        }
        out.push(self.close(Need::Wanted(2)));
        out
    }

    /// A card is three to five sentences; it follows the email, so it
    /// skips the acceptance and the optional asks, but always ends with
    /// good wishes when they fit, as a card should.
    fn card(&self) -> Vec<Piece> {
        let mut out = vec![self.thanks()];
        out.extend(self.again());
        out.extend(self.detail(Need::Wanted(1), Need::Extra(1)));
        let internal = self.v.stage == Stage::Internal;
        if self.follows_letter {
            // The letter asked: the card hopes to stay in touch instead, or,
            // to a colleague, may say the user is as committed as ever,
            // only when worded apart from every colleague's line.
            if internal {
                out.push(self.interest(Need::Extra(3)));
            } else {
                // After two letters that said it, a third time insists.
                if self.before < 2 {
                    out.push(self.interest(self.interest_need()));
                }
                out.push(self.piece(Slot::Ask, Need::Core, &p::IN_TOUCH, 10));
            }
        } else {
            out.push(self.interest(self.interest_need()));
            out.push(self.ask(&p::THANKS));
            // The only note to a decision-maker still says it.
            out.extend(self.if_changes().filter(|_| self.before == 0));
        }
        out.push(self.close(Need::Wanted(2)));
        out
    }

    /// What to say on the call itself: warm thanks for calling, the ask,
    /// optionally the feedback question, a positive end.
    fn phone(&self) -> Vec<Piece> {
        // A note to them said it already: on the call it goes first when
        // it would repeat.
        let interest = if self.v.length == Length::Short || self.before > 0 {
            Need::Extra(3)
        } else {
            Need::Wanted(5)
        };
        let mut out = vec![self.piece(Slot::Thanks, Need::Core, &p::THANKS_CALL, 0)];
        if self.v.stage == Stage::RunnerUp && self.v.told {
            out.push(self.piece(Slot::Thanks, Need::Wanted(4), &p::RUNNER_UP, 11));
        }
        out.push(self.accept(Need::Wanted(3)));
        if self.v.stage == Stage::Internal {
            out.push(self.piece(Slot::Accept, Need::Core, &p::SUPPORT_COLLEAGUE, 13));
        }
        out.extend(self.detail(Need::Extra(1), Need::Extra(2)));
        out.push(self.interest(interest));
        out.push(self.ask(&p::THANKS_CALL));
        // Said aloud: an offer taken up, or a mid-level ask, in spoken
        // words (entry level asks for advice, senior people for a candid
        // view, as in writing).
        out.extend(self.feedback().map(|asked| {
            if self.v.offered_call || self.v.offered_feedback {
                self.piece(asked.slot, asked.need, &p::FEEDBACK_OFFERED_SPOKEN, 6)
            } else if self.v.seniority == Seniority::Mid {
                self.piece(asked.slot, asked.need, &p::FEEDBACK_SPOKEN, 6)
            } else {
                asked
            }
        }));
        let close = if self.v.stage == Stage::Internal {
            self.close_internal()
        } else {
            &p::CLOSE_CALL
        };
        out.push(self.piece(Slot::Close, Need::Core, close, 9));
        out
    }

    /// An internal candidate's close: the work ahead with their own
    /// manager, working together with anyone else.
    fn close_internal(&self) -> &'static Table {
        if self.v.relationship == Some(Relationship::HiringManager) {
            &p::CLOSE_INTERNAL
        } else {
            &p::CLOSE_COLLEAGUE
        }
    }

    /// What saying `text` costs for what the notes before this one said
    /// ([`Written`]): a sentence they hold, an opening, phrase or five
    /// words in a row they echo, and each word the notes to the same person
    /// already used. Echoes are capped below a shared sentence, which the
    /// checker shows.
    fn said_before(&self, reading: &Reading) -> usize {
        SHARED_COST * self.written.shared_in(&reading.compared)
            + self.echoes(reading).min(ECHO_CAP)
            + self.written.echoes_to_them(&reading.print).min(ECHO_CAP)
    }

    /// How many of the openings and phrases of what was `read` other notes
    /// hold, and of its sentences say five words in a row another said.
    fn echoes(&self, read: &Reading) -> usize {
        self.written.echoes(&read.print) + self.written.said_again(&read.compared)
    }

    /// `text` read, once for all notes ([`Readings`]); `own` is this
    /// person's values.
    fn read(&self, text: &str, own: &Own) -> Reading {
        self.readings.read(text, own, self.written)
    }

    /// Every wording of each piece's table, with what it costs on its own:
    /// read once per note, for all of [`Ctx::vary`]'s searches.
    fn wordings(&self, pieces: &[Piece]) -> Vec<Vec<Choice>> {
        let own = self.v.own();
        pieces
            .iter()
            .map(|piece| {
                (0..piece.table.for_tone(self.v.tone).count())
                    .map(|index| {
                        let text = self.text(piece.table, index);
                        let reading = self.read(&text, &own);
                        Choice {
                            shared: self.said_before(&reading),
                            reading,
                            index,
                            text,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// Rewords sentences so the note repeats itself as little as it can (an
    /// opening, a three-word phrase or a telling word twice, see [`Seen`])
    /// and says nothing another note to the same company already said
    /// ([`Written`]): a small branch-and-bound search, in the note's order,
    /// that tries each piece's own wording first and stops at the first
    /// choice with nothing repeated. The search is bounded; should it run
    /// out, the best choice found so far stands.
    ///
    /// Only the pieces `keep` marks are varied, each trying its own wording
    /// first and then the others of `wordings` that `fits` accepts in place
    /// of it.
    fn vary(
        &self,
        mut pieces: Vec<Piece>,
        keep: &[bool],
        wordings: &[Vec<Choice>],
        fits: &dyn Fn(&str, &str) -> bool,
    ) -> Vec<Piece> {
        let mut order: Vec<usize> = (0..pieces.len()).filter(|&i| keep[i]).collect();
        sort_small_by_key(&mut order, |&i| pieces[i].slot);
        let options: Vec<Vec<&Choice>> = order
            .iter()
            .map(|&i| {
                let piece = &pieces[i];
                let all = &wordings[i];
                // The opening thanks keeps its own wording: it is what
                // "another wording" turns, so the next variant always reads
                // differently however the search settles the rest. Unless
                // another note to the company already says it or echoes it:
                // then it may move, but never to the next variant's own
                // wording.
                let opening = i == 0;
                let anchor = opening && all[piece.index % all.len()].shared == 0;
                let next_own = opening && all.len() > 2;
                (0..all.len())
                    .map(|step| &all[(piece.index + step) % all.len()])
                    .enumerate()
                    .filter(|(step, c)| {
                        let held = anchor || (next_own && *step == 1);
                        *step == 0 || (!held && fits(&piece.text, &c.text))
                    })
                    .map(|(_, c)| c)
                    .collect()
            })
            .collect();
        let mut search = Search {
            budget: SEARCH_BUDGET,
            chosen: Vec::new(),
            best: Vec::new(),
            best_cost: usize::MAX,
        };
        search.run(&options, &mut Prints::default(), 0);
        search.repair(&options);
        for ((&i, &step), choices) in order.iter().zip(&search.best).zip(&options) {
            pieces[i].index = choices[step].index;
            pieces[i].text = choices[step].text.clone();
        }
        pieces
    }

    /// Shorter wordings, one sentence at a time (the one that saves most
    /// first, never below `floor`), while the sentences that are not extras
    /// come to more than `room`: a part the user gave is dropped to fit only when no shorter
    /// wording that repeats no more will do. The opening keeps its wording,
    /// as in [`Ctx::vary`].
    fn shorten(
        &self,
        mut pieces: Vec<Piece>,
        wordings: &[Vec<Choice>],
        room: usize,
        floor: usize,
        count: impl Fn(&str) -> usize,
    ) -> Vec<Piece> {
        let sizes: Vec<Vec<usize>> = wordings
            .iter()
            .map(|all| all.iter().map(|c| count(&c.text)).collect())
            .collect();
        let mut order: Vec<usize> = (0..pieces.len())
            .filter(|&i| !matches!(pieces[i].need, Need::Extra(_)))
            .collect();
        sort_small_by_key(&mut order, |&i| pieces[i].slot);
        let mut chosen: Vec<usize> = pieces
            .iter()
            .zip(wordings)
            .map(|(piece, all)| piece.index % all.len())
            .collect();
        let mut total: usize = order.iter().map(|&i| sizes[i][chosen[i]]).sum();
        while total > room {
            let now = repeats(&order, &chosen, wordings);
            let mut best: Option<(usize, usize, usize)> = None;
            for &i in order.iter().filter(|&&i| i != 0) {
                for k in 0..wordings[i].len() {
                    let saves = sizes[i][chosen[i]].saturating_sub(sizes[i][k]);
                    let too_short = total - saves < floor;
                    if saves == 0 || too_short || best.is_some_and(|(s, ..)| s >= saves) {
                        continue;
                    }
                    let was = std::mem::replace(&mut chosen[i], k);
                    if repeats(&order, &chosen, wordings) <= now {
                        best = Some((saves, i, k));
                    }
                    chosen[i] = was;
                }
            }
            let Some((saves, i, k)) = best else { break };
            chosen[i] = k;
            total -= saves;
        }
        for &i in &order {
            if chosen[i] != pieces[i].index % wordings[i].len() {
                pieces[i].text.clone_from(&wordings[i][chosen[i]].text);
                pieces[i].index = chosen[i];
            }
        }
        pieces
    }

    /// An agency's client thanked as "the hiring team" (chosen because the
    /// line of interest named the company just before) is named again, in
    /// the shortest wording, when fitting left that line out: a note
    /// through an agency names the client.
    fn name_the_client(&self, mut pieces: Vec<Piece>, keep: &[bool]) -> Vec<Piece> {
        let company = &self.v.company;
        if company.is_empty()
            || pieces
                .iter()
                .zip(keep)
                .any(|(p, k)| *k && p.text.contains(company.as_str()))
        {
            return pieces;
        }
        for (piece, kept) in pieces.iter_mut().zip(keep) {
            if *kept && std::ptr::eq(piece.table, &p::PASS_THANKS) {
                let count = piece.table.for_tone(self.v.tone).count();
                if let Some(index) = (piece.index..piece.index + count)
                    .filter(|&i| self.text(piece.table, i).contains(company.as_str()))
                    .min_by_key(|&i| word_count(&self.text(piece.table, i)))
                {
                    piece.text = self.text(piece.table, index);
                    piece.index = index;
                }
            }
        }
        pieces
    }

    /// The wording of `table` from `index` on that repeats least of what
    /// `before` holds and of what other notes to the company say (the one at
    /// `index` when nothing does), added to `before`.
    fn pick(&self, table: &Table, index: usize, before: &mut Prints, own: &Own) -> String {
        let (text, reading) = self.cheapest(table, index, before, own);
        before.push(&reading.print);
        text
    }

    /// [`Ctx::pick`] for a sentence the note can do without: none when
    /// every wording repeats the note so far or another note.
    fn pick_fresh(
        &self,
        table: &Table,
        index: usize,
        before: &mut Prints,
        own: &Own,
    ) -> Option<String> {
        let (text, reading) = self.cheapest(table, index, before, own);
        let fresh =
            reading.print.cost_after(before) == 0 && self.written.shared_in(&reading.compared) == 0;
        fresh.then(|| {
            before.push(&reading.print);
            text
        })
    }

    /// The wording of `table` from `index` on that repeats least what
    /// comes `before` and what other notes said, read.
    fn cheapest(
        &self,
        table: &Table,
        index: usize,
        before: &Prints,
        own: &Own,
    ) -> (String, Reading) {
        let count = table.for_tone(self.v.tone).count();
        let (_, text, reading) = (0..count)
            .map(|step| {
                let text = self.text(table, index + step);
                let reading = self.read(&text, own);
                let cost =
                    REPEAT_COST * reading.print.cost_after(before) + self.said_before(&reading);
                // Past the cap, the wording that echoes fewest still reads
                // least like a colleague's note.
                let echoes = self.echoes(&reading) + self.written.echoes_to_them(&reading.print);
                ((cost, echoes), text, reading)
            })
            .min_by_key(|(cost, ..)| *cost)
            .unwrap_or_default();
        (text, reading)
    }

    /// The LinkedIn invitation: greedy within the hard limit. The minimal
    /// form (thanks and "stay in touch", no answers in it) always fits; the
    /// greeting, the detail, the sign-off, the keep-in-mind ask and the
    /// company are added in that order, each only if the whole still fits.
    fn invitation(&self) -> (String, Vec<Part>) {
        let v = &self.v;
        // After another note to them, the news has been thanked for.
        let thanks_table = if !v.told || self.before > 0 {
            &p::INVITE_THANKS_MET
        } else if v.stage == Stage::RoleCancelled {
            &p::INVITE_THANKS_CANCELLED
        } else {
            &p::INVITE_THANKS
        };
        // Chosen in the order they are read, each against those before it.
        let own = v.own();
        let mut before = Prints::default();
        let thanks = self.pick(thanks_table, self.seed, &mut before, &own);
        let greeting = (!v.greeting_name().is_empty()).then(|| self.greeting());
        let detail = (!v.detail.is_empty() && self.before == 0)
            .then(|| self.pick(self.detail_table(), self.seed + 2, &mut before, &own));
        let sign = (!v.sender.is_empty()).then(|| v.sender.clone());
        // The interest goes in last, only where it fits and reads well: the
        // closing line is worded against what comes before it without it.
        let without_interest = before.clone();
        // An internal candidate's company is their own: no "still interested".
        let interest =
            (!v.company.is_empty() && v.length == Length::Standard && v.stage != Stage::Internal)
                .then(|| self.pick_fresh(&p::INTEREST, self.seed + 3, &mut before, &own))
                .flatten();
        let connect_table = if v.stage == Stage::Internal {
            &p::INVITE_CONNECT_COLLEAGUE
        } else {
            &p::INVITE_CONNECT
        };
        let connect = self.pick(
            connect_table,
            self.ask_index(&p::INVITE_THANKS),
            &mut without_interest.clone(),
            &own,
        );
        // The first note to whoever decides asks to be kept in mind, after
        // the greeting, the detail and the sign-off, before the company:
        // as their only note, an invitation is the whole message.
        let asks = self.before == 0 && !self.met_only() && v.stage != Stage::Internal;
        let keep = asks.then(|| {
            self.pick(
                &p::INVITE_CONNECT_KEEP,
                self.ask_index(&p::INVITE_THANKS),
                &mut without_interest.clone(),
                &own,
            )
        });

        let render = |g: Option<&String>,
                      d: Option<&String>,
                      s: Option<&String>,
                      i: Option<&String>,
                      c: &String| {
            let sentences: Vec<&str> = [Some(&thanks), d, i, Some(c)]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            let middle = sentences.join(" ");
            let lines: Vec<&str> = [
                g.map(String::as_str),
                Some(middle.as_str()),
                s.map(String::as_str),
            ]
            .into_iter()
            .flatten()
            .collect();
            tidy(&lines.join("\n"))
        };
        let fits = |text: &str| char_count(text) <= self.limit;
        let (mut g, mut d, mut s, mut i) = (None, None, None, None);
        if fits(&render(greeting.as_ref(), None, None, None, &connect)) {
            g = greeting.as_ref();
        }
        if fits(&render(g, detail.as_ref(), None, None, &connect)) {
            d = detail.as_ref();
        }
        if fits(&render(g, d, sign.as_ref(), None, &connect)) {
            s = sign.as_ref();
        }
        let connect = keep
            .filter(|keep| fits(&render(g, d, s, None, keep)))
            .unwrap_or(connect);
        // The interest was worded against the detail: without it, it may
        // repeat the thanks it now follows.
        let with_interest = render(g, d, s, interest.as_ref(), &connect);
        let reads_well = Print::of(&with_interest, &own).cost_after(&Prints::default()) == 0;
        if fits(&with_interest) && reads_well {
            i = interest.as_ref();
        }
        let note = render(g, d, s, i, &connect);
        debug_assert!(fits(&note), "the minimal invitation always fits");
        let left_out = if detail.is_some() && d.is_none() {
            vec![Part::Detail]
        } else {
            Vec::new()
        };
        (note, left_out)
    }

    // ----- layout -----

    fn greeting(&self) -> String {
        self.v.greeting()
    }

    /// The pieces kept, in slot order, joined into paragraphs at the breaks.
    /// A paragraph of one sentence joins the one before it (or, first, the
    /// one after): a lone line reads as choppy. The close may stand alone,
    /// as a letter's last line does.
    fn join(&self, pieces: &[Piece], keep: &[bool], breaks: &[Slot]) -> String {
        let mut kept: Vec<&Piece> = pieces
            .iter()
            .zip(keep)
            .filter(|(_, k)| **k)
            .map(|(p, _)| p)
            .collect();
        sort_small_by_key(&mut kept, |p| p.slot);
        let mut paragraphs: Vec<(Slot, Vec<&str>)> = Vec::new();
        for piece in kept {
            match paragraphs.last_mut() {
                Some((last, texts))
                    if !breaks.iter().any(|b| *last < *b && piece.slot >= *b)
                        || (texts.len() == 1
                            && sentence_count(texts[0]) == 1
                            && piece.slot != Slot::Close) =>
                {
                    texts.push(&piece.text);
                    *last = piece.slot;
                }
                _ => paragraphs.push((piece.slot, vec![&piece.text])),
            }
        }
        // A lone sentence before the close joins the paragraph before it.
        let lone = |texts: &[&str]| texts.len() == 1 && sentence_count(texts[0]) == 1;
        let mut i = 1;
        while i < paragraphs.len() {
            if paragraphs[i].0 != Slot::Close && lone(&paragraphs[i].1) {
                let (_, texts) = paragraphs.remove(i);
                paragraphs[i - 1].1.extend(texts);
            } else {
                i += 1;
            }
        }
        let paragraphs: Vec<String> = paragraphs.iter().map(|(_, t)| t.join(" ")).collect();
        paragraphs.join("\n\n")
    }

    /// The sign-off: the seed's choice, unless it repeats a word of the
    /// close ("All the best." then "All the best,"; the checker reads them
    /// together) or is letter wording on LinkedIn.
    fn sign_off(&self, body: &str) -> String {
        let own = self.v.own();
        let mut seen = Seen::default();
        seen.add(body, &own);
        let count = p::SIGN_OFF.for_tone(self.v.tone).count();
        // "Wishing you every success. Best wishes," says it twice, in any
        // form, and "With every good wish. With thanks," starts alike.
        let wished = fold(body).contains("wish");
        let last = body
            .lines()
            .last()
            .and_then(|l| l.trim_end_matches('.').rsplit(". ").next())
            .and_then(|l| l.split_whitespace().next());
        (0..count)
            .map(|step| self.text(&p::SIGN_OFF, self.seed + 16 + step))
            .find(|s| {
                let letter = self.channel == Channel::LinkedInMessage && s == "Yours sincerely,";
                let again = (wished && s.contains("wish"))
                    || last.is_some_and(|w| s.split_whitespace().next() == Some(w));
                !letter && !again && seen.repeat_in(s, &own).is_none()
            })
            .unwrap_or_else(|| self.text(&p::SIGN_OFF, self.seed + 16))
    }

    fn render(&self, pieces: &[Piece], keep: &[bool]) -> String {
        let v = &self.v;
        let breaks: &[Slot] = match self.channel {
            Channel::Card => &[],
            Channel::LinkedInMessage => &[Slot::Ask],
            _ => &[Slot::Detail, Slot::Ask, Slot::Close],
        };
        let middle = self.join(pieces, keep, breaks);
        if self.channel == Channel::PhoneScript {
            return tidy(&middle);
        }
        let mut out = format!(
            "{}\n\n{middle}\n\n{}",
            self.greeting(),
            self.sign_off(&middle)
        );
        if !v.sender.is_empty() {
            out.push('\n');
            out.push_str(&v.sender);
        }
        if matches!(self.channel, Channel::EmailNew | Channel::Card) && !v.contact.is_empty() {
            out.push('\n');
            out.push_str(&v.contact);
        }
        tidy(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::check;
    use crate::domain::compose::template::placeholders;
    use crate::domain::model::{AddressForm, Relationship, Tone};
    use crate::domain::text::fold;

    fn ctx(
        name: &str,
        title: &str,
        address: AddressForm,
        tone: Tone,
        rel: Option<Relationship>,
    ) -> Ctx<'static> {
        let recipient = Recipient {
            name: name.into(),
            honorific: title.into(),
            address,
            relationship: rel,
            ..Default::default()
        };
        let mut answers = Answers::default();
        answers.style.tone = Some(tone);
        answers.sender.name = "Sam Lee".into();
        answers.rejection.job_title = "Analyst".into();
        Ctx::new(
            &answers,
            &recipient,
            Channel::EmailNew,
            0,
            // Nothing written or read before, for as long as the test runs.
            After {
                written: Box::leak(Box::default()),
                readings: Box::leak(Box::default()),
                again: None,
                before: 0,
            },
        )
    }

    #[test]
    fn greetings() {
        use AddressForm::{FirstName as First, TitleAndSurname as Title};
        let (hm, recruiter) = (
            Some(Relationship::HiringManager),
            Some(Relationship::Recruiter),
        );
        let cases = [
            ("Priya Shah", "", First, Tone::Warm, hm, "Hi Priya,"),
            ("Priya Shah", "", First, Tone::Concise, hm, "Hi Priya,"),
            ("Priya Shah", "", First, Tone::Formal, hm, "Dear Priya,"),
            (
                "Jana Novák",
                "Dr.",
                Title,
                Tone::Warm,
                hm,
                "Dear Dr. Novák,",
            ),
            (
                "  Jana   Novák ",
                " Ms ",
                Title,
                Tone::Formal,
                hm,
                "Dear Ms Novák,",
            ),
            ("Jana Novák.", "", Title, Tone::Warm, hm, "Dear Jana Novák,"),
            ("山田太郎", "", First, Tone::Warm, hm, "Hi 山田太郎,"),
            (
                "Mary-Jane O'Neil",
                "",
                First,
                Tone::Warm,
                hm,
                "Hi Mary-Jane,",
            ),
            ("", "", First, Tone::Warm, hm, "Hello,"),
            ("", "", First, Tone::Formal, hm, "Dear hiring team,"),
            ("", "", First, Tone::Formal, recruiter, "Hello,"),
            ("[Name]", "", First, Tone::Warm, hm, "Hello,"),
        ];
        for (name, title, address, tone, rel, want) in cases {
            assert_eq!(
                ctx(name, title, address, tone, rel).greeting(),
                want,
                "{name:?}"
            );
        }
    }

    #[test]
    fn subjects() {
        let mut c = ctx("Priya Shah", "", AddressForm::FirstName, Tone::Warm, None);
        let cases = [
            (Channel::EmailNew, "", 0, Some("Thank you – Sam Lee")),
            (Channel::EmailNew, "", 1, Some("Sam Lee – Analyst")),
            (Channel::EmailReply, "", 0, None),
            (
                Channel::EmailReply,
                "Your application",
                0,
                Some("Re: Your application"),
            ),
            (
                Channel::EmailReply,
                "RE: Your application.",
                0,
                Some("RE: Your application."),
            ),
            (Channel::Card, "Your application", 0, None),
        ];
        for (channel, original, seed, want) in cases {
            c.channel = channel;
            c.seed = seed;
            c.v.original_subject = original.to_string();
            assert_eq!(c.subject().as_deref(), want, "{channel:?} {original:?}");
        }
    }

    /// Every wording, for every tone: known placeholders only, distinct and
    /// none a prefix of another, none tripping the checker's phrase lists,
    /// no proper noun of the composer's own.
    #[test]
    fn wordings_are_complete_and_clean() {
        for (name, table) in p::ALL {
            for tone in Tone::ALL {
                let wordings = table.for_tone(tone);
                assert!(
                    wordings.count() >= 3,
                    "{name} {tone:?} needs at least three wordings"
                );
                for (i, w) in wordings.iter().enumerate() {
                    for ph in placeholders(w) {
                        assert!(
                            table.vars.contains(&ph),
                            "{name}: {{{ph}}} is not declared in {w:?}"
                        );
                    }
                    for (j, other) in wordings.iter().enumerate() {
                        assert!(
                            i == j || !other.starts_with(w),
                            "{name}: {w:?} is a prefix of {other:?}"
                        );
                    }
                    // A "{…_said}" value is a sentence of its own, ending in a full stop.
                    let text = w.replace("_said}", "_said.}").replace(['{', '}'], "");
                    assert_eq!(check::never_hits(&fold(&text)), vec![], "{name}: {w:?}");
                    assert_eq!(
                        check::proper_nouns(&text),
                        Vec::<&str>::new(),
                        "{name}: {w:?}"
                    );
                    assert!(!w.contains('!'), "{name}: {w:?}");
                }
            }
        }
    }

    /// The checker must recognise each part the composer writes.
    #[test]
    fn parts_carry_the_cues_the_checker_looks_for() {
        let asks = [
            &p::ASK_THIS_ROLE,
            &p::ASK_RELATED,
            &p::ASK_FUTURE,
            &p::ASK_NEW_ROLE,
            &p::ASK_REOPEN,
            &p::ASK_AGENCY,
            &p::ASK_KEPT,
            &p::ASK_MET,
            &p::ASK_DECIDER_EXECUTIVE,
            &p::ASK_COLLEAGUE,
            &p::IF_CHANGES,
        ];
        let feedback = [
            &p::FEEDBACK,
            &p::FEEDBACK_PEER,
            &p::ADVICE,
            &p::DEVELOPMENT,
            &p::DEVELOPMENT_PEER,
            &p::CLIENT_FEEDBACK,
            &p::FEEDBACK_SPOKEN,
        ];
        // (tables, the checker's test, what it looks for)
        type Group<'a> = (&'a [&'a Table], fn(&str) -> bool, &'a str);
        let groups: [Group; 6] = [
            (&asks, check::has_keep_in_mind, "keep in mind"),
            (
                &[
                    &p::THANKS,
                    &p::THANKS_MET,
                    &p::THANKS_CANCELLED,
                    &p::THANKS_CALL,
                    &p::PHONE_CALL,
                    &p::INVITE_THANKS,
                    &p::INVITE_THANKS_MET,
                    &p::INVITE_THANKS_CANCELLED,
                ],
                check::has_thanks,
                "thanks",
            ),
            (&feedback, check::feedback_is_soft, "a softener"),
            (
                &[
                    &p::INVITE_CONNECT,
                    &p::INVITE_CONNECT_COLLEAGUE,
                    &p::LINKEDIN,
                ],
                check::has_connect,
                "connect",
            ),
            (
                &[
                    &p::INTEREST,
                    &p::INTEREST_ADMIRE,
                    &p::INTEREST_ADMIRE_CLAUSE,
                    &p::COMMITMENT,
                ],
                check::has_interest,
                "interest",
            ),
            (
                &[&p::VALUE, &p::VALUE_CLAUSE, &p::GENERAL_VALUE],
                check::has_value,
                "value",
            ),
        ];
        for (tables, cue, what) in groups {
            for table in tables {
                for tone in Tone::ALL {
                    for w in table.for_tone(tone) {
                        assert!(cue(&fold(w)), "{w:?} lacks {what}");
                    }
                }
            }
        }
        for tone in Tone::ALL {
            let others = [
                &p::ACCEPT,
                &p::DETAIL_GIFT,
                &p::DETAIL_GIFT_DOING,
                &p::DETAIL_DONE,
                &p::DETAIL_TOPIC,
                &p::DETAIL_TALKED,
                &p::DETAIL_HEARD,
                &p::DETAIL_CLAUSE,
                &p::DETAIL_YOU_DID,
                &p::INTEREST,
                &p::INTEREST_SPOKEN,
                &p::CLOSE,
                &p::CLOSE_HIRE,
                &p::CLOSE_HIRE_AGENCY,
                &p::CLOSE_AGENCY,
                &p::CLOSE_COLLEAGUE,
                &p::HELP,
            ];
            for w in others.iter().flat_map(|t| t.for_tone(tone)) {
                assert_eq!(
                    check::ask_kinds(&fold(w)),
                    0,
                    "{w:?} reads as an optional ask"
                );
            }
        }
    }

    /// A short card still ends with good wishes, and an internal
    /// candidate's phone script still supports the colleague chosen.
    #[test]
    fn cards_close_and_internal_scripts_support_the_colleague() {
        let wordings = |tables: &[&Table], tone| -> Vec<&'static str> {
            tables.iter().flat_map(|t| t.for_tone(tone)).collect()
        };
        for tone in Tone::ALL {
            for stage in Stage::ALL {
                for seed in 0..6 {
                    let mut c = ctx("Priya Shah", "", AddressForm::FirstName, tone, None);
                    c.v.stage = stage;
                    c.v.length = Length::Short;
                    c.v.detail = "our talk about the roadmap".into();
                    c.seed = seed;
                    c.channel = Channel::Card;
                    let band = super::super::band(
                        Channel::Card,
                        stage,
                        &Answers::default(),
                        &Recipient::default(),
                    );
                    let (card, _) = c.body(band);
                    let tables = [
                        &p::CLOSE,
                        &p::CLOSE_HIRE,
                        &p::CLOSE_INTERNAL,
                        &p::CLOSE_COLLEAGUE,
                    ];
                    let closes = wordings(&tables, tone);
                    assert!(
                        closes.iter().any(|w| card.contains(w)),
                        "{tone:?} {stage:?} {seed}: {card}"
                    );
                    if stage == Stage::Internal {
                        c.channel = Channel::PhoneScript;
                        let band = super::super::band(
                            Channel::PhoneScript,
                            stage,
                            &Answers::default(),
                            &Recipient::default(),
                        );
                        let (script, _) = c.body(band);
                        let support = wordings(&[&p::SUPPORT_COLLEAGUE], tone);
                        assert!(
                            support.iter().any(|w| script.contains(w)),
                            "{tone:?} {seed}: {script}"
                        );
                    }
                }
            }
        }
    }

    /// The hire is wished well once to each person: in the card alone, or
    /// in the email the card follows, never in both; and the card after
    /// the email hopes to stay in touch rather than asking again.
    #[test]
    fn a_card_after_the_email_neither_wishes_the_hire_well_nor_asks_again() {
        let all = |tables: &[&Table]| -> Vec<&'static str> {
            tables
                .iter()
                .flat_map(|t| Tone::ALL.into_iter().flat_map(|tone| t.for_tone(tone)))
                .collect()
        };
        let hire = all(&[&p::CLOSE_HIRE]);
        let in_touch = all(&[&p::IN_TOUCH]);
        for tone in Tone::ALL {
            for follows_letter in [false, true] {
                let mut c = ctx("Priya Shah", "", AddressForm::FirstName, tone, None);
                c.v.stage = Stage::RunnerUp;
                c.channel = Channel::Card;
                c.follows_letter = follows_letter;
                c.before = usize::from(follows_letter);
                let band = super::super::band(
                    Channel::Card,
                    Stage::RunnerUp,
                    &Answers::default(),
                    &Recipient::default(),
                );
                let (card, _) = c.body(band);
                let wished = hire.iter().any(|w| card.contains(w));
                let kept_in_touch = in_touch.iter().any(|w| card.contains(w));
                assert_eq!(wished, !follows_letter, "{tone:?} {follows_letter}: {card}");
                assert_eq!(
                    kept_in_touch, follows_letter,
                    "{tone:?} {follows_letter}: {card}"
                );
            }
        }
    }

    /// A subject the person talked about may be a sad one (a safety
    /// stand-down, a restructure): it is heard, thought about, valued,
    /// never enjoyed, found fascinating or called a highlight. Nor
    /// "learned", which reads junior in a senior candidate's note.
    #[test]
    fn a_subject_talked_about_is_never_judged() {
        for table in [&p::DETAIL_TOPIC, &p::DETAIL_TALKED, &p::DETAIL_HEARD] {
            for tone in Tone::ALL {
                for w in table.for_tone(tone) {
                    let folded = fold(w);
                    for judging in ["enjoy", "fascinat", "highlight", "loved", "fun", "learn"] {
                        assert!(!folded.contains(judging), "{tone:?}: {w:?}");
                    }
                }
            }
        }
    }

    /// The user's words are never the subject of a verb of the composer's:
    /// "{detail} was …" breaks for "the site visits".
    #[test]
    fn the_users_words_never_govern_a_verb() {
        for (name, table) in p::ALL {
            for tone in Tone::ALL {
                for w in table.for_tone(tone) {
                    for var in ["{detail}", "{detail_up}", "{admire}", "{admire_up}"] {
                        for verb in [" was", " is", " has", " were", " are"] {
                            let subject = format!("{var}{verb} ");
                            assert!(!w.starts_with(&subject), "{name} {tone:?}: {w:?}");
                        }
                    }
                }
            }
        }
    }

    /// What an executive's notes ask and offer fits who reads them: the
    /// chair, after a final round a search partner told them of, is asked
    /// to think again should plans change, not to remember them for
    /// openings; an offer of help written to the search partner is for
    /// their client.
    #[test]
    fn an_executive_asks_and_offers_in_terms_of_whoever_reads_it() {
        let tables = |t: &Table| -> Vec<&'static str> {
            Tone::ALL
                .into_iter()
                .flat_map(|tone| t.for_tone(tone))
                .collect()
        };
        let decider_asks = tables(&p::ASK_DECIDER_EXECUTIVE);
        // (stage, leads, the ask is the decider's)
        let cases = [
            (Stage::FinalRound, false, true),
            (Stage::RunnerUp, false, true),
            (Stage::FinalRound, true, false),
            (Stage::Interview, false, false),
        ];
        for tone in Tone::ALL {
            for (stage, leads, want) in cases {
                let mut c = ctx("Graham Whitby", "", AddressForm::FirstName, tone, None);
                c.v.relationship = Some(Relationship::HiringManager);
                c.v.seniority = Seniority::Executive;
                c.v.stage = stage;
                c.v.leads = leads;
                let ask = c.ask(&p::THANKS).text;
                let decider = decider_asks.iter().any(|w| *w == ask);
                assert_eq!(decider, want, "{tone:?} {stage:?} leads {leads}: {ask}");
            }
            for agency in [false, true] {
                let mut c = ctx("Fiona Lockhart", "", AddressForm::FirstName, tone, None);
                c.v.seniority = Seniority::Executive;
                c.v.agency = agency;
                c.v.help = "an introduction to a property adviser".into();
                c.offer_help = true;
                let offer = c.help().map(|piece| piece.text).unwrap_or_default();
                assert!(offer.contains(&c.v.help), "{tone:?}: {offer}");
                assert_eq!(
                    fold(&offer).contains("your client"),
                    agency,
                    "{tone:?} agency {agency}: {offer}"
                );
            }
        }
    }

    /// The thanks for someone who told and for someone who did not never
    /// share a wording, so their notes can never be the same.
    #[test]
    fn thanks_for_the_news_and_for_time_never_share_a_wording() {
        for tone in Tone::ALL {
            for (told, met) in [
                (&p::THANKS, &p::THANKS_MET),
                (&p::INVITE_THANKS, &p::INVITE_THANKS_MET),
                (&p::INVITE_THANKS_CANCELLED, &p::INVITE_THANKS_MET),
            ] {
                for w in met.for_tone(tone) {
                    assert!(
                        !told.for_tone(tone).iter().any(|t| t == w),
                        "{tone:?}: {w:?}"
                    );
                }
            }
        }
    }

    /// Enough wordings for the distinctness guarantee, in every channel.
    #[test]
    fn core_tables_cover_distinct_recipients() {
        let asks = [
            &p::ASK_THIS_ROLE,
            &p::ASK_RELATED,
            &p::ASK_FUTURE,
            &p::ASK_NEW_ROLE,
            &p::ASK_REOPEN,
            &p::ASK_AGENCY,
            &p::INVITE_CONNECT,
        ];
        for tone in Tone::ALL {
            for thanks in [
                &p::THANKS,
                &p::THANKS_MET,
                &p::THANKS_CALL,
                &p::INVITE_THANKS,
                &p::INVITE_THANKS_MET,
                &p::INVITE_THANKS_CANCELLED,
            ] {
                for ask in asks {
                    let pairs = thanks.for_tone(tone).count() * ask.for_tone(tone).count();
                    assert!(
                        pairs >= super::super::DISTINCT_RECIPIENTS,
                        "{tone:?}: {pairs}"
                    );
                }
            }
        }
    }

    /// The minimal invitation (thanks and connect) fits the free limit in
    /// every tone, stage and wording: that is what makes the limit a guarantee.
    #[test]
    fn minimal_invitation_always_fits() {
        for tone in Tone::ALL {
            for stage in Stage::ALL {
                for (agency, told) in [(false, false), (false, true), (true, true)] {
                    let first = p::stage_thanks_short(stage, agency, told);
                    for xs in std::iter::once(first).chain(p::MET_THANKS_SHORT.iter().copied()) {
                        let thanks = [
                            &p::INVITE_THANKS,
                            &p::INVITE_THANKS_MET,
                            &p::INVITE_THANKS_CANCELLED,
                        ];
                        let connects = [&p::INVITE_CONNECT, &p::INVITE_CONNECT_COLLEAGUE];
                        for t in thanks.iter().flat_map(|table| table.for_tone(tone)) {
                            for c in connects.iter().flat_map(|table| table.for_tone(tone)) {
                                let note = format!("{} {c}", t.replace("{xs}", xs));
                                assert!(char_count(&note) <= 200, "{note}");
                            }
                        }
                    }
                }
            }
        }
    }
}
